/**
 * @bluehelm/data/pledges — documented pledges of single actors.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Pledge } from "@bluehelm/core";
import data from "../json/pledges.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Documented pledges of single actors.
 * Deep-frozen; also the default export of `@bluehelm/data/pledges`.
 *
 * @example
 * ```ts
 * import { pledges } from "@bluehelm/data/pledges";
 *
 * console.log(pledges.map((p) => `${p.actorId}: ${p.title.en}`));
 * ```
 */
export const pledges: readonly Pledge[] = deepFreeze(data as unknown as Pledge[]);
export default pledges;
