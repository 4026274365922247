import type { Label, LocationPrecision, SiteDataset, ViolenceType } from "../codelists.js";
import { partialDateRange, today } from "../dates.js";
import type { Coordinates } from "../schemas/common.js";
import type { ConflictEvent, DeploymentSite } from "../schemas/ground.js";
import { sourcesOf, type Answer } from "./answer.js";
import type { DatasetIndex } from "./dataset-index.js";
import { endorsersAsOf } from "./endorsements.js";
import { spatialIndex, type SpatialIndex } from "./spatial.js";
import { bootstrapDifference, mean, permutationPValue, seededRandom } from "./stats.js";

/*
 * Protection on the ground: violence against civilians near deployment sites
 * and beyond them, with and without peacekeepers, around the troops of
 * endorsers and non-endorsers. Every answer is associational and says so.
 */

/**
 * What the ground questions share: which sites, which events, which radius.
 *
 * @example
 * ```ts
 * import type { GroundOptions } from "@bluehelm/core/analytics";
 *
 * const options: GroundOptions = { siteSet: "radpko", radiusKm: 25, violence: ["3"], precision: ["1", "2"] };
 * console.log(options.radiusKm);
 * ```
 */
export interface GroundOptions {
  /** Whose sites: RADPKO bases (default) or Geo-PKO locations. */
  readonly siteSet?: SiteDataset;
  /** The radius around a site, in km; default 25. */
  readonly radiusKm?: number;
  /** The types of violence counted; default one-sided violence only (`["3"]`). */
  readonly violence?: readonly ViolenceType[];
  /** The UCDP location precisions kept; default `["1", "2"]` (a named place, or within about 25 km of one). */
  readonly precision?: readonly LocationPrecision[];
  /** First and last calendar year; default every year with site data. */
  readonly from?: number;
  readonly to?: number;
  /** Only events and sites dated on or before this day count; default today. */
  readonly asOf?: string;
}

/**
 * Events and their deaths: a count, the civilians killed (UCDP's
 * `deaths_civilians`) and all deaths (UCDP's best estimate).
 *
 * @example
 * ```ts
 * import type { EventTally } from "@bluehelm/core/analytics";
 *
 * const tally: EventTally = { events: 3, civilianDeaths: 41, bestDeaths: 45 };
 * console.log(tally.civilianDeaths / tally.events);
 * ```
 */
export interface EventTally {
  readonly events: number;
  readonly civilianDeaths: number;
  readonly bestDeaths: number;
}

/**
 * One year of {@link violenceNearSites}.
 *
 * @example
 * ```ts
 * import { createIndex, violenceNearSites, type NearSitesYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: readonly NearSitesYear[] = violenceNearSites(createIndex(loadDataset()), { missionId: "minusca" }).value.years;
 * console.log(rows.map((r) => `${r.year}: ${r.near.events} near, ${r.beyond.events} beyond`));
 * ```
 */
export interface NearSitesYear {
  readonly year: number;
  /** Sites of the set active that year (RADPKO: with personnel; Geo-PKO: listed). */
  readonly activeSites: number;
  readonly near: EventTally;
  readonly beyond: EventTally;
  /** Share of the events that were near a site; undefined with no event. */
  readonly nearShare: number | undefined;
}

/**
 * The answer of {@link violenceNearSites}.
 *
 * @example
 * ```ts
 * import { createIndex, violenceNearSites, type ViolenceNearSites } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const v: ViolenceNearSites = violenceNearSites(createIndex(loadDataset()), { missionId: "unmiss" }).value;
 * console.log(v.total.near.civilianDeaths, v.total.beyond.civilianDeaths);
 * ```
 */
export interface ViolenceNearSites {
  readonly missionId: string;
  readonly siteSet: SiteDataset;
  readonly radiusKm: number;
  readonly violence: readonly ViolenceType[];
  readonly precision: readonly LocationPrecision[];
  /** The years with site data and stored events for every host State, each with its counts. */
  readonly years: readonly NearSitesYear[];
  /** Years with site data that no stored event data covers for the host States: unknown, not zero. */
  readonly uncoveredYears: readonly number[];
  readonly total: { readonly near: EventTally; readonly beyond: EventTally };
}

const DEFAULT_RADIUS = 25;
const RADIUS_PRECISION: readonly LocationPrecision[] = ["1", "2"];
const GRID_PRECISION: readonly LocationPrecision[] = ["1", "2", "3"];

const yearOf = (date: string) => Number(date.slice(0, 4));
const ZERO: EventTally = { events: 0, civilianDeaths: 0, bestDeaths: 0 };
const add = (t: EventTally, e: ConflictEvent): EventTally => ({
  events: t.events + 1,
  civilianDeaths: t.civilianDeaths + e.deaths.civilians,
  bestDeaths: t.bestDeaths + e.deaths.best,
});

/**
 * Whether a site counts as active: a RADPKO base with personnel that year, or a Geo-PKO location listed for it.
 *
 * @example
 * ```ts
 * import { siteActive } from "@bluehelm/core/analytics";
 * import { deploymentSites } from "@bluehelm/data/deployment-sites";
 *
 * console.log(deploymentSites.filter(siteActive).length);
 * ```
 */
export function siteActive(site: DeploymentSite): boolean {
  return site.dataset === "geo-pko" || (site.personnel.total ?? 0) > 0;
}

