/**
 * @bluehelm/data/events — summits, ministerials, conferences and preparatory meetings, 2014–2025.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Event } from "@bluehelm/core";
import data from "../json/events.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const events: readonly Event[] = deepFreeze(data as unknown as Event[]);
export default events;
