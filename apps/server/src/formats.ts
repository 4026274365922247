import { toCsv } from "@bluehelm/core/tabular";

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

/**
 * One CSV line, written by the core's CSV writer (`toCsv`): cells a spreadsheet would run as formulas
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) are prefixed with `'`; numbers and booleans
 * are written as they are.
 */
export function csvRow(values: readonly unknown[]): string {
  return toCsv([values]);
}
