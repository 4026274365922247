import * as z from "zod";
import { EVENT_KINDS, INSTRUMENT_KINDS, codes } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, PartialDateSchema, provenanceShape, TextSchema } from "./common.js";

/**
 * A theme of the framework; themes form a tree through `parentId`.
 *
 * @example
 * ```ts
 * import { ThemeSchema } from "@bluehelm/core";
 * import { themes } from "@bluehelm/data/themes";
 *
 * const result = ThemeSchema.safeParse(themes[0]);
 * console.log(result.success);
 * ```
 */
export const ThemeSchema = z
  .strictObject({
    id: IdSchema,
    parentId: IdSchema.optional(),
    eventId: IdSchema.optional().describe("The event that introduced the theme."),
    order: z.number().int().min(1).optional().describe("Position among its siblings, as the source numbers them."),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    ...provenanceShape,
  })
  .meta({ id: "Theme", description: "A theme of a summit or ministerial; themes form a tree." });

/**
 * A theme of the framework, in a tree through `parentId`; see {@link ThemeSchema}.
 *
 * @example
 * ```ts
 * import type { Theme } from "@bluehelm/core";
 * import { themes } from "@bluehelm/data/themes";
 *
 * const roots: Theme[] = themes.filter((t) => t.parentId === undefined);
 * console.log(roots.map((t) => t.title.en));
 * ```
 */
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * Participation figures as the sources give them.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from "@bluehelm/core";
 * import { events } from "@bluehelm/data/events";
 *
 * const withFigures = events.filter((e) => ParticipationSchema.safeParse(e.participation).success);
 * console.log(withFigures.length);
 * ```
 */
export const ParticipationSchema = z
  .strictObject({
    delegations: CountSchema.optional().describe("Delegations of states and organizations together."),
    states: CountSchema.optional(),
    organizations: CountSchema.optional(),
    delegates: CountSchema.optional().describe("Individual delegates."),
    atLeast: z.boolean().optional().describe("True when the sources give the figures as a minimum (\"500+\")."),
  })
  .meta({ id: "Participation", description: "Participation counts at an event." });

/**
 * Pledge totals at an event, as aggregate facts.
 *
 * @example
 * ```ts
 * import { PledgeSummarySchema } from "@bluehelm/core";
 *
 * console.log(PledgeSummarySchema.parse({ pledgingStates: 10, atLeast: true }));
 * ```
 */
export const PledgeSummarySchema = z
  .strictObject({
    pledgingStates: CountSchema.optional(),
    pledgingDelegations: CountSchema.optional(),
    units: CountSchema.optional(),
    pledges: CountSchema.optional(),
    atLeast: z.boolean().optional(),
  })
  .meta({ id: "PledgeSummary", description: "Totals of the pledges made at an event, as the sources give them." });

/**
 * A summit, ministerial, conference or preparatory meeting.
 *
 * @example
 * ```ts
 * import { EventSchema } from "@bluehelm/core";
 * import { events } from "@bluehelm/data/events";
 *
 * const result = EventSchema.safeParse(events[0]);
 * console.log(result.success);
 * ```
 */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(codes(EVENT_KINDS)),
    title: LocalizedTextSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.optional(),
    city: TextSchema.optional(),
    countryId: IdSchema.optional().describe("The actor id of the country the event took place in."),
    hostIds: z.array(IdSchema).default([]),
    coChairIds: z.array(IdSchema).default([]),
    participation: ParticipationSchema.optional(),
    pledgeSummary: PledgeSummarySchema.optional(),
    themeIds: z.array(IdSchema).default([]),
    outcomes: z.array(LocalizedTextSchema).default([]),
    instrumentIds: z.array(IdSchema).default([]).describe("Instruments adopted or endorsed at the event."),
    ...provenanceShape,
  })
  .meta({ id: "Event", description: "A summit, ministerial, conference or preparatory meeting of the framework." });

/**
 * A summit, ministerial, conference or meeting of the framework; see {@link EventSchema}.
 *
 * @example
 * ```ts
 * import type { Event } from "@bluehelm/core";
 * import { events } from "@bluehelm/data/events";
 *
 * const ministerials: Event[] = events.filter((e) => e.kind === "ministerial");
 * console.log(ministerials.map((e) => `${e.startDate} ${e.city ?? ""}`));
 * ```
 */
export type Event = z.infer<typeof EventSchema>;

/**
 * The input of {@link EventSchema}: the list fields (`hostIds`, `themeIds`, …) may be left out.
 *
 * @example
 * ```ts
 * import { EventSchema, type EventInput } from "@bluehelm/core";
 *
 * const input: EventInput = {
 *   id: "example-meeting",
 *   kind: "other",
 *   title: { en: "An example meeting" },
 *   startDate: "2024-05-01",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(EventSchema.parse(input));
 * ```
 */
export type EventInput = z.input<typeof EventSchema>;

/**
 * A non-binding instrument: principles, a declaration, a communiqué.
 *
 * @example
 * ```ts
 * import { InstrumentSchema } from "@bluehelm/core";
 * import { instruments } from "@bluehelm/data/instruments";
 *
 * const result = InstrumentSchema.safeParse(instruments[0]);
 * console.log(result.success);
 * ```
 */
export const InstrumentSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(codes(INSTRUMENT_KINDS)),
    title: LocalizedTextSchema,
    shortTitle: LocalizedTextSchema.optional(),
    adoptedOn: IsoDateSchema.optional(),
    eventId: IdSchema.optional().describe("The event where the instrument was adopted."),
    initiatorIds: z.array(IdSchema).default([]),
    principleCount: CountSchema.optional().describe("Number of numbered principles or pledges, as the sources give it."),
    binding: z.literal(false).default(false).describe("Always false: the framework's instruments are political commitments."),
    endorsementsComplete: z
      .boolean()
      .optional()
      .describe(
        "Whether the per-State endorsement records of the instrument are all its endorsers: false when the sources report more endorsers than are recorded (show the reported endorser counts, the reported figures about the instrument, beside the recorded endorsements, never one as the other); absent when not assessed.",
      ),
    ...provenanceShape,
  })
  .meta({ id: "Instrument", description: "A non-binding instrument of the framework." });

/**
 * A non-binding instrument such as the Kigali Principles; see {@link InstrumentSchema}.
 *
 * @example
 * ```ts
 * import type { Instrument } from "@bluehelm/core";
 * import { instruments } from "@bluehelm/data/instruments";
 *
 * const kigali: Instrument | undefined = instruments.find((i) => i.id === "kigali-principles");
 * console.log(kigali?.principleCount);
 * ```
 */
export type Instrument = z.infer<typeof InstrumentSchema>;

/**
 * The input of {@link InstrumentSchema}: `initiatorIds` and `binding` may be left out.
 *
 * @example
 * ```ts
 * import { InstrumentSchema, type InstrumentInput } from "@bluehelm/core";
 *
 * const input: InstrumentInput = {
 *   id: "example-declaration",
 *   kind: "declaration",
 *   title: { en: "An example declaration" },
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(InstrumentSchema.parse(input));
 * ```
 */
export type InstrumentInput = z.input<typeof InstrumentSchema>;

/**
 * A numbered principle of an instrument.
 *
 * @example
 * ```ts
 * import { PrincipleSchema } from "@bluehelm/core";
 * import { principles } from "@bluehelm/data/principles";
 *
 * const result = PrincipleSchema.safeParse(principles[0]);
 * console.log(result.success);
 * ```
 */
export const PrincipleSchema = z
  .strictObject({
    id: IdSchema,
    instrumentId: IdSchema,
    number: z.number().int().min(1),
    numberConfidence: z
      .enum(["verified", "reported", "unverified"])
      .optional()
      .describe("Confidence in the position number, when it differs from the confidence in the content."),
    title: LocalizedTextSchema.describe("A short title, in our own words."),
    summary: LocalizedTextSchema.describe("The gist, in our own words."),
    wordingVerified: z
      .boolean()
      .optional()
      .describe(
        "Whether the title and summary were checked against the official text of the principle: false when they were not (the text was not found or not retrieved; the title, summary and note then say so and what is known); absent when not assessed.",
      ),
    themeIds: z.array(IdSchema).default([]),
    ...provenanceShape,
  })
  .meta({ id: "Principle", description: "A numbered principle of an instrument, summarized in our own words." });

/**
 * A numbered principle of an instrument; see {@link PrincipleSchema}.
 *
 * @example
 * ```ts
 * import type { Principle } from "@bluehelm/core";
 * import { principles } from "@bluehelm/data/principles";
 *
 * const kigali: Principle[] = principles.filter((p) => p.instrumentId === "kigali-principles");
 * console.log(kigali.map((p) => `${p.number}. ${p.title.en}`));
 * ```
 */
export type Principle = z.infer<typeof PrincipleSchema>;

/**
 * The input of {@link PrincipleSchema}: `themeIds` may be left out.
 *
 * @example
 * ```ts
 * import { PrincipleSchema, type PrincipleInput } from "@bluehelm/core";
 *
 * const input: PrincipleInput = {
 *   id: "example-principle-1",
 *   instrumentId: "example-declaration",
 *   number: 1,
 *   title: { en: "First principle" },
 *   summary: { en: "What it commits to." },
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(PrincipleSchema.parse(input));
 * ```
 */
export type PrincipleInput = z.input<typeof PrincipleSchema>;

/**
 * An actor's endorsement of an instrument.
 *
 * @example
 * ```ts
 * import { EndorsementSchema } from "@bluehelm/core";
 * import { endorsements } from "@bluehelm/data/endorsements";
 *
 * const result = EndorsementSchema.safeParse(endorsements[0]);
 * console.log(result.success);
 * ```
 */
export const EndorsementSchema = z
  .strictObject({
    id: IdSchema,
    actorId: IdSchema,
    instrumentId: IdSchema,
    date: PartialDateSchema,
    eventId: IdSchema.optional().describe("The event at which the endorsement was made or announced."),
    ...provenanceShape,
  })
  .meta({ id: "Endorsement", description: "An actor's endorsement of an instrument, with a partial date." });

/**
 * An actor's endorsement of an instrument, with a partial date; see {@link EndorsementSchema}.
 *
 * @example
 * ```ts
 * import type { Endorsement } from "@bluehelm/core";
 * import { endorsements } from "@bluehelm/data/endorsements";
 *
 * const kigali: Endorsement[] = endorsements.filter((e) => e.instrumentId === "kigali-principles");
 * console.log(kigali.length);
 * ```
 */
export type Endorsement = z.infer<typeof EndorsementSchema>;
