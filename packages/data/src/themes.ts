/**
 * @bluehelm/data/themes — themes of the summits and ministerials, as a tree.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { Theme } from "@bluehelm/core";
import data from "../json/themes.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Themes of the summits and ministerials, as a tree.
 * Deep-frozen; also the default export of `@bluehelm/data/themes`.
 *
 * @example
 * ```ts
 * import { themes } from "@bluehelm/data/themes";
 *
 * console.log(themes.filter((t) => t.parentId === undefined).map((t) => t.title.en));
 * ```
 */
export const themes: readonly Theme[] = deepFreeze(data as unknown as Theme[]);
export default themes;
