/**
 * @bluehelm/data/events — summits, ministerials, conferences and preparatory meetings, 2014–2025.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Event } from "@bluehelm/core";
import data from "../json/events.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Summits, ministerials, conferences and preparatory meetings, 2014–2025.
 * Deep-frozen; also the default export of `@bluehelm/data/events`.
 *
 * @example
 * ```ts
 * import { events } from "@bluehelm/data/events";
 *
 * console.log(events.map((e) => `${e.startDate} ${e.title.en}`));
 * ```
 */
export const events: readonly Event[] = deepFreeze(data as unknown as Event[]);
export default events;
