/**
 * @bluehelm/data/contributions — uniformed personnel by contributor (and mission) and period.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Contribution } from "@bluehelm/core";
import data from "../json/contributions.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const contributions: readonly Contribution[] = deepFreeze(data as unknown as Contribution[]);
export default contributions;
