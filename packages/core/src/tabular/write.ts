import type { EntityKind } from "../schemas/dataset.js";
import { toCsv, type ToCsvOptions } from "./csv.js";
import { DERIVED_FIELDS, kindColumns, type FileFormat } from "./records.js";

/**
 * Options of {@link writeRecords}.
 *
 * @example
 * ```ts
 * import { writeRecords, type WriteOptions } from "@bluehelm/core/tabular";
 *
 * const options: WriteOptions = { separator: ";" };
 * console.log(writeRecords("theme", [], "csv", options)); // ""
 * ```
 */
export interface WriteOptions extends ToCsvOptions {
  /** Columns of a CSV, in order (default: every field any record has, in the schema's order, then the derived fields present). */
  readonly columns?: readonly string[];
  /** The separator of list cells in CSV files; default `;`, as {@link readRecords} reads them. */
  readonly listSeparator?: string;
  /** Write the CSV header line; default true (false for the later parts of a file written in pieces). */
  readonly header?: boolean;
}

/**
 * Every column a CSV of a kind can have, in order: the fields of its schema
 * ({@link kindColumns}), then the derived fields ({@link DERIVED_FIELDS}).
 * A file written in pieces uses them as `columns`, so each piece has the same.
 *
 * @example
 * ```ts
 * import { recordColumns } from "@bluehelm/core/tabular";
 *
 * console.log(recordColumns("pledge").slice(-2)); // ["status", "statusSince"]
 * ```
 */
export function recordColumns(kind: EntityKind): readonly string[] {
  return [...kindColumns(kind), ...(DERIVED_FIELDS[kind] ?? [])];
}

function at(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A field's value as one CSV cell that {@link readRecords} reads back to the same value. */
function cellValue(value: unknown, listSep: string): unknown {
  if (Array.isArray(value)) {
    const scalars = value.every((v) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v.trim() === v && v !== "" && !v.includes(listSep)));
    // A list of plain values is joined; one with objects, or with values the separator would split, is JSON.
    return scalars && value.length > 0 && !(typeof value[0] === "string" && /^[[{]/.test(value[0])) ? value.join(listSep) : JSON.stringify(value);
  }
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}

/**
 * Writes records of a kind as CSV, JSON or NDJSON such that
 * {@link readRecords} (and so `bluehelm import` and `POST /v1/imports`)
 * reads them back to the same records: nested objects as dotted columns,
 * lists joined with `;` (as JSON when an item is an object or holds a `;`),
 * keyed maps as JSON, text a spreadsheet would run as a formula quoted and
 * unquoted on reading. Derived fields (a pledge's `status`) are written when
 * the records carry them, and skipped on reading.
 *
 * @example
 * ```ts
 * import { readRecords, writeRecords } from "@bluehelm/core/tabular";
 * import { missions } from "@bluehelm/data/missions";
 *
 * const csv = writeRecords("mission", missions, "csv");
 * const back = readRecords("mission", csv, { format: "csv" }).records.map((r) => r.record);
 * console.log(back.length === missions.length); // true
 * ```
 */
export function writeRecords(kind: EntityKind, records: readonly unknown[], format: FileFormat, options: WriteOptions = {}): string {
  if (format === "json") return JSON.stringify(records, null, 2) + "\n";
  if (format === "ndjson") return records.map((r) => JSON.stringify(r) + "\n").join("");
  const listSep = options.listSeparator ?? ";";
  const columns =
    options.columns ??
    recordColumns(kind).filter((c) => {
      const path = c.split(".");
      return records.some((r) => at(r, path) !== undefined);
    });
  if (records.length === 0 && columns.length === 0) return "";
  const paths = columns.map((c) => c.split("."));
  const rows = records.map((r) => paths.map((p) => cellValue(at(r, p), listSep)));
  return toCsv(options.header === false ? rows : [columns, ...rows], options);
}
