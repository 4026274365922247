// An independent reader of the external CSV files for the tests: it shares
// no code with the importers, so the figures it yields are not produced by
// the code under test.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const EXTERNAL = process.env.BLUEHELM_EXTERNAL_DATA ?? join(import.meta.dirname, "..", "..", "..", "data", "external");

/** Splits one CSV line on commas outside double quotes (the test files have no embedded line breaks). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (inQuotes && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else inQuotes = !inQuotes;
    } else if (ch === "," && !inQuotes) {
      cells.push(cur);
      cur = "";
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

export function readRaw(relative: string): Record<string, string>[] {
  const text = readFileSync(join(EXTERNAL, relative), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = splitLine(lines[0]!);
  return lines.slice(1).map((l) => {
    const cells = splitLine(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

/**
 * A quote-aware reader for files whose quoted fields hold line breaks (the
 * UCDP HDX extracts): a record ends at a line break outside quotes. Returns
 * the header and the data records as cell arrays.
 */
export function readRawRecords(relative: string): { header: string[]; records: string[][] } {
  const text = readFileSync(join(EXTERNAL, relative), "utf8").replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let cells: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cur += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ",") {
      cells.push(cur);
      cur = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cur);
      if (!(cells.length === 1 && cells[0] === "")) records.push(cells);
      cells = [];
      cur = "";
    } else cur += ch;
  }
  if (cur !== "" || cells.length > 0) records.push([...cells, cur]);
  const [header, ...rest] = records;
  return { header: header!, records: rest };
}
