import type * as z from "zod";
import { COLLECTION_OF, ENTITY_SCHEMAS, type Dataset, type EntityKind, type EntityOf, type ReadonlyDataset } from "../schemas/dataset.js";
import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "../validation/issues.js";
import { validate, validateDataset } from "../validation/validate.js";
import { parseCsv, unneutralize } from "./csv.js";

/**
 * The formats records can be read from.
 *
 * @example
 * ```ts
 * import { readRecords, type FileFormat } from "@bluehelm/core/tabular";
 *
 * const format: FileFormat = "ndjson";
 * console.log(readRecords("mission", '{"id":"example-mission"}\n', { format }).records.length); // 1
 * ```
 */
export type FileFormat = "csv" | "json" | "ndjson";

/**
 * Options of {@link readRecords} and {@link validateFile}.
 *
 * @example
 * ```ts
 * import { readRecords, type ReadOptions } from "@bluehelm/core/tabular";
 *
 * const options: ReadOptions = { format: "csv", decimalComma: true };
 * console.log(readRecords("gender-target", "id,year,share\nexample,2028,\"0,15\"\n", options).records[0]?.record);
 * ```
 */
export interface ReadOptions {
  readonly format: FileFormat;
  /** Read `1,5` as 1.5 in number columns of CSV files; default false. */
  readonly decimalComma?: boolean;
  /** The separator of list cells in CSV files; default `;`. */
  readonly listSeparator?: string;
}

/**
 * A record read from a file, with where it was: the line (CSV, NDJSON) or the 1-based position (JSON).
 *
 * @example
 * ```ts
 * import { readRecords, type LocatedRecord } from "@bluehelm/core/tabular";
 *
 * const csv = "id,acronym,names.en,francophoneEnvironment,sources,confidence\nexample-mission,EXM,Example Mission,no,un-pk-vancouver-2017,reported\n";
 * const records: LocatedRecord[] = readRecords("mission", csv, { format: "csv" }).records;
 * console.log(records[0]?.row, records[0]?.columns); // 2 [...]
 * ```
 */
export interface LocatedRecord {
  readonly row: number;
  readonly record: unknown;
  /** For CSV: the column each top-level field came from. */
  readonly columns?: readonly string[];
}

