import type { IncidentType } from "../codelists.js";
import { today } from "../dates.js";
import type { Contribution } from "../schemas/measures.js";
import type { PeacekeeperFatality } from "../schemas/ground.js";
import { sourcesOf, type Answer } from "./answer.js";
import { sumPersonnel, type DatasetIndex } from "./dataset-index.js";

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
  readonly by?: "mission" | "contributor";
  readonly missionId?: string;
  readonly contributorId?: string;
  readonly incidentType?: IncidentType;
  readonly from?: number;
  readonly to?: number;
  /** Only fatalities on or before this day; default today. */
  readonly asOf?: string;
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
  const asOf = options.asOf ?? today();
  const by = options.by ?? "mission";
  const groups = new Map<string, { key: string; year: number; rows: PeacekeeperFatality[] }>();
  for (const f of index.fatalities) {
    if (f.incidentDate > asOf) continue;
    const year = Number(f.incidentDate.slice(0, 4));
    if ((options.from !== undefined && year < options.from) || (options.to !== undefined && year > options.to)) continue;
    if (options.missionId !== undefined && f.missionId !== options.missionId) continue;
    if (options.contributorId !== undefined && f.nationalityId !== options.contributorId) continue;
    if (options.incidentType !== undefined && f.incidentType !== options.incidentType) continue;
    const key = by === "mission" ? (f.missionId ?? f.missionAcronym) : (f.nationalityId ?? f.nationality ?? "undetermined");
    const g = groups.get(`${key}|${year}`);
    if (g) g.rows.push(f);
    else groups.set(`${key}|${year}`, { key, year, rows: [f] });
  }
  const used: { sources: readonly string[] }[] = [];
  const value: FatalityRow[] = [];
  for (const { key, year, rows } of [...groups.values()].sort((a, b) => a.year - b.year || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const byIncidentType: Partial<Record<IncidentType, number>> = {};
    let uniformed = 0;
    for (const f of rows) {
      byIncidentType[f.incidentType] = (byIncidentType[f.incidentType] ?? 0) + 1;
      if (UNIFORMED.has(f.personnelType)) uniformed++;
    }
    const personnel = personnelIn(index, by, key, year);
    for (const r of rows) used.push(r);
    for (const r of personnel.records) used.push(r);
    value.push({
      key,
      year,
      fatalities: rows.length,
      byIncidentType,
      personnel: personnel.total,
      per1000: personnel.total !== undefined && personnel.total > 0 ? (uniformed / personnel.total) * 1000 : undefined,
      uniformedFatalities: uniformed,
    });
  }
  return {
    asOf,
    value,
    method: {
      en: `Fatalities of UN peacekeeping personnel (UN Peace and Security Data Hub) by incident date, grouped by ${by === "mission" ? "mission" : "nationality"} and calendar year. The rate counts uniformed fatalities (military, police, military observers) per 1,000 uniformed personnel, the personnel being the year's annual-mean contributions ${by === "mission" ? "to the mission" : "of the contributor to all missions"}; no rate where the contributions do not cover the year.`,
      fr: `Décès de personnel des opérations de maintien de la paix (UN Peace and Security Data Hub) par date de l'incident, groupés par ${by === "mission" ? "mission" : "nationalité"} et année civile. Le taux rapporte les décès de personnel en tenue (militaires, policiers, observateurs militaires) à 1 000 membres du personnel en tenue, d'après les contributions moyennes de l'année ${by === "mission" ? "à la mission" : "du contributeur à toutes les missions"} ; pas de taux quand les contributions ne couvrent pas l'année.`,
    },
    sources: sourcesOf(used),
  };
}

function personnelIn(index: DatasetIndex, by: "mission" | "contributor", key: string, year: number): { total: number | undefined; records: Contribution[] } {
  return sumPersonnel(annualMeansOf(index.contributionsByMission)[by].get(key)?.get(year) ?? []);
}

type ByYear = Map<string, Map<number, Contribution[]>>;
const annualMeans = new WeakMap<DatasetIndex["contributionsByMission"], { mission: ByYear; contributor: ByYear }>();

/**
 * The annual-mean contributions within one calendar year, by mission and by contributor, then by year, in
 * the order of the index's contributions by mission; built once per set of contributions (the index's
 * parts do not change), so that each group's rate is a lookup rather than a scan of every contribution.
 */
function annualMeansOf(byMission: DatasetIndex["contributionsByMission"]): { mission: ByYear; contributor: ByYear } {
  let built = annualMeans.get(byMission);
  if (built) return built;
  built = { mission: new Map() as ByYear, contributor: new Map() as ByYear };
  const add = (map: ByYear, key: string, year: number, c: Contribution) => {
    let years = map.get(key);
    if (!years) map.set(key, (years = new Map<number, Contribution[]>()));
    const list = years.get(year);
    if (list) list.push(c);
    else years.set(year, [c]);
  };
  for (const [missionId, list] of byMission) {
    for (const c of list) {
      if (c.measure !== "annual-mean") continue;
      const year = Number(c.periodStart.slice(0, 4));
      if (c.periodEnd > `${year}-12-31`) continue;
      add(built.mission, missionId, year, c);
      add(built.contributor, c.contributorId, year, c);
    }
  }
  annualMeans.set(byMission, built);
  return built;
}
