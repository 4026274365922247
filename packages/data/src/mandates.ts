/**
 * @bluehelm/data/mandates — Security Council mandates of active and recently closed missions.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Mandate } from "@bluehelm/core";
import data from "../json/mandates.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const mandates: readonly Mandate[] = deepFreeze(data as unknown as Mandate[]);
export default mandates;