type Shape = "string" | "number" | "boolean" | "array" | "object" | "other";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  values?: readonly unknown[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schemas a schema stands for once its wrappers are taken off
 * (optional, default, nullable, readonly, pipes): one, or each option of a union.
 */
function alternatives(schema: z.ZodType): z.ZodType[] {
  const d = defOf(schema);
  switch (d.type) {
    case "optional":
    case "default":
    case "nullable":
    case "prefault":
    case "readonly":
      return alternatives(d.innerType!);
    case "pipe":
      return alternatives(d.in!);
    case "union":
      return d.options!.flatMap(alternatives);
    default:
      return [schema];
  }
}

/** The shapes a schema may take at a path (several through unions). */
function shapesAt(schema: z.ZodType, path: readonly string[]): Set<Shape> {
  const out = new Set<Shape>();
  const walk = (s: z.ZodType, i: number): void => {
    for (const alt of alternatives(s)) {
      const d = defOf(alt);
      if (d.type === "object") {
        if (i === path.length) out.add("object");
        else if (d.shape && path[i]! in d.shape) walk(d.shape[path[i]!]!, i + 1);
      } else if (d.type === "array") {
        if (i === path.length) out.add("array");
        else walk(d.element!, i);
      } else if (i === path.length) {
        if (d.type === "literal") for (const v of d.values ?? []) out.add(typeof v === "boolean" ? "boolean" : typeof v === "number" ? "number" : "string");
        else out.add(d.type === "string" || d.type === "enum" ? "string" : d.type === "number" ? "number" : d.type === "boolean" ? "boolean" : "other");
      }
    }
  };
  walk(schema, 0);
  return out;
}

/**
 * The columns a CSV of a kind can have: the dotted path of every field, nested
 * objects flattened (`names.en`, `unit.unitType`); a list, a keyed map or a
 * list of objects is one column.
 *
 * @example
 * ```ts
 * import { kindColumns } from "@bluehelm/core/tabular";
 *
 * console.log(kindColumns("pledge-event").slice(0, 4)); // ["id", "pledgeId", "type", "date"]
 * ```
 */
export function kindColumns(kind: EntityKind): readonly string[] {
  const out: string[] = [];
  const walk = (s: z.ZodType, prefix: string): void => {
    for (const alt of alternatives(s)) {
      const d = defOf(alt);
      if (d.type === "object" && d.shape) for (const [k, v] of Object.entries(d.shape)) walk(v, prefix ? `${prefix}.${k}` : k);
      else if (prefix && !out.includes(prefix)) out.push(prefix);
    }
  };
  walk(ENTITY_SCHEMAS[kind] as z.ZodType, "");
  return out;
}

/**
 * Fields the API and the exports add to the records of a kind, derived from
 * other records (a pledge's status is folded from its events). A file may
 * carry them — a CSV or NDJSON exported by Bluehelm does — and they are not
 * read: one warning says so.
 *
 * @example
 * ```ts
 * import { DERIVED_FIELDS } from "@bluehelm/core/tabular";
 *
 * console.log(DERIVED_FIELDS.pledge); // ["status", "statusSince"]
 * ```
 */
export const DERIVED_FIELDS: Readonly<Partial<Record<EntityKind, readonly string[]>>> = Object.freeze({
  pledge: Object.freeze(["status", "statusSince"]),
});

/** A cell of a column holding a list of objects, a keyed map or an object as JSON (as the exports write them). */
function jsonCell(cell: string): unknown {
  if (!/^[[{]/.test(cell)) return undefined;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

function coerceScalar(cell: string, shapes: Set<Shape>, decimalComma: boolean): unknown {
  if (shapes.has("number") && !shapes.has("string")) {
    const t = decimalComma && /^-?\d+,\d+$/.test(cell) ? cell.replace(",", ".") : cell;
    return /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t) ? Number(t) : cell;
  }
  if (shapes.has("boolean") && !shapes.has("string")) {
    const l = cell.toLowerCase();
    if (["true", "yes", "1"].includes(l)) return true;
    if (["false", "no", "0"].includes(l)) return false;
    return cell;
  }
  return cell;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const key of path.slice(0, -1)) {
    const next = o[key];
    if (typeof next !== "object" || next === null) o[key] = {};
    o = o[key] as Record<string, unknown>;
  }
  o[path[path.length - 1]!] = value;
}

function syntaxIssue(row: number, detail: string, format: FileFormat): ValidationIssue {
  return { ...makeIssue("file.syntax", [], { format: format.toUpperCase(), row, detail }), row };
}

/**
 * Reads the records of an entity kind from a CSV, JSON or NDJSON text. CSV
 * columns name fields, with dots for nested ones (`title.en`, `unit.unitType`);
 * list fields hold values separated by `;`; cells are trimmed, empty cells
 * left out, numbers and booleans read where the schema expects them.
 * Syntax problems are returned as issues, located; nothing throws.
 *
 * @example
 * ```ts
 * import { readRecords } from "@bluehelm/core/tabular";
 *
 * const csv = "id,acronym,names.en,francophoneEnvironment,sources,confidence\nexample-mission,EXM,Example Mission,no,un-pk-vancouver-2017,reported\n";
 * const { records, issues } = readRecords("mission", csv, { format: "csv" });
 * console.log(records[0]?.record, issues.length);
 * ```
 */
export function readRecords(kind: EntityKind, text: string, options: ReadOptions): { records: LocatedRecord[]; issues: ValidationIssue[] } {
  const schema = ENTITY_SCHEMAS[kind] as z.ZodType;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: LocatedRecord[] = [];
  const issues: ValidationIssue[] = [];
  const dropped = new Set<string>();
  if (options.format === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const pos = /position (\d+)/.exec(message);
      const line = pos ? body.slice(0, Number(pos[1])).split("\n").length : 1;
      return { records, issues: [syntaxIssue(line, message, "json")] };
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    list.forEach((record, i) => records.push({ row: i + 1, record: withoutDerived(kind, record, dropped) }));
    return { records, issues: [...issues, ...droppedIssue(kind, dropped, 1)] };
  }
  if (options.format === "ndjson") {
    body.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        records.push({ row: i + 1, record: withoutDerived(kind, JSON.parse(line) as unknown, dropped) });
      } catch (error) {
        issues.push(syntaxIssue(i + 1, error instanceof Error ? error.message : String(error), "ndjson"));
      }
    });
    return { records, issues: [...issues, ...droppedIssue(kind, dropped, 1)] };
  }
  const { rows, problems } = parseCsv(body);
  for (const p of problems) issues.push(syntaxIssue(p.line, p.message, "csv"));
  const [header, ...data] = rows;
  if (!header) return { records, issues };
  const columns = header.cells.map((c) => c.trim());
  const seen = new Set<string>();
  columns.forEach((c) => {
    if (c === "") issues.push(syntaxIssue(header.line, "a column has no name in the header", "csv"));
    else if (seen.has(c)) issues.push(syntaxIssue(header.line, `the column "${c}" appears twice in the header`, "csv"));
    seen.add(c);
  });
  const listSep = options.listSeparator ?? ";";
  const derived = DERIVED_FIELDS[kind] ?? [];
  const shapes = columns.map((c) => (derived.includes(c) ? new Set<Shape>() : shapesAt(schema, c.split("."))));
  const unknown = columns.filter((c, i) => c !== "" && !derived.includes(c) && shapes[i]!.size === 0);
  if (unknown.length > 0) {
    // One issue for the header, not one per row: the file is of another layout or its columns are misspelt.
    const expected = kindColumns(kind);
    issues.push({ ...makeIssue("file.columns-unknown", [], { kind, unknown: quoteList(unknown), expected: expected.join(", ") }), row: header.line });
    return { records, issues };
  }
  for (const c of columns) if (derived.includes(c)) dropped.add(c);
  issues.push(...droppedIssue(kind, dropped, header.line));
  for (const row of data) {
    if (row.cells.length !== columns.length) {
      issues.push(syntaxIssue(row.line, `the row has ${row.cells.length} cells but the header has ${columns.length} columns`, "csv"));
      continue;
    }
    const record: Record<string, unknown> = {};
    row.cells.forEach((raw, i) => {
      const cell = unneutralize(raw.trim());
      const column = columns[i]!;
      const shape = shapes[i]!;
      if (cell === "" || column === "" || shape.size === 0) return;
      const path = column.split(".");
      if (shape.has("array")) {
        const element = shapesAt(schema, [...path, "0"]);
        const json = jsonCell(cell);
        if (Array.isArray(json)) return setPath(record, path, json);
        setPath(record, path, cell.split(listSep).map((v) => unneutralize(v.trim())).filter((v) => v !== "").map((v) => coerceScalar(v, element, options.decimalComma ?? false)));
      } else if ((shape.has("object") || shape.has("other")) && !shape.has("string")) {
        const json = jsonCell(cell);
        setPath(record, path, json === undefined ? cell : json);
      } else {
        setPath(record, path, coerceScalar(cell, shape, options.decimalComma ?? false));
      }
    });
    records.push({ row: row.line, record, columns });
  }
  return { records, issues };
}

