import type { ContributionMeasure } from "../codelists.js";
import { today } from "../dates.js";
import type { Contribution } from "../schemas/measures.js";
import { answer, type Answer } from "./answer.js";
import { withoutDoubleCounting, type DatasetIndex } from "./dataset-index.js";
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
export function topContributors(
  index: DatasetIndex,
  options: { readonly from: number; readonly to: number; readonly n?: number; readonly measure?: ContributionMeasure; readonly missionId?: string },
): Answer<TopContributor[]> {
  const measure = options.measure ?? "annual-mean";
  const { missionId } = options;
  const records = (missionId === undefined ? index.dataset.contributions : (index.contributionsByMission.get(missionId) ?? [])).filter((c) => {
    const y = Number(c.periodStart.slice(0, 4));
    return c.measure === measure && c.missionId !== undefined && y >= options.from && y <= options.to && c.periodEnd.slice(0, 4) === c.periodStart.slice(0, 4);
  });
  const per = new Map<string, Map<number, { total: number; women: number; womenKnown: boolean }>>();
  for (const c of withoutDoubleCounting(records)) {
    const years = per.get(c.contributorId) ?? new Map<number, { total: number; women: number; womenKnown: boolean }>();
    const y = Number(c.periodStart.slice(0, 4));
    const acc = years.get(y) ?? { total: 0, women: 0, womenKnown: true };
    acc.total += c.total;
    if (c.women === undefined) acc.womenKnown = false;
    else acc.women += c.women;
    years.set(y, acc);
    per.set(c.contributorId, years);
  }
  const value = [...per.entries()]
    .map(([contributorId, years]) => {
      const list = [...years.values()];
      return {
        contributorId,
        personnel: mean(list.map((v) => v.total)) ?? 0,
        women: list.every((v) => v.womenKnown) ? mean(list.map((v) => v.women)) : undefined,
        years: list.length,
      };
    })
    .sort((a, b) => b.personnel - a.personnel || (a.contributorId < b.contributorId ? -1 : 1))
    .slice(0, options.n ?? 10);
  const top = new Set(value.map((v) => v.contributorId));
  return answer(
    `${options.to}-12-31`,
    value,
    {
      en: `Per contributor and year, the sum over ${missionId === undefined ? "missions" : `the categories in ${missionId}`} of the ${measure} contributions; over ${options.from}–${options.to}, the mean of the years with data.`,
      fr: `Par contributeur et par année, la somme ${missionId === undefined ? "sur les missions" : `des catégories dans ${missionId}`} des contributions (${measure}) ; sur ${options.from}–${options.to}, la moyenne des années disposant de données.`,
    },
    records.filter((c: Contribution) => top.has(c.contributorId)),
  );
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
export function personnelByYear(
  index: DatasetIndex,
  options: { readonly contributorId?: string; readonly missionId?: string } = {},
): Answer<{ year: number; total: number; women: number | undefined }[]> {
  // One contributor's records from the index rather than a scan of every contribution (the same records, in the same order).
  const candidates = options.contributorId === undefined ? index.dataset.contributions : (index.contributionsByContributor.get(options.contributorId) ?? []);
  const records = candidates.filter(
    (c) =>
      c.measure === "annual-mean" &&
      c.missionId !== undefined &&
      (options.contributorId === undefined || c.contributorId === options.contributorId) &&
      (options.missionId === undefined || c.missionId === options.missionId),
  );
  const years = new Map<number, { total: number; women: number; known: boolean }>();
  for (const c of withoutDoubleCounting(records)) {
    const y = Number(c.periodStart.slice(0, 4));
    const acc = years.get(y) ?? { total: 0, women: 0, known: true };
    acc.total += c.total;
    if (c.women === undefined) acc.known = false;
    else acc.women += c.women;
    years.set(y, acc);
  }
  const value = [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, total: v.total, women: v.known ? v.women : undefined }));
  return answer(
    value.length ? `${value[value.length - 1]!.year}-12-31` : today(),
    value,
    { en: "Sum of the annual-mean contributions by mission, per year.", fr: "Somme des contributions moyennes annuelles par mission, par année." },
    records,
  );
}
