import * as z from "zod";
import { ConfidenceSchema, IdSchema, IsoDateSchema, TextSchema } from "./common.js";

/**
 * A UN document symbol such as `S/RES/2765 (2024)`, `A/RES/70/6` or `S/2025/692`.
 *
 * @example
 * ```ts
 * import { UnSymbolSchema } from "@bluehelm/core";
 *
 * console.log(UnSymbolSchema.safeParse("S/RES/2765 (2024)").success); // true
 * console.log(UnSymbolSchema.safeParse("resolution 2765").success); // false
 * ```
 */
export const UnSymbolSchema = z
  .string()
  .regex(/^[A-Z]+(?:\/[A-Za-z0-9.-]+)+(?: \(\d{4}\))?$/, "a UN document symbol such as S/RES/2765 (2024) or A/70/357");

/**
 * An entry in the sources registry.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "@bluehelm/core";
 * import { sources } from "@bluehelm/data/sources";
 *
 * const result = SourceSchema.safeParse(sources[0]);
 * console.log(result.success);
 * ```
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema,
    publisher: TextSchema.optional(),
    url: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, "an http or https URL without spaces")
      .optional()
      .describe("An http(s) URL, without spaces (percent-encode them)."),
    published: z
      .string()
      .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD")
      .optional()
      .describe("Publication date, to the precision known."),
    accessed: IsoDateSchema.optional(),
    unSymbol: UnSymbolSchema.optional(),
    language: z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 code").optional(),
    confidence: ConfidenceSchema.describe("How far the source itself can be relied on for what it is cited for."),
    note: TextSchema.optional(),
  })
  .meta({ id: "Source", description: "A document, page or data set that facts are taken from." });

/**
 * An entry in the sources registry; see {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from "@bluehelm/core";
 * import { sources } from "@bluehelm/data/sources";
 *
 * const withSymbol: Source[] = sources.filter((s) => s.unSymbol !== undefined);
 * console.log(withSymbol.map((s) => s.unSymbol));
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;
