/**
 * @bluehelm/data/conduct-stats — sexual exploitation and abuse allegations per mission and year, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { ConductStat } from "@bluehelm/core";
import data from "../json/conduct-stats.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const conductStats: readonly ConductStat[] = deepFreeze(data as unknown as ConductStat[]);
export default conductStats;
