import type { ContributionMeasure, Label } from "../codelists.js";
import { today } from "../dates.js";
import type { Contribution } from "../schemas/measures.js";
import { answer, sourcesOf, type Answer } from "./answer.js";
import { candidates, contributorYears, selectContributions, type ContributionInputs, type ContributionSelection, type ContributorYear } from "./contribution-inputs.js";
import type { DatasetIndex } from "./dataset-index.js";
import { mean } from "./stats.js";

/**
 * A contributor's mean yearly personnel over a period.
 *
 * @example
 * ```ts
 * import { createIndex, topContributors, type TopContributor } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const top: TopContributor[] = topContributors(index, { from: 2016, to: 2020, n: 5 }).value;
 * console.log(top.map((c) => `${c.contributorId}: ${Math.round(c.personnel)}`));
 * ```
 */
export interface TopContributor {
  readonly contributorId: string;
  /** Mean over the years with data of the yearly personnel (sum over missions). */
  readonly personnel: number;
  readonly women: number | undefined;
  readonly years: number;
}

/**
 * The top contributors of uniformed personnel over a range of years, from
 * the annual-mean contributions by mission: for each year, a contributor's
 * personnel is the sum over missions (or its personnel in one mission, with
 * `missionId`); over the range, the mean of its years.
 *
 * @example
 * ```ts
 * import { createIndex, topContributors } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = topContributors(index, { from: 2015, to: 2017, n: 10 });
 * console.log(value.map((c) => c.contributorId));
 * ```
 */
export function topContributors(index: DatasetIndex, options: TopContributorsOptions): Answer<TopContributor[]> {
  const selection = topSelection(options);
  const records = selectContributions(candidates(index, selection), selection);
  const value = rankContributors(contributorYears(records, selection), options.n);
  const top = new Set(value.map((v) => v.contributorId));
  return answer(
    `${options.to}-12-31`,
    value,
    topMethod(options),
    records.filter((c: Contribution) => top.has(c.contributorId)),
  );
}

/**
 * The options of {@link topContributors}: the years, how many, which measure (default annual-mean) and
 * optionally one mission.
 *
 * @example
 * ```ts
 * import type { TopContributorsOptions } from "@bluehelm/core/analytics";
 *
 * const options: TopContributorsOptions = { from: 2015, to: 2019, n: 5, measure: "snapshot" };
 * console.log(options.n);
 * ```
 */
export interface TopContributorsOptions {
  readonly from: number;
  readonly to: number;
  readonly n?: number;
  readonly measure?: ContributionMeasure;
  readonly missionId?: string;
}

/**
 * {@link topContributors} answered from {@link ContributionInputs} (a store's tables kept on write, or an
 * index): the same answer, read from contributor-years instead of every contribution.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, topContributorsFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await topContributorsFrom(contributionInputsOf(createIndex(loadDataset())), { from: 2015, to: 2017, n: 10 });
 * console.log(value.map((c) => c.contributorId));
 * ```
 */
export async function topContributorsFrom(inputs: ContributionInputs, options: TopContributorsOptions): Promise<Answer<TopContributor[]>> {
  const selection = topSelection(options);
  const value = rankContributors(await inputs.contributorYears(selection), options.n);
  const sources = value.length === 0 ? [] : await inputs.contributionSources({ ...selection, contributorIds: value.map((v) => v.contributorId) });
  return { asOf: `${options.to}-12-31`, value, method: topMethod(options), sources: [...sources] };
}

function topSelection(options: TopContributorsOptions): ContributionSelection {
  return { measure: options.measure ?? "annual-mean", missionId: options.missionId, from: options.from, to: options.to, sameYear: true };
}

/** Per contributor, the mean over its years of its yearly personnel; the n largest, ties by id. */
function rankContributors(rows: readonly ContributorYear[], n = 10): TopContributor[] {
  const per = new Map<string, ContributorYear[]>();
  for (const r of rows) {
    const list = per.get(r.contributorId);
    if (list) list.push(r);
    else per.set(r.contributorId, [r]);
  }
  return [...per.entries()]
    .map(([contributorId, years]) => ({
      contributorId,
      personnel: mean(years.map((v) => v.total)) ?? 0,
      women: years.every((v) => v.women !== undefined) ? mean(years.map((v) => v.women ?? 0)) : undefined,
      years: years.length,
    }))
    .sort((a, b) => b.personnel - a.personnel || (a.contributorId < b.contributorId ? -1 : 1))
    .slice(0, n);
}

function topMethod(options: TopContributorsOptions): Label {
  const measure = options.measure ?? "annual-mean";
  const { missionId } = options;
  return {
    en: `Per contributor and year, the sum over ${missionId === undefined ? "missions" : `the categories in ${missionId}`} of the ${measure} contributions; over ${options.from}–${options.to}, the mean of the years with data.`,
    fr: `Par contributeur et par année, la somme ${missionId === undefined ? "sur les missions" : `des catégories dans ${missionId}`} des contributions (${measure}) ; sur ${options.from}–${options.to}, la moyenne des années disposant de données.`,
  };
}

