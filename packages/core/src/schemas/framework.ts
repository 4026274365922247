import * as z from "zod";
import { EVENT_KINDS, INSTRUMENT_KINDS, codes } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, PartialDateSchema, provenanceShape, TextSchema } from "./common.js";

/** A theme of the framework; themes form a tree through `parentId`. */
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
export type Theme = z.infer<typeof ThemeSchema>;

/** Participation figures as the sources give them. */
export const ParticipationSchema = z
  .strictObject({
    delegations: CountSchema.optional().describe("Delegations of states and organizations together."),
    states: CountSchema.optional(),
    organizations: CountSchema.optional(),
    delegates: CountSchema.optional().describe("Individual delegates."),
    atLeast: z.boolean().optional().describe("True when the sources give the figures as a minimum (\"500+\")."),
  })
  .meta({ id: "Participation", description: "Participation counts at an event." });

/** Pledge totals at an event, as aggregate facts. */
export const PledgeSummarySchema = z
  .strictObject({
    pledgingStates: CountSchema.optional(),
    pledgingDelegations: CountSchema.optional(),
    units: CountSchema.optional(),
    pledges: CountSchema.optional(),
    atLeast: z.boolean().optional(),
  })
  .meta({ id: "PledgeSummary", description: "Totals of the pledges made at an event, as the sources give them." });

/** A summit, ministerial, conference or preparatory meeting. */
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
export type Event = z.infer<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;

/** A non-binding instrument: principles, a declaration, a communiqué. */
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
    ...provenanceShape,
  })
  .meta({ id: "Instrument", description: "A non-binding instrument of the framework." });
export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentInput = z.input<typeof InstrumentSchema>;

/** A numbered principle of an instrument. */
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
    themeIds: z.array(IdSchema).default([]),
    ...provenanceShape,
  })
  .meta({ id: "Principle", description: "A numbered principle of an instrument, summarized in our own words." });
export type Principle = z.infer<typeof PrincipleSchema>;
export type PrincipleInput = z.input<typeof PrincipleSchema>;

/** An actor's endorsement of an instrument. */
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
export type Endorsement = z.infer<typeof EndorsementSchema>;
