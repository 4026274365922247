/**
 * The rule of record identifiers, without zod (for bundles that only need the
 * check): lower-case letters and digits, joined by single hyphens or dots,
 * at most 120 characters. {@link IdSchema} applies the same pattern.
 *
 * @example
 * ```ts
 * import { ID_PATTERN } from "@bluehelm/core";
 *
 * console.log(ID_PATTERN.test("minusca"), ID_PATTERN.test("MINUSCA")); // true false
 * ```
 */
export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * The longest id {@link IdSchema} accepts.
 *
 * @example
 * ```ts
 * import { ID_MAX_LENGTH, isId } from "@bluehelm/core";
 *
 * console.log(ID_MAX_LENGTH, isId("a".repeat(ID_MAX_LENGTH + 1))); // 120 false
 * ```
 */
export const ID_MAX_LENGTH = 120;

/**
 * Whether a text is a record id: the same answer as `IdSchema.safeParse(text).success`.
 *
 * @example
 * ```ts
 * import { isId } from "@bluehelm/core";
 *
 * console.log(isId("kigali-principles"), isId("Kigali Principles")); // true false
 * ```
 */
export function isId(text: string): boolean {
  return text.length <= ID_MAX_LENGTH && ID_PATTERN.test(text);
}
