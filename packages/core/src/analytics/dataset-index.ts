import type { PledgeStatus } from "../codelists.js";
import { partialDateRange } from "../dates.js";
import { OPEN_STATUSES } from "../lifecycle.js";
import { EVENT_TARGET } from "../lifecycle.js";
import type { Actor } from "../schemas/actor.js";
import type { ReadonlyDataset } from "../schemas/dataset.js";
import type { Endorsement, Event, Instrument, Theme } from "../schemas/framework.js";
import type { ConflictEvent, DeploymentSite, PeacekeeperFatality } from "../schemas/ground.js";
import type { CapabilityRequirement, ConductStat, Contribution, GenderTarget } from "../schemas/measures.js";
import { mandateAdoption } from "../mandate-dates.js";
import type { Mandate, Mission } from "../schemas/mission.js";
import type { Pledge, PledgeEvent } from "../schemas/pledge.js";

/**
 * A ranking of contributors published for one reporting date.
 *
 * @example
 * ```ts
 * import { createIndex, rankingInForce, type Ranking } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const ranking: Ranking | undefined = rankingInForce(index, "2021-06-30");
 * console.log(ranking?.date, ranking?.entries.slice(0, 3).map((c) => c.contributorId));
 * ```
 */
export interface Ranking {
  readonly date: string;
  /** Contributors in rank order. */
  readonly entries: readonly Contribution[];
}

/**
 * An index over a dataset, built once by {@link createIndex}; every analytics
 * function takes it. Collections are sorted deterministically, so answers do
 * not depend on the order of the input records.
 *
 * @example
 * ```ts
 * import { createIndex, type DatasetIndex } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const built: DatasetIndex = index;
 * console.log(built.missions.get("minusca")?.names.en);
 * ```
 */
export interface DatasetIndex {
  readonly dataset: ReadonlyDataset;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly missions: ReadonlyMap<string, Mission>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly events: ReadonlyMap<string, Event>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly pledges: readonly Pledge[];
  readonly endorsementsByInstrument: ReadonlyMap<string, readonly Endorsement[]>;
  readonly mandatesByMission: ReadonlyMap<string, readonly Mandate[]>;
  readonly eventsByPledge: ReadonlyMap<string, readonly PledgeEvent[]>;
  readonly contributionsByMission: ReadonlyMap<string, readonly Contribution[]>;
  /** Contributions by contributor, in the dataset's order. */
  readonly contributionsByContributor: ReadonlyMap<string, readonly Contribution[]>;
  /** Contributions that cover all missions (rankings), by reporting period end. */
  readonly rankings: readonly Ranking[];
  readonly requirementsByMission: ReadonlyMap<string, readonly CapabilityRequirement[]>;
  readonly genderTargets: readonly GenderTarget[];
  readonly conductStats: readonly ConductStat[];
  /** Calendar years covered by contributions, ascending. */
  readonly contributionYears: readonly number[];
  /** Deployment sites by mission, by year then id. */
  readonly sitesByMission: ReadonlyMap<string, readonly DeploymentSite[]>;
  /** Conflict events by start date then id. */
  readonly conflictEvents: readonly ConflictEvent[];
  /**
   * The years the stored conflict events cover, by host actor: from the first to the last year with an
   * event there. A year outside it is not known to be quiet: no data covers it.
   */
  readonly eventCoverage: ReadonlyMap<string, { readonly first: number; readonly last: number }>;
  /** Peacekeeper fatalities by incident date then id. */
  readonly fatalities: readonly PeacekeeperFatality[];
}

/** Orders records by id in code-unit order (as `<` compares strings): the order of the index's lists. */
export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupBy<T, K>(items: readonly T[], key: (t: T) => K | undefined): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const lifecycleRank = (type: PledgeEvent["type"]): number => {
  const target: PledgeStatus | undefined = EVENT_TARGET[type];
  if (type === "announced") return -1;
  if (target === undefined) return 100;
  const open = OPEN_STATUSES.indexOf(target);
  return open >= 0 ? open : OPEN_STATUSES.length;
};

