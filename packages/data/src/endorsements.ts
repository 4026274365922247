/**
 * @bluehelm/data/endorsements — endorsements of instruments, with the date precision the sources allow.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Endorsement } from "@bluehelm/core";
import data from "../json/endorsements.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Endorsements of instruments, with the date precision the sources allow.
 * Deep-frozen; also the default export of `@bluehelm/data/endorsements`.
 *
 * @example
 * ```ts
 * import { endorsements } from "@bluehelm/data/endorsements";
 *
 * console.log(endorsements.filter((e) => e.instrumentId === "kigali-principles").length);
 * ```
 */
export const endorsements: readonly Endorsement[] = deepFreeze(data as unknown as Endorsement[]);
export default endorsements;
