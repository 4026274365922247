/**
 * @bluehelm/data/peacekeeper-fatalities — every fatality of UN peacekeeping personnel
 * recorded by the UN Peace and Security Data Hub, 1948–2025. Deep-frozen; importing
 * this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { PeacekeeperFatality } from "@bluehelm/core";
import data from "../json/peacekeeper-fatalities.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Peacekeeper fatalities, one per casualty, with the date, mission,
 * personnel type, type of incident and nationality. Deep-frozen; also the
 * default export of `@bluehelm/data/peacekeeper-fatalities`.
 *
 * @example
 * ```ts
 * import { peacekeeperFatalities } from "@bluehelm/data/peacekeeper-fatalities";
 *
 * const minusma = peacekeeperFatalities.filter((f) => f.missionId === "minusma" && f.incidentType === "malicious-act");
 * console.log(minusma.length);
 * ```
 */
export const peacekeeperFatalities: readonly PeacekeeperFatality[] = deepFreeze(data as unknown as PeacekeeperFatality[]);
export default peacekeeperFatalities;