/**
 * Builds the index of a dataset (parsed: defaults applied). Pledge events are
 * taken in date order, same-day events in lifecycle order, so the answer is
 * the same whatever the order of the records; defects of the append order are
 * the business of `validateDataset`.
 *
 * @example
 * ```ts
 * import { createIndex, pledgeSummary } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * console.log(pledgeSummary(index, { asOf: "2020-01-01" }).value.total);
 * ```
 */
export function createIndex(dataset: ReadonlyDataset): DatasetIndex {
  const contributions = memo(dataset.contributions, contributionParts);
  return {
    dataset,
    actors: memo(dataset.actors, mapById),
    missions: memo(dataset.missions, mapById),
    instruments: memo(dataset.instruments, mapById),
    events: memo(dataset.events, mapById),
    themes: memo(dataset.themes, mapById),
    pledges: memo(dataset.pledges, sortedById),
    endorsementsByInstrument: memo(dataset.endorsements, endorsementsByInstrument),
    mandatesByMission: memo(dataset.mandates, mandatesByMission),
    eventsByPledge: memo(dataset.pledgeEvents, eventsByPledge),
    contributionsByMission: contributions.byMission,
    contributionsByContributor: contributions.byContributor,
    rankings: contributions.rankings,
    requirementsByMission: memo(dataset.capabilityRequirements, requirementsByMission),
    genderTargets: memo(dataset.genderTargets, byYearThenId),
    conductStats: memo(dataset.conductStats, byYearThenId),
    contributionYears: contributions.years,
    sitesByMission: memo(dataset.deploymentSites, sitesByMission),
    conflictEvents: memo(dataset.conflictEvents, conflictEventsByDate),
    eventCoverage: memo(dataset.conflictEvents, coverageOf),
    fatalities: memo(dataset.peacekeeperFatalities, fatalitiesByDate),
  };
}

// The builders of the index's parts, one function each (the memo below knows a part by its builder).
const mapById = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map([...list].sort(byId).map((x) => [x.id, x] as const));
const sortedById = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort(byId);
const byYearThenId = <T extends { id: string; year: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.year - b.year || byId(a, b));
const endorsementsByInstrument = (list: readonly Endorsement[]) => groupBy([...list].sort(byId), (e) => e.instrumentId);
const requirementsByMission = (list: readonly CapabilityRequirement[]) => groupBy([...list].sort(byId), (r) => r.missionId);
const sitesByMission = (list: readonly DeploymentSite[]) => groupBy([...list].sort((a, b) => a.year - b.year || byId(a, b)), (s) => s.missionId);
const conflictEventsByDate = (list: readonly ConflictEvent[]) => [...list].sort((a, b) => (a.dateStart < b.dateStart ? -1 : a.dateStart > b.dateStart ? 1 : byId(a, b)));
const fatalitiesByDate = (list: readonly PeacekeeperFatality[]) =>
  [...list].sort((a, b) => (a.incidentDate < b.incidentDate ? -1 : a.incidentDate > b.incidentDate ? 1 : byId(a, b)));

/** Conduct statistics by year then id, sorted once per frozen collection (as the index holds them). */
export const sortedConductStats = (list: readonly ConductStat[]): readonly ConductStat[] => memo(list, byYearThenId);

/** Fatalities by incident date then id, sorted once per frozen collection (as the index holds them). */
export const sortedFatalities = (list: readonly PeacekeeperFatality[]): readonly PeacekeeperFatality[] => memo(list, fatalitiesByDate);

/**
 * The parts of an index built from each collection, kept with the collection's array while it is frozen:
 * a store hands the same frozen array for a collection until records of its kind change, so an index
 * built after a write rebuilds only the parts of the collections written. A collection not frozen (it
 * could be changed in place) is always indexed afresh.
 */
const parts = new WeakMap<readonly unknown[], Map<(list: never) => unknown, unknown>>();

function memo<T, R>(list: readonly T[], build: (list: readonly T[]) => R): R {
  if (!Object.isFrozen(list)) return build(list);
  let built = parts.get(list);
  if (!built) parts.set(list, (built = new Map<(list: never) => unknown, unknown>()));
  const key = build as (list: never) => unknown;
  if (built.has(key)) return built.get(key) as R;
  const value = build(list);
  built.set(key, value);
  return value;
}