/**
 * One point of a yearly series.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage, timeSeries, type YearPoint } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const series = timeSeries(2015, 2024, (year) => pocCoverage(index, { asOf: `${year}-06-30` }), (v) => v.personnelShare);
 * const points: readonly YearPoint[] = series.value;
 * console.log(points.map((p) => `${p.year}: ${p.value ?? "?"}`));
 * ```
 */
export interface YearPoint {
  readonly year: number;
  readonly value: number | undefined;
}

/**
 * A yearly time series of any indicator: calls `indicator(year)` for every
 * year from `from` to `to` and keeps the sources of the answers it returns.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage, timeSeries } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const series = timeSeries(2015, 2024, (year) => pocCoverage(index, { asOf: `${year}-06-30` }), (v) => v.missionShare);
 * console.log(series.value);
 * ```
 */
export function timeSeries<T>(
  from: number,
  to: number,
  indicator: (year: number) => Answer<T>,
  pick: (value: T) => number | undefined,
): Answer<YearPoint[]> {
  const points: YearPoint[] = [];
  const sources = new Set<string>();
  let method = { en: "", fr: "" };
  for (let year = from; year <= to; year++) {
    const a = indicator(year);
    a.sources.forEach((s) => sources.add(s));
    method = a.method;
    points.push({ year, value: pick(a.value) });
  }
  return { asOf: `${to}-12-31`, value: points, method: { en: `Yearly series. ${method.en}`, fr: `Série annuelle. ${method.fr}` }, sources: [...sources].sort() };
}

/**
 * Uniformed personnel by year (sum of annual-mean contributions), optionally for one contributor or mission.
 *
 * @example
 * ```ts
 * import { createIndex, personnelByYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = personnelByYear(index, { missionId: "minusca" });
 * console.log(value.map((y) => `${y.year}: ${y.total}`));
 * ```
 */
export function personnelByYear(index: DatasetIndex, options: PersonnelByYearOptions = {}): Answer<PersonnelYearPoint[]> {
  const selection = personnelSelection(options);
  // One contributor's (or one mission's) records from the index rather than a scan of every contribution.
  const records = selectContributions(candidates(index, selection), selection);
  return personnelAnswer(yearSeries(contributorYears(records, selection)), sourcesOf(records));
}

/**
 * The options of {@link personnelByYear}: optionally one contributor, one mission, or both.
 *
 * @example
 * ```ts
 * import type { PersonnelByYearOptions } from "@bluehelm/core/analytics";
 *
 * const options: PersonnelByYearOptions = { contributorId: "rwa", missionId: "minusca" };
 * console.log(options);
 * ```
 */
export interface PersonnelByYearOptions {
  readonly contributorId?: string;
  readonly missionId?: string;
}

/**
 * A year of {@link personnelByYear}: the personnel and, when every contribution behind it has the figure, the women.
 *
 * @example
 * ```ts
 * import { createIndex, personnelByYear, type PersonnelYearPoint } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const points: PersonnelYearPoint[] = personnelByYear(createIndex(loadDataset()), { contributorId: "rwa" }).value;
 * console.log(points.at(-1));
 * ```
 */
export interface PersonnelYearPoint {
  year: number;
  total: number;
  women: number | undefined;
}

/**
 * {@link personnelByYear} answered from {@link ContributionInputs} (a store's tables kept on write, or an
 * index): the same answer, read from contributor-years instead of every contribution.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, personnelByYearFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await personnelByYearFrom(contributionInputsOf(createIndex(loadDataset())), { missionId: "minusca" });
 * console.log(value.map((y) => `${y.year}: ${y.total}`));
 * ```
 */
export async function personnelByYearFrom(inputs: ContributionInputs, options: PersonnelByYearOptions = {}): Promise<Answer<PersonnelYearPoint[]>> {
  const selection = personnelSelection(options);
  const series = yearSeries(await inputs.contributorYears(selection));
  return personnelAnswer(series, series.length === 0 ? [] : await inputs.contributionSources(selection));
}

function personnelSelection(options: PersonnelByYearOptions): ContributionSelection {
  return { measure: "annual-mean", contributorId: options.contributorId, missionId: options.missionId };
}

/** Per year, the sum over contributors; women only when every contributor-year of the year has them (internal: not exported by the package). */
export function yearSeries(rows: readonly ContributorYear[]): PersonnelYearPoint[] {
  const years = new Map<number, { total: number; women: number; known: boolean }>();
  for (const r of rows) {
    const acc = years.get(r.year) ?? { total: 0, women: 0, known: true };
    acc.total += r.total;
    if (r.women === undefined) acc.known = false;
    else acc.women += r.women;
    years.set(r.year, acc);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, total: v.total, women: v.known ? v.women : undefined }));
}

function personnelAnswer(value: PersonnelYearPoint[], sources: readonly string[]): Answer<PersonnelYearPoint[]> {
  return {
    asOf: value.length ? `${value[value.length - 1]!.year}-12-31` : today(),
    value,
    method: { en: "Sum of the annual-mean contributions by mission, per year.", fr: "Somme des contributions moyennes annuelles par mission, par année." },
    sources: [...sources],
  };
}