interface Resolved {
  readonly siteSet: SiteDataset;
  readonly radiusKm: number;
  readonly violence: readonly ViolenceType[];
  readonly precision: readonly LocationPrecision[];
  readonly asOf: string;
}

function resolve(options: GroundOptions, precision: readonly LocationPrecision[]): Resolved {
  return {
    siteSet: options.siteSet ?? "radpko",
    radiusKm: options.radiusKm ?? DEFAULT_RADIUS,
    violence: options.violence ?? ["3"],
    precision: options.precision ?? precision,
    asOf: options.asOf ?? today(),
  };
}

/** The active sites of a mission (or all missions) and set, by year, within the options' years and date. */
function activeSitesByYear(index: DatasetIndex, missionId: string | undefined, r: Resolved, options: GroundOptions): Map<number, DeploymentSite[]> {
  const list = missionId === undefined ? [...index.sitesByMission.values()].flat() : (index.sitesByMission.get(missionId) ?? []);
  const byYear = new Map<number, DeploymentSite[]>();
  for (const s of list) {
    if (s.dataset !== r.siteSet || !siteActive(s) || s.periodStart > r.asOf) continue;
    if ((options.from !== undefined && s.year < options.from) || (options.to !== undefined && s.year > options.to)) continue;
    const l = byYear.get(s.year);
    if (l) l.push(s);
    else byYear.set(s.year, [s]);
  }
  return new Map([...byYear].sort((a, b) => a[0] - b[0]));
}

/** Whether the stored events cover every one of these hosts in a year (see `DatasetIndex.eventCoverage`). */
function covered(index: DatasetIndex, hosts: Iterable<string>, year: number): boolean {
  let any = false;
  for (const h of hosts) {
    any = true;
    const c = index.eventCoverage.get(h);
    if (!c || year < c.first || year > c.last) return false;
  }
  return any;
}

const coverageNote = (index: DatasetIndex, hosts: readonly string[]): Label => {
  const parts = hosts.map((h) => {
    const c = index.eventCoverage.get(h);
    return { en: c ? `${h} ${c.first}–${c.last}` : `${h} none`, fr: c ? `${h} ${c.first}–${c.last}` : `${h} aucune` };
  });
  return {
    en: ` Years covered by the stored events in the host States: ${parts.map((p) => p.en).join(", ") || "none"}; other years are left out (unknown, not zero).`,
    fr: ` Années couvertes par les événements enregistrés dans les États hôtes : ${parts.map((p) => p.fr).join(", ") || "aucune"} ; les autres années sont laissées de côté (inconnues, et non nulles).`,
  };
};

/** The stored events of the types and precisions asked, dated by the answer's date, by year. */
function eventsByYear(index: DatasetIndex, r: Resolved): Map<number, ConflictEvent[]> {
  const byYear = new Map<number, ConflictEvent[]>();
  for (const e of index.conflictEvents) {
    if (e.dateStart > r.asOf || !r.violence.includes(e.typeOfViolence) || !r.precision.includes(e.locationPrecision)) continue;
    const y = yearOf(e.dateStart);
    const l = byYear.get(y);
    if (l) l.push(e);
    else byYear.set(y, [e]);
  }
  return byYear;
}

const list = (codes: readonly string[]) => codes.join(", ");

function definitions(r: Resolved, index: DatasetIndex): Label {
  const set = r.siteSet === "radpko" ? "RADPKO bases with personnel that year (yearly means of monthly figures > 0)" : "Geo-PKO locations listed for that year";
  const setFr = r.siteSet === "radpko" ? "bases RADPKO ayant du personnel cette année-là (moyenne annuelle des effectifs mensuels > 0)" : "emplacements Geo-PKO listés pour cette année-là";
  const releases = [...new Set(index.conflictEvents.map((e) => e.release))].sort().join(", ");
  return {
    en: `Events: UCDP GED (releases ${releases || "none stored"}), type of violence ${list(r.violence)}, location precision ${list(r.precision)}, dated by date_start; deaths: deaths_civilians and best. Sites: ${set}. Distances are great-circle (haversine, Earth radius 6,371 km), indexed with kdbush/geokdbush.`,
    fr: `Événements : UCDP GED (versions ${releases || "aucune"}), type de violence ${list(r.violence)}, précision du lieu ${list(r.precision)}, datés par date_start ; décès : deaths_civilians et best. Sites : ${setFr}. Distances orthodromiques (haversine, rayon terrestre 6 371 km), indexées avec kdbush/geokdbush.`,
  };
}

/**
 * Violence near deployments: for a mission, per year, the events (by default
 * one-sided violence against civilians) within `radiusKm` of a site of the
 * mission active that year, and the events beyond — elsewhere in the
 * mission's host States. An event near any active site counts as near, in
 * whatever country it took place.
 *
 * @example
 * ```ts
 * import { createIndex, violenceNearSites } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const answer = violenceNearSites(createIndex(loadDataset()), { missionId: "minusca", radiusKm: 25 });
 * for (const y of answer.value.years) console.log(y.year, y.near.events, y.near.civilianDeaths, y.beyond.events);
 * console.log(answer.method.en);
 * ```
 */
