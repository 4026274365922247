/**
 * A small RFC 4180 CSV reader for the external files: quoted fields with
 * doubled quotes, CRLF or LF line ends, and a UTF-8 byte-order mark.
 */
export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows; `line` is the 1-based data row number (the header is row 0). */
  readonly rows: readonly { readonly line: number; readonly fields: Readonly<Record<string, string>> }[];
}

export function parseCsvRows(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("CSV: unterminated quoted field at end of input");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses a CSV text with a header row; every row must have the header's width. */
export function parseCsv(text: string, file: string): CsvTable {
  // Blank lines (a lone empty field) carry no data: skipped.
  const [header, ...data] = parseCsvRows(text).filter((r) => !(r.length === 1 && r[0] === ""));
  if (header === undefined) throw new Error(`${file}: empty file`);
  const rows = data.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`${file}: row ${i + 1} has ${fields.length} fields, the header has ${header.length}`);
    }
    return { line: i + 1, fields: Object.fromEntries(header.map((h, j) => [h, fields[j]!])) };
  });
  return { header, rows };
}
