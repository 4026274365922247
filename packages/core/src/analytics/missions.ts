import { today } from "../dates.js";
import type { Actor } from "../schemas/actor.js";
import type { Ceilings } from "../schemas/mission.js";
import type { ConductStat } from "../schemas/measures.js";
import { answer, share, sourcesOf, type Answer } from "./answer.js";
import { candidates, cellKey, missionYears, narrowToSources, selectContributions, type ContributionSelection, type QuestionInputs, type YearCells } from "./contribution-inputs.js";
import { isActive, mandateInForce, personnelOn, sortedConductStats, type DatasetIndex } from "./dataset-index.js";
import type { AsOfOptions } from "./endorsements.js";
import { pledgesAsOf } from "./pledges.js";

/**
 * Whether an actor counts as a francophone contributor: OIF member, or French among its official languages.
 *
 * @example
 * ```ts
 * import { isFrancophone } from "@bluehelm/core/analytics";
 * import { actors } from "@bluehelm/data/actors";
 *
 * console.log(actors.filter(isFrancophone).length);
 * ```
 */
export function isFrancophone(actor: Actor | undefined): boolean {
  if (!actor || actor.kind === "organization") return false;
  return actor.oif === "member" || actor.languages.includes("fr");
}

/**
 * A mission in a francophone environment and its French-capable capacity.
 *
 * @example
 * ```ts
 * import { createIndex, francophoneEnvironments, type FrancophoneRow } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const rows: FrancophoneRow[] = francophoneEnvironments(index, { asOf: "2023-06-30" }).value;
 * console.log(rows.map((r) => `${r.missionId}: ${r.share ?? "?"}`));
 * ```
 */
export interface FrancophoneRow {
  readonly missionId: string;
  readonly environment: "yes" | "partial";
  readonly personnel: number | undefined;
  readonly francophonePersonnel: number | undefined;
  readonly share: number | undefined;
  /** Units pledged for the mission (any status but withdrawn or lapsed) that list French. */
  readonly frenchCapableUnits: number;
}

/**
 * For the missions active on the date in a francophone environment: the
 * share of personnel from francophone contributors, and the French-capable
 * units pledged for them.
 *
 * @example
 * ```ts
 * import { createIndex, francophoneEnvironments } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = francophoneEnvironments(index, { asOf: "2023-06-30", includePartial: true });
 * console.log(value.length);
 * ```
 */
export function francophoneEnvironments(index: DatasetIndex, options: AsOfOptions & { readonly includePartial?: boolean } = {}): Answer<FrancophoneRow[]> {
  const asOf = options.asOf ?? today();
  const used: { sources: readonly string[] }[] = [];
  const value: FrancophoneRow[] = [];
  for (const m of index.missions.values()) {
    if (!isActive(m, asOf)) continue;
    if (m.francophoneEnvironment === "no" || (m.francophoneEnvironment === "partial" && options.includePartial === false)) continue;
    const people = personnelOn(index, m.id, asOf);
    let fr = 0;
    for (const [actorId, n] of people.byContributor) if (isFrancophone(index.actors.get(actorId))) fr += n;
    const units = pledgesAsOf(index, { asOf, filter: { missionId: m.id } }).value.filter(
      (p) => p.status !== "withdrawn" && p.status !== "lapsed" && p.pledge.unit?.languages.includes("fr"),
    );
    used.push(m, ...people.records, ...units.map((u) => u.pledge));
    value.push({
      missionId: m.id,
      environment: m.francophoneEnvironment,
      personnel: people.total,
      francophonePersonnel: people.total === undefined ? undefined : fr,
      share: people.total === undefined ? undefined : share(fr, people.total),
      frenchCapableUnits: units.reduce((s, u) => s + u.pledge.unit!.quantity, 0),
    });
  }
  return answer(
    asOf,
    value,
    {
      en: "Active missions flagged as francophone environments; francophone contributors are OIF members or states with French as an official language; personnel from the contributions whose period contains the date.",
      fr: "Missions actives signalées en environnement francophone ; les contributeurs francophones sont les membres de l'OIF ou les États dont le français est langue officielle ; effectifs tirés des contributions dont la période contient la date.",
    },
    used,
  );
}

/**
 * Police ceilings against deployments for one mission.
 *
 * @example
 * ```ts
 * import { createIndex, policingGaps, type PolicingRow } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const rows: PolicingRow[] = policingGaps(index, { asOf: "2023-06-30" }).value;
 * console.log(rows.map((r) => `${r.missionId}: ${r.gaps.individualPolice ?? "?"}`));
 * ```
 */
