/**
 * The external CSV files as tables, read with the core's CSV parser (the one
 * CSV implementation of the repository): quoted fields with doubled quotes and
 * line breaks, CRLF or LF line ends, a UTF-8 byte-order mark. A syntax problem
 * or a row of the wrong width fails the import.
 */
import { parseCsv as parseCsvText } from "@bluehelm/core/tabular";

export interface CsvTable {
  readonly header: readonly string[];
  /**
   * Data rows; `line` is the 1-based data row number (the header is row 0),
   * `fileLine` the line of the file the row starts on.
   */
  readonly rows: readonly { readonly line: number; readonly fileLine: number; readonly fields: Readonly<Record<string, string>> }[];
}

/** Parses a comma-separated text with a header row; every row must have the header's width. */
export function parseCsv(text: string, file: string): CsvTable {
  const { rows, problems } = parseCsvText(text, { separator: "," });
  if (problems.length > 0) throw new Error(`${file}: line ${problems[0]!.line}: ${problems[0]!.message}`);
  // Blank lines carry no data; the parser skips them.
  const [header, ...data] = rows;
  if (header === undefined) throw new Error(`${file}: empty file`);
  const names = header.cells;
  return {
    header: names,
    rows: data.map((row, i) => {
      if (row.cells.length !== names.length) {
        throw new Error(`${file}: row ${i + 1} has ${row.cells.length} fields, the header has ${names.length}`);
      }
      return { line: i + 1, fileLine: row.line, fields: Object.fromEntries(names.map((h, j) => [h, row.cells[j]!])) };
    }),
  };
}
