import * as z from "zod";
import { CONFIDENCE, DATE_QUALIFIERS, codes } from "../codelists.js";

/**
 * Text that is not empty and has no leading or trailing white space. A
 * pattern rather than a trim, so that the JSON Schema files say exactly the
 * same as zod.
 */
export const TextSchema = z.string().regex(/^\S(?:[\s\S]*\S)?$/, "non-empty text without leading or trailing spaces");

/** A record identifier: lower-case letters, digits, and single hyphens or dots between them. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "ids are lower-case letters and digits, joined by single hyphens or dots")
  .max(120)
  .meta({ id: "Id", description: "Record identifier: lower-case letters and digits, joined by single hyphens or dots." });
export type Id = z.infer<typeof IdSchema>;

/** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date().meta({ id: "IsoDate", description: "Calendar date, ISO 8601 YYYY-MM-DD." });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A text in English, with its French version when known. */
export const LocalizedTextSchema = z
  .strictObject({
    en: TextSchema,
    fr: TextSchema.optional(),
  })
  .meta({ id: "LocalizedText", description: "Text in English, with its French version when known." });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A name in English and French, both required. */
export const BilingualNameSchema = z
  .strictObject({
    en: TextSchema,
    fr: TextSchema,
  })
  .meta({ id: "BilingualName", description: "Name in English and in French." });
export type BilingualName = z.infer<typeof BilingualNameSchema>;

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
 */
export const PartialDateSchema = z
  .discriminatedUnion("precision", [
    z.strictObject({ precision: z.literal("year"), date: z.string().regex(YEAR, "a year, YYYY"), qualifier }),
    z.strictObject({ precision: z.literal("month"), date: z.string().regex(MONTH, "a month, YYYY-MM"), qualifier }),
    z.strictObject({ precision: z.literal("day"), date: z.iso.date(), qualifier }),
  ])
  .meta({ id: "PartialDate", description: "A date known to a year, a month or a day, with an on/by qualifier." });
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** Geographic coordinates in WGS 84 decimal degrees. */
export const CoordinatesSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .meta({ id: "Coordinates", description: "WGS 84 latitude and longitude in decimal degrees." });
export type Coordinates = z.infer<typeof CoordinatesSchema>;
