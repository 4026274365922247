/**
 * @bluehelm/data/missions — every UN peacekeeping operation of the UN Peace and Security Data Hub list, corrected.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Mission } from "@bluehelm/core";
import data from "../json/missions.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Every UN peacekeeping operation of the UN Peace and Security Data Hub list, corrected.
 * Deep-frozen; also the default export of `@bluehelm/data/missions`.
 *
 * @example
 * ```ts
 * import { missions } from "@bluehelm/data/missions";
 *
 * console.log(missions.filter((m) => m.francophoneEnvironment === "yes").map((m) => m.acronym));
 * ```
 */
export const missions: readonly Mission[] = deepFreeze(data as unknown as Mission[]);
export default missions;