export function violenceNearSites(index: DatasetIndex, options: GroundOptions & { readonly missionId: string }): Answer<ViolenceNearSites> {
  const r = resolve(options, RADIUS_PRECISION);
  const mission = index.missions.get(options.missionId);
  const hosts = new Set(mission?.hostIds ?? []);
  const sitesByYear = activeSitesByYear(index, options.missionId, r, options);
  const events = eventsByYear(index, r);
  const years: NearSitesYear[] = [];
  const uncoveredYears: number[] = [];
  const used: { sources: readonly string[] }[] = [];
  let totalNear = ZERO;
  let totalBeyond = ZERO;
  for (const [year, sites] of sitesByYear) {
    if (!covered(index, hosts, year)) {
      uncoveredYears.push(year);
      continue;
    }
    const tree = spatialIndex(sites);
    let near = ZERO;
    let beyond = ZERO;
    for (const e of events.get(year) ?? []) {
      if (tree.near(e.coordinates, r.radiusKm, 1).length > 0) near = add(near, e);
      else if (e.hostId !== undefined && hosts.has(e.hostId)) beyond = add(beyond, e);
      else continue;
      used.push(e);
    }
    for (const s of sites) used.push(s);
    totalNear = { events: totalNear.events + near.events, civilianDeaths: totalNear.civilianDeaths + near.civilianDeaths, bestDeaths: totalNear.bestDeaths + near.bestDeaths };
    totalBeyond = { events: totalBeyond.events + beyond.events, civilianDeaths: totalBeyond.civilianDeaths + beyond.civilianDeaths, bestDeaths: totalBeyond.bestDeaths + beyond.bestDeaths };
    const all = near.events + beyond.events;
    years.push({ year, activeSites: sites.length, near, beyond, nearShare: all > 0 ? near.events / all : undefined });
  }
  const d = definitions(r, index);
  const note = coverageNote(index, [...hosts]);
  return {
    asOf: r.asOf,
    value: { missionId: options.missionId, siteSet: r.siteSet, radiusKm: r.radiusKm, violence: r.violence, precision: r.precision, years, uncoveredYears, total: { near: totalNear, beyond: totalBeyond } },
    method: {
      en: `Per year with site data: events within ${r.radiusKm} km of at least one active site of the mission that year ("near"), and events elsewhere in the mission's host States ("beyond"). ${d.en}${note.en}`,
      fr: `Pour chaque année ayant des données de sites : événements à moins de ${r.radiusKm} km d'au moins un site actif de la mission cette année-là (« près »), et événements ailleurs dans les États hôtes de la mission (« au-delà »). ${d.fr}${note.fr}`,
    },
    sources: sourcesOf(used),
  };
}

/**
 * A group of a comparison on the ground: how many units (cell-years or
 * site-years) and their mean events and civilian deaths.
 *
 * @example
 * ```ts
 * import type { GroundGroup } from "@bluehelm/core/analytics";
 *
 * const group: GroundGroup = { n: 120, meanEvents: 0.4, meanCivilianDeaths: 2.1 };
 * console.log(group.n);
 * ```
 */
export interface GroundGroup {
  readonly n: number;
  readonly meanEvents: number | undefined;
  readonly meanCivilianDeaths: number | undefined;
}

/**
 * A difference of means with its interval and test, and whether the data can say anything.
 *
 * @example
 * ```ts
 * import type { GroundDifference } from "@bluehelm/core/analytics";
 *
 * const d: GroundDifference = { events: -0.2, eventsCi95: [-0.4, -0.05], eventsPValue: 0.01, civilianDeaths: -1.1, civilianDeathsCi95: [-2.5, 0.2], civilianDeathsPValue: 0.12 };
 * console.log(d.eventsCi95);
 * ```
 */
export interface GroundDifference {
  readonly events: number | undefined;
  readonly eventsCi95: readonly [number, number] | undefined;
  readonly eventsPValue: number | undefined;
  readonly civilianDeaths: number | undefined;
  readonly civilianDeathsCi95: readonly [number, number] | undefined;
  readonly civilianDeathsPValue: number | undefined;
}

interface Unit {
  readonly events: number;
  readonly civilianDeaths: number;
}

const group = (units: readonly Unit[]): GroundGroup => ({
  n: units.length,
  meanEvents: mean(units.map((u) => u.events)),
  meanCivilianDeaths: mean(units.map((u) => u.civilianDeaths)),
});

function compare(a: readonly Unit[], b: readonly Unit[], enough: boolean, iterations: number, seed: number): GroundDifference {
  const ea = a.map((u) => u.events);
  const eb = b.map((u) => u.events);
  const ca = a.map((u) => u.civilianDeaths);
  const cb = b.map((u) => u.civilianDeaths);
  const diff = (x: number[], y: number[]) => {
    const mx = mean(x);
    const my = mean(y);
    return mx === undefined || my === undefined ? undefined : mx - my;
  };
  if (!enough) {
    return { events: diff(ea, eb), eventsCi95: undefined, eventsPValue: undefined, civilianDeaths: diff(ca, cb), civilianDeathsCi95: undefined, civilianDeathsPValue: undefined };
  }
  const random = seededRandom(seed);
  return {
    events: diff(ea, eb),
    eventsCi95: bootstrapDifference(ea, eb, iterations, random),
    eventsPValue: permutationPValue(ea, eb, iterations, random),
    civilianDeaths: diff(ca, cb),
    civilianDeathsCi95: bootstrapDifference(ca, cb, iterations, random),
    civilianDeathsPValue: permutationPValue(ca, cb, iterations, random),
  };
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2));
/** French writes a decimal comma. */
const fmtFr = (x: number) => fmt(x).replace(".", ",");
const interval = (ci: readonly [number, number]) => `${fmt(ci[0])} to ${fmt(ci[1])}`;
const intervalFr = (ci: readonly [number, number]) => `${fmtFr(ci[0])} à ${fmtFr(ci[1])}`;

