import type { IncidentType } from "../codelists.js";
import { today } from "../dates.js";
import type { PeacekeeperFatality } from "../schemas/ground.js";
import { sourcesOf, type Answer } from "./answer.js";
import {
  candidates,
  cellKey,
  contributorYears,
  missionYears,
  narrowToSources,
  selectContributions,
  type ContributionSelection,
  type QuestionInputs,
  type YearCells,
} from "./contribution-inputs.js";
import { sortedFatalities, type DatasetIndex } from "./dataset-index.js";

/**
 * Options of {@link peacekeeperFatalities}.
 *
 * @example
 * ```ts
 * import type { FatalityOptions } from "@bluehelm/core/analytics";
 *
 * const options: FatalityOptions = { by: "contributor", from: 2013, to: 2020, incidentType: "malicious-act" };
 * console.log(options.by);
 * ```
 */
export interface FatalityOptions {
  /** Rows per mission and year (default) or per contributor (nationality) and year. */
  readonly by?: "mission" | "contributor" | undefined;
  readonly missionId?: string | undefined;
  readonly contributorId?: string | undefined;
  readonly incidentType?: IncidentType | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** Only fatalities on or before this day; default today. */
  readonly asOf?: string | undefined;
}

/**
 * One row of {@link peacekeeperFatalities}: a mission (or contributor) and year.
 *
 * @example
 * ```ts
 * import { createIndex, peacekeeperFatalities, type FatalityRow } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: readonly FatalityRow[] = peacekeeperFatalities(createIndex(loadDataset()), { missionId: "minusma" }).value;
 * console.log(rows.map((r) => `${r.year}: ${r.fatalities} (${r.per1000?.toFixed(2) ?? "no personnel figure"} per 1,000)`));
 * ```
 */
export interface FatalityRow {
  /** The mission id, the actor id of the contributor, or the name as the UN file gives it when it maps to neither. */
  readonly key: string;
  readonly year: number;
  readonly fatalities: number;
  readonly byIncidentType: Readonly<Partial<Record<IncidentType, number>>>;
  /** Uniformed personnel that year (mean of the monthly figures), where the contributions cover it. */
  readonly personnel: number | undefined;
  /** Fatalities of uniformed personnel (military, police, observers) per 1,000 uniformed personnel. */
  readonly per1000: number | undefined;
  /** Fatalities of uniformed personnel, the numerator of `per1000`. */
  readonly uniformedFatalities: number;
}

const UNIFORMED = new Set<PeacekeeperFatality["personnelType"]>(["military", "police", "military-observer"]);

/**
 * Safety of peacekeepers: fatalities by mission (or contributor) and year,
 * with their incident types, and fatalities of uniformed personnel per 1,000
 * uniformed personnel where the yearly contributions cover that mission (or
 * contributor) and year.
 *
 * @example
 * ```ts
 * import { createIndex, peacekeeperFatalities } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const answer = peacekeeperFatalities(createIndex(loadDataset()), { missionId: "minusma", incidentType: "malicious-act" });
 * console.log(answer.value.find((r) => r.year === 2019));
 * ```
 */
export function peacekeeperFatalities(index: DatasetIndex, options: FatalityOptions = {}): Answer<FatalityRow[]> {
  const groups = fatalityGroups(index.fatalities, options);
  const selection = personnelSelection(groups, options);
  if (selection === undefined) return fatalitiesAnswer(groups, new Map(), [], options);
  const records = candidates(index, selection);
  const rows = (options.by ?? "mission") === "mission" ? missionYears(records, selection).map((r) => ({ key: r.missionId, year: r.year, total: r.total })) : contributorYears(records, selection).map((r) => ({ key: r.contributorId, year: r.year, total: r.total }));
  const personnel = personnelByCell(rows);
  const within = cellsWithPersonnel(groups, personnel, options);
  const sources = within.cells.length === 0 ? [] : sourcesOf(narrowToSources(selectContributions(records, selection), { ...selection, within }));
  return fatalitiesAnswer(groups, personnel, sources, options);
}

/**
 * {@link peacekeeperFatalities} from a store's tables kept on write (or any {@link QuestionInputs}): the fatalities
 * read whole (a reference file of a few thousand records), the personnel of the mission-years (or
 * contributor-years) that have fatalities summed by the store; the same answer as on an index.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, peacekeeperFatalitiesFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await peacekeeperFatalitiesFrom(contributionInputsOf(createIndex(loadDataset())), { missionId: "minusma" });
 * console.log(value.map((r) => `${r.year}: ${r.fatalities}`));
 * ```
 */
export async function peacekeeperFatalitiesFrom(inputs: QuestionInputs, options: FatalityOptions = {}): Promise<Answer<FatalityRow[]>> {
  const groups = fatalityGroups(sortedFatalities(await inputs.collection("peacekeeperFatalities")), options);
  const selection = personnelSelection(groups, options);
  if (selection === undefined) return fatalitiesAnswer(groups, new Map(), [], options);
  const rows =
    (options.by ?? "mission") === "mission"
      ? (await inputs.missionYears(selection)).map((r) => ({ key: r.missionId, year: r.year, total: r.total }))
      : (await inputs.contributorYears(selection)).map((r) => ({ key: r.contributorId, year: r.year, total: r.total }));
  const personnel = personnelByCell(rows);
  const within = cellsWithPersonnel(groups, personnel, options);
  const sources = within.cells.length === 0 ? [] : await inputs.contributionSources({ ...selection, within });
  return fatalitiesAnswer(groups, personnel, sources, options);
}

