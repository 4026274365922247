import type { ContributionMeasure } from "../codelists.js";
import type { ReadonlyDataset } from "../schemas/dataset.js";
import type { Contribution } from "../schemas/measures.js";
import { sourcesOf } from "./answer.js";
import { withoutDoubleCounting, type DatasetIndex } from "./dataset-index.js";
import { pledgeTally, type PledgeInputs } from "./pledges.js";

/*
 * The inputs of the contributor questions (top-contributors, personnel-by-year) as a small table: per
 * contributor and year, the sum over missions of the contributions of one measure, "all categories" records
 * counted instead of the category records of the same contributor, mission and period (never both). The fold
 * over records is here; a store keeps the same table on write (in SQL) and answers `ContributionInputs` from
 * it, so the questions cost what they return instead of what the store holds. The two must agree: the store's
 * tests compare its rows with this fold over its records.
 */

/**
 * Which contributions a contributor-year sums: one measure, with a mission, optionally one contributor, one
 * mission, the years whose periods begin in `from`–`to`, and only periods that begin and end in the same year.
 *
 * @example
 * ```ts
 * import type { ContributionSelection } from "@bluehelm/core/analytics";
 *
 * const selection: ContributionSelection = { measure: "annual-mean", from: 2015, to: 2019, sameYear: true };
 * console.log(selection.measure);
 * ```
 */
export interface ContributionSelection {
  readonly measure: ContributionMeasure;
  readonly contributorId?: string | undefined;
  readonly missionId?: string | undefined;
  /** The first year (of the periods' start). */
  readonly from?: number | undefined;
  /** The last year (of the periods' start). */
  readonly to?: number | undefined;
  /** Only the periods that begin and end in the same year. */
  readonly sameYear?: boolean | undefined;
}

/**
 * A contributor's personnel in a year: the sum over missions (and periods beginning that year) of its
 * contributions, without double counting; `women` is undefined when any of them lacks the women's figure.
 *
 * @example
 * ```ts
 * import { createIndex, contributorYears, type ContributorYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: ContributorYear[] = contributorYears(createIndex(loadDataset()).dataset.contributions, { measure: "annual-mean", from: 2019, to: 2019 });
 * console.log(rows.slice(0, 3));
 * ```
 */
export interface ContributorYear {
  readonly contributorId: string;
  readonly year: number;
  readonly total: number;
  readonly women: number | undefined;
}

/**
 * A mission's personnel in a year: the sum over contributors (and periods beginning that year) of the
 * contributions to it, without double counting; `women` is undefined when any of them lacks the women's figure.
 *
 * @example
 * ```ts
 * import { createIndex, missionYears, type MissionYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: MissionYear[] = missionYears(createIndex(loadDataset()).dataset.contributions, { measure: "annual-mean", missionId: "minusma" });
 * console.log(rows.map((r) => `${r.year}: ${r.total}`));
 * ```
 */
export interface MissionYear {
  readonly missionId: string;
  readonly year: number;
  readonly total: number;
  readonly women: number | undefined;
}

/**
 * Cells of a yearly table, each a key and a year: contributor-years (`by: "contributor"`, the key a contributor
 * id) or mission-years (`by: "mission"`, the key a mission id). Narrows the sources of a selection to the
 * contributions summed in those cells.
 *
 * @example
 * ```ts
 * import type { YearCells } from "@bluehelm/core/analytics";
 *
 * const cells: YearCells = { by: "mission", cells: [{ key: "minusma", year: 2019 }, { key: "monusco", year: 2020 }] };
 * console.log(cells.cells.length);
 * ```
 */
export interface YearCells {
  readonly by: "contributor" | "mission";
  readonly cells: readonly { readonly key: string; readonly year: number }[];
}

/**
 * The options of {@link ContributionInputs.contributionSources}: a selection, optionally narrowed to some
 * contributors, or to some cells of a yearly table.
 *
 * @example
 * ```ts
 * import type { SourceSelection } from "@bluehelm/core/analytics";
 *
 * const selection: SourceSelection = { measure: "annual-mean", sameYear: true, within: { by: "contributor", cells: [{ key: "rwa", year: 2019 }] } };
 * console.log(selection.within?.by);
 * ```
 */
