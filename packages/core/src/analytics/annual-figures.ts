import { PERSONNEL_CATEGORIES, type PersonnelCategory } from "../codelists.js";
import type { Contribution, GenderTarget } from "../schemas/measures.js";
import type { GenderRow } from "./gender.js";
import { targetInForce } from "./gender.js";

/*
 * Annual figures as of a date: which year's annual mean can be shown on a
 * day, the women's share of the latest such year, the parity targets that
 * apply to it, a contributor's annual means by mission and year, and one
 * women's share per contributor (or mission) from the gender-shares rows.
 * Pure functions over answers and records, for every adapter to share.
 */

/**
 * The latest calendar year that had ended by a date (an ISO date): the
 * date's own year on 31 December, else the year before. An annual mean is
 * not known before its year is over, so this is the latest year whose
 * annual means can be shown as of the date.
 *
 * @example
 * ```ts
 * import { lastYearEndedBy } from "@bluehelm/core/analytics";
 *
 * console.log(lastYearEndedBy("2017-06-30")); // 2016
 * console.log(lastYearEndedBy("2017-12-31")); // 2017
 * ```
 */
export function lastYearEndedBy(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf >= `${year}-12-31` ? year : year - 1;
}

/**
 * A year of uniformed personnel, as the `personnel-by-year` question answers
 * it: the total, and the women when every record of the year has them.
 *
 * @example
 * ```ts
 * import type { PersonnelYear } from "@bluehelm/core/analytics";
 *
 * const point: PersonnelYear = { year: 2019, total: 82_000, women: 4_700 };
 * console.log(point.women === undefined ? "no women's figure" : point.women / point.total);
 * ```
 */
export interface PersonnelYear {
  readonly year: number;
  readonly total: number;
  readonly women: number | undefined;
}

/** The latest point of a year ended by the date that `keep` accepts. */
function latestEnded<P extends PersonnelYear>(points: readonly P[], asOf: string, keep: (p: P) => boolean): P | undefined {
  const last = lastYearEndedBy(asOf);
  let best: P | undefined;
  for (const p of points) if (p.year <= last && keep(p) && (!best || p.year > best.year)) best = p;
  return best;
}

/**
 * The year whose personnel figure can be shown as of a date, and its point:
 * the latest year with some personnel that had ended by the date
 * ({@link lastYearEndedBy}); undefined when there is none.
 *
 * @example
 * ```ts
 * import { latestPersonnelYear } from "@bluehelm/core/analytics";
 *
 * const points = [
 *   { year: 2018, total: 20, women: undefined },
 *   { year: 2019, total: 0, women: 0 },
 *   { year: 2020, total: 25, women: 3 },
 * ];
 * console.log(latestPersonnelYear(points, "2020-06-30")?.year); // 2018: 2020 is not over, 2019 has no personnel
 * ```
 */
export function latestPersonnelYear<P extends PersonnelYear>(points: readonly P[], asOf: string): P | undefined {
  return latestEnded(points, asOf, (p) => p.total > 0);
}

/**
 * The year whose women's figure can be shown as of a date, and its point:
 * the latest year with a women's figure and some personnel that had ended by
 * the date ({@link lastYearEndedBy}); undefined when there is none.
 *
 * @example
 * ```ts
 * import { latestWomenFigure } from "@bluehelm/core/analytics";
 *
 * const points = [
 *   { year: 2018, total: 20, women: 2 },
 *   { year: 2019, total: 25, women: undefined },
 *   { year: 2020, total: 20, women: 3 },
 * ];
 * console.log(latestWomenFigure(points, "2020-06-30")?.year); // 2018: 2020 is not over, 2019 has no women's figure
 * ```
 */
export function latestWomenFigure<P extends PersonnelYear>(points: readonly P[], asOf: string): P | undefined {
  return latestEnded(points, asOf, (p) => p.women !== undefined && p.total > 0);
}

/**
 * The parity targets for a year: the one in force in each personnel category
 * ({@link targetInForce}), by category code, and those set for later years,
 * by category then year.
 *
 * @example
 * ```ts
 * import type { ParityTargets } from "@bluehelm/core/analytics";
 *
 * const show = (t: ParityTargets) => `${t.inForce.length} in force, ${t.later.length} set for later years`;
 * console.log(show({ inForce: [], later: [] }));
 * ```
 */
export interface ParityTargets {
  readonly inForce: GenderTarget[];
  readonly later: GenderTarget[];
}

