/**
 * @bluehelm/data/missions — every UN peacekeeping operation of the UN Peace and Security Data Hub list, corrected.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Mission } from "@bluehelm/core";
import data from "../json/missions.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const missions: readonly Mission[] = deepFreeze(data as unknown as Mission[]);
export default missions;