function contributionParts(contributions: readonly Contribution[]) {
  const sorted = [...contributions].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : byId(a, b)));
  const rankingRecords = sorted.filter((c) => c.missionId === undefined && c.measure === "snapshot" && c.category === "all");
  const rankings: Ranking[] = [...groupBy(rankingRecords, (c) => c.periodEnd)].map(([date, entries]) => ({
    date,
    entries: [...entries].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.total - a.total || byId(a, b)),
  }));
  const years = new Set<number>();
  for (const c of contributions) {
    const first = Number(c.periodStart.slice(0, 4));
    const last = Number(c.periodEnd.slice(0, 4));
    for (let y = first; y <= last; y++) years.add(y);
  }
  return {
    byMission: groupBy(sorted, (c) => c.missionId),
    byContributor: groupBy(contributions, (c) => c.contributorId),
    rankings,
    years: [...years].sort((a, b) => a - b),
  };
}

function eventsByPledge(pledgeEvents: readonly PledgeEvent[]) {
  const byPledge = groupBy(pledgeEvents, (e) => e.pledgeId);
  for (const list of byPledge.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : lifecycleRank(a.type) - lifecycleRank(b.type) || byId(a, b)));
  }
  return byPledge;
}

function mandatesByMission(mandates: readonly Mandate[]) {
  const byMission = groupBy(mandates, (m) => m.missionId);
  for (const list of byMission.values()) {
    list.sort((a, b) => {
      const x = mandateInForceFrom(a);
      const y = mandateInForceFrom(b);
      return x < y ? -1 : x > y ? 1 : byId(a, b);
    });
  }
  return byMission;
}

function coverageOf(events: readonly ConflictEvent[]): Map<string, { first: number; last: number }> {
  const coverage = new Map<string, { first: number; last: number }>();
  for (const e of events) {
    if (e.hostId === undefined) continue;
    const y = Number(e.dateStart.slice(0, 4));
    const c = coverage.get(e.hostId);
    if (!c) coverage.set(e.hostId, { first: y, last: y });
    else {
      if (y < c.first) c.first = y;
      if (y > c.last) c.last = y;
    }
  }
  return coverage;
}

/**
 * Whether a mission was active on a date. A mission with no known start date is never counted active.
 *
 * @example
 * ```ts
 * import { isActive } from "@bluehelm/core/analytics";
 * import { missions } from "@bluehelm/data/missions";
 *
 * console.log(missions.filter((m) => isActive(m, "2017-11-15")).map((m) => m.acronym));
 * ```
 */
export function isActive(mission: Mission, asOf: string): boolean {
  return mission.startDate !== undefined && mission.startDate <= asOf && (mission.endDate === undefined || mission.endDate >= asOf);
}

/**
 * The first day a mandate is certainly adopted: its adoption day, or the last day its partial
 * adoption date can stand for (31 December for a year, the month's last day for a month). A
 * mandate counts as in force from this day on, never earlier.
 *
 * @example
 * ```ts
 * import { mandateInForceFrom } from "@bluehelm/core/analytics";
 *
 * console.log(mandateInForceFrom({ adoptedIn: { precision: "year", date: "2024", qualifier: "on" } })); // "2024-12-31"
 * ```
 */
export function mandateInForceFrom(mandate: Pick<Mandate, "adoptedOn" | "adoptedIn">): string {
  return partialDateRange(mandateAdoption(mandate)).latest;
}

/**
 * The mandate of a mission in force on a date: the latest one certainly adopted on or before it.
 * A mandate whose adoption is known only to a month or a year counts from the last day that month
 * or year can stand for ({@link mandateInForceFrom}), so until then the earlier mandate stays in
 * force; {@link mandateStanding} also names the later mandates that may already have replaced it.
 *
 * @example
 * ```ts
 * import { createIndex, mandateInForce } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const mandate = mandateInForce(index, "minusca", "2024-01-01");
 * console.log(mandate?.resolution, mandate?.poc);
 * ```
 */
export function mandateInForce(index: DatasetIndex, missionId: string, asOf: string): Mandate | undefined {
  return mandateStanding(index, missionId, asOf).mandate;
}

