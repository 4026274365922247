import { PLEDGE_KINDS, PLEDGE_STATUSES, type PledgeKind, type PledgeStatus } from "../codelists.js";
import { today } from "../dates.js";
import { isOpen, pledgeStatus, type StatusStep } from "../lifecycle.js";
import type { Pledge } from "../schemas/pledge.js";
import { answer, share, type Answer } from "./answer.js";
import { byId, type DatasetIndex } from "./dataset-index.js";
import type { AsOfOptions } from "./endorsements.js";
import { daysBetween, medianOfCounts } from "./stats.js";

/**
 * Which pledges to count.
 *
 * @example
 * ```ts
 * import { createIndex, pledgesAsOf, type PledgeFilter } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const filter: PledgeFilter = { kind: "unit", status: "deployed" };
 * console.log(pledgesAsOf(index, { asOf: "2020-01-01", filter }).value.length);
 * ```
 */
export interface PledgeFilter {
  readonly actorId?: string;
  readonly eventId?: string;
  readonly themeId?: string;
  readonly kind?: PledgeKind;
  readonly missionId?: string;
  readonly status?: PledgeStatus;
}

/**
 * A pledge with its status on a date.
 *
 * @example
 * ```ts
 * import { createIndex, pledgesAsOf, type PledgeAsOf } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const rows: PledgeAsOf[] = pledgesAsOf(index, { asOf: "2020-01-01" }).value;
 * for (const row of rows) console.log(row.pledge.id, row.status, row.since);
 * ```
 */
export interface PledgeAsOf {
  readonly pledge: Pledge;
  readonly status: PledgeStatus;
  readonly since: string;
  /** The first deployment on or before the date, if any. */
  readonly deployedOn: string | undefined;
  readonly fulfilledOn: string | undefined;
}

const END_OF_TIME = "9999-12-31";
const histories = new WeakMap<DatasetIndex, Map<string, readonly StatusStep[]>>();

/**
 * A pledge's whole history of statuses, folded from its events once per index. The history read on a date
 * is the part of it up to the date: `pledgeStatus` folds every event whatever the date, then keeps the steps
 * since on or before it, and the steps are in date order (an event dated before the one applied last is
 * refused). An index does not change once built (its events by pledge are its own), so the history folded
 * from them stays true for it.
 */
export function statusHistory(index: DatasetIndex, pledge: Pledge): readonly StatusStep[] {
  let byPledge = histories.get(index);
  if (!byPledge) histories.set(index, (byPledge = new Map<string, readonly StatusStep[]>()));
  let steps = byPledge.get(pledge.id);
  if (!steps) byPledge.set(pledge.id, (steps = pledgeStatus(pledge, index.eventsByPledge.get(pledge.id) ?? [], { asOf: END_OF_TIME }).history));
  return steps;
}

/** How many steps of a history are on or before the date (the steps are in date order). */
export function stepsBy(steps: readonly StatusStep[], asOf: string): number {
  let n = steps.length;
  while (n > 0 && steps[n - 1]!.since > asOf) n--;
  return n;
}

/**
 * The steps of a pledge's history up to the date, when it is announced by the date and matches the filter
 * on it; undefined otherwise.
 */
function matching(index: DatasetIndex, pledge: Pledge, asOf: string, f: PledgeFilter): { steps: readonly StatusStep[]; n: number } | undefined {
  if (pledge.announcedOn > asOf) return undefined;
  if (f.actorId !== undefined && pledge.actorId !== f.actorId) return undefined;
  if (f.eventId !== undefined && pledge.eventId !== f.eventId) return undefined;
  if (f.themeId !== undefined && !pledge.themeIds.includes(f.themeId)) return undefined;
  if (f.kind !== undefined && pledge.kind !== f.kind) return undefined;
  if (f.missionId !== undefined && pledge.missionId !== f.missionId) return undefined;
  const steps = statusHistory(index, pledge);
  const n = stepsBy(steps, asOf);
  const last = steps[n - 1];
  if (last === undefined) return undefined;
  if (f.status !== undefined && last.status !== f.status) return undefined;
  return { steps, n };
}

