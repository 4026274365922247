/**
 * @bluehelm/data/gender-targets — gender parity targets of the Uniformed Gender Parity Strategy.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { GenderTarget } from "@bluehelm/core";
import data from "../json/gender-targets.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const genderTargets: readonly GenderTarget[] = deepFreeze(data as unknown as GenderTarget[]);
export default genderTargets;
