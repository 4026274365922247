/**
 * @bluehelm/data/pledges — documented pledges of single actors.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Pledge } from "@bluehelm/core";
import data from "../json/pledges.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const pledges: readonly Pledge[] = deepFreeze(data as unknown as Pledge[]);
export default pledges;