export interface SourceSelection extends ContributionSelection {
  readonly contributorIds?: readonly string[] | undefined;
  readonly within?: YearCells | undefined;
}

/**
 * What the contributor questions read: the contributor-years and the mission-years of a selection, and the
 * distinct sources of the contributions behind them (optionally of some contributors, or some cells, only). A
 * store implements it with SQL kept on write; {@link contributionInputsOf} implements it on an index in memory.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, type ContributionInputs } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const inputs: ContributionInputs = contributionInputsOf(createIndex(loadDataset()));
 * console.log((await inputs.contributorYears({ measure: "annual-mean", contributorId: "rwa" })).length);
 * ```
 */
export interface ContributionInputs {
  /** The contributor-years of the selection, sorted by contributor id then year. */
  contributorYears(selection: ContributionSelection): Promise<readonly ContributorYear[]>;
  /** The mission-years of the selection, sorted by mission id then year. */
  missionYears(selection: ContributionSelection): Promise<readonly MissionYear[]>;
  /** The sorted, distinct source ids of the contributions the selection sums (before double counting is removed). */
  contributionSources(selection: SourceSelection): Promise<readonly string[]>;
}

/**
 * The collections a question may read whole beside the contribution inputs: reference files that do not grow
 * with the records kept (the world totals, one a year; the peacekeeper fatalities, a few thousand since 1948; the
 * conduct statistics, one per mission, year and category).
 *
 * @example
 * ```ts
 * import type { InputCollection } from "@bluehelm/core/analytics";
 *
 * const name: InputCollection = "worldTotals";
 * console.log(name);
 * ```
 */
export type InputCollection = "worldTotals" | "peacekeeperFatalities" | "conductStats";

/**
 * What the questions with `answerFrom` read: the {@link ContributionInputs}, the {@link PledgeInputs} and the
 * small collections ({@link InputCollection}) whole. A store implements it with its tables kept on write; {@link contributionInputsOf}
 * on an index in memory.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, type QuestionInputs } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const inputs: QuestionInputs = contributionInputsOf(createIndex(loadDataset()));
 * console.log((await inputs.collection("worldTotals")).length);
 * ```
 */
