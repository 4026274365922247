/**
 * @bluehelm/data/principles — the numbered principles of the instruments, in our own words.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Principle } from "@bluehelm/core";
import data from "../json/principles.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const principles: readonly Principle[] = deepFreeze(data as unknown as Principle[]);
export default principles;
