import { CONFIDENCE, EVENT_KINDS, INSTRUMENT_KINDS, OIF_STATUSES, PLEDGE_EVENT_TYPES, PLEDGE_KINDS, PLEDGE_STATUSES, POC_LEVELS, REGIONAL_GROUPS, SEVERITIES, type EntityKind, type Codelist, type ValidationIssue } from "@bluehelm/core";
import { toCsv, writeRecords } from "@bluehelm/core/tabular";
import { t, type Lang } from "./i18n.js";

/** How results are printed. */
export type OutputFormat = "table" | "json" | "ndjson" | "csv";

/** Where the CLI writes, and whether colour is allowed. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly lang: Lang;
}

/** Codelists that label values in tables, by field name. */
const LABELLED: Readonly<Record<string, Codelist<string>>> = {
  status: PLEDGE_STATUSES,
  confidence: CONFIDENCE,
  poc: POC_LEVELS,
  regionalGroup: REGIONAL_GROUPS,
  oif: OIF_STATUSES,
  severity: SEVERITIES,
};
const LABELLED_BY_KIND: Readonly<Record<string, Readonly<Record<string, Codelist<string>>>>> = {
  pledge: { kind: PLEDGE_KINDS },
  "pledge-event": { type: PLEDGE_EVENT_TYPES },
  event: { kind: EVENT_KINDS },
  instrument: { kind: INSTRUMENT_KINDS },
};

/** Reads a dotted path of a value. */
export function pick(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split(".")) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A value as people read it in a table, in their language. */
export function display(value: unknown, field: string, lang: Lang, kind?: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") {
    const list = LABELLED_BY_KIND[kind ?? ""]?.[field] ?? LABELLED[field];
    const label = list?.[value];
    return label ? label[lang] : value;
  }
  if (Array.isArray(value)) return value.map((v) => display(v, field, lang, kind)).join(", ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.en === "string") return String(lang === "fr" && typeof o.fr === "string" ? o.fr : o.en);
    if (typeof o.date === "string" && typeof o.qualifier === "string") return `${o.qualifier === "by" ? (lang === "fr" ? "au plus tard " : "by ") : ""}${o.date}`;
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    // A year is a name, not a quantity: 2019, never "2,019".
    if (Number.isInteger(value) && /year$/i.test(field) && value >= 1000 && value <= 9999) return String(value);
    return Number.isInteger(value) ? value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB") : value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 3 });
  }
  return typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

/** Renders rows as an aligned text table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], color: boolean): string {
  const widths = headers.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
  const lines = [bold(headers.map((h, i) => cut(h, widths[i]!)).join("  ").trimEnd())];
  lines.push(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) lines.push(r.map((c, i) => cut(c, widths[i]!)).join("  ").trimEnd());
  return lines.join("\n");
}

/** Prints records in the chosen format; `columns` are the dotted fields shown in tables and CSV. */
export function printRecords(io: Io, format: OutputFormat, records: readonly unknown[], columns: readonly string[], kind?: string): void {
  switch (format) {
    case "json":
      io.out(JSON.stringify(records, null, 2));
      return;
    case "ndjson":
      for (const r of records) io.out(JSON.stringify(r));
      return;
    case "csv":
      printText(io, toCsv([columns, ...records.map((r) => columns.map((c) => pick(r, c)))]));
      return;
    case "table":
      io.out(table(columns, records.map((r) => columns.map((c) => display(pick(r, c), c.split(".").pop()!, io.lang, kind))), io.color));
  }
}

/**
 * Prints a text made of whole lines (CSV rows end with CRLF): `out` ends each line it writes with LF, which completes
 * the last line's line end, so the bytes written are the text's own.
 */
export function printText(io: Io, text: string): void {
  if (text === "") return;
  io.out(text.endsWith("\n") ? text.slice(0, -1) : text);
}

/**
 * Prints records of a kind as CSV through the core's writer: every field as a column (nested ones dotted, lists
 * joined with `;`), as `bluehelm import` and the core's readRecords read them back.
 */
export function printRecordsCsv(io: Io, kind: EntityKind, records: readonly unknown[]): void {
  printText(io, writeRecords(kind, records, "csv"));
}

/**
 * Prints validation issues for people: file:row:column severity [rule] message.
 * Errors and warnings are all printed; informational issues beyond the first
 * few of a rule are counted instead.
 */
export function printIssues(io: Io, file: string, issues: readonly ValidationIssue[], maxInfoPerRule = 3): void {
  const infoSeen = new Map<string, number>();
  for (const i of issues) {
    if (i.severity === "info") {
      const n = (infoSeen.get(i.rule) ?? 0) + 1;
      infoSeen.set(i.rule, n);
      if (n > maxInfoPerRule) continue;
    }
    const where = [file, i.row, i.column].filter((x) => x !== undefined && x !== "").join(":");
    const sev = display(i.severity, "severity", io.lang);
    const colored = io.color ? (i.severity === "error" ? `\u001b[31m${sev}\u001b[39m` : `\u001b[33m${sev}\u001b[39m`) : sev;
    io.err(`${where}: ${colored} [${i.rule}] ${i.message[io.lang]}`);
  }
  for (const [rule, n] of infoSeen) {
    if (n > maxInfoPerRule) io.err(t(io.lang, "moreOfRule", { n: n - maxInfoPerRule, rule }));
  }
}

const isRow = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isLabel = (v: unknown): boolean => isRow(v) && typeof v.en === "string" && typeof v.fr === "string";

/** Nested objects as dotted fields (`withPresence.n`), undefined ones left out; labels, lists and scalars stay whole. */
export function flatten(value: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Absent and undefined are the same (JSON drops undefined): the same answer prints the same, local or remote.
    if (v === undefined) continue;
    if (isRow(v) && !isLabel(v) && !(typeof v.date === "string" && typeof v.qualifier === "string")) Object.assign(out, flatten(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

/**
 * Prints an answer's value for people: a list of rows as a table; an object as its fields, one per line
 * (nested ones dotted), each list of rows in it as a table of its own, and its statement last.
 */
export function printValue(io: Io, value: unknown): void {
  if (Array.isArray(value)) {
    // Columns are the dotted fields of the rows; `pick` reads them from the rows as they are.
    const rows = value.map((r) => (isRow(r) ? r : { value: r }));
    const columns = [...new Set(rows.flatMap((r) => Object.keys(flatten(r))))];
    printRecords(io, "table", rows, columns);
    return;
  }
  if (!isRow(value)) {
    io.out(display(value, "value", io.lang));
    return;
  }
  const fields = flatten(value);
  const tables: [string, unknown[]][] = [];
  const statements: string[] = [];
  const lines: [string, string][] = [];
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v) && v.some(isRow)) tables.push([k, v]);
    else if (isLabel(v) && /statement$/.test(k)) statements.push(display(v, k, io.lang));
    else lines.push([k, display(v, k.split(".").pop()!, io.lang)]);
  }
  const width = Math.max(0, ...lines.map(([k]) => k.length));
  for (const [k, v] of lines) io.out(`${k.padEnd(width)}  ${v}`);
  for (const [k, rows] of tables) {
    io.out(`\n${k}`);
    printValue(io, rows);
  }
  if (statements.length > 0) io.out(`\n${statements.join("\n")}`);
}
