/**
 * @bluehelm/data/themes — themes of the summits and ministerials, as a tree.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Theme } from "@bluehelm/core";
import data from "../json/themes.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const themes: readonly Theme[] = deepFreeze(data as unknown as Theme[]);
export default themes;
