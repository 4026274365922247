/**
 * @bluehelm/data/endorsements — endorsements of instruments, with the date precision the sources allow.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Endorsement } from "@bluehelm/core";
import data from "../json/endorsements.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const endorsements: readonly Endorsement[] = deepFreeze(data as unknown as Endorsement[]);
export default endorsements;