/** A matching pledge's row, from the first `n` steps of its history; the pledge and its events by the date go to `used`. */
function rowOf(index: DatasetIndex, pledge: Pledge, steps: readonly StatusStep[], n: number, asOf: string, used: { sources: readonly string[] }[]): PledgeAsOf {
  used.push(pledge);
  for (const e of index.eventsByPledge.get(pledge.id) ?? []) if (e.date <= asOf) used.push(e);
  let deployedOn: string | undefined;
  let fulfilledOn: string | undefined;
  for (let i = 0; i < n; i++) {
    const h = steps[i]!;
    if (deployedOn === undefined && h.status === "deployed") deployedOn = h.since;
    if (fulfilledOn === undefined && h.status === "fulfilled") fulfilledOn = h.since;
  }
  const last = steps[n - 1]!;
  return { pledge, status: last.status, since: last.since, deployedOn, fulfilledOn };
}

/** How a pledge's status on a date is found: the method of the answers that list or count pledges on a date. */
const AS_OF_METHOD = {
  en: "Pledges announced on or before the date; each status is folded from the pledge's event history up to the date.",
  fr: "Engagements annoncés à la date ou avant ; chaque statut est calculé à partir de l'historique des événements de l'engagement jusqu'à la date.",
} as const;

/**
 * The pledges announced by a date, with their status on it, filtered: every one of them, sorted by id.
 * For a list to serve or show, {@link pledgesPage} answers one page at a time.
 *
 * @example
 * ```ts
 * import { createIndex, pledgesAsOf } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const answer = pledgesAsOf(index, { asOf: "2019-01-01", filter: { actorId: "can" } });
 * console.log(answer.value.map((p) => `${p.pledge.id}: ${p.status}`));
 * ```
 */
export function pledgesAsOf(index: DatasetIndex, options: AsOfOptions & { readonly filter?: PledgeFilter } = {}): Answer<PledgeAsOf[]> {
  const asOf = options.asOf ?? today();
  const f = options.filter ?? {};
  const value: PledgeAsOf[] = [];
  const used: { sources: readonly string[] }[] = [];
  for (const pledge of inIdOrder(index)) {
    const m = matching(index, pledge, asOf, f);
    if (m) value.push(rowOf(index, pledge, m.steps, m.n, asOf, used));
  }
  return answer(
    asOf,
    value,
    AS_OF_METHOD,
    used,
  );
}

/**
 * One page of the pledges on a date, in id order (see {@link pledgesPage}).
 *
 * @example
 * ```ts
 * import { createIndex, pledgesPage, type PledgesPage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const page: PledgesPage = pledgesPage(index, { asOf: "2020-01-01", limit: 10 }).value;
 * console.log(`${page.pledges.length} of ${page.total}`, page.next ?? "(last page)");
 * ```
 */
export interface PledgesPage {
  /** How many pledges match on the date, on every page. */
  readonly total: number;
  /** The pledges of this page, by id. */
  readonly pledges: PledgeAsOf[];
  /** The id to pass as `after` for the next page; present only when more pledges follow. */
  readonly next?: string;
}

/** How many pledges a page lists when no limit is given. */
const DEFAULT_PAGE_SIZE = 100;

/**
 * The pledges announced by a date, with their status on it, filtered, one page at a time: at most `limit`
 * (default 100) of them, those whose id sorts after `after` (code-unit order, as `<` compares strings),
 * in id order. The answer tells how many match on every page (`total`) and, when more follow, the id to
 * pass as `after` for the next page (`next`), so that following `next` lists each pledge once. A `limit`
 * below 1 counts as 1; `Infinity` lists every pledge on one page. The sources are those of the pledges
 * of the page and of their events by the date.
 *
 * @example
 * ```ts
 * import { createIndex, pledgesPage, type PledgeAsOf } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const all: PledgeAsOf[] = [];
 * let after: string | undefined;
 * do {
 *   const page = pledgesPage(index, { asOf: "2020-01-01", filter: { kind: "unit" }, limit: 500, after }).value;
 *   all.push(...page.pledges);
 *   after = page.next;
 * } while (after !== undefined);
 * console.log(all.length);
 * ```
 */
