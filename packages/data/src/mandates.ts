/**
 * @bluehelm/data/mandates — Security Council mandates of active and recently closed missions.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Mandate } from "@bluehelm/core";
import data from "../json/mandates.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Security Council mandates of active and recently closed missions.
 * Deep-frozen; also the default export of `@bluehelm/data/mandates`.
 *
 * @example
 * ```ts
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * console.log(mandates.filter((m) => m.missionId === "minusca").map((m) => `${m.resolution ?? "?"}: ${m.poc}`));
 * ```
 */
export const mandates: readonly Mandate[] = deepFreeze(data as unknown as Mandate[]);
export default mandates;