/**
 * The parity targets for a year: in each personnel category the target in
 * force that year (that year's, else the latest earlier one), and the targets
 * set for later years.
 *
 * @example
 * ```ts
 * import { parityTargetsFor } from "@bluehelm/core/analytics";
 * import { genderTargets } from "@bluehelm/data/gender-targets";
 *
 * const { inForce, later } = parityTargetsFor(genderTargets, 2024);
 * console.log(inForce.map((t) => `${t.category}: ${t.share}`), later.map((t) => `${t.category} ${t.year}`));
 * ```
 */
export function parityTargetsFor(targets: readonly GenderTarget[], year: number): ParityTargets {
  const inForce = (Object.keys(PERSONNEL_CATEGORIES) as PersonnelCategory[])
    .sort()
    .flatMap((category) => targetInForce(targets, category, year) ?? []);
  const later = targets.filter((t) => t.year > year).sort((a, b) => a.category.localeCompare(b.category) || a.year - b.year);
  return { inForce, later };
}

/**
 * Contributions as a table of missions by years; see {@link contributionsByMissionYear}.
 *
 * @example
 * ```ts
 * import type { MissionYearTable } from "@bluehelm/core/analytics";
 *
 * const table: MissionYearTable = { years: [2019], rows: [{ missionId: "monusco", byYear: new Map([[2019, 1200]]) }] };
 * console.log(table.rows.map((r) => `${r.missionId}: ${table.years.map((y) => r.byYear.get(y) ?? "–").join(" ")}`));
 * ```
 */
export interface MissionYearTable {
  /** Every year with a figure, ascending. */
  readonly years: number[];
  /** One row per mission, by mission id; a year without a figure is absent from `byYear`. */
  readonly rows: { readonly missionId: string; readonly byYear: Map<number, number> }[];
}

/**
 * Contributions pivoted: one row per mission, one column per year, from the
 * annual means of all uniformed personnel (category "all") by mission;
 * figures of the same mission and year are added up. Other measures,
 * categories and all-mission totals are left out.
 *
 * @example
 * ```ts
 * import { contributionsByMissionYear } from "@bluehelm/core/analytics";
 * import { contributions } from "@bluehelm/data/contributions";
 *
 * const { years, rows } = contributionsByMissionYear(contributions.filter((c) => c.contributorId === "rwa"));
 * for (const row of rows) console.log(row.missionId, years.map((y) => row.byYear.get(y) ?? "–"));
 * ```
 */
export function contributionsByMissionYear(items: readonly Contribution[]): MissionYearTable {
  const years = new Set<number>();
  const rows = new Map<string, Map<number, number>>();
  for (const c of items) {
    if (c.measure !== "annual-mean" || c.category !== "all" || c.missionId === undefined) continue;
    const year = Number(c.periodStart.slice(0, 4));
    years.add(year);
    const row = rows.get(c.missionId) ?? new Map<number, number>();
    row.set(year, (row.get(year) ?? 0) + c.total);
    rows.set(c.missionId, row);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    rows: [...rows.entries()].map(([missionId, byYear]) => ({ missionId, byYear })).sort((a, b) => a.missionId.localeCompare(b.missionId)),
  };
}

/**
 * One women's share per key (contributor or mission) from the
 * `gender-shares` rows, which come one per key and personnel category: the
 * "all" row where there is one, else the categories added up (never both,
 * so no one is counted twice). Keys without personnel have no share; shares
 * are kept between 0 and 1.
 *
 * @example
 * ```ts
 * import { womenShareByKey } from "@bluehelm/core/analytics";
 *
 * const shares = womenShareByKey([
 *   { key: "gha", category: "troops", women: 10, total: 100 },
 *   { key: "gha", category: "staff-officers", women: 30, total: 100 },
 * ]);
 * console.log(shares.get("gha")); // 0.2
 * ```
 */
export function womenShareByKey(rows: readonly Pick<GenderRow, "key" | "category" | "women" | "total">[]): Map<string, number> {
  const sums = new Map<string, { all: boolean; women: number; total: number }>();
  for (const r of rows) {
    const seen = sums.get(r.key);
    if (r.category === "all") sums.set(r.key, { all: true, women: r.women, total: r.total });
    else if (!seen) sums.set(r.key, { all: false, women: r.women, total: r.total });
    else if (!seen.all) sums.set(r.key, { all: false, women: seen.women + r.women, total: seen.total + r.total });
  }
  const shares = new Map<string, number>();
  for (const [key, s] of sums) if (s.total > 0) shares.set(key, Math.min(1, Math.max(0, s.women / s.total)));
  return shares;
}