const quoteList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** A record without the derived fields of its kind (noting which were there). */
function withoutDerived(kind: EntityKind, record: unknown, dropped: Set<string>): unknown {
  const derived = DERIVED_FIELDS[kind];
  if (!derived || typeof record !== "object" || record === null || Array.isArray(record)) return record;
  const copy = { ...(record as Record<string, unknown>) };
  for (const f of derived) {
    if (!(f in copy)) continue;
    dropped.add(f);
    delete copy[f];
  }
  return copy;
}

function droppedIssue(kind: EntityKind, dropped: ReadonlySet<string>, row: number): ValidationIssue[] {
  return dropped.size === 0 ? [] : [{ ...makeIssue("file.columns-ignored", [], { layout: `${kind} (derived, not stored)`, columns: quoteList([...dropped]) }), row }];
}

/** The column of a CSV an issue path points to: the longest header prefix, else the dotted path. */
function columnOf(path: readonly (string | number)[], columns: readonly string[] | undefined): string | undefined {
  const names = path.filter((p): p is string => typeof p === "string");
  if (names.length === 0) return undefined;
  for (let n = names.length; n > 0; n--) {
    const candidate = names.slice(0, n).join(".");
    if (!columns || columns.includes(candidate)) return candidate;
  }
  return names.join(".");
}

/**
 * The outcome of validating a file.
 *
 * @example
 * ```ts
 * import { validateFile, type FileValidation } from "@bluehelm/core/tabular";
 *
 * const csv = "id,acronym,names.en,francophoneEnvironment,sources,confidence\nexample-mission,EXM,Example Mission,no,un-pk-vancouver-2017,reported\n";
 * const result: FileValidation<"mission"> = validateFile("mission", csv, { format: "csv" });
 * console.log(result.accepted.map((a) => a.record.acronym), result.rejected.length);
 * ```
 */
