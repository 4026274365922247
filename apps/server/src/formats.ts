/**
 * Output formats of list endpoints, negotiated from `?format=` or the Accept header.
 *
 * @example
 * ```ts
 * import { negotiate, type Format } from "@bluehelm/server";
 *
 * const format: Format = negotiate(undefined, "text/csv", true) ?? "json"; // "csv"
 * ```
 */
export type Format = "json" | "ndjson" | "csv";

/** The Content-Type sent for each format. */
export const CONTENT_TYPES: Readonly<Record<Format, string>> = {
  json: "application/json; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const BY_MEDIA: Readonly<Record<string, Format>> = {
  "application/json": "json",
  "application/*": "json",
  "*/*": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
  "text/csv": "csv",
  "text/*": "csv",
};

/**
 * The format to answer with: `?format=` wins, then the Accept header by
 * quality (first listed on ties); `undefined` when nothing acceptable can be
 * produced. `streams` says whether NDJSON and CSV are offered.
 *
 * @example
 * ```ts
 * import { negotiate } from "@bluehelm/server";
 *
 * negotiate("ndjson", "application/json", true); // "ndjson": ?format= wins
 * negotiate(undefined, "text/csv;q=0.5, application/x-ndjson", true); // "ndjson": higher quality
 * negotiate(undefined, "text/csv", false); // undefined: a single record is JSON only (406)
 * ```
 */
export function negotiate(formatParam: string | undefined, accept: string | undefined, streams: boolean): Format | undefined {
  const offered = (f: Format) => f === "json" || streams;
  if (formatParam !== undefined) {
    return (["json", "ndjson", "csv"] as const).find((f) => f === formatParam && offered(f));
  }
  if (!accept || accept.trim() === "") return "json";
  const ranges = accept
    .split(",")
    .slice(0, 20)
    .map((part, i) => {
      const [media = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { media: media.trim(), quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const r of ranges) {
    const f = BY_MEDIA[r.media];
    if (f && offered(f)) return f;
  }
  return undefined;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`;
 * numbers and booleans are written as they are.
 *
 * @example
 * ```ts
 * import { csvCell } from "@bluehelm/server";
 *
 * csvCell("@SUM(A1)"); // "'@SUM(A1)": a spreadsheet shows the text, does not run it
 * csvCell("-12"); // "'-12": text that looks like a formula
 * csvCell(-12); // "-12": numbers stay numbers
 * csvCell("Côte d'Ivoire, Republic of"); // quoted, because of the comma
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = typeof value === "string" ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads a dotted path from a record. */
export function pick(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The value of a column: lists joined with `|`, objects as JSON. */
export function columnValue(record: unknown, path: readonly string[]): unknown {
  const value = pick(record, path);
  if (Array.isArray(value)) return value.every((v) => typeof v !== "object" || v === null) ? value.join("|") : JSON.stringify(value);
  return value;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
