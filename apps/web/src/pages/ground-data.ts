/**
 * The ground views' pure parts: the years a map offers, what its projection
 * is fitted to, the rows of its tables and the series of its charts. They
 * reshape the API's records and answers for display; they decide nothing.
 */
import type { ConflictEvent, Coordinates, DeploymentSite, ViolenceType } from "@bluehelm/core";
import type { NearSitesYear, PresenceYear } from "@bluehelm/core/analytics";

/** The years a view offers, ascending: those with site or event data, up to the view's year. */
export function yearChoices(withData: Iterable<number>, lastYear: number): number[] {
  return [...new Set(withData)].filter((y) => Number.isInteger(y) && y <= lastYear).sort((a, b) => a - b);
}

/** The year shown: the one asked for when it has data, else the latest with data; undefined when none has. */
export function pickYear(years: readonly number[], wanted: number | undefined): number | undefined {
  if (wanted !== undefined && years.includes(wanted)) return wanted;
  return years.at(-1);
}

/** The years from a mission's first to its last (or the view's year), whose event counts are still to ask. */
export function yearsToCount(first: number | undefined, last: number, known: Iterable<number>): number[] {
  if (first === undefined || first > last) return [];
  const have = new Set(known);
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (!have.has(y)) years.push(y);
  return years;
}

/** A GeoJSON geometry of the corners of the box around some points, a margin (degrees) around it: what a projection is fitted to. */
export interface FitTarget {
  readonly type: "MultiPoint";
  readonly coordinates: [number, number][];
}

/**
 * The box a map is fitted to: every point, with `margin` degrees around it,
 * and at least `minSpan` degrees wide and high (one site alone is not a map);
 * undefined with no points.
 */
export function fitTarget(points: readonly Coordinates[], margin = 0.5, minSpan = 2): FitTarget | undefined {
  if (points.length === 0) return undefined;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const widen = (lo: number, hi: number): [number, number] => {
    const span = hi - lo + 2 * margin;
    const extra = Math.max(0, minSpan - span) / 2;
    return [lo - margin - extra, hi + margin + extra];
  };
  [west, east] = widen(west, east);
  [south, north] = widen(south, north);
  south = Math.max(-85, south);
  north = Math.min(85, north);
  return {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
    ],
  };
}

/** A round distance for a scale bar no longer than `maxKm`. */
export function scaleBarKm(maxKm: number): number {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];
  let pick = steps[0]!;
  for (const s of steps) if (s <= maxKm) pick = s;
  return pick;
}

/** One contributor of a site, as a table shows it. */
export interface ContributorCell {
  readonly actorId: string;
  readonly total: number | undefined;
}

/** One site of the map's table. */
export interface SiteRow {
  readonly id: string;
  readonly place: string;
  readonly hostId: string | undefined;
  readonly coordinates: Coordinates;
  readonly total: number | undefined;
  readonly troops: number | undefined;
  readonly police: number | undefined;
  readonly militaryObservers: number | undefined;
  /** Largest first; those with no figure last. */
  readonly contributors: readonly ContributorCell[];
  readonly capabilities: readonly string[];
}

/** The sites of a year as table rows: most personnel first, then by place. */
export function siteRows(sites: readonly DeploymentSite[]): SiteRow[] {
  return sites
    .map((s) => ({
      id: s.id,
      place: s.place,
      hostId: s.hostId,
      coordinates: s.coordinates,
      total: s.personnel.total,
      troops: s.personnel.troops,
      police: s.personnel.police,
      militaryObservers: s.personnel.militaryObservers,
      contributors: [...s.contributors]
        .map((c) => ({ actorId: c.actorId, total: c.total }))
        .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.actorId.localeCompare(b.actorId)),
      capabilities: s.capabilities,
    }))
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.place.localeCompare(b.place) || a.id.localeCompare(b.id));
}

/** The events of a year by type of violence: how many and their civilian deaths (UCDP's `deaths_civilians`) and best estimates. */
export interface EventTypeRow {
  readonly type: ViolenceType;
  readonly events: number;
  readonly civilianDeaths: number;
  readonly bestDeaths: number;
}

/** The events by type of violence, in the codelist's order, types with none left out. */
export function eventRows(events: readonly Pick<ConflictEvent, "typeOfViolence" | "deaths">[]): EventTypeRow[] {
  const by = new Map<ViolenceType, { events: number; civilianDeaths: number; bestDeaths: number }>();
  for (const e of events) {
    const row = by.get(e.typeOfViolence) ?? { events: 0, civilianDeaths: 0, bestDeaths: 0 };
    row.events += 1;
    row.civilianDeaths += e.deaths.civilians;
    row.bestDeaths += e.deaths.best;
    by.set(e.typeOfViolence, row);
  }
  return [...by.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([type, r]) => ({ type, ...r }));
}

/** A series of a chart: a name (a dictionary key chosen by the page) and one value per year (undefined where there is none). */
export interface Series {
  readonly key: string;
  readonly values: readonly (number | undefined)[];
}

/** A chart's data: the years along the axis and the series over them. */
export interface YearSeries {
  readonly years: readonly number[];
  readonly series: readonly Series[];
}

/** Near and beyond, per year, of a `violence-near-sites` answer: events, or civilian deaths. */
export function nearSeries(years: readonly NearSitesYear[], measure: "events" | "civilianDeaths"): YearSeries {
  return {
    years: years.map((y) => y.year),
    series: [
      { key: "near", values: years.map((y) => y.near[measure]) },
      { key: "beyond", values: years.map((y) => y.beyond[measure]) },
    ],
  };
}

/** With and without peacekeepers, per year, of a `presence-comparison` answer: mean events or civilian deaths per cell-year. */
export function presenceSeries(years: readonly PresenceYear[], measure: "meanEvents" | "meanCivilianDeaths"): YearSeries {
  return {
    years: years.map((y) => y.year),
    series: [
      { key: "with", values: years.map((y) => y.withPresence[measure]) },
      { key: "without", values: years.map((y) => y.without[measure]) },
    ],
  };
}

/** The largest value of a chart, for its axis; 0 when it has none. */
export function maxOf(data: YearSeries): number {
  let max = 0;
  for (const s of data.series) for (const v of s.values) if (v !== undefined && v > max) max = v;
  return max;
}

/** Years as ranges for reading: [2010, 2011, 2012, 2015] → "2010–2012, 2015". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(", ");
}