export interface QuestionInputs extends ContributionInputs, PledgeInputs {
  /** Every record of a small collection. */
  collection<C extends InputCollection>(name: C): Promise<ReadonlyDataset[C]>;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The key of a cell of a yearly table (a contributor or mission id, and a year) in a map or a set. */
export const cellKey = (key: string, year: number): string => `${key}\u0000${year}`;

/**
 * The contributions a selection sums (with a mission, of the measure, in the years, of the contributor and
 * mission asked), double counting not yet removed.
 *
 * @example
 * ```ts
 * import { createIndex, selectContributions } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const chosen = selectContributions(createIndex(loadDataset()).dataset.contributions, { measure: "annual-mean", missionId: "minusca" });
 * console.log(chosen.length);
 * ```
 */
export function selectContributions(records: readonly Contribution[], selection: ContributionSelection): Contribution[] {
  const { measure, contributorId, missionId, from, to, sameYear } = selection;
  return records.filter((c) => {
    if (c.measure !== measure || c.missionId === undefined) return false;
    if (contributorId !== undefined && c.contributorId !== contributorId) return false;
    if (missionId !== undefined && c.missionId !== missionId) return false;
    const y = yearOf(c.periodStart);
    if ((from !== undefined && y < from) || (to !== undefined && y > to)) return false;
    return !sameYear || c.periodEnd.slice(0, 4) === c.periodStart.slice(0, 4);
  });
}

/**
 * The contributor-years of a selection, folded from the records: the reference the stores' tables are
 * checked against. Sorted by contributor id then year.
 *
 * @example
 * ```ts
 * import { contributorYears, createIndex } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows = contributorYears(createIndex(loadDataset()).dataset.contributions, { measure: "annual-mean", contributorId: "rwa" });
 * console.log(rows.map((r) => `${r.year}: ${r.total}`));
 * ```
 */
export function contributorYears(records: readonly Contribution[], selection: ContributionSelection): ContributorYear[] {
  return yearSums(records, selection, (c) => c.contributorId).map((s): ContributorYear => ({ contributorId: s.key, year: s.year, total: s.total, women: s.women }));
}

/**
 * The mission-years of a selection, folded from the records: the reference the stores' tables are checked
 * against. Sorted by mission id then year.
 *
 * @example
 * ```ts
 * import { createIndex, missionYears } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows = missionYears(createIndex(loadDataset()).dataset.contributions, { measure: "annual-mean", from: 2019, to: 2019, sameYear: true });
 * console.log(rows.map((r) => `${r.missionId}: ${r.total}`));
 * ```
 */
export function missionYears(records: readonly Contribution[], selection: ContributionSelection): MissionYear[] {
  // Every selected contribution has a mission (`selectContributions` keeps no other).
  return yearSums(records, selection, (c) => c.missionId ?? "").map((s): MissionYear => ({ missionId: s.key, year: s.year, total: s.total, women: s.women }));
}

/** Sums of a selection per key (contributor or mission) and year of the period's start, sorted by key then year. */
function yearSums(records: readonly Contribution[], selection: ContributionSelection, keyOf: (c: Contribution) => string): { key: string; year: number; total: number; women: number | undefined }[] {
  const sums = new Map<string, { key: string; year: number; total: number; women: number; womenKnown: boolean }>();
  for (const c of withoutDoubleCounting(selectContributions(records, selection))) {
    const year = yearOf(c.periodStart);
    const key = keyOf(c);
    const at = cellKey(key, year);
    let acc = sums.get(at);
    if (!acc) sums.set(at, (acc = { key, year, total: 0, women: 0, womenKnown: true }));
    acc.total += c.total;
    if (c.women === undefined) acc.womenKnown = false;
    else acc.women += c.women;
  }
  return [...sums.values()]
    .map((s) => ({ key: s.key, year: s.year, total: s.total, women: s.womenKnown ? s.women : undefined }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.year - b.year));
}

/** The contributions of a selection narrowed as {@link SourceSelection} says: to some contributors, to some cells. */
export function narrowToSources(chosen: readonly Contribution[], selection: SourceSelection): readonly Contribution[] {
  let out = chosen;
  if (selection.contributorIds !== undefined) {
    const ids = new Set(selection.contributorIds);
    out = out.filter((c) => ids.has(c.contributorId));
  }
  const within = selection.within;
  if (within !== undefined) {
    const cells = new Set(within.cells.map((cell) => cellKey(cell.key, cell.year)));
    out = out.filter((c) => cells.has(cellKey(within.by === "mission" ? (c.missionId ?? "") : c.contributorId, yearOf(c.periodStart))));
  }
  return out;
}

/**
 * {@link QuestionInputs} on an index in memory: the fold over its contributions (one contributor's or one
 * mission's from the index's maps, not a scan of them all), the tally of its pledges, and its collections.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, topContributorsFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const top = await topContributorsFrom(contributionInputsOf(createIndex(loadDataset())), { from: 2015, to: 2019, n: 3 });
 * console.log(top.value.map((c) => c.contributorId));
 * ```
 */
export function contributionInputsOf(index: DatasetIndex): QuestionInputs {
  return {
    collection: (name) => Promise.resolve(index.dataset[name]),
    contributorYears: (selection) => Promise.resolve(contributorYears(candidates(index, selection), selection)),
    missionYears: (selection) => Promise.resolve(missionYears(candidates(index, selection), selection)),
    contributionSources: (selection) => Promise.resolve(sourcesOf(narrowToSources(selectContributions(candidates(index, selection), selection), selection))),
    pledgeTally: (asOf, filter) => Promise.resolve(pledgeTally(index, asOf, filter)),
  };
}

/** The index's contributions that may match a selection: one contributor's, one mission's, or all. */
export function candidates(index: DatasetIndex, selection: ContributionSelection): readonly Contribution[] {
  if (selection.contributorId !== undefined) return index.contributionsByContributor.get(selection.contributorId) ?? [];
  if (selection.missionId !== undefined) return index.contributionsByMission.get(selection.missionId) ?? [];
  return index.dataset.contributions;
}
