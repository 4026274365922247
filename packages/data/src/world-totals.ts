/**
 * @bluehelm/data/world-totals — world totals of uniformed UN peacekeeping
 * personnel by year, 1947–2021 (Our World in Data, from the UN's December
 * reports and, before 1992, the Global Policy Forum). Deep-frozen; importing
 * this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { WorldTotal } from "@bluehelm/core";
import data from "../json/world-totals.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * World totals, one per year, with troops, police and military observers
 * from 1992. Deep-frozen; also the default export of `@bluehelm/data/world-totals`.
 *
 * @example
 * ```ts
 * import { worldTotals } from "@bluehelm/data/world-totals";
 *
 * console.log(worldTotals.find((t) => t.year === 1993)?.total);
 * ```
 */
export const worldTotals: readonly WorldTotal[] = deepFreeze(data as unknown as WorldTotal[]);
export default worldTotals;
