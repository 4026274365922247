import type { ContributionMeasure, PersonnelCategory } from "../codelists.js";
import type { Contribution, GenderTarget } from "../schemas/measures.js";
import { answer, share, type Answer } from "./answer.js";
import type { DatasetIndex } from "./dataset-index.js";

/**
 * How a row compares with the parity target in force.
 *
 * @example
 * ```ts
 * import { createIndex, genderShares, type ParityStanding } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const below: ParityStanding = "below";
 * const rows = genderShares(index, { year: 2019, by: "category" }).value;
 * console.log(rows.filter((r) => r.standing === below).map((r) => r.key));
 * ```
 */
export type ParityStanding = "meets" | "close" | "below" | "no-women" | "no-target";

/**
 * Women's share for one contributor, mission or category in a year.
 *
 * @example
 * ```ts
 * import { createIndex, genderShares, type GenderRow } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const rows: GenderRow[] = genderShares(index, { year: 2019, by: "mission" }).value;
 * for (const row of rows) console.log(row.key, row.category, row.share, row.target, row.standing);
 * ```
 */
export interface GenderRow {
  readonly key: string;
  readonly category: PersonnelCategory;
  readonly women: number;
  readonly total: number;
  readonly share: number | undefined;
  /** The target share in force that year for the category; undefined when none is recorded. */
  readonly target: number | undefined;
  readonly standing: ParityStanding;
}

/**
 * Options of {@link genderShares}.
 *
 * @example
 * ```ts
 * import { createIndex, genderShares, type GenderOptions } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const options: GenderOptions = { year: 2022, by: "contributor", closeMargin: 0.01 };
 * console.log(genderShares(index, options).value.length);
 * ```
 */
export interface GenderOptions {
  readonly year: number;
  readonly by: "contributor" | "mission" | "category";
  /** Which measure of contributions to use; default "annual-mean". */
  readonly measure?: ContributionMeasure;
  /** A row is "close" when its share is within this margin below the target; default 0.02 (2 points). */
  readonly closeMargin?: number;
}

/**
 * The target in force for a category in a year: that year's, else the latest earlier one.
 *
 * @example
 * ```ts
 * import { targetInForce } from "@bluehelm/core/analytics";
 * import { genderTargets } from "@bluehelm/data/gender-targets";
 *
 * console.log(targetInForce(genderTargets, "troops", 2025)?.share);
 * ```
 */
export function targetInForce(targets: readonly GenderTarget[], category: PersonnelCategory, year: number): GenderTarget | undefined {
  let found: GenderTarget | undefined;
  for (const t of targets) if (t.category === category && t.year <= year && (!found || t.year >= found.year)) found = t;
  return found;
}

function selectYear(index: DatasetIndex, year: number, measure: ContributionMeasure): Contribution[] {
  const inYear = index.dataset.contributions.filter(
    (c) => c.measure === measure && c.women !== undefined && c.periodStart.startsWith(String(year)) && c.periodEnd.startsWith(String(year)),
  );
  if (measure === "snapshot") {
    const last = inYear.reduce((m, c) => (c.periodEnd > m ? c.periodEnd : m), "");
    return inYear.filter((c) => c.periodEnd === last);
  }
  return inYear;
}

/**
 * Women's share by contributor, mission or personnel category in a year,
 * against the parity target in force that year for the category: who meets
 * it, who is close, who is below, who deploys no women.
 *
 * @example
 * ```ts
 * import { createIndex, genderShares } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = genderShares(index, { year: 2019, by: "category" });
 * console.log(value.map((r) => `${r.category}: ${r.share ?? "?"} (target ${r.target ?? "none"})`));
 * ```
 */
export function genderShares(index: DatasetIndex, options: GenderOptions): Answer<GenderRow[]> {
  const measure = options.measure ?? "annual-mean";
  const margin = options.closeMargin ?? 0.02;
  const all = selectYear(index, options.year, measure);
  // Mission-level records where they exist; all-mission totals only for contributors without them.
  const withMissions = new Set(all.filter((c) => c.missionId !== undefined).map((c) => c.contributorId));
  const records = all.filter((c) => c.missionId !== undefined || !withMissions.has(c.contributorId));
  const groups = new Map<string, { category: PersonnelCategory; women: number; total: number }>();
  for (const c of records) {
    const key = options.by === "contributor" ? c.contributorId : options.by === "mission" ? (c.missionId ?? "(all missions)") : c.category;
    const g = groups.get(`${key}|${c.category}`) ?? { category: c.category, women: 0, total: 0 };
    g.women += c.women ?? 0;
    g.total += c.total;
    groups.set(`${key}|${c.category}`, g);
  }
  const targetsUsed = new Set<GenderTarget>();
  const value: GenderRow[] = [...groups.entries()]
    .map(([k, g]) => {
      const key = k.slice(0, k.lastIndexOf("|"));
      const t = targetInForce(index.genderTargets, g.category, options.year);
      if (t) targetsUsed.add(t);
      const s = share(g.women, g.total);
      let standing: ParityStanding;
      if (g.women === 0) standing = "no-women";
      else if (t === undefined || s === undefined) standing = "no-target";
      else if (s >= t.share) standing = "meets";
      else if (s >= t.share - margin) standing = "close";
      else standing = "below";
      return { key, category: g.category, women: g.women, total: g.total, share: s, target: t?.share, standing };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.category < b.category ? -1 : 1));
  return answer(
    `${options.year}-12-31`,
    value,
    {
      en: `Women ÷ personnel over the ${measure} contributions of ${options.year}, against the target for the category in force that year (that year's, else the latest earlier); "close" is within ${margin * 100} points below.`,
      fr: `Femmes ÷ effectifs sur les contributions (${measure}) de ${options.year}, comparés à la cible de la catégorie en vigueur cette année-là (celle de l'année, sinon la plus récente antérieure) ; « proche » signifie moins de ${margin * 100} points en dessous.`,
    },
    [...records, ...targetsUsed],
  );
}
