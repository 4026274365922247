/**
 * @bluehelm/data/instruments — non-binding instruments: the Kigali Principles, the Vancouver Principles, communiqués.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { Instrument } from "@bluehelm/core";
import data from "../json/instruments.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const instruments: readonly Instrument[] = deepFreeze(data as unknown as Instrument[]);
export default instruments;
