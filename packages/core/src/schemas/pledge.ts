import * as z from "zod";
import { PCRS_LEVELS, PLEDGE_EVENT_TYPES, PLEDGE_KINDS, UNIT_TYPES, codes } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, provenanceShape } from "./common.js";

/** The capability offered by a unit pledge. */
export const PledgedUnitSchema = z
  .strictObject({
    unitType: z.enum(codes(UNIT_TYPES)),
    quantity: z.number().int().min(1).default(1),
    personnel: CountSchema.optional(),
    women: CountSchema.optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "an ISO 639 language code")).default([]),
    readiness: z.enum(codes(PCRS_LEVELS)).optional(),
  })
  .meta({ id: "PledgedUnit", description: "The unit or capability a pledge offers." });
export type PledgedUnit = z.infer<typeof PledgedUnitSchema>;

/** A money amount. */
export const MoneySchema = z
  .strictObject({
    amount: z.number().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code"),
  })
  .meta({ id: "Money", description: "An amount of money in an ISO 4217 currency." });

/** A commitment by an actor. Its status is not stored: it is folded from its events. */
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
export type Pledge = z.infer<typeof PledgeSchema>;
export type PledgeInput = z.input<typeof PledgeSchema>;

/** One event in a pledge's append-only history. */
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
export type PledgeEvent = z.infer<typeof PledgeEventSchema>;
export type PledgeEventInput = z.input<typeof PledgeEventSchema>;
