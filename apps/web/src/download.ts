/**
 * Downloads of what a page shows: a table's cells as CSV (read from the
 * table on screen, so the file holds exactly what is shown, written by the
 * core's CSV writer) and a chart as an SVG file with its styles.
 */
import { tableCsv } from "./table-csv.js";

/** Saves a text as a file through a temporary link. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text of every cell of a table as shown, header rows first (a caption is left out). */
export function tableCells(table: HTMLTableElement): string[][] {
  return [...table.querySelectorAll("tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()));
}

/** A file name from a page's words: lower-case letters, digits and hyphens. */
export const fileName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "bluehelm";

/** Downloads the table with this id as CSV. */
export function downloadTable(id: string, name: string): void {
  const table = document.getElementById(id);
  if (!(table instanceof HTMLTableElement)) return;
  const [header = [], ...rows] = tableCells(table);
  download(`${fileName(name)}.csv`, tableCsv(header, rows), "text/csv;charset=utf-8");
}

/** The page's style rules for charts, so that a saved SVG looks as it does on screen. */
function chartStyles(): string {
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...list]) if (rule instanceof CSSStyleRule && /svg\.chart|\.poc-|\.m[0-2]|\.s[01]|\.l[01]/.test(rule.selectorText)) rules.push(rule.cssText);
  }
  const root = getComputedStyle(document.documentElement);
  const vars = ["--ink", "--line", "--b3", "--focus"].map((v) => `${v}: ${root.getPropertyValue(v)};`).join(" ");
  return `svg { ${vars} font-family: system-ui, sans-serif; }\n${rules.join("\n")}`;
}

/** Downloads the SVG element with this id as an SVG file. */
export function downloadSvg(id: string, name: string): void {
  const svg = document.getElementById(id);
  if (!(svg instanceof SVGSVGElement)) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = chartStyles();
  copy.insertBefore(style, copy.firstChild);
  download(`${fileName(name)}.svg`, new XMLSerializer().serializeToString(copy), "image/svg+xml;charset=utf-8");
}