export function pledgesPage(
  index: DatasetIndex,
  options: AsOfOptions & { readonly filter?: PledgeFilter; readonly limit?: number; readonly after?: string | undefined } = {},
): Answer<PledgesPage> {
  const asOf = options.asOf ?? today();
  const f = options.filter ?? {};
  const limit = options.limit === undefined || Number.isNaN(options.limit) ? DEFAULT_PAGE_SIZE : Math.max(1, Math.floor(options.limit));
  const after = options.after;
  const pledges: PledgeAsOf[] = [];
  const used: { sources: readonly string[] }[] = [];
  let total = 0;
  let more = false;
  for (const pledge of inIdOrder(index)) {
    const m = matching(index, pledge, asOf, f);
    if (!m) continue;
    total += 1;
    if (after !== undefined && !(pledge.id > after)) continue;
    if (pledges.length < limit) pledges.push(rowOf(index, pledge, m.steps, m.n, asOf, used));
    else more = true;
  }
  const value: PledgesPage = more ? { total, pledges, next: pledges[pledges.length - 1]!.pledge.id } : { total, pledges };
  return answer(
    asOf,
    value,
    {
      en: "Pledges announced on or before the date, listed by id in pages (each page starts after the id given, the last of the page before); each status is folded from the pledge's event history up to the date; the total counts the pledges of every page.",
      fr: "Engagements annoncés à la date ou avant, listés par identifiant, page par page (chaque page commence après l'identifiant donné, le dernier de la page précédente) ; chaque statut est calculé à partir de l'historique des événements de l'engagement jusqu'à la date ; le total compte les engagements de toutes les pages.",
    },
    used,
  );
}

const ordered = new WeakMap<DatasetIndex, readonly Pledge[]>();

/**
 * The index's pledges in id order (code-unit order). `createIndex` sorts them so; an index built otherwise
 * is checked once and, when out of order, its pledges are sorted once for it (an index does not change).
 */
function inIdOrder(index: DatasetIndex): readonly Pledge[] {
  let list = ordered.get(index);
  if (list) return list;
  const pledges = index.pledges;
  let sorted = true;
  for (let i = 1; i < pledges.length && sorted; i++) if (!(pledges[i - 1]!.id < pledges[i]!.id)) sorted = false;
  list = sorted ? pledges : [...pledges].sort(byId);
  ordered.set(index, list);
  return list;
}

/**
 * Counts and rates of pledges on a date.
 *
 * @example
 * ```ts
 * import { createIndex, pledgeSummary, type PledgeSummary } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const summary: PledgeSummary = pledgeSummary(index, { asOf: "2020-01-01" }).value;
 * console.log(summary.total, summary.byStatus.deployed, summary.fulfilmentRate);
 * ```
 */
export interface PledgeSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<PledgeStatus, number>>;
  readonly byKind: Readonly<Record<PledgeKind, number>>;
  readonly byTheme: Readonly<Record<string, number>>;
  readonly byActor: Readonly<Record<string, number>>;
  readonly byEvent: Readonly<Record<string, number>>;
  /** Fulfilled ÷ all pledges announced by the date. */
  readonly fulfilmentRate: number | undefined;
  /** Deployed or fulfilled ÷ all pledges announced by the date. */
  readonly deploymentRate: number | undefined;
  /** Median days from announcement to first deployment, over the pledges deployed by the date. */
  readonly medianDaysToDeployment: number | undefined;
  /** Median days from announcement to fulfilment, over the pledges fulfilled by the date. */
  readonly medianDaysToFulfilment: number | undefined;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The counts behind {@link PledgeSummary}: the pledges announced by a date that match a filter, counted by
 * their status on the date, kind, theme, actor and event (and how many were made at no event), with how
 * many days each took from announcement to its first deployment and to its fulfilment (for those that
 * reached it by the date), as `[days, pledges]` pairs in ascending order of days; and the sources of the
 * pledges and of their events by the date. A store keeps the pledges' facts and status history on write
 * and counts them in SQL ({@link PledgeInputs}); {@link pledgeTally} counts them on an index in memory.
 *
 * @example
 * ```ts
 * import { createIndex, pledgeTally, type PledgeTally } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const tally: PledgeTally = pledgeTally(createIndex(loadDataset()), "2020-01-01", { kind: "unit" });
 * console.log(tally.byStatus, tally.daysToDeployment.length);
 * ```
 */
