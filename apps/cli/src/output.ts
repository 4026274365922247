import {
  CONFIDENCE,
  EVENT_KINDS,
  INSTRUMENT_KINDS,
  OIF_STATUSES,
  PLEDGE_EVENT_TYPES,
  PLEDGE_KINDS,
  PLEDGE_STATUSES,
  POC_LEVELS,
  REGIONAL_GROUPS,
  SEVERITIES,
  csvCell,
  type Codelist,
  type ValidationIssue,
} from "@bluehelm/core";
import type { Lang } from "./i18n.js";

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
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB") : value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 3 });
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
      io.out([columns.map((c) => csvCell(c)).join(","), ...records.map((r) => columns.map((c) => csvCell(pick(r, c))).join(","))].join("\n"));
      return;
    case "table":
      io.out(table(columns, records.map((r) => columns.map((c) => display(pick(r, c), c.split(".").pop()!, io.lang, kind))), io.color));
  }
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
    if (n > maxInfoPerRule) io.err(io.lang === "fr" ? `… et ${n - maxInfoPerRule} autres [${rule}]` : `… and ${n - maxInfoPerRule} more [${rule}]`);
  }
}
