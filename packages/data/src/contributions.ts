/**
 * @bluehelm/data/contributions — uniformed personnel by contributor (and mission) and period.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Contribution } from "@bluehelm/core";
import data from "../json/contributions.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Uniformed personnel by contributor (and mission) and period.
 * Deep-frozen; also the default export of `@bluehelm/data/contributions`.
 *
 * @example
 * ```ts
 * import { contributions } from "@bluehelm/data/contributions";
 *
 * const minusca = contributions.filter((c) => c.missionId === "minusca" && c.category === "all");
 * console.log(minusca.length);
 * ```
 */
export const contributions: readonly Contribution[] = deepFreeze(data as unknown as Contribution[]);
export default contributions;