export interface PolicingRow {
  readonly missionId: string;
  readonly mandateId: string;
  readonly ceilings: Pick<Ceilings, "individualPolice" | "formedPoliceUnits" | "formedPolicePersonnel" | "police">;
  readonly deployed: { readonly individualPolice: number | undefined; readonly formedPolicePersonnel: number | undefined };
  /** Formed police units pledged for the mission: deployed, and pledged but not yet deployed. */
  readonly formedPoliceUnits: { readonly deployed: number; readonly pledged: number };
  /** Ceiling minus deployed, where both are known (negative: above the ceiling). */
  readonly gaps: { readonly individualPolice: number | undefined; readonly formedPolicePersonnel: number | undefined; readonly formedPoliceUnits: number | undefined };
}

/**
 * Formed police units and individual police officers against the ceilings of the mandates in force.
 *
 * @example
 * ```ts
 * import { createIndex, policingGaps } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * for (const row of policingGaps(index, { asOf: "2023-06-30" }).value) console.log(row.missionId, row.ceilings, row.deployed);
 * ```
 */
export function policingGaps(index: DatasetIndex, options: AsOfOptions = {}): Answer<PolicingRow[]> {
  const asOf = options.asOf ?? today();
  const used: { sources: readonly string[] }[] = [];
  const value: PolicingRow[] = [];
  for (const m of index.missions.values()) {
    if (!isActive(m, asOf)) continue;
    const mandate = mandateInForce(index, m.id, asOf);
    const c = mandate?.ceilings;
    if (!mandate || !c || (c.individualPolice ?? c.formedPoliceUnits ?? c.formedPolicePersonnel ?? c.police) === undefined) continue;
    const covering = (index.contributionsByMission.get(m.id) ?? []).filter((x) => x.periodStart <= asOf && asOf <= x.periodEnd);
    const sum = (cat: "individual-police" | "formed-police-units") => {
      const list = covering.filter((x) => x.category === cat);
      return list.length ? list.reduce((s, x) => s + x.total, 0) : undefined;
    };
    const ipo = sum("individual-police");
    const fpuPersonnel = sum("formed-police-units");
    const fpus = pledgesAsOf(index, { asOf, filter: { missionId: m.id } }).value.filter((p) => p.pledge.unit?.unitType === "formed-police-unit");
    const deployedFpus = fpus.filter((p) => p.status === "deployed").reduce((s, p) => s + p.pledge.unit!.quantity, 0);
    const pledgedFpus = fpus
      .filter((p) => ["announced", "registered", "assessed", "pcrs-level-3", "rapid-deployment"].includes(p.status))
      .reduce((s, p) => s + p.pledge.unit!.quantity, 0);
    used.push(m, mandate, ...covering.filter((x) => x.category === "individual-police" || x.category === "formed-police-units"), ...fpus.map((p) => p.pledge));
    const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
    value.push({
      missionId: m.id,
      mandateId: mandate.id,
      ceilings: { individualPolice: c.individualPolice, formedPoliceUnits: c.formedPoliceUnits, formedPolicePersonnel: c.formedPolicePersonnel, police: c.police },
      deployed: { individualPolice: ipo, formedPolicePersonnel: fpuPersonnel },
      formedPoliceUnits: { deployed: deployedFpus, pledged: pledgedFpus },
      gaps: {
        individualPolice: diff(c.individualPolice, ipo),
        formedPolicePersonnel: diff(c.formedPolicePersonnel, fpuPersonnel),
        formedPoliceUnits: c.formedPoliceUnits === undefined ? undefined : c.formedPoliceUnits - deployedFpus - pledgedFpus,
      },
    });
  }
  return answer(
    asOf,
    value,
    {
      en: "Active missions whose mandate in force sets police ceilings; deployed police from the contributions of the police categories whose period contains the date; formed police units from the pledges for the mission.",
      fr: "Missions actives dont le mandat en vigueur fixe des plafonds de police ; police déployée d'après les contributions des catégories de police dont la période contient la date ; unités de police constituées d'après les engagements pour la mission.",
    },
    used,
  );
}

/**
 * SEA allegations per 1,000 personnel for a mission and year.
 *
 * @example
 * ```ts
 * import { createIndex, conductRates, type ConductRow } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const rows: ConductRow[] = conductRates(index, { year: 2019 }).value;
 * console.log(rows.map((r) => `${r.missionId}: ${r.per1000 ?? "?"}`));
 * ```
 */
export interface ConductRow {
  readonly missionId: string;
  readonly year: number;
  readonly allegations: number;
  /** Mean uniformed personnel that year (annual-mean contributions); undefined when not recorded. */
  readonly personnel: number | undefined;
  readonly per1000: number | undefined;
}

/**
 * Allegations of sexual exploitation and abuse per 1,000 deployed personnel, per mission and year.
 *
 * @example
 * ```ts
 * import { createIndex, conductRates } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = conductRates(index, { missionId: "minusca" });
 * console.log(value.map((r) => `${r.year}: ${r.allegations} allegations, ${r.per1000 ?? "?"} per 1,000`));
 * ```
 */
