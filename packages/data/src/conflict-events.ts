/**
 * @bluehelm/data/conflict-events — organized violence in mission areas from the UCDP
 * Georeferenced Event Dataset: the Central African Republic (23.1), Sudan (24.1),
 * South Sudan (22.1) and Mali (24.1). Deep-frozen; importing this subpath loads only
 * this collection.
 *
 * @packageDocumentation
 */
import type { ConflictEvent } from "@bluehelm/core";
import data from "../json/conflict-events.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * UCDP GED events (`ucdp-ged.<UCDP id>`), each with its release, dates,
 * coordinates, precision codes, sides and deaths. Deep-frozen; also the
 * default export of `@bluehelm/data/conflict-events`. Cite UCDP (CC BY 4.0):
 * the sources of each record name the release and its articles.
 *
 * @example
 * ```ts
 * import { conflictEvents } from "@bluehelm/data/conflict-events";
 *
 * const oneSided2014 = conflictEvents.filter((e) => e.typeOfViolence === "3" && e.year === 2014 && e.hostId === "caf");
 * console.log(oneSided2014.length, oneSided2014.reduce((sum, e) => sum + e.deaths.civilians, 0));
 * ```
 */
export const conflictEvents: readonly ConflictEvent[] = deepFreeze(data as unknown as ConflictEvent[]);
export default conflictEvents;
