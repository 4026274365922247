/**
 * @bluehelm/data/pledge-events — lifecycle events of the pledges, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { PledgeEvent } from "@bluehelm/core";
import data from "../json/pledge-events.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Lifecycle events of the pledges, where sourced.
 * Deep-frozen; also the default export of `@bluehelm/data/pledge-events`.
 *
 * @example
 * ```ts
 * import { pledgeEvents } from "@bluehelm/data/pledge-events";
 *
 * console.log(pledgeEvents.map((e) => `${e.pledgeId} ${e.type} ${e.date}`));
 * ```
 */
export const pledgeEvents: readonly PledgeEvent[] = deepFreeze(data as unknown as PledgeEvent[]);
export default pledgeEvents;
