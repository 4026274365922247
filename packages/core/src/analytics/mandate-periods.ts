import type { Mandate } from "../schemas/mission.js";
import { mandateInForceFrom } from "./dataset-index.js";

/**
 * What {@link mandatesAdoptedBy} and {@link mandatePeriods} read of a
 * mandate: its id, its adoption (a day, or a month or year) and its expiry.
 *
 * @example
 * ```ts
 * import type { DatedMandate } from "@bluehelm/core/analytics";
 *
 * const byDay: DatedMandate = { id: "minusca-2024", adoptedOn: "2024-11-14", expiresOn: "2025-11-15" };
 * const byMonth: DatedMandate = { id: "minusca-2023", adoptedIn: { precision: "month", date: "2023-11", qualifier: "on" } };
 * console.log(byDay.id, byMonth.id);
 * ```
 */
export type DatedMandate = Pick<Mandate, "id" | "adoptedOn" | "adoptedIn" | "expiresOn">;

/** By the day each mandate counts from ({@link mandateInForceFrom}), then by id. */
function byAdoption<M extends DatedMandate>(mandates: readonly M[]): { mandate: M; from: string }[] {
  return mandates
    .map((mandate) => ({ mandate, from: mandateInForceFrom(mandate) }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.mandate.id.localeCompare(b.mandate.id));
}

/**
 * The mandates certainly adopted on or before a date (an ISO date), the
 * same rule as {@link mandateInForce}: a mandate whose adoption is known
 * only to a month or a year counts from the last day it can stand for
 * ({@link mandateInForceFrom}). In that order, then by id.
 *
 * @example
 * ```ts
 * import { mandatesAdoptedBy } from "@bluehelm/core/analytics";
 *
 * const adopted = mandatesAdoptedBy(
 *   [
 *     { id: "b", adoptedIn: { precision: "year", date: "2020", qualifier: "on" } },
 *     { id: "a", adoptedOn: "2019-06-01" },
 *   ],
 *   "2020-06-30",
 * );
 * console.log(adopted.map((m) => m.id)); // ["a"]: "b" counts only from 2020-12-31
 * ```
 */
export function mandatesAdoptedBy<M extends DatedMandate>(mandates: readonly M[], asOf: string): M[] {
  return byAdoption(mandates)
    .filter((m) => m.from <= asOf)
    .map((m) => m.mandate);
}

/**
 * A mandate laid on a timeline: the days it covers.
 *
 * @example
 * ```ts
 * import type { Mandate } from "@bluehelm/core";
 * import type { MandatePeriod } from "@bluehelm/core/analytics";
 *
 * const label = (p: MandatePeriod<Mandate>) => `${p.mandate.resolution ?? p.mandate.id}: ${p.from} – ${p.to}`;
 * console.log(label);
 * ```
 */
export interface MandatePeriod<M extends DatedMandate = DatedMandate> {
  readonly mandate: M;
  /** The day the mandate counts from ({@link mandateInForceFrom}): its adoption day, or the last day of its adoption month or year. */
  readonly from: string;
  /** The day the next mandate counts from, else the expiry when it comes before `end`, else `end`; never before `from`. */
  readonly to: string;
}

/**
 * A mission's mandates end to end: each runs from the day it counts from
 * ({@link mandateInForceFrom}) to the next one's, and the last to its
 * expiry when that comes before `end` (the mission's end, or today), else
 * to `end`. Mandates counting from the same day are ordered by id.
 *
 * @example
 * ```ts
 * import { mandatePeriods } from "@bluehelm/core/analytics";
 *
 * const periods = mandatePeriods(
 *   [
 *     { id: "b", adoptedOn: "2020-06-01", expiresOn: "2021-06-30" },
 *     { id: "a", adoptedOn: "2019-06-01", expiresOn: "2020-06-30" },
 *   ],
 *   "2024-01-01",
 * );
 * console.log(periods.map((p) => `${p.mandate.id}: ${p.from} – ${p.to}`)); // ["a: 2019-06-01 – 2020-06-01", "b: 2020-06-01 – 2021-06-30"]
 * ```
 */
export function mandatePeriods<M extends DatedMandate>(mandates: readonly M[], end: string): MandatePeriod<M>[] {
  const sorted = byAdoption(mandates);
  return sorted.map(({ mandate, from }, i) => {
    const next = sorted[i + 1]?.from;
    const to = next ?? (mandate.expiresOn !== undefined && mandate.expiresOn < end ? mandate.expiresOn : end);
    return { mandate, from, to: to < from ? from : to };
  });
}
