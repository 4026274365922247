/**
 * @bluehelm/data/instruments — non-binding instruments: the Kigali Principles, the Vancouver Principles, communiqués.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Instrument } from "@bluehelm/core";
import data from "../json/instruments.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Non-binding instruments: the Kigali Principles, the Vancouver Principles, communiqués.
 * Deep-frozen; also the default export of `@bluehelm/data/instruments`.
 *
 * @example
 * ```ts
 * import { instruments } from "@bluehelm/data/instruments";
 *
 * console.log(instruments.map((i) => i.shortTitle?.en ?? i.title.en));
 * ```
 */
export const instruments: readonly Instrument[] = deepFreeze(data as unknown as Instrument[]);
export default instruments;
