/**
 * @bluehelm/data/actors — the 193 UN Member States, the 2 observer States and the international organizations.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Actor } from "@bluehelm/core";
import data from "../json/actors.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * The 193 UN Member States, the 2 observer States and the international organizations.
 * Deep-frozen; also the default export of `@bluehelm/data/actors`.
 *
 * @example
 * ```ts
 * import { actors } from "@bluehelm/data/actors";
 *
 * const rwanda = actors.find((a) => a.id === "rwa");
 * console.log(rwanda?.names.fr, actors.filter((a) => a.kind === "state").length);
 * ```
 */
export const actors: readonly Actor[] = deepFreeze(data as unknown as Actor[]);
export default actors;
