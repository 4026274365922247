/**
 * @bluehelm/data/sources — sources registry: every record's `sources` are ids here.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Source } from "@bluehelm/core";
import data from "../json/sources.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const sources: readonly Source[] = deepFreeze(data as unknown as Source[]);
export default sources;
