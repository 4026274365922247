/** Pure helpers of the pages (tested on their own). */
import type { Contribution, GenderTarget, Mandate } from "@bluehelm/core";

export interface YearPoint {
  readonly year: number;
  readonly total: number;
  readonly women?: number;
}

/** The latest year on or before `year` with a women's figure, and its point. */
export function latestYear(points: readonly YearPoint[], year: number): YearPoint | undefined {
  let best: YearPoint | undefined;
  for (const p of points) if (p.year <= year && p.women !== undefined && p.total > 0 && (!best || p.year > best.year)) best = p;
  return best;
}

/** The targets in force in a year, per category: that year's, else the latest earlier one. */
export function targetsInForce(targets: readonly GenderTarget[], year: number): GenderTarget[] {
  const best = new Map<string, GenderTarget>();
  for (const t of targets) {
    if (t.year > year) continue;
    const seen = best.get(t.category);
    if (!seen || t.year > seen.year) best.set(t.category, t);
  }
  return [...best.values()].sort((a, b) => a.category.localeCompare(b.category));
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


/** The targets set for years after `year`, by category then year. */
export function laterTargets(targets: readonly GenderTarget[], year: number): GenderTarget[] {
  return targets.filter((t) => t.year > year).sort((a, b) => a.category.localeCompare(b.category) || a.year - b.year);
}
