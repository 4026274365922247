/**
 * The SQL expressions of record fields, shared by the indexes of the
 * migrations and by the list queries: an expression index serves a query only
 * when the query writes the very same expression, so both are made here.
 *
 * A field's JSON path is written into the text as a literal. Paths come only
 * from the resources' whitelists (object keys of the core schemas, letters and
 * digits), never from a caller, and `literalPath` refuses anything else.
 */
import type { EntityKind } from "@bluehelm/core";
import type { FieldType } from "./resources.js";

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9]*$/;
const SAFE_KIND = /^[a-z][a-z-]*$/;

/** A kind as an SQL string literal; only names of the core's kinds (lower-case letters and dashes) are accepted. */
export function kindLiteral(kind: EntityKind): string {
  if (!SAFE_KIND.test(kind)) throw new Error(`Not a kind name: ${JSON.stringify(kind)}`);
  return `'${kind}'`;
}

/** The text of a field of `alias.data` (or of `data`, for an index) at a whitelisted path. */
export function literalPath(path: readonly string[], alias = ""): string {
  if (path.length === 0 || !path.every((key) => SAFE_KEY.test(key))) throw new Error(`Not a field path: ${JSON.stringify(path)}`);
  const data = alias ? `${alias}.data` : "data";
  return path.length === 1 ? `(${data} ->> '${path[0]}')` : `(${data} #>> '{${path.join(",")}}')`;
}

/**
 * A scalar field as a typed SQL value: text compared byte-wise (`COLLATE "C"`,
 * the same order on every engine and locale), numbers as `numeric`, booleans.
 */
export function typedField(path: readonly string[], type: Exclude<FieldType, "list">, alias = ""): string {
  const text = literalPath(path, alias);
  if (type === "number") return `(${text}::numeric)`;
  if (type === "boolean") return `(${text}::boolean)`;
  return `(${text} COLLATE "C")`;
}

/** A list field (a JSON array of strings) as `jsonb`. */
export function listField(path: readonly string[], alias = ""): string {
  if (path.length === 0 || !path.every((key) => SAFE_KEY.test(key))) throw new Error(`Not a field path: ${JSON.stringify(path)}`);
  const data = alias ? `${alias}.data` : "data";
  return path.length === 1 ? `(${data} -> '${path[0]}')` : `(${data} #> '{${path.join(",")}}')`;
}