export interface PledgeTally {
  readonly byStatus: Readonly<Partial<Record<PledgeStatus, number>>>;
  readonly byKind: Readonly<Partial<Record<PledgeKind, number>>>;
  readonly byTheme: Readonly<Record<string, number>>;
  readonly byActor: Readonly<Record<string, number>>;
  readonly byEvent: Readonly<Record<string, number>>;
  /** The pledges made at no event (the summary lists them under `"(none)"` in its `byEvent`). */
  readonly atNoEvent: number;
  readonly daysToDeployment: readonly (readonly [days: number, pledges: number])[];
  readonly daysToFulfilment: readonly (readonly [days: number, pledges: number])[];
  /** The sorted, distinct source ids of the pledges counted and of their events on or before the date. */
  readonly sources: readonly string[];
}

/**
 * What the pledge summary reads: the {@link PledgeTally} of a date and a filter. A store answers it from its
 * tables kept on write; `contributionInputsOf` answers it on an index in memory.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, type PledgeInputs } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const inputs: PledgeInputs = contributionInputsOf(createIndex(loadDataset()));
 * console.log((await inputs.pledgeTally("2020-01-01", {})).byStatus);
 * ```
 */
export interface PledgeInputs {
  /** The tally of the pledges announced on or before `asOf` (YYYY-MM-DD) that match the filter, on that date. */
  pledgeTally(asOf: string, filter: PledgeFilter): Promise<PledgeTally>;
}

