import type { PartialDate } from "./schemas/common.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The last day of a month, 1-based month. */
function lastDay(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/**
 * Whether a text is a calendar date `YYYY-MM-DD` (a day that exists: not
 * `2021-02-30`, `2023-02-29` or `2100-02-29`), without zod — the same answer
 * as `IsoDateSchema.safeParse(text).success`, for bundles that only need the check.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "@bluehelm/core";
 *
 * console.log(isIsoDate("2024-02-29"), isIsoDate("2021-02-30"), isIsoDate("2021-2-3")); // true false false
 * ```
 */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
}

/**
 * Today's date in UTC as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { today } from "@bluehelm/core";
 *
 * console.log(today()); // e.g. "2025-06-30"
 * ```
 */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The range of days a partial date can stand for. For "on", the fact happened
 * between `earliest` and `latest`; for "by", it happened on or before `latest`
 * and `earliest` is unknown (`undefined`).
 *
 * @example
 * ```ts
 * import { partialDateRange } from "@bluehelm/core";
 *
 * console.log(partialDateRange({ precision: "month", date: "2015-05", qualifier: "on" }));
 * // { earliest: "2015-05-01", latest: "2015-05-31" }
 * ```
 */
export function partialDateRange(date: PartialDate): { earliest: string | undefined; latest: string } {
  let first: string;
  let last: string;
  if (date.precision === "day") {
    first = date.date;
    last = date.date;
  } else if (date.precision === "month") {
    const [y, m] = date.date.split("-").map(Number) as [number, number];
    first = `${date.date}-01`;
    last = `${date.date}-${String(lastDay(y, m)).padStart(2, "0")}`;
  } else {
    first = `${date.date}-01-01`;
    last = `${date.date}-12-31`;
  }
  return { earliest: date.qualifier === "on" ? first : undefined, latest: last };
}

/**
 * Whether a fact with this partial date is certain to have happened by `asOf`
 * (an ISO date): its latest possible day is on or before `asOf`.
 *
 * @example
 * ```ts
 * import { happenedBy } from "@bluehelm/core";
 *
 * const date = { precision: "year", date: "2016", qualifier: "by" } as const;
 * console.log(happenedBy(date, "2016-06-01")); // false: not certain before the end of 2016
 * console.log(happenedBy(date, "2017-01-01")); // true
 * ```
 */
export function happenedBy(date: PartialDate, asOf: string): boolean {
  return partialDateRange(date).latest <= asOf;
}

/**
 * Formats a partial date for people, in English or French.
 *
 * @example
 * ```ts
 * import { formatPartialDate } from "@bluehelm/core";
 *
 * console.log(formatPartialDate({ precision: "month", date: "2015-05", qualifier: "by" }, "fr"));
 * ```
 */
export function formatPartialDate(date: PartialDate, lang: "en" | "fr" = "en"): string {
  const prefix = date.qualifier === "by" ? (lang === "fr" ? "au plus tard " : "by ") : "";
  return `${prefix}${date.date}`;
}