/** A plain statement of a comparison: its direction where the interval excludes zero, "no clear difference" otherwise, "too few" when too few. */
function verdict(d: GroundDifference, enough: boolean, names: { a: Label; b: Label; unit: Label }, counts: [number, number], min: number): Label {
  if (!enough || d.events === undefined || d.eventsCi95 === undefined) {
    return {
      en: `Too few to say: ${counts[0]} ${names.unit.en} ${names.a.en} and ${counts[1]} ${names.b.en} (at least ${min} in each group are needed).`,
      fr: `Trop peu pour conclure : ${counts[0]} ${names.unit.fr} ${names.a.fr} et ${counts[1]} ${names.b.fr} (il en faut au moins ${min} par groupe).`,
    };
  }
  const ci = d.eventsCi95;
  const clear = ci[0] > 0 || ci[1] < 0;
  const deaths =
    d.civilianDeaths !== undefined && d.civilianDeathsCi95 !== undefined
      ? { en: `; civilian deaths ${fmt(d.civilianDeaths)} (95 % interval ${interval(d.civilianDeathsCi95)})`, fr: ` ; décès de civils ${fmtFr(d.civilianDeaths)} (intervalle à 95 % de ${intervalFr(d.civilianDeathsCi95)})` }
      : { en: "", fr: "" };
  const n = { en: `n = ${counts[0]} and ${counts[1]} ${names.unit.en}`, fr: `n = ${counts[0]} et ${counts[1]} ${names.unit.fr}` };
  if (!clear) {
    return {
      en: `No clear difference in events per ${names.unit.en.replace(/s$/, "")} ${names.a.en} against ${names.b.en}: ${fmt(d.events)} (95 % interval ${interval(ci)})${deaths.en}; ${n.en}.`,
      fr: `Pas de différence nette d'événements par unité ${names.a.fr} contre ${names.b.fr} : ${fmtFr(d.events)} (intervalle à 95 % de ${intervalFr(ci)})${deaths.fr} ; ${n.fr}.`,
    };
  }
  const fewer = d.events < 0;
  return {
    en: `${fewer ? "Fewer" : "More"} events ${names.a.en} than ${names.b.en}: ${fmt(d.events)} per ${names.unit.en.replace(/s$/, "")} (95 % interval ${interval(ci)})${deaths.en}; ${n.en}. An association, not proof that presence or endorsement caused it: peacekeepers are not placed at random.`,
    fr: `${fewer ? "Moins" : "Plus"} d'événements ${names.a.fr} que ${names.b.fr} : ${fmtFr(d.events)} par unité (intervalle à 95 % de ${intervalFr(ci)})${deaths.fr} ; ${n.fr}. C'est une association, pas la preuve d'un effet de la présence ou de l'approbation : les Casques bleus ne sont pas déployés au hasard.`,
  };
}

/**
 * Options of {@link presenceComparison}.
 *
 * @example
 * ```ts
 * import type { PresenceOptions } from "@bluehelm/core/analytics";
 *
 * const options: PresenceOptions = { missionId: "minusca", cellDegrees: 0.5, iterations: 1000 };
 * console.log(options.cellDegrees);
 * ```
 */
export interface PresenceOptions extends GroundOptions {
  readonly missionId: string;
  /** The grid's cell size in degrees; default 0.5 (the PRIO-GRID resolution). */
  readonly cellDegrees?: number;
  /** Resamples for the bootstrap and permutations; default 1,000. */
  readonly iterations?: number;
  readonly seed?: number;
  /** Below this many cell-years in either group, no conclusion; default 10. */
  readonly minGroupSize?: number;
}

/**
 * One year of {@link presenceComparison}.
 *
 * @example
 * ```ts
 * import { createIndex, presenceComparison, type PresenceYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: readonly PresenceYear[] = presenceComparison(createIndex(loadDataset()), { missionId: "minusca", iterations: 200 }).value.byYear;
 * console.log(rows.map((r) => `${r.year}: ${r.withPresence.n} cells with, ${r.without.n} without`));
 * ```
 */
export interface PresenceYear {
  readonly year: number;
  readonly withPresence: GroundGroup;
  readonly without: GroundGroup;
}

/**
 * The answer of {@link presenceComparison}.
 *
 * @example
 * ```ts
 * import { createIndex, presenceComparison, type PresenceComparison } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const p: PresenceComparison = presenceComparison(createIndex(loadDataset()), { missionId: "unmiss", iterations: 200 }).value;
 * console.log(p.statement.en);
 * ```
 */
export interface PresenceComparison {
  readonly missionId: string;
  readonly siteSet: SiteDataset;
  readonly cellDegrees: number;
  readonly violence: readonly ViolenceType[];
  readonly precision: readonly LocationPrecision[];
  readonly firstYear: number | undefined;
  readonly lastYear: number | undefined;
  /** Years with site data that no stored event data covers for the host States, left out (unknown, not zero). */
  readonly uncoveredYears: readonly number[];
  readonly cells: number;
  readonly withPresence: GroundGroup;
  readonly without: GroundGroup;
  /** With presence − without, per cell-year. */
  readonly difference: GroundDifference;
  readonly byYear: readonly PresenceYear[];
  readonly enoughData: boolean;
  readonly statement: Label;
}

