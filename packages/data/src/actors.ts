/**
 * @bluehelm/data/actors — the 193 UN Member States, the 2 observer States and the international organizations.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Actor } from "@bluehelm/core";
import data from "../json/actors.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const actors: readonly Actor[] = deepFreeze(data as unknown as Actor[]);
export default actors;
