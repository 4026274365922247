import * as z from "zod";
import { PCRS_LEVELS, PLEDGE_EVENT_TYPES, PLEDGE_KINDS, UNIT_TYPES, codes, describeDefinitions } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, provenanceShape } from "./common.js";

/**
 * The capability offered by a unit pledge.
 *
 * @example
 * ```ts
 * import { PledgedUnitSchema } from "@bluehelm/core";
 *
 * const unit = PledgedUnitSchema.parse({ unitType: "level-2-hospital", readiness: "level-2" });
 * console.log(unit.quantity); // 1, the default
 * ```
 */
export const PledgedUnitSchema = z
  .strictObject({
    unitType: z.enum(codes(UNIT_TYPES)),
    quantity: z.number().int().min(1).default(1),
    personnel: CountSchema.optional(),
    women: CountSchema.optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "an ISO 639 language code")).default([]),
    readiness: z.enum(codes(PCRS_LEVELS)).optional().describe(`PCRS readiness level. ${describeDefinitions(PCRS_LEVELS)}`),
  })
  .meta({ id: "PledgedUnit", description: "The unit or capability a pledge offers." });

/**
 * A unit offered by a pledge; see {@link PledgedUnitSchema}.
 *
 * @example
 * ```ts
 * import type { PledgedUnit } from "@bluehelm/core";
 * import { pledges } from "@bluehelm/data/pledges";
 *
 * const units: PledgedUnit[] = pledges.flatMap((p) => (p.unit ? [p.unit] : []));
 * console.log(units.map((u) => u.unitType));
 * ```
 */
export type PledgedUnit = z.infer<typeof PledgedUnitSchema>;

/**
 * A money amount.
 *
 * @example
 * ```ts
 * import { MoneySchema } from "@bluehelm/core";
 *
 * console.log(MoneySchema.safeParse({ amount: 1000000, currency: "USD" }).success); // true
 * ```
 */
export const MoneySchema = z
  .strictObject({
    amount: z.number().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code"),
  })
  .meta({ id: "Money", description: "An amount of money in an ISO 4217 currency." });

/**
 * A commitment by an actor. Its status is not stored: it is folded from its events.
 *
 * @example
 * ```ts
 * import { PledgeSchema } from "@bluehelm/core";
 * import { pledges } from "@bluehelm/data/pledges";
 *
 * const result = PledgeSchema.safeParse(pledges[0]);
 * console.log(result.success);
 * ```
 */
export const PledgeSchema = z
  .strictObject({
    id: IdSchema,
    actorId: IdSchema,
    eventId: IdSchema.optional(),
    announcedOn: IsoDateSchema,
    kind: z.enum(codes(PLEDGE_KINDS)),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    themeIds: z.array(IdSchema).default([]),
    unit: PledgedUnitSchema.optional(),
    funding: MoneySchema.optional(),
    missionId: IdSchema.optional().describe("The mission the pledge is meant for, when known."),
    smart: z
      .strictObject({
        fillsGap: z.boolean().optional(),
        longTerm: z.boolean().optional(),
        rotation: z.boolean().optional().describe("Rotates between partners."),
      })
      .optional()
      .describe("The 'smart pledge' attributes: fills a known gap, lasts long, rotates between partners."),
    partnerIds: z.array(IdSchema).default([]),
    ...provenanceShape,
  })
  .meta({ id: "Pledge", description: "A commitment by an actor, usually made at an event." });

/**
 * A commitment made by an actor; its status is a fold over its events (see {@link pledgeStatus}); see {@link PledgeSchema}.
 *
 * @example
 * ```ts
 * import type { Pledge } from "@bluehelm/core";
 * import { pledges } from "@bluehelm/data/pledges";
 *
 * const unitPledges: Pledge[] = pledges.filter((p) => p.kind === "unit");
 * console.log(unitPledges.length);
 * ```
 */
export type Pledge = z.infer<typeof PledgeSchema>;

/**
 * The input of {@link PledgeSchema}: the list fields (`themeIds`, `partnerIds`) may be left out.
 *
 * @example
 * ```ts
 * import { PledgeSchema, type PledgeInput } from "@bluehelm/core";
 *
 * const input: PledgeInput = {
 *   id: "example-pledge",
 *   actorId: "can",
 *   announcedOn: "2017-11-15",
 *   kind: "training",
 *   title: { en: "An example training pledge" },
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(PledgeSchema.parse(input));
 * ```
 */
export type PledgeInput = z.input<typeof PledgeSchema>;

/**
 * One event in a pledge's append-only history.
 *
 * @example
 * ```ts
 * import { PledgeEventSchema } from "@bluehelm/core";
 * import { pledgeEvents } from "@bluehelm/data/pledge-events";
 *
 * const result = PledgeEventSchema.safeParse(pledgeEvents[0]);
 * console.log(result.success);
 * ```
 */
export const PledgeEventSchema = z
  .strictObject({
    id: IdSchema,
    pledgeId: IdSchema,
    type: z.enum(codes(PLEDGE_EVENT_TYPES)),
    date: IsoDateSchema,
    missionId: IdSchema.optional().describe("For a deployment: the mission deployed to."),
    amendment: PledgedUnitSchema.partial().optional().describe("For an amendment: the unit fields that changed."),
    ...provenanceShape,
  })
  .meta({ id: "PledgeEvent", description: "An event in a pledge's append-only lifecycle history." });

/**
 * An event in a pledge's append-only history; see {@link PledgeEventSchema}.
 *
 * @example
 * ```ts
 * import type { PledgeEvent } from "@bluehelm/core";
 * import { pledgeEvents } from "@bluehelm/data/pledge-events";
 *
 * const deployments: PledgeEvent[] = pledgeEvents.filter((e) => e.type === "deployed");
 * console.log(deployments.length);
 * ```
 */
export type PledgeEvent = z.infer<typeof PledgeEventSchema>;

/**
 * The input of {@link PledgeEventSchema}.
 *
 * @example
 * ```ts
 * import { PledgeEventSchema, type PledgeEventInput } from "@bluehelm/core";
 *
 * const input: PledgeEventInput = {
 *   id: "example-pledge-registered",
 *   pledgeId: "example-pledge",
 *   type: "registered",
 *   date: "2018-01-15",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(PledgeEventSchema.parse(input));
 * ```
 */
export type PledgeEventInput = z.input<typeof PledgeEventSchema>;