/** `[value, count]` pairs of the values, in ascending order of value. */
function countsOf(values: readonly number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/**
 * The {@link PledgeTally} of a date and a filter, on an index: the reference the stores' counts are checked
 * against.
 *
 * @example
 * ```ts
 * import { createIndex, pledgeTally } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * console.log(pledgeTally(createIndex(loadDataset()), "2020-01-01", {}).byActor);
 * ```
 */
export function pledgeTally(index: DatasetIndex, asOf: string, filter: PledgeFilter): PledgeTally {
  const list = pledgesAsOf(index, { asOf, filter });
  const byStatus: Partial<Record<PledgeStatus, number>> = {};
  const byKind: Partial<Record<PledgeKind, number>> = {};
  const byTheme: Record<string, number> = {};
  const byActor: Record<string, number> = {};
  const byEvent: Record<string, number> = {};
  let atNoEvent = 0;
  const toDeploy: number[] = [];
  const toFulfil: number[] = [];
  for (const p of list.value) {
    byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
    byKind[p.pledge.kind] = (byKind[p.pledge.kind] ?? 0) + 1;
    for (const t of p.pledge.themeIds) byTheme[t] = (byTheme[t] ?? 0) + 1;
    byActor[p.pledge.actorId] = (byActor[p.pledge.actorId] ?? 0) + 1;
    if (p.pledge.eventId === undefined) atNoEvent += 1;
    else byEvent[p.pledge.eventId] = (byEvent[p.pledge.eventId] ?? 0) + 1;
    if (p.deployedOn) toDeploy.push(daysBetween(p.pledge.announcedOn, p.deployedOn));
    if (p.fulfilledOn) toFulfil.push(daysBetween(p.pledge.announcedOn, p.fulfilledOn));
  }
  return { byStatus, byKind, byTheme, byActor, byEvent, atNoEvent, daysToDeployment: countsOf(toDeploy), daysToFulfilment: countsOf(toFulfil), sources: list.sources };
}

/**
 * Pledges by status, kind, theme, actor and event on a date, with fulfilment rate and time to deploy.
 *
 * @example
 * ```ts
 * import { createIndex, pledgeSummary } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = pledgeSummary(index, { asOf: "2020-01-01", filter: { kind: "unit" } });
 * console.log(value.total, value.byStatus, value.medianDaysToDeployment);
 * ```
 */
export function pledgeSummary(index: DatasetIndex, options: AsOfOptions & { readonly filter?: PledgeFilter } = {}): Answer<PledgeSummary> {
  const asOf = options.asOf ?? today();
  return summaryAnswer(asOf, pledgeTally(index, asOf, options.filter ?? {}));
}

/**
 * {@link pledgeSummary} from {@link PledgeInputs} (a store's tables kept on write), without an index: the
 * same answer.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, pledgeSummaryFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await pledgeSummaryFrom(contributionInputsOf(createIndex(loadDataset())), { asOf: "2020-01-01" });
 * console.log(value.total, value.fulfilmentRate);
 * ```
 */
export async function pledgeSummaryFrom(inputs: PledgeInputs, options: AsOfOptions & { readonly filter?: PledgeFilter } = {}): Promise<Answer<PledgeSummary>> {
  const asOf = options.asOf ?? today();
  return summaryAnswer(asOf, await inputs.pledgeTally(asOf, options.filter ?? {}));
}

/** The key of the pledges made at no event in a summary's `byEvent`. */
const NO_EVENT = "(none)";

/** The counts with their keys in code-unit order, whatever order they were tallied in. */
const byKey = (counts: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function summaryAnswer(asOf: string, tally: PledgeTally): Answer<PledgeSummary> {
  const byStatus = { ...zeroes(Object.keys(PLEDGE_STATUSES) as PledgeStatus[]), ...tally.byStatus };
  const byKind = { ...zeroes(Object.keys(PLEDGE_KINDS) as PledgeKind[]), ...tally.byKind };
  let total = 0;
  for (const n of Object.values(byStatus)) total += n;
  let deployed = 0;
  for (const [, n] of tally.daysToDeployment) deployed += n;
  return {
    asOf,
    value: {
      total,
      byStatus,
      byKind,
      byTheme: byKey(tally.byTheme),
      byActor: byKey(tally.byActor),
      byEvent: byKey(tally.atNoEvent > 0 ? { ...tally.byEvent, [NO_EVENT]: tally.atNoEvent } : tally.byEvent),
      fulfilmentRate: share(byStatus.fulfilled, total),
      deploymentRate: share(deployed, total),
      medianDaysToDeployment: medianOfCounts(tally.daysToDeployment),
      medianDaysToFulfilment: medianOfCounts(tally.daysToFulfilment),
    },
    method: {
      en: `${AS_OF_METHOD.en} Fulfilment rate: fulfilled ÷ all; deployment rate: ever deployed ÷ all; medians over the pledges that reached the status.`,
      fr: `${AS_OF_METHOD.fr} Taux de réalisation : réalisés ÷ tous ; taux de déploiement : déployés un jour ÷ tous ; médianes sur les engagements ayant atteint le statut.`,
    },
    sources: tally.sources,
  };
}

/**
 * An open pledge kept in one status longer than a threshold.
 *
 * @example
 * ```ts
 * import { createIndex, overduePledges, type OverduePledge } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const overdue: OverduePledge[] = overduePledges(index, { asOf: "2020-01-01" }).value;
 * console.log(overdue.map((p) => `${p.pledgeId}: ${p.status} for ${p.days} days`));
 * ```
 */
export interface OverduePledge {
  readonly pledgeId: string;
  readonly actorId: string;
  readonly status: PledgeStatus;
  readonly since: string;
  readonly days: number;
}

/**
 * Open pledges not yet deployed whose current status has lasted longer than
 * `thresholdDays` (default 365) on the date, longest first.
 *
 * @example
 * ```ts
 * import { createIndex, overduePledges } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * console.log(overduePledges(index, { asOf: "2020-01-01", thresholdDays: 730 }).value.length);
 * ```
 */
export function overduePledges(
  index: DatasetIndex,
  options: AsOfOptions & { readonly thresholdDays?: number; readonly filter?: PledgeFilter } = {},
): Answer<OverduePledge[]> {
  const threshold = options.thresholdDays ?? 365;
  const list = pledgesAsOf(index, options);
  const value = list.value
    .filter((p) => isOpen(p.status) && p.status !== "deployed")
    .map((p) => ({ pledgeId: p.pledge.id, actorId: p.pledge.actorId, status: p.status, since: p.since, days: daysBetween(p.since, list.asOf) }))
    .filter((p) => p.days > threshold)
    .sort((a, b) => b.days - a.days || (a.pledgeId < b.pledgeId ? -1 : 1));
  return {
    ...list,
    value,
    method: {
      en: `Pledges in an open status before deployment, held for more than ${threshold} days on the date.`,
      fr: `Engagements dans un statut ouvert avant le déploiement, depuis plus de ${threshold} jours à la date.`,
    },
  };
}
