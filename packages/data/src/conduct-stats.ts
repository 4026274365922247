/**
 * @bluehelm/data/conduct-stats — sexual exploitation and abuse allegations per mission and year, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { ConductStat } from "@bluehelm/core";
import data from "../json/conduct-stats.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Sexual exploitation and abuse allegations per mission and year, where sourced.
 * Deep-frozen; also the default export of `@bluehelm/data/conduct-stats`.
 *
 * @example
 * ```ts
 * import { conductStats } from "@bluehelm/data/conduct-stats";
 *
 * console.log(conductStats.reduce((sum, s) => sum + s.allegations, 0));
 * ```
 */
export const conductStats: readonly ConductStat[] = deepFreeze(data as unknown as ConductStat[]);
export default conductStats;
