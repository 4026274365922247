/**
 * World totals of uniformed UN peacekeeping personnel by year, 1947–2021, from
 * Our World in Data's "United Nations Peacekeeping" series: the UN's December
 * report of each year from 1992 (November for 1998), the Global Policy Forum's
 * totals for 1947–1991. The 1947–1991 breakdowns are 0 in the file, meaning
 * not given: they are left out, not stored as zero.
 */
import { readFileSync } from "node:fs";
import type { WorldTotal } from "@bluehelm/core";
import { parseCsv } from "./csv.js";
import { OWID_PEACEKEEPING_CSV } from "./paths.js";

export const OWID_SOURCE = "owid-un-peacekeeping";

const COLUMNS = [
  "Entity",
  "Year",
  "Number of peacekeeping missions (United Nations Peacekeeping)",
  "Size of total peacekeeping force (United Nations Peacekeeping)",
  "Civilian police (peacekeepers) (United Nations Peacekeeping)",
  "Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping)",
  "Troops (peacekeepers) (United Nations Peacekeeping)",
] as const;

/** The first year of the UN's own figures (December reports); earlier years are the Global Policy Forum's totals. */
export const FIRST_UN_YEAR = 1992;
/** The one year whose UN figure is from the November report. */
export const NOVEMBER_YEARS: ReadonlySet<number> = new Set([1998]);

export interface WorldTotalsImport {
  readonly totals: readonly WorldTotal[];
  readonly rows: number;
  /** Years before 1992 whose breakdown columns are all 0 (not given). */
  readonly totalsOnly: number;
  /** UN years whose troops, police and observers do not add up to the total. */
  readonly breakdownMismatches: readonly { readonly year: number; readonly sum: number; readonly total: number }[];
}

export function importWorldTotals(): WorldTotalsImport {
  const file = "united-nations-peacekeeping.csv";
  const csv = parseCsv(readFileSync(OWID_PEACEKEEPING_CSV, "utf8"), file);
  if (csv.header.join("|") !== COLUMNS.join("|")) throw new Error(`${file}: unexpected columns ${csv.header.join(", ")}`);
  const totals: WorldTotal[] = [];
  const mismatches: { year: number; sum: number; total: number }[] = [];
  let totalsOnly = 0;
  const seen = new Set<number>();
  for (const row of csv.rows) {
    const f = row.fields;
    if (f.Entity !== "World") throw new Error(`${file}: row ${row.line}: entity "${f.Entity}", expected World`);
    const num = (column: (typeof COLUMNS)[number]) => {
      const value = Number(f[column]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${file}: row ${row.line}, column "${column}": "${f[column]}" is not a count`);
      return value;
    };
    const year = num("Year");
    if (seen.has(year)) throw new Error(`${file}: row ${row.line}: year ${year} twice`);
    seen.add(year);
    const total = num("Size of total peacekeeping force (United Nations Peacekeeping)");
    const police = num("Civilian police (peacekeepers) (United Nations Peacekeeping)");
    const observers = num("Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping)");
    const troops = num("Troops (peacekeepers) (United Nations Peacekeeping)");
    const missions = num("Number of peacekeeping missions (United Nations Peacekeeping)");
    const un = year >= FIRST_UN_YEAR;
    if (!un) {
      if (police !== 0 || observers !== 0 || troops !== 0) throw new Error(`${file}: row ${row.line}: a breakdown before ${FIRST_UN_YEAR}, which the Global Policy Forum totals do not have`);
      totalsOnly++;
    } else if (police + observers + troops !== total) {
      mismatches.push({ year, sum: police + observers + troops, total });
    }
    const month = NOVEMBER_YEARS.has(year) ? "11" : "12";
    totals.push({
      id: `world-total.${year}`,
      year,
      date: un ? { precision: "month", date: `${year}-${month}`, qualifier: "on" } : { precision: "year", date: String(year), qualifier: "on" },
      origin: un ? "un-december-report" : "historical-compilation",
      missions,
      total,
      ...(un ? { police, militaryObservers: observers, troops } : {}),
      sources: [OWID_SOURCE],
      confidence: "reported",
      ...(un
        ? NOVEMBER_YEARS.has(year)
          ? { note: "The UN figure of the November report (the series takes December for every other year)." }
          : {}
        : { note: "Total from the Global Policy Forum's historical series, without a breakdown by category (the file's 0 means not given)." }),
    });
  }
  return { totals, rows: csv.rows.length, totalsOnly, breakdownMismatches: mismatches };
}
