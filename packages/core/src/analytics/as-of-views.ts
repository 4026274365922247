import type { Mission } from "../schemas/mission.js";
import { lastYearEndedBy, type PersonnelYear } from "./annual-figures.js";

/*
 * Views of answers and records as of a date, for every adapter to share:
 * the date a view defaults to (the latest period with data), the annual
 * figures and contributions known by a date, where a mission stands on a
 * date, and running counts of dated records by year.
 */

/**
 * The date a view defaults to: the last day of the latest year with some
 * personnel in a `personnel-by-year` answer (annual figures are what the
 * dataset has latest), or undefined when no year has any.
 *
 * @example
 * ```ts
 * import { latestDataDate } from "@bluehelm/core/analytics";
 *
 * console.log(latestDataDate([{ year: 2019, total: 10 }, { year: 2020, total: 12 }, { year: 2021, total: 0 }])); // "2020-12-31"
 * ```
 */
export function latestDataDate(points: readonly Pick<PersonnelYear, "year" | "total">[]): string | undefined {
  let best: number | undefined;
  for (const p of points) if (p.total > 0 && (best === undefined || p.year > best)) best = p.year;
  return best === undefined ? undefined : `${best}-12-31`;
}

/**
 * The points of years that had ended by a date ({@link lastYearEndedBy}),
 * in their order: an annual figure is not known before its year is over.
 *
 * @example
 * ```ts
 * import { yearsEndedBy } from "@bluehelm/core/analytics";
 *
 * console.log(yearsEndedBy([{ year: 2016 }, { year: 2017 }, { year: 2018 }], "2017-11-15").map((p) => p.year)); // [2016]
 * ```
 */
export function yearsEndedBy<P extends { readonly year: number }>(points: readonly P[], asOf: string): P[] {
  const last = lastYearEndedBy(asOf);
  return points.filter((p) => p.year <= last);
}

/**
 * The records of a period (contributions, annual means) whose period had
 * ended by a date: a mean over a period is known only once it is over.
 *
 * @example
 * ```ts
 * import { periodsEndedBy } from "@bluehelm/core/analytics";
 *
 * const rows = [{ periodEnd: "2016-12-31" }, { periodEnd: "2017-12-31" }];
 * console.log(periodsEndedBy(rows, "2017-11-15").length); // 1
 * ```
 */
export function periodsEndedBy<R extends { readonly periodEnd: string }>(records: readonly R[], asOf: string): R[] {
  return records.filter((r) => r.periodEnd <= asOf);
}

/**
 * Where a mission stands on a date: not started yet, active, or closed.
 *
 * @example
 * ```ts
 * import { missionStanding, type MissionStanding } from "@bluehelm/core/analytics";
 *
 * const standing: MissionStanding = missionStanding({ startDate: "2014-04-10", endDate: undefined }, "2013-01-01");
 * console.log(standing); // "not-started"
 * ```
 */
export type MissionStanding = "not-started" | "active" | "closed";

/**
 * Where a mission stands on a date: "active" from its start to its end
 * (both included, as {@link isActive}), "closed" after its end, "not-started"
 * before its start or when it has no recorded start.
 *
 * @example
 * ```ts
 * import { missionStanding } from "@bluehelm/core/analytics";
 *
 * console.log(missionStanding({ startDate: "2011-07-09", endDate: undefined }, "2017-11-15")); // "active"
 * console.log(missionStanding({ startDate: "1999-10-22", endDate: "2006-12-31" }, "2017-11-15")); // "closed"
 * ```
 */
export function missionStanding(mission: Pick<Mission, "startDate" | "endDate">, asOf: string): MissionStanding {
  if (mission.startDate === undefined || mission.startDate > asOf) return "not-started";
  if (mission.endDate !== undefined && mission.endDate < asOf) return "closed";
  return "active";
}

/**
 * A running count by year: for each year from `from` to the year of `asOf`,
 * how many of the dates (ISO dates) fall on or before the end of that year
 * and on or before `asOf`. Dates after `asOf` are never counted.
 *
 * @example
 * ```ts
 * import { cumulativeByYear } from "@bluehelm/core/analytics";
 *
 * console.log(cumulativeByYear(["2015-05-29", "2015-12-01", "2016-03-01", "2019-01-01"], 2015, "2017-06-30"));
 * // [{ year: 2015, count: 2 }, { year: 2016, count: 3 }, { year: 2017, count: 3 }]
 * ```
 */
export function cumulativeByYear(dates: readonly string[], from: number, asOf: string): { year: number; count: number }[] {
  const last = Number(asOf.slice(0, 4));
  const known = dates.filter((d) => d <= asOf).sort();
  const out: { year: number; count: number }[] = [];
  let i = 0;
  for (let year = from; year <= last; year++) {
    const end = `${year}-12-31`;
    while (i < known.length && known[i]! <= end) i++;
    out.push({ year, count: i });
  }
  return out;
}

/**
 * The year-ends a series "as of" runs through: the last day of each year
 * from `from` to the year before `asOf`'s, then `asOf` itself, so that no
 * point of the series is dated after the view's date.
 *
 * @example
 * ```ts
 * import { yearEndsThrough } from "@bluehelm/core/analytics";
 *
 * console.log(yearEndsThrough(2015, "2017-11-15")); // ["2015-12-31", "2016-12-31", "2017-11-15"]
 * ```
 */
export function yearEndsThrough(from: number, asOf: string): string[] {
  const last = Number(asOf.slice(0, 4));
  const out: string[] = [];
  for (let year = from; year < last; year++) out.push(`${year}-12-31`);
  if (last >= from) out.push(asOf);
  return out;
}
