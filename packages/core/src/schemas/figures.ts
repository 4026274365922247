import * as z from "zod";
import { FIGURE_QUALIFIERS, REPORTED_MEASURES, WORLD_TOTAL_ORIGINS, codes } from "../codelists.js";
import { CountSchema, IdSchema, LocalizedTextSchema, PartialDateSchema, provenanceShape } from "./common.js";

/**
 * The kinds of record a reported figure can be about.
 *
 * @example
 * ```ts
 * import { REPORTED_SUBJECT_KINDS } from "@bluehelm/core";
 *
 * console.log(REPORTED_SUBJECT_KINDS.includes("instrument")); // true
 * ```
 */
export const REPORTED_SUBJECT_KINDS = Object.freeze(["instrument", "event", "actor", "mission", "theme"] as const);

/**
 * A figure as a source states it — "29 countries on 11 May 2016", "over 100 endorsing countries",
 * "more than 500 delegates" — dated (to the precision the source gives) and about one record. Distinct
 * from the figures Bluehelm computes from its own records: a reported figure is a claim, kept even when
 * the records say otherwise (see the `reported-vs-computed` question).
 *
 * @example
 * ```ts
 * import { ReportedFigureSchema } from "@bluehelm/core";
 *
 * const figure = ReportedFigureSchema.parse({
 *   id: "kp-endorsers-2016-11",
 *   measure: "endorsers",
 *   subjectKind: "instrument",
 *   subjectId: "kigali-principles",
 *   value: 40,
 *   date: { precision: "month", date: "2016-11", qualifier: "on" },
 *   sources: ["newtimes-2016-11-forty"],
 *   confidence: "reported",
 * });
 * console.log(figure.qualifier); // "exact"
 * ```
 */
export const ReportedFigureSchema = z
  .strictObject({
    id: IdSchema,
    measure: z.enum(codes(REPORTED_MEASURES)).describe("What the figure counts."),
    scope: LocalizedTextSchema.optional().describe("A narrower scope than the measure says, in our own words (e.g. \"of military and police units\")."),
    subjectKind: z.enum(REPORTED_SUBJECT_KINDS).describe("The kind of the record the figure is about."),
    subjectId: IdSchema.describe("The id of the record the figure is about (an instrument, an event, an actor…)."),
    value: z.number().min(0).describe("The figure; the lower bound for a range."),
    valueHigh: z.number().min(0).optional().describe("For a range (qualifier range): the upper bound."),
    qualifier: z.enum(codes(FIGURE_QUALIFIERS)).default("exact").describe("How the source states the value: exact, more than, at least, about, close to, or a range."),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code").optional().describe("For funding figures: the currency, ISO 4217."),
    date: PartialDateSchema.optional().describe("The date the figure holds for, to the precision the source gives; absent when the source gives none."),
    ...provenanceShape,
  })
  .check((ctx) => {
    const f = ctx.value;
    if (f.qualifier === "range" && (f.valueHigh === undefined || f.valueHigh < f.value)) {
      ctx.issues.push({ code: "custom", input: f, path: ["valueHigh"], message: "a range needs valueHigh, at least value" });
    }
    if (f.qualifier !== "range" && f.valueHigh !== undefined) {
      ctx.issues.push({ code: "custom", input: f, path: ["valueHigh"], message: "valueHigh is only for the qualifier range" });
    }
  })
  .meta({ id: "ReportedFigure", description: "A figure as a source states it, dated and about one record, with its qualifier (more than, about, …)." });

/**
 * A figure as a source states it; see {@link ReportedFigureSchema}.
 *
 * @example
 * ```ts
 * import type { ReportedFigure } from "@bluehelm/core";
 * import { reportedFigures } from "@bluehelm/data/reported-figures";
 *
 * const kigali: ReportedFigure[] = reportedFigures.filter((f) => f.subjectId === "kigali-principles");
 * console.log(kigali.map((f) => `${f.date?.date ?? "undated"}: ${f.value}`));
 * ```
 */
export type ReportedFigure = z.infer<typeof ReportedFigureSchema>;

/**
 * The input of {@link ReportedFigureSchema}: `qualifier` may be left out (exact).
 *
 * @example
 * ```ts
 * import { ReportedFigureSchema, type ReportedFigureInput } from "@bluehelm/core";
 *
 * const input: ReportedFigureInput = {
 *   id: "example-delegates",
 *   measure: "delegates",
 *   subjectKind: "event",
 *   subjectId: "example-meeting",
 *   value: 500,
 *   qualifier: "more-than",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(ReportedFigureSchema.parse(input).qualifier);
 * ```
 */
export type ReportedFigureInput = z.input<typeof ReportedFigureSchema>;

/**
 * World total of uniformed UN peacekeeping personnel for one year, as a series apart from the
 * per-contributor contributions: the size of the whole force (and its breakdown when given) at one
 * reporting date of the year.
 *
 * @example
 * ```ts
 * import { WorldTotalSchema } from "@bluehelm/core";
 *
 * const row = WorldTotalSchema.parse({
 *   id: "world-total.2021", year: 2021, origin: "un-december-report",
 *   date: { precision: "month", date: "2021-12", qualifier: "on" },
 *   missions: 23, total: 75085, police: 7676, militaryObservers: 3097, troops: 64312,
 *   sources: ["owid-un-peacekeeping"], confidence: "reported",
 * });
 * console.log(row.total);
 * ```
 */
export const WorldTotalSchema = z
  .strictObject({
    id: IdSchema,
    year: z.number().int().min(1945).max(2100),
    date: PartialDateSchema.describe("The reporting date of the figure: the month of the UN report, or only the year."),
    origin: z.enum(codes(WORLD_TOTAL_ORIGINS)).describe("Where the figure comes from: a UN monthly report, or a historical compilation of totals."),
    missions: CountSchema.optional().describe("Peacekeeping operations counted that year."),
    total: CountSchema.describe("Uniformed personnel of all operations together."),
    police: CountSchema.optional().describe("Police (individual officers and formed units); absent when the source gives no breakdown."),
    militaryObservers: CountSchema.optional().describe("Military observers and staff officers; absent when the source gives no breakdown."),
    troops: CountSchema.optional().describe("Troops; absent when the source gives no breakdown."),
    ...provenanceShape,
  })
  .meta({ id: "WorldTotal", description: "World total of uniformed UN peacekeeping personnel for one year, with its breakdown when given." });

/**
 * World total of uniformed peacekeeping personnel for a year; see {@link WorldTotalSchema}.
 *
 * @example
 * ```ts
 * import type { WorldTotal } from "@bluehelm/core";
 * import { worldTotals } from "@bluehelm/data/world-totals";
 *
 * const peak: WorldTotal | undefined = [...worldTotals].sort((a, b) => b.total - a.total)[0];
 * console.log(peak?.year, peak?.total);
 * ```
 */
export type WorldTotal = z.infer<typeof WorldTotalSchema>;