const cellOf = (c: Coordinates, size: number) => `${Math.floor((c.lat + 90) / size)}:${Math.floor((c.lon + 180) / size)}`;

/**
 * Protection through presence: violence against civilians in grid cells with
 * peacekeepers against cells without, per year and pooled, for one mission.
 * The cells compared are those of the mission's host States where anything
 * happened over the mission's years with site data (any UCDP event kept by
 * the precision filter, of any type) or where the mission had a site; a
 * cell-year has presence when a site of the mission was active in the cell
 * that year. Difference of means per cell-year, percentile bootstrap interval
 * and permutation p-value, seeded.
 *
 * @example
 * ```ts
 * import { createIndex, presenceComparison } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = presenceComparison(createIndex(loadDataset()), { missionId: "minusca", iterations: 500 });
 * console.log(value.withPresence, value.without, value.difference.eventsCi95, value.statement.en);
 * ```
 */
export function presenceComparison(index: DatasetIndex, options: PresenceOptions): Answer<PresenceComparison> {
  const r = resolve(options, GRID_PRECISION);
  const size = options.cellDegrees ?? 0.5;
  const iterations = options.iterations ?? 1000;
  const min = Math.max(2, options.minGroupSize ?? 10);
  const mission = index.missions.get(options.missionId);
  const hosts = new Set(mission?.hostIds ?? []);
  const allSites = activeSitesByYear(index, options.missionId, r, options);
  const uncoveredYears = [...allSites.keys()].filter((y) => !covered(index, hosts, y));
  const sitesByYear = new Map([...allSites].filter(([y]) => covered(index, hosts, y)));
  const years = [...sitesByYear.keys()];
  const first = years[0];
  const last = years[years.length - 1];
  const used: { sources: readonly string[] }[] = [];
  const cells = new Set<string>();
  const outcome = new Map<string, { events: number; civilianDeaths: number }>();
  if (first !== undefined && last !== undefined) {
    for (const e of index.conflictEvents) {
      const y = yearOf(e.dateStart);
      if (y < first || y > last || !sitesByYear.has(y) || e.dateStart > r.asOf || !r.precision.includes(e.locationPrecision)) continue;
      if (e.hostId === undefined || !hosts.has(e.hostId)) continue;
      const cell = cellOf(e.coordinates, size);
      cells.add(cell);
      if (!r.violence.includes(e.typeOfViolence)) continue;
      const key = `${y}|${cell}`;
      const o = outcome.get(key) ?? { events: 0, civilianDeaths: 0 };
      o.events += 1;
      o.civilianDeaths += e.deaths.civilians;
      outcome.set(key, o);
      used.push(e);
    }
  }
  const presence = new Set<string>();
  for (const [year, sites] of sitesByYear) {
    for (const s of sites) {
      const cell = cellOf(s.coordinates, size);
      cells.add(cell);
      presence.add(`${year}|${cell}`);
      used.push(s);
    }
  }
  const withUnits: Unit[] = [];
  const withoutUnits: Unit[] = [];
  const byYear: PresenceYear[] = [];
  for (const year of years) {
    const w: Unit[] = [];
    const wo: Unit[] = [];
    for (const cell of cells) {
      const key = `${year}|${cell}`;
      const unit = outcome.get(key) ?? { events: 0, civilianDeaths: 0 };
      (presence.has(key) ? w : wo).push(unit);
    }
    for (const u of w) withUnits.push(u);
    for (const u of wo) withoutUnits.push(u);
    byYear.push({ year, withPresence: group(w), without: group(wo) });
  }
  const enough = withUnits.length >= min && withoutUnits.length >= min;
  const difference = compare(withUnits, withoutUnits, enough, iterations, options.seed ?? 1);
  const d = definitions(r, index);
  const statement: Label =
    years.length === 0 && uncoveredYears.length > 0
      ? {
          en: `Nothing can be said: no stored conflict events cover the mission's host States in its years with site data (${uncoveredYears[0]}–${uncoveredYears[uncoveredYears.length - 1]}).`,
          fr: `Rien ne peut être dit : aucun événement enregistré ne couvre les États hôtes de la mission pendant ses années ayant des données de sites (${uncoveredYears[0]}–${uncoveredYears[uncoveredYears.length - 1]}).`,
        }
      : verdict(
          difference,
          enough,
          { a: { en: "with peacekeepers", fr: "avec des Casques bleus" }, b: { en: "without", fr: "sans" }, unit: { en: "cell-years", fr: "cellules-années" } },
          [withUnits.length, withoutUnits.length],
          min,
        );
  return {
    asOf: r.asOf,
    value: {
      missionId: options.missionId,
      siteSet: r.siteSet,
      cellDegrees: size,
      violence: r.violence,
      precision: r.precision,
      firstYear: first,
      lastYear: last,
      uncoveredYears,
      cells: cells.size,
      withPresence: group(withUnits),
      without: group(withoutUnits),
      difference,
      byYear,
      enoughData: enough,
      statement,
    },
    method: {
      en: `Grid cells of ${size}° over the mission's host States, for each year with site data (${first ?? "none"}–${last ?? "none"}); the cells compared are those with any kept UCDP event in those years or with a site. A cell-year has presence when an active site of the mission stood in it. Outcome: events and civilian deaths per cell-year. Difference of means (with − without), ${iterations} bootstrap resamples of cell-years (percentile interval; cell-years are treated as independent, which overstates precision when violence persists in a place) and ${iterations} permutations, seeded. Associational: where peacekeepers go is chosen, not random. ${d.en}${coverageNote(index, [...hosts]).en}`,
      fr: `Cellules de ${size}° sur les États hôtes de la mission, pour chaque année ayant des données de sites (${first ?? "aucune"}–${last ?? "aucune"}) ; les cellules comparées sont celles ayant un événement UCDP retenu ces années-là ou un site. Une cellule-année a une présence quand un site actif de la mission s'y trouvait. Résultat : événements et décès de civils par cellule-année. Différence des moyennes (avec − sans), ${iterations} rééchantillonnages bootstrap des cellules-années (intervalle des percentiles ; les cellules-années sont traitées comme indépendantes, ce qui surestime la précision quand la violence persiste en un lieu) et ${iterations} permutations, avec une graine fixe. Association seulement : le lieu de déploiement est choisi, non aléatoire. ${d.fr}${coverageNote(index, [...hosts]).fr}`,
    },
    sources: sourcesOf(used),
  };
}

