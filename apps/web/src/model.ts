/** Pure helpers of the pages (tested on their own). */
import { PERSONNEL_CATEGORIES, targetInForce, type Contribution, type GenderTarget, type Mandate, type PersonnelCategory, type QuestionValue } from "@bluehelm/core";

/** A year of the `personnel-by-year` answer (women when every record of the year has them). */
export type YearPoint = QuestionValue<"personnel-by-year">[number];

/**
 * The year whose annual figure can be shown as of a date: the latest year
 * with a women's figure that had ended by then (an annual mean is not known
 * before its year is over), and its point.
 */
export function yearEndedBy(points: readonly YearPoint[], asOf: string): YearPoint | undefined {
  let best: YearPoint | undefined;
  for (const p of points) if (`${p.year}-12-31` <= asOf && p.women !== undefined && p.total > 0 && (!best || p.year > best.year)) best = p;
  return best;
}

/** The parity targets for a year: the one in force per category (the core's rule), and those set for later years. */
export function parityTargets(targets: readonly GenderTarget[], year: number): { inForce: GenderTarget[]; later: GenderTarget[] } {
  const inForce = (Object.keys(PERSONNEL_CATEGORIES) as PersonnelCategory[])
    .sort()
    .flatMap((category) => targetInForce(targets, category, year) ?? []);
  const later = targets.filter((t) => t.year > year).sort((a, b) => a.category.localeCompare(b.category) || a.year - b.year);
  return { inForce, later };
}

/** Contributions pivoted: one row per mission, one column per year (annual means, all categories). */
export function pivotContributions(items: readonly Contribution[]): { years: number[]; rows: { missionId: string; byYear: Map<number, number> }[] } {
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

/** Each mandate as a period: from its adoption to the next mandate's (or its expiry, the mission's end, or today). */
export function mandatePeriods(mandates: readonly Mandate[], end: string): { mandate: Mandate; from: string; to: string }[] {
  const sorted = [...mandates].sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.id.localeCompare(b.id));
  return sorted.map((mandate, i) => {
    const next = sorted[i + 1]?.adoptedOn;
    const to = next ?? (mandate.expiresOn !== undefined && mandate.expiresOn < end ? mandate.expiresOn : end);
    return { mandate, from: mandate.adoptedOn, to: to < mandate.adoptedOn ? mandate.adoptedOn : to };
  });
}

