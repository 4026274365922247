import * as z from "zod";
import { ID_MAX_LENGTH, ID_PATTERN } from "../ids.js";
import { CONFIDENCE, DATE_QUALIFIERS, codes } from "../codelists.js";

/**
 * Text that is not empty and has no leading or trailing white space. A
 * pattern rather than a trim, so that the JSON Schema files say exactly the
 * same as zod.
 */
export const TextSchema = z.string().regex(/^\S(?:[\s\S]*\S)?$/, "non-empty text without leading or trailing spaces");

/**
 * A record identifier: lower-case letters, digits, and single hyphens or dots between them.
 *
 * @example
 * ```ts
 * import { IdSchema } from "@bluehelm/core";
 *
 * console.log(IdSchema.safeParse("kigali-principles").success); // true
 * console.log(IdSchema.safeParse("Kigali Principles").success); // false
 * ```
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, "ids are lower-case letters and digits, joined by single hyphens or dots")
  .max(ID_MAX_LENGTH)
  .meta({ id: "Id", description: "Record identifier: lower-case letters and digits, joined by single hyphens or dots." });

/**
 * A record identifier, as checked by {@link IdSchema}.
 *
 * @example
 * ```ts
 * import type { Id } from "@bluehelm/core";
 *
 * const id: Id = "minusca";
 * console.log(id);
 * ```
 */
export type Id = z.infer<typeof IdSchema>;

/**
 * A calendar date in ISO 8601 form, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "@bluehelm/core";
 *
 * console.log(IsoDateSchema.safeParse("2017-11-15").success); // true
 * console.log(IsoDateSchema.safeParse("15/11/2017").success); // false
 * ```
 */
export const IsoDateSchema = z.iso.date().meta({ id: "IsoDate", description: "Calendar date, ISO 8601 YYYY-MM-DD." });

/**
 * A calendar date string `YYYY-MM-DD`, as checked by {@link IsoDateSchema}.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "@bluehelm/core";
 *
 * const asOf: IsoDate = "2024-01-01";
 * console.log(asOf);
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A text in English, with its French version when known.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "@bluehelm/core";
 *
 * console.log(LocalizedTextSchema.parse({ en: "Smart pledges" }));
 * ```
 */
export const LocalizedTextSchema = z
  .strictObject({
    en: TextSchema,
    fr: TextSchema.optional(),
  })
  .meta({ id: "LocalizedText", description: "Text in English, with its French version when known." });

/**
 * A text in English with an optional French version; see {@link LocalizedTextSchema}.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "@bluehelm/core";
 *
 * const title: LocalizedText = { en: "Early warning and rapid deployment" };
 * console.log(title.fr ?? title.en);
 * ```
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * A name in English and French, both required.
 *
 * @example
 * ```ts
 * import { BilingualNameSchema } from "@bluehelm/core";
 *
 * console.log(BilingualNameSchema.safeParse({ en: "Rwanda" }).success); // false: French is required
 * ```
 */
export const BilingualNameSchema = z
  .strictObject({
    en: TextSchema,
    fr: TextSchema,
  })
  .meta({ id: "BilingualName", description: "Name in English and in French." });

/**
 * A name in English and French; see {@link BilingualNameSchema}.
 *
 * @example
 * ```ts
 * import type { BilingualName } from "@bluehelm/core";
 *
 * const names: BilingualName = { en: "Canada", fr: "Canada" };
 * console.log(names.fr);
 * ```
 */
export type BilingualName = z.infer<typeof BilingualNameSchema>;

/**
 * The zod enum of the confidence codes ({@link CONFIDENCE}) that every record and source carries.
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from "@bluehelm/core";
 *
 * console.log(ConfidenceSchema.options); // ["verified", "reported", "unverified"]
 * ```
 */
export const ConfidenceSchema = z.enum(codes(CONFIDENCE)).meta({
  id: "Confidence",
  description: "verified: checked against a retrieved primary or authoritative source; reported: stated by a secondary source; unverified: not checked.",
});

/**
 * Provenance carried by every fact: the sources behind it (ids in the
 * sources registry, at least one) and a confidence.
 */
export const provenanceShape = {
  sources: z.array(IdSchema).min(1).describe("Ids of the sources behind this record, in the sources registry."),
  confidence: ConfidenceSchema,
  note: TextSchema.optional().describe("Free-text note: caveats, disagreements between sources, corrections made."),
};

/** A non-negative integer count. */
export const CountSchema = z.number().int().min(0);

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

const qualifier = z
  .enum(codes(DATE_QUALIFIERS))
  .describe('"on": the fact happened within this date; "by": the fact had happened by the end of this date.');

/**
 * A date known only to a year, a month or a day, and whether the fact
 * happened on it or by it.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from "@bluehelm/core";
 *
 * const date = PartialDateSchema.parse({ precision: "month", date: "2015-05", qualifier: "by" });
 * console.log(date.precision);
 * ```
 */
export const PartialDateSchema = z
  .discriminatedUnion("precision", [
    z.strictObject({ precision: z.literal("year"), date: z.string().regex(YEAR, "a year, YYYY"), qualifier }),
    z.strictObject({ precision: z.literal("month"), date: z.string().regex(MONTH, "a month, YYYY-MM"), qualifier }),
    z.strictObject({ precision: z.literal("day"), date: z.iso.date(), qualifier }),
  ])
  .meta({ id: "PartialDate", description: "A date known to a year, a month or a day, with an on/by qualifier." });

/**
 * A date known to a year, a month or a day, with an on/by qualifier; see {@link PartialDateSchema}.
 *
 * @example
 * ```ts
 * import type { PartialDate } from "@bluehelm/core";
 *
 * const endorsedBy: PartialDate = { precision: "year", date: "2016", qualifier: "by" };
 * console.log(endorsedBy.date);
 * ```
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Geographic coordinates in WGS 84 decimal degrees.
 *
 * @example
 * ```ts
 * import { CoordinatesSchema } from "@bluehelm/core";
 *
 * console.log(CoordinatesSchema.safeParse({ lat: 95, lon: 0 }).success); // false: latitude is at most 90
 * ```
 */
export const CoordinatesSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .meta({ id: "Coordinates", description: "WGS 84 latitude and longitude in decimal degrees." });

/**
 * WGS 84 latitude and longitude in decimal degrees; see {@link CoordinatesSchema}.
 *
 * @example
 * ```ts
 * import type { Coordinates } from "@bluehelm/core";
 * import { missions } from "@bluehelm/data/missions";
 *
 * const located: Coordinates[] = missions.flatMap((m) => (m.coordinates ? [m.coordinates] : []));
 * console.log(located.length);
 * ```
 */
export type Coordinates = z.infer<typeof CoordinatesSchema>;