/**
 * Options of {@link endorsementOnGround}.
 *
 * @example
 * ```ts
 * import type { EndorsementGroundOptions } from "@bluehelm/core/analytics";
 *
 * const options: EndorsementGroundOptions = { instrumentId: "kigali-principles", threshold: 0.5 };
 * console.log(options.threshold);
 * ```
 */
export interface EndorsementGroundOptions extends Omit<GroundOptions, "siteSet"> {
  readonly instrumentId: string;
  /** One mission, or every mission with RADPKO bases (default). */
  readonly missionId?: string;
  /** A site-year is an endorsers' site when at least this share of its contributors' personnel came from endorsers; default 0.5. */
  readonly threshold?: number;
  readonly iterations?: number;
  readonly seed?: number;
  /** Below this many units in either group, no conclusion; default 5. */
  readonly minGroupSize?: number;
}

/**
 * Before and after a site's contributors became endorsers, against sites whose contributors did not.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementOnGround, type BeforeAfter } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const ba: BeforeAfter = endorsementOnGround(createIndex(loadDataset()), { instrumentId: "kigali-principles", iterations: 200 }).value.beforeAfter;
 * console.log(ba.treatedSites, ba.controlSites, ba.difference, ba.ci95);
 * ```
 */
export interface BeforeAfter {
  /** Sites (a mission's place) whose contributors turned endorsers while observed, with years before and after. */
  readonly treatedSites: number;
  /** Sites of the same missions whose contributors never did, observed before and after the same years. */
  readonly controlSites: number;
  /** Mean change in events per year near the treated sites (after − before). */
  readonly treatedChange: number | undefined;
  /** Mean change near their controls over the same split. */
  readonly controlChange: number | undefined;
  /** Difference in differences: treated change − control change. */
  readonly difference: number | undefined;
  readonly ci95: readonly [number, number] | undefined;
  readonly enoughData: boolean;
  readonly statement: Label;
}

/**
 * The answer of {@link endorsementOnGround}.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementOnGround, type EndorsementOnGround } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const e: EndorsementOnGround = endorsementOnGround(createIndex(loadDataset()), { instrumentId: "kigali-principles", iterations: 200 }).value;
 * console.log(e.crossSection.statement.en);
 * ```
 */
export interface EndorsementOnGround {
  readonly instrumentId: string;
  readonly missionId: string | undefined;
  readonly radiusKm: number;
  readonly threshold: number;
  readonly violence: readonly ViolenceType[];
  readonly precision: readonly LocationPrecision[];
  /** The years compared: from the year the instrument was adopted (or its event, or its first endorsement) to the last year with RADPKO data. */
  readonly firstYear: number | undefined;
  readonly lastYear: number | undefined;
  /** Base-years left out because no stored event data covers their host State that year (unknown, not zero). */
  readonly uncoveredSiteYears: number;
  readonly crossSection: {
    readonly endorsers: GroundGroup;
    readonly nonEndorsers: GroundGroup;
    /** Endorsers' sites − non-endorsers', per site-year. */
    readonly difference: GroundDifference;
    readonly enoughData: boolean;
    readonly statement: Label;
  };
  readonly beforeAfter: BeforeAfter;
}

interface SiteYear {
  readonly key: string;
  readonly year: number;
  readonly endorsers: boolean;
  readonly unit: Unit;
}

/**
 * Endorsement on the ground: violence against civilians near RADPKO bases
 * whose contributors had endorsed an instrument (by default the Kigali
 * Principles) as of each year, against bases whose contributors had not; and,
 * for the same bases, before and after their contributors' endorsement
 * against bases that stayed with non-endorsers (difference in differences).
 * A base-year counts as the endorsers' when at least `threshold` of its
 * contributors' personnel came from States that had endorsed by the end of
 * that year.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementOnGround } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = endorsementOnGround(createIndex(loadDataset()), { instrumentId: "kigali-principles", iterations: 500 });
 * console.log(value.crossSection.statement.en);
 * console.log(value.beforeAfter.statement.en);
 * ```
 */