type FatalityGroup = { readonly key: string; readonly year: number; readonly rows: PeacekeeperFatality[] };

/** The fatalities of the options grouped by key (mission or nationality) and year, sorted by year then key. */
function fatalityGroups(fatalities: readonly PeacekeeperFatality[], options: FatalityOptions): FatalityGroup[] {
  const asOf = options.asOf ?? today();
  const by = options.by ?? "mission";
  const groups = new Map<string, FatalityGroup>();
  for (const f of fatalities) {
    if (f.incidentDate > asOf) continue;
    const year = Number(f.incidentDate.slice(0, 4));
    if ((options.from !== undefined && year < options.from) || (options.to !== undefined && year > options.to)) continue;
    if (options.missionId !== undefined && f.missionId !== options.missionId) continue;
    if (options.contributorId !== undefined && f.nationalityId !== options.contributorId) continue;
    if (options.incidentType !== undefined && f.incidentType !== options.incidentType) continue;
    const key = by === "mission" ? (f.missionId ?? f.missionAcronym) : (f.nationalityId ?? f.nationality ?? "undetermined");
    const g = groups.get(cellKey(key, year));
    if (g) g.rows.push(f);
    else groups.set(cellKey(key, year), { key, year, rows: [f] });
  }
  return [...groups.values()].sort((a, b) => a.year - b.year || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The contributions whose sums are the groups' personnel: the annual means of periods within one calendar year,
 * over the groups' years, of the mission (by mission) or the contributor (by contributor) asked for.
 */
function personnelSelection(groups: readonly FatalityGroup[], options: FatalityOptions): ContributionSelection | undefined {
  if (groups.length === 0) return undefined;
  const by = options.by ?? "mission";
  return {
    measure: "annual-mean",
    sameYear: true,
    from: groups[0]!.year,
    to: groups[groups.length - 1]!.year,
    ...(by === "mission" && options.missionId !== undefined ? { missionId: options.missionId } : {}),
    ...(by === "contributor" && options.contributorId !== undefined ? { contributorId: options.contributorId } : {}),
  };
}

const personnelByCell = (rows: readonly { key: string; year: number; total: number }[]) => new Map(rows.map((r) => [cellKey(r.key, r.year), r.total]));

/** The groups whose personnel the contributions give: the cells whose contributions' sources the answer cites. */
function cellsWithPersonnel(groups: readonly FatalityGroup[], personnel: ReadonlyMap<string, number>, options: FatalityOptions): YearCells {
  return { by: options.by ?? "mission", cells: groups.filter((g) => personnel.has(cellKey(g.key, g.year))).map((g) => ({ key: g.key, year: g.year })) };
}

function fatalitiesAnswer(groups: readonly FatalityGroup[], personnelOf: ReadonlyMap<string, number>, contributionSources: readonly string[], options: FatalityOptions): Answer<FatalityRow[]> {
  const asOf = options.asOf ?? today();
  const by = options.by ?? "mission";
  const value = groups.map(({ key, year, rows }): FatalityRow => {
    const byIncidentType: Partial<Record<IncidentType, number>> = {};
    let uniformed = 0;
    for (const f of rows) {
      byIncidentType[f.incidentType] = (byIncidentType[f.incidentType] ?? 0) + 1;
      if (UNIFORMED.has(f.personnelType)) uniformed++;
    }
    const personnel = personnelOf.get(cellKey(key, year));
    return {
      key,
      year,
      fatalities: rows.length,
      byIncidentType,
      personnel,
      per1000: personnel !== undefined && personnel > 0 ? (uniformed / personnel) * 1000 : undefined,
      uniformedFatalities: uniformed,
    };
  });
  return {
    asOf,
    value,
    method: {
      en: `Fatalities of UN peacekeeping personnel (UN Peace and Security Data Hub) by incident date, grouped by ${by === "mission" ? "mission" : "nationality"} and calendar year. The rate counts uniformed fatalities (military, police, military observers) per 1,000 uniformed personnel, the personnel being the year's annual-mean contributions ${by === "mission" ? "to the mission" : "of the contributor to all missions"} (periods within the year; an "all categories" record counted instead of the category records of the same contributor, mission and period); no rate where the contributions do not cover the year.`,
      fr: `Décès de personnel des opérations de maintien de la paix (UN Peace and Security Data Hub) par date de l'incident, groupés par ${by === "mission" ? "mission" : "nationalité"} et année civile. Le taux rapporte les décès de personnel en tenue (militaires, policiers, observateurs militaires) à 1 000 membres du personnel en tenue, d'après les contributions moyennes de l'année ${by === "mission" ? "à la mission" : "du contributeur à toutes les missions"} (périodes comprises dans l'année ; un enregistrement « toutes catégories » compté à la place des enregistrements par catégorie du même contributeur, de la même mission et de la même période) ; pas de taux quand les contributions ne couvrent pas l'année.`,
    },
    sources: [...new Set([...sourcesOf(groups.flatMap((g) => g.rows)), ...contributionSources])].sort(),
  };
}