/**
 * The mandate in force on a date ({@link mandateInForce}) and the later mandates that may already
 * have been adopted by then but are not certain to have been: their partial adoption date covers
 * the date (a mandate "adopted in 2024", asked about in June 2024).
 *
 * @example
 * ```ts
 * import { createIndex, mandateStanding } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { mandate, uncertain } = mandateStanding(index, "monusco", "2024-06-30");
 * console.log(mandate?.resolution, uncertain.map((m) => m.resolution));
 * ```
 */
export function mandateStanding(index: DatasetIndex, missionId: string, asOf: string): { mandate: Mandate | undefined; uncertain: readonly Mandate[] } {
  const list = index.mandatesByMission.get(missionId) ?? [];
  let mandate: Mandate | undefined;
  const uncertain: Mandate[] = [];
  for (const m of list) {
    const range = partialDateRange(mandateAdoption(m));
    if (range.latest <= asOf) {
      mandate = m;
      uncertain.length = 0;
    } else if (range.earliest === undefined || range.earliest <= asOf) uncertain.push(m);
  }
  return { mandate, uncertain };
}

/**
 * The ranking in force on a date: the latest published on or before it.
 *
 * @example
 * ```ts
 * import { createIndex, rankingInForce } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * console.log(rankingInForce(index, "2021-06-30")?.entries[0]?.contributorId);
 * ```
 */
export function rankingInForce(index: DatasetIndex, asOf: string): Ranking | undefined {
  let found: Ranking | undefined;
  for (const r of index.rankings) if (r.date <= asOf) found = r;
  return found;
}

/**
 * Uniformed personnel of a mission on a date, from the contributions whose
 * period contains the date. Per contributor, a record of category "all" is
 * preferred to the sum of the categories. Returns the total, the records used
 * and the personnel per contributor.
 *
 * @example
 * ```ts
 * import { createIndex, personnelOn } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { total, women } = personnelOn(index, "minusca", "2019-06-30");
 * console.log(total, women);
 * ```
 */
export function personnelOn(
  index: DatasetIndex,
  missionId: string,
  asOf: string,
): { total: number | undefined; women: number | undefined; byContributor: Map<string, number>; records: Contribution[] } {
  const covering = (index.contributionsByMission.get(missionId) ?? []).filter((c) => c.periodStart <= asOf && asOf <= c.periodEnd);
  return sumPersonnel(covering);
}

/**
 * Sums contributions without double counting: per contributor and mission,
 * snapshots win over annual means, and category "all" over the categories.
 */
export function sumPersonnel(records: readonly Contribution[]): {
  total: number | undefined;
  women: number | undefined;
  byContributor: Map<string, number>;
  records: Contribution[];
} {
  const perContributor = groupBy(records, (c) => `${c.contributorId}|${c.missionId ?? ""}`);
  const used: Contribution[] = [];
  const byContributor = new Map<string, number>();
  let total = 0;
  let women = 0;
  let womenKnown = true;
  for (const records of perContributor.values()) {
    // One measure per contributor: a head count on a date beats an annual mean.
    const snapshots = records.filter((c) => c.measure === "snapshot");
    const list = snapshots.length > 0 ? snapshots : records;
    const all = list.filter((c) => c.category === "all");
    const chosen = all.length > 0 ? all : list;
    for (const c of chosen) {
      used.push(c);
      total += c.total;
      if (c.women === undefined) womenKnown = false;
      else women += c.women;
      byContributor.set(c.contributorId, (byContributor.get(c.contributorId) ?? 0) + c.total);
    }
  }
  return {
    total: used.length > 0 ? total : undefined,
    women: used.length > 0 && womenKnown ? women : undefined,
    byContributor,
    records: used,
  };
}

/**
 * Drops category records where a record of category "all" exists for the
 * same contributor, mission, period and measure, so sums never count
 * personnel twice.
 */
export function withoutDoubleCounting(records: readonly Contribution[]): Contribution[] {
  const key = (c: Contribution) => `${c.contributorId}|${c.missionId ?? ""}|${c.periodStart}|${c.periodEnd}|${c.measure}`;
  const withAll = new Set(records.filter((c) => c.category === "all").map(key));
  return records.filter((c) => c.category === "all" || !withAll.has(key(c)));
}
