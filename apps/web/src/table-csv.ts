/**
 * The explorer's CSV: exactly the header and the cells shown on screen, written
 * by the core's CSV writer (formula-like cells neutralized with a leading ').
 */
import { toCsv } from "@bluehelm/core/tabular";

export function tableCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return toCsv([header, ...rows]);
}