export interface FileValidation<K extends EntityKind> {
  /** Every issue, each with its row (and column for CSV). */
  readonly report: ValidationReport;
  /** Records with no error, parsed (defaults applied), in file order. */
  readonly accepted: readonly { readonly row: number; readonly record: EntityOf<K> }[];
  /** Records with at least one error, as read, with their issues. */
  readonly rejected: readonly { readonly row: number; readonly record: unknown; readonly issues: readonly ValidationIssue[] }[];
}

/**
 * Validates the records of a file: syntax, each record against its schema,
 * and — with a `context` dataset (what is already stored) — every
 * cross-record rule as if the records were added to it (duplicate ids,
 * dangling references, the pledge lifecycle…). Issues carry the row and,
 * for CSV, the column.
 *
 * @example
 * ```ts
 * import { validateFile } from "@bluehelm/core/tabular";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const csv = "id,acronym,names.en,francophoneEnvironment,sources,confidence\nexample-mission,EXM,Example Mission,no,un-pk-vancouver-2017,reported\n";
 * const { report, accepted } = validateFile("mission", csv, { format: "csv", context: loadDataset() });
 * for (const issue of report.issues) console.log(`row ${issue.row} ${issue.column ?? ""}: ${issue.message.en}`);
 * console.log(accepted.length);
 * ```
 */
export function validateFile<K extends EntityKind>(
  kind: K,
  text: string,
  options: ReadOptions & { readonly context?: ReadonlyDataset },
): FileValidation<K> {
  const { records, issues } = readRecords(kind, text, options);
  return validateRecords(kind, records, { tabular: options.format === "csv", context: options.context, issues });
}

/**
 * Validates located records (read from a file, or converted from another
 * layout): each against its schema and, with a `context` dataset, every
 * cross-record rule as if the records were added to it. `issues` found
 * before (syntax, mapping) are kept in the report.
 *
 * @example
 * ```ts
 * import { validateRecords } from "@bluehelm/core/tabular";
 *
 * const converted = [{ row: 1, record: { id: "example-mission", acronym: "EXM", names: { en: "Example Mission" }, francophoneEnvironment: "no", sources: ["un-pk-vancouver-2017"], confidence: "reported" } }];
 * const { report } = validateRecords("mission", converted);
 * console.log(report.valid);
 * ```
 */
export function validateRecords<K extends EntityKind>(
  kind: K,
  records: readonly LocatedRecord[],
  options: { readonly tabular?: boolean; readonly context?: ReadonlyDataset; readonly issues?: readonly ValidationIssue[] } = {},
): FileValidation<K> {
  const syntax = options.issues ?? [];
  const perRecord = new Map<number, ValidationIssue[]>();
  const add = (i: number, issue: ValidationIssue) => {
    const r = records[i]!;
    const located: ValidationIssue = { ...issue, row: r.row, ...(options.tabular ? { column: columnOf(issue.path, r.columns) } : {}) };
    const list = perRecord.get(i) ?? [];
    list.push(located);
    perRecord.set(i, list);
  };
  const schemaValid: number[] = [];
  records.forEach((r, i) => {
    const report = validate(kind, r.record);
    report.issues.forEach((issue) => add(i, issue));
    if (report.valid) schemaValid.push(i);
  });
  const collection = COLLECTION_OF[kind];
  const base = (options.context?.[collection] ?? []) as readonly unknown[];
  const merged = { ...(options.context ?? {}), [collection]: [...base, ...schemaValid.map((i) => records[i]!.record)] } as unknown as Dataset;
  for (const issue of validateDataset(merged).issues) {
    const [coll, index] = issue.path;
    if (coll !== collection || typeof index !== "number" || index < base.length) continue;
    add(schemaValid[index - base.length]!, { ...issue, path: issue.path.slice(2) });
  }
  const accepted: { row: number; record: EntityOf<K> }[] = [];
  const rejected: { row: number; record: unknown; issues: ValidationIssue[] }[] = [];
  records.forEach((r, i) => {
    const list = perRecord.get(i) ?? [];
    if (list.some((x) => x.severity === "error")) rejected.push({ row: r.row, record: r.record, issues: list });
    else accepted.push({ row: r.row, record: (ENTITY_SCHEMAS[kind] as z.ZodType).parse(r.record) as EntityOf<K> });
  });
  const all = [...syntax, ...[...perRecord.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, l]) => l)];
  return { report: makeReport(all), accepted, rejected };
}
