/**
 * CSV reading and writing (RFC 4180): quoted fields with doubled quotes,
 * separators and line breaks inside quotes, CRLF or LF, a leading byte-order
 * mark. Pure functions over strings.
 */

/**
 * A parsed CSV row with the line of the file it starts on (1-based).
 *
 * @example
 * ```ts
 * import { parseCsv, type CsvRow } from "@bluehelm/core/tabular";
 *
 * const rows: CsvRow[] = parseCsv("a;b\n1;2\n").rows;
 * console.log(rows[1]?.line, rows[1]?.cells); // 2 ["1", "2"]
 * ```
 */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A CSV syntax problem, located.
 *
 * @example
 * ```ts
 * import { parseCsv, type CsvProblem } from "@bluehelm/core/tabular";
 *
 * const problems: CsvProblem[] = parseCsv('a,b\n"unclosed,2\n').problems;
 * console.log(problems.map((p) => `line ${p.line}: ${p.message}`));
 * ```
 */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * import { parseCsv, type ParseCsvOptions } from "@bluehelm/core/tabular";
 *
 * const options: ParseCsvOptions = { separator: "\t" };
 * console.log(parseCsv("a\tb\n1\t2\n", options).rows.length); // 2
 * ```
 */
export interface ParseCsvOptions {
  /** The field separator; default: detected from the first line (`,`, `;` or tab). */
  readonly separator?: string;
}

/**
 * Detects the separator of a CSV text from its first line: the most frequent of `,`, `;` and tab outside quotes.
 *
 * @example
 * ```ts
 * import { detectSeparator } from "@bluehelm/core/tabular";
 *
 * console.log(detectSeparator("year;mission;total\n2017;MINUSCA;1,5\n")); // ";"
 * ```
 */
export function detectSeparator(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * Parses a CSV text into rows. Never throws: syntax problems are returned.
 *
 * @example
 * ```ts
 * import { parseCsv } from "@bluehelm/core/tabular";
 *
 * const text = ["\uFEFFname,note", `"Côte d'Ivoire","a ""quoted"" word"`].join("\r\n");
 * const { rows, problems } = parseCsv(text);
 * console.log(rows[1]?.cells, problems.length); // ["Côte d'Ivoire", 'a "quoted" word'] 0
 * ```
 */
export function parseCsv(input: string, options: ParseCsvOptions = {}): { rows: CsvRow[]; problems: CsvProblem[] } {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const sep = options.separator ?? detectSeparator(text);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let quotedCell = false;
  let afterQuote = false;
  const endCell = () => {
    cells.push(cell);
    cell = "";
    quotedCell = false;
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === "" && !quotedCell)) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "" && !quotedCell) {
      inQuotes = true;
      quotedCell = true;
    } else if (ch === sep) {
      endCell();
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      if (afterQuote) {
        problems.push({ line, message: `text after a closing quote in a quoted field (character "${ch}")` });
        afterQuote = false;
      } else if (ch === '"') {
        problems.push({ line, message: "a quote inside an unquoted field; quote the whole field and double inner quotes" });
      }
      cell += ch;
    }
  }
  if (inQuotes) problems.push({ line: rowLine, message: "a quoted field is not closed before the end of the file" });
  if (cell !== "" || cells.length > 0 || quotedCell) endRow();
  return { rows, problems };
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * The text of a cell written by {@link csvCell} with formulas neutralized:
 * one leading quote before a formula character is removed (`'=1+1` → `=1+1`,
 * `''=x` → `'=x`); any other text is returned as it is.
 *
 * @example
 * ```ts
 * import { csvCell, unneutralize } from "@bluehelm/core/tabular";
 *
 * console.log(unneutralize(csvCell("-12"))); // "-12"
 * console.log(unneutralize("'tis")); // "'tis": no formula character follows the quote
 * ```
 */
export function unneutralize(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import { toCsv, type ToCsvOptions } from "@bluehelm/core/tabular";
 *
 * const options: ToCsvOptions = { separator: ";", neutralizeFormulas: true };
 * console.log(toCsv([["name", "value"], ["x", "=1+1"]], options));
 * ```
 */
export interface ToCsvOptions {
  readonly separator?: string;
  /**
   * Prefix cells that a spreadsheet would run as a formula (starting with
   * `=`, `+`, `-`, `@`, tab or carriage return) with a quote; default true.
   */
  readonly neutralizeFormulas?: boolean;
}

/**
 * Formats one CSV cell.
 *
 * @example
 * ```ts
 * import { csvCell } from "@bluehelm/core/tabular";
 *
 * console.log(csvCell('say "hi", twice')); // "say ""hi"", twice"
 * ```
 */
export function csvCell(value: unknown, options: ToCsvOptions = {}): string {
  const sep = options.separator ?? ",";
  let text =
    value === undefined || value === null
      ? ""
      : typeof value === "string"
        ? value
        : typeof value === "number" || typeof value === "boolean" || typeof value === "bigint"
          ? String(value)
          : (JSON.stringify(value) ?? "");
  // A text a spreadsheet would run gets a leading quote; so does a text that already starts with quotes
  // before such a character, so that `unneutralize` (what the readers apply) gives back the value exactly.
  if ((options.neutralizeFormulas ?? true) && typeof value === "string" && (FORMULA_START.test(text) || QUOTED_FORMULA.test(text))) text = `'${text}`;
  return text.includes(sep) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats rows as CSV text with CRLF line ends.
 *
 * @example
 * ```ts
 * import { toCsv } from "@bluehelm/core/tabular";
 * import { missions } from "@bluehelm/data/missions";
 *
 * const csv = toCsv([["id", "acronym", "start"], ...missions.map((m) => [m.id, m.acronym, m.startDate])]);
 * console.log(csv);
 * ```
 */
export function toCsv(rows: readonly (readonly unknown[])[], options: ToCsvOptions = {}): string {
  const sep = options.separator ?? ",";
  return rows.map((r) => r.map((v) => csvCell(v, options)).join(sep)).join("\r\n") + (rows.length ? "\r\n" : "");
}
