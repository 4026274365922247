/**
 * @bluehelm/data/principles — the numbered principles of the instruments, in our own words.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Principle } from "@bluehelm/core";
import data from "../json/principles.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * The numbered principles of the instruments, in our own words.
 * Deep-frozen; also the default export of `@bluehelm/data/principles`.
 *
 * @example
 * ```ts
 * import { principles } from "@bluehelm/data/principles";
 *
 * console.log(principles.filter((p) => p.instrumentId === "kigali-principles").length);
 * ```
 */
export const principles: readonly Principle[] = deepFreeze(data as unknown as Principle[]);
export default principles;