export function endorsementOnGround(index: DatasetIndex, options: EndorsementGroundOptions): Answer<EndorsementOnGround> {
  const r = resolve({ ...options, siteSet: "radpko" }, RADIUS_PRECISION);
  const threshold = options.threshold ?? 0.5;
  const iterations = options.iterations ?? 1000;
  const min = Math.max(2, options.minGroupSize ?? 5);
  // The year endorsing became possible: the instrument's adoption, else the start of the event that adopted it, else its first endorsement.
  const instrument = index.instruments.get(options.instrumentId);
  const firstEndorsement = (index.endorsementsByInstrument.get(options.instrumentId) ?? []).map((e) => partialDateRange(e.date).earliest).sort()[0];
  const opened = instrument?.adoptedOn ?? (instrument?.eventId !== undefined ? index.events.get(instrument.eventId)?.startDate : undefined) ?? firstEndorsement;
  const adopted = opened !== undefined ? yearOf(opened) : undefined;
  const sitesByYear = activeSitesByYear(index, options.missionId, r, options);
  const events = eventsByYear(index, r);
  const used: { sources: readonly string[] }[] = [];
  const siteYears: SiteYear[] = [];
  let uncovered = 0;
  for (const [year, sites] of sitesByYear) {
    const endorsed = endorsersAsOf(index, options.instrumentId, { asOf: `${year}-12-31` < r.asOf ? `${year}-12-31` : r.asOf });
    const ids = new Set(endorsed.value.map((e) => e.actorId));
    const tree: SpatialIndex<ConflictEvent> = spatialIndex(events.get(year) ?? []);
    for (const s of sites) {
      if (s.hostId === undefined || !covered(index, [s.hostId], year)) {
        uncovered++;
        continue;
      }
      let all = 0;
      let fromEndorsers = 0;
      for (const c of s.contributors) {
        const n = c.total ?? 0;
        all += n;
        if (ids.has(c.actorId)) fromEndorsers += n;
      }
      if (!(all > 0)) continue;
      const near = tree.near(s.coordinates, r.radiusKm);
      used.push(s);
      // One by one: the events near a site can outnumber the arguments a call takes.
      for (const n of near) used.push(n.item);
      siteYears.push({
        key: `${s.missionId}|${s.hostId ?? s.hostName ?? ""}|${s.place}`,
        year,
        endorsers: fromEndorsers / all >= threshold,
        unit: { events: near.length, civilianDeaths: near.reduce((sum, n) => sum + n.item.deaths.civilians, 0) },
      });
    }
    used.push(endorsed);
  }
  const lastYear = siteYears.reduce<number | undefined>((max, s) => (max === undefined || s.year > max ? s.year : max), undefined);
  const firstYear = adopted !== undefined && lastYear !== undefined && adopted <= lastYear ? adopted : undefined;
  // Cross-section: the years from the instrument's adoption on, when endorsing was possible.
  const compared = firstYear === undefined ? [] : siteYears.filter((s) => s.year >= firstYear);
  const a = compared.filter((s) => s.endorsers).map((s) => s.unit);
  const b = compared.filter((s) => !s.endorsers).map((s) => s.unit);
  const enough = a.length >= min && b.length >= min;
  const difference = compare(a, b, enough, iterations, options.seed ?? 1);
  const crossStatement = verdict(
    difference,
    enough,
    { a: { en: "near endorsers' bases", fr: "près des bases des approbateurs" }, b: { en: "near the others", fr: "près des autres" }, unit: { en: "base-years", fr: "bases-années" } },
    [a.length, b.length],
    min,
  );
  const beforeAfter = differenceInDifferences(siteYears, iterations, options.seed ?? 1, min);
  return {
    asOf: r.asOf,
    value: {
      instrumentId: options.instrumentId,
      missionId: options.missionId,
      radiusKm: r.radiusKm,
      threshold,
      violence: r.violence,
      precision: r.precision,
      firstYear,
      lastYear,
      uncoveredSiteYears: uncovered,
      crossSection: { endorsers: group(a), nonEndorsers: group(b), difference, enoughData: enough, statement: crossStatement },
      beforeAfter,
    },
    method: {
      en: `RADPKO base-years with personnel from contributors${options.missionId ? ` of ${options.missionId}` : ""}. A base-year is the endorsers' when at least ${Math.round(threshold * 100)} % of its contributors' personnel came from States that had endorsed by the end of that year (endorsements whose latest possible date is by then). Outcome: kept events within ${r.radiusKm} km of the base that year and their civilian deaths (an event near two bases counts for each); base-years whose host State no stored event data covers that year are left out (${uncovered} of them). Cross-section over the years from the instrument's adoption (or the event that adopted it, or its first endorsement; ${firstYear ?? "none"}–${lastYear ?? "none"}); before/after: for each base whose contributors turned endorsers while observed, the change in yearly events (after − before the first such year) minus the mean change over the same split at the bases of the same mission that stayed with non-endorsers; interval from ${iterations} bootstrap resamples of the treated bases. Seeded. Associational: contributors and bases are not assigned at random. ${definitions(r, index).en}`,
      fr: `Bases-années RADPKO ayant du personnel de contributeurs${options.missionId ? ` de ${options.missionId}` : ""}. Une base-année est celle des approbateurs quand au moins ${Math.round(threshold * 100)} % du personnel de ses contributeurs venait d'États ayant approuvé à la fin de cette année (approbations dont la date la plus tardive possible la précède). Résultat : événements retenus à moins de ${r.radiusKm} km de la base cette année-là et leurs décès de civils (un événement proche de deux bases compte pour chacune) ; les bases-années dont l'État hôte n'est couvert par aucun événement enregistré cette année-là sont laissées de côté (${uncovered}). Comparaison transversale sur les années depuis l'adoption de l'instrument (ou l'événement qui l'a adopté, ou sa première approbation ; ${firstYear ?? "aucune"}–${lastYear ?? "aucune"}) ; avant/après : pour chaque base dont les contributeurs sont devenus approbateurs pendant la période observée, la variation des événements annuels (après − avant la première année concernée) moins la variation moyenne sur la même coupure aux bases de la même mission restées avec des non-approbateurs ; intervalle par ${iterations} rééchantillonnages bootstrap des bases traitées. Graine fixe. Association seulement : contributeurs et bases ne sont pas attribués au hasard. ${definitions(r, index).fr}`,
    },
    sources: sourcesOf(used),
  };
}

