/**
 * @bluehelm/data/pledge-events — lifecycle events of the pledges, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { PledgeEvent } from "@bluehelm/core";
import data from "../json/pledge-events.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const pledgeEvents: readonly PledgeEvent[] = deepFreeze(data as unknown as PledgeEvent[]);
export default pledgeEvents;
