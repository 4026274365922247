/**
 * @bluehelm/data/sources — sources registry: every record's `sources` are ids here.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Source } from "@bluehelm/core";
import data from "../json/sources.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Sources registry: every record's `sources` are ids here.
 * Deep-frozen; also the default export of `@bluehelm/data/sources`.
 *
 * @example
 * ```ts
 * import { sources } from "@bluehelm/data/sources";
 *
 * const official = sources.filter((s) => s.unSymbol !== undefined);
 * console.log(sources.length, official.length);
 * ```
 */
export const sources: readonly Source[] = deepFreeze(data as unknown as Source[]);
export default sources;