export function conductRates(index: DatasetIndex, options: ConductOptions = {}): Answer<ConductRow[]> {
  const stats = seaStats(index.conductStats, options);
  const selection = conductSelection(stats, options);
  if (selection === undefined) return conductAnswer(stats, new Map(), []);
  const records = candidates(index, selection);
  const personnel = new Map(missionYears(records, selection).map((r) => [cellKey(r.missionId, r.year), r.total]));
  const sources = sourcesOf(narrowToSources(selectContributions(records, selection), { ...selection, within: cellsOf(stats) }));
  return conductAnswer(stats, personnel, sources);
}

/**
 * The options of {@link conductRates}: one mission, one year.
 *
 * @example
 * ```ts
 * import type { ConductOptions } from "@bluehelm/core/analytics";
 *
 * const options: ConductOptions = { missionId: "minusca", year: 2019 };
 * console.log(options.missionId);
 * ```
 */
export interface ConductOptions {
  readonly missionId?: string | undefined;
  readonly year?: number | undefined;
}

/**
 * {@link conductRates} from a store's tables kept on write (or any {@link QuestionInputs}): the conduct
 * statistics read whole (one per mission, year and category), the personnel of their mission-years summed by
 * the store; the same answer as on an index.
 *
 * @example
 * ```ts
 * import { conductRatesFrom, contributionInputsOf, createIndex } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await conductRatesFrom(contributionInputsOf(createIndex(loadDataset())), { missionId: "minusca" });
 * console.log(value.map((r) => `${r.year}: ${r.per1000 ?? "?"}`));
 * ```
 */
export async function conductRatesFrom(inputs: QuestionInputs, options: ConductOptions = {}): Promise<Answer<ConductRow[]>> {
  const stats = seaStats(sortedConductStats(await inputs.collection("conductStats")), options);
  const selection = conductSelection(stats, options);
  if (selection === undefined) return conductAnswer(stats, new Map(), []);
  const [rows, sources] = await Promise.all([inputs.missionYears(selection), inputs.contributionSources({ ...selection, within: cellsOf(stats) })]);
  return conductAnswer(stats, new Map(rows.map((r) => [cellKey(r.missionId, r.year), r.total])), sources);
}

/** The SEA statistics of the options, in the order of the list given (by year then id, as the index holds them). */
function seaStats(sorted: readonly ConductStat[], options: ConductOptions): ConductStat[] {
  return sorted.filter((s) => s.category === "sea" && (options.missionId === undefined || s.missionId === options.missionId) && (options.year === undefined || s.year === options.year));
}

/** The annual means (periods within one year) of the statistics' years, of the mission asked for. */
function conductSelection(stats: readonly ConductStat[], options: ConductOptions): ContributionSelection | undefined {
  if (stats.length === 0) return undefined;
  return {
    measure: "annual-mean",
    sameYear: true,
    from: stats[0]!.year,
    to: stats[stats.length - 1]!.year,
    ...(options.missionId !== undefined ? { missionId: options.missionId } : {}),
  };
}

const cellsOf = (stats: readonly ConductStat[]): YearCells => ({ by: "mission", cells: stats.map((s) => ({ key: s.missionId, year: s.year })) });

function conductAnswer(stats: readonly ConductStat[], personnelOf: ReadonlyMap<string, number>, contributionSources: readonly string[]): Answer<ConductRow[]> {
  const value = stats.map((stat): ConductRow => {
    const personnel = personnelOf.get(cellKey(stat.missionId, stat.year));
    return {
      missionId: stat.missionId,
      year: stat.year,
      allegations: stat.allegations,
      personnel,
      per1000: personnel !== undefined && personnel > 0 ? (stat.allegations / personnel) * 1000 : undefined,
    };
  });
  value.sort((a, b) => (a.missionId < b.missionId ? -1 : a.missionId > b.missionId ? 1 : a.year - b.year));
  const last = value.reduce((m, r) => Math.max(m, r.year), 0);
  return {
    asOf: last ? `${last}-12-31` : today(),
    value,
    method: {
      en: 'Allegations recorded for the mission and year ÷ mean uniformed personnel that year (sum of annual-mean contributions of periods within the year, an "all categories" record counted instead of the category records of the same contributor and period) × 1,000.',
      fr: "Allégations enregistrées pour la mission et l'année ÷ effectif moyen en tenue cette année-là (somme des contributions moyennes annuelles des périodes comprises dans l'année, un enregistrement « toutes catégories » compté à la place des enregistrements par catégorie du même contributeur et de la même période) × 1 000.",
    },
    sources: [...new Set([...sourcesOf(stats), ...contributionSources])].sort(),
  };
}