function differenceInDifferences(siteYears: readonly SiteYear[], iterations: number, seed: number, min: number): BeforeAfter {
  const bySite = new Map<string, SiteYear[]>();
  for (const s of siteYears) {
    const l = bySite.get(s.key);
    if (l) l.push(s);
    else bySite.set(s.key, [s]);
  }
  const missionOf = (key: string) => key.slice(0, key.indexOf("|"));
  const treated: { key: string; switchYear: number; change: number }[] = [];
  const controls: { key: string; years: SiteYear[] }[] = [];
  for (const [key, list] of bySite) {
    list.sort((x, y) => x.year - y.year);
    const firstEndorsed = list.findIndex((s) => s.endorsers);
    if (firstEndorsed === -1) controls.push({ key, years: list });
    else if (firstEndorsed > 0) {
      const before = mean(list.slice(0, firstEndorsed).map((s) => s.unit.events))!;
      const after = mean(list.slice(firstEndorsed).map((s) => s.unit.events))!;
      treated.push({ key, switchYear: list[firstEndorsed]!.year, change: after - before });
    }
  }
  const dids: number[] = [];
  const treatedChanges: number[] = [];
  const controlChanges: number[] = [];
  const controlKeys = new Set<string>();
  for (const t of treated) {
    const changes: number[] = [];
    for (const c of controls) {
      if (missionOf(c.key) !== missionOf(t.key)) continue;
      const before = c.years.filter((s) => s.year < t.switchYear).map((s) => s.unit.events);
      const after = c.years.filter((s) => s.year >= t.switchYear).map((s) => s.unit.events);
      if (before.length === 0 || after.length === 0) continue;
      changes.push(mean(after)! - mean(before)!);
      controlKeys.add(c.key);
    }
    if (changes.length === 0) continue;
    const controlChange = mean(changes)!;
    treatedChanges.push(t.change);
    controlChanges.push(controlChange);
    dids.push(t.change - controlChange);
  }
  const enough = dids.length >= min && controlKeys.size >= min;
  const difference = mean(dids);
  let ci95: [number, number] | undefined;
  let statement: Label;
  if (!enough || difference === undefined) {
    statement = {
      en: `Too few to say: ${dids.length} bases whose contributors turned endorsers while observed, with ${controlKeys.size} comparison bases (at least ${min} of each are needed).`,
      fr: `Trop peu pour conclure : ${dids.length} bases dont les contributeurs sont devenus approbateurs pendant la période observée, avec ${controlKeys.size} bases de comparaison (il en faut au moins ${min} de chaque).`,
    };
  } else {
    ci95 = bootstrapDifference(dids, [0], iterations, seededRandom(seed));
    const clear = ci95[0] > 0 || ci95[1] < 0;
    statement = clear
      ? {
          en: `After their contributors endorsed, ${dids.length} bases saw ${difference < 0 ? "fewer" : "more"} events per year than comparable bases: ${fmt(difference)} (95 % interval ${interval(ci95)}; ${controlKeys.size} comparison bases). An association, not proof of an effect.`,
          fr: `Après l'approbation de leurs contributeurs, ${dids.length} bases ont connu ${difference < 0 ? "moins" : "plus"} d'événements par an que des bases comparables : ${fmtFr(difference)} (intervalle à 95 % de ${intervalFr(ci95)} ; ${controlKeys.size} bases de comparaison). C'est une association, pas la preuve d'un effet.`,
        }
      : {
          en: `No clear change after endorsement: ${fmt(difference)} events per year against comparable bases (95 % interval ${interval(ci95)}; ${dids.length} bases, ${controlKeys.size} comparison bases).`,
          fr: `Pas de changement net après l'approbation : ${fmtFr(difference)} événements par an par rapport à des bases comparables (intervalle à 95 % de ${intervalFr(ci95)} ; ${dids.length} bases, ${controlKeys.size} bases de comparaison).`,
        };
  }
  return {
    treatedSites: dids.length,
    controlSites: controlKeys.size,
    treatedChange: mean(treatedChanges),
    controlChange: mean(controlChanges),
    difference,
    ci95,
    enoughData: enough,
    statement,
  };
}
