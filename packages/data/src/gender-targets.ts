/**
 * @bluehelm/data/gender-targets — gender parity targets of the Uniformed Gender Parity Strategy.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { GenderTarget } from "@bluehelm/core";
import data from "../json/gender-targets.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Gender parity targets of the Uniformed Gender Parity Strategy.
 * Deep-frozen; also the default export of `@bluehelm/data/gender-targets`.
 *
 * @example
 * ```ts
 * import { genderTargets } from "@bluehelm/data/gender-targets";
 *
 * console.log(genderTargets.map((t) => `${t.year} ${t.category}: ${t.share}`));
 * ```
 */
export const genderTargets: readonly GenderTarget[] = deepFreeze(data as unknown as GenderTarget[]);
export default genderTargets;
