import { ENTITY_SCHEMAS, COLLECTION_OF, validateDataset, type Dataset, type EntityKind, type ValidationReport } from "@bluehelm/core";
import type * as z from "zod";
import { SOURCES } from "../curated/sources.js";
import { MORE_SOURCES } from "../curated/sources-mandates.js";
import { GROUND_SOURCES } from "../curated/sources-ground.js";
import { FIGURE_SOURCES } from "../curated/sources-figures.js";
import { MISSION_SOURCES } from "../curated/sources-missions.js";
import { REPORTED_FIGURES } from "../curated/figures.js";
import { linkResolutions, type UnscRecordsImport } from "./unsc-records.js";
import { importWorldTotals, type WorldTotalsImport } from "./world-totals.js";
import { buildActors } from "./actors.js";
import { importMissions, type MissionImport } from "./missions.js";
import { importContributions, type ContributionImport } from "./contributions.js";
import { buildFramework } from "./framework.js";
import { buildMeasures } from "./measures.js";
import { COLLECTIONS } from "./collections.js";
import { importRadpko, type RadpkoImport } from "./radpko.js";
import { importGeoPko, type GeoPkoImport } from "./geo-pko.js";
import { importUcdp, type UcdpImport } from "./ucdp.js";
import { importFatalities, type FatalityImport } from "./fatalities.js";

export interface BuildResult {
  readonly dataset: Dataset;
  readonly missionImport: MissionImport;
  readonly contributionImport: ContributionImport;
  readonly radpkoImport: RadpkoImport;
  readonly geoPkoImport: GeoPkoImport;
  readonly ucdpImport: UcdpImport;
  readonly fatalityImport: FatalityImport;
  readonly unscImport: UnscRecordsImport;
  readonly worldTotalsImport: WorldTotalsImport;
  readonly report: ValidationReport;
}

const KIND_OF = Object.fromEntries(Object.entries(COLLECTION_OF).map(([kind, collection]) => [collection, kind])) as Record<keyof Dataset, EntityKind>;

/** Parses every record with its core schema (defaults applied, keys in schema order); throws on the first invalid record. */
function normalize<K extends keyof Dataset>(collection: K, records: readonly unknown[]): Dataset[K] {
  const schema = ENTITY_SCHEMAS[KIND_OF[collection]] as unknown as z.ZodType<Dataset[K][number]>;
  return records.map((record, i) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      throw new Error(`${collection}[${i}] (${(record as { id?: string }).id ?? "?"}) is invalid: ${parsed.error.message}`);
    }
    return parsed.data;
  }) as Dataset[K];
}

/** Runs every importer and assembles the whole dataset, validated against core. */
export function buildDataset(): BuildResult {
  const actors = buildActors();
  const missionImport = importMissions(actors);
  const contributionImport = importContributions(actors, missionImport.missions);
  const framework = buildFramework();
  const measures = buildMeasures();
  const radpkoImport = importRadpko(actors, missionImport.missions);
  const geoPkoImport = importGeoPko(actors, missionImport.missions);
  const ucdpImport = importUcdp();
  const fatalityImport = importFatalities(actors, missionImport.missions);
  const unscImport = linkResolutions(measures.mandates);
  const worldTotalsImport = importWorldTotals();
  const raw: Record<keyof Dataset, readonly unknown[]> = {
    sources: [...SOURCES, ...MORE_SOURCES, ...GROUND_SOURCES, ...FIGURE_SOURCES, ...MISSION_SOURCES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    actors,
    actorRoles: [...contributionImport.rankRoles, ...measures.actorRoles],
    assessmentShares: measures.assessmentShares,
    themes: framework.themes,
    events: framework.events,
    instruments: framework.instruments,
    principles: framework.principles,
    endorsements: framework.endorsements,
    missions: missionImport.missions,
    mandates: unscImport.mandates,
    pledges: measures.pledges,
    pledgeEvents: measures.pledgeEvents,
    contributions: contributionImport.contributions,
    capabilityRequirements: measures.capabilityRequirements,
    genderTargets: measures.genderTargets,
    conductStats: measures.conductStats,
    deploymentSites: [...radpkoImport.sites, ...geoPkoImport.sites].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    conflictEvents: ucdpImport.events,
    peacekeeperFatalities: fatalityImport.fatalities,
    reportedFigures: [...REPORTED_FIGURES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    worldTotals: worldTotalsImport.totals,
  };
  const dataset = Object.fromEntries(COLLECTIONS.map(([name]) => [name, normalize(name, raw[name])])) as unknown as Dataset;
  const report = validateDataset(dataset);
  const errors = report.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).map((i) => `${i.rule} at ${i.path.join(".")}: ${i.message.en}`);
    throw new Error(`the dataset has ${errors.length} validation errors:\n${shown.join("\n")}`);
  }
  return { dataset, missionImport, contributionImport, radpkoImport, geoPkoImport, ucdpImport, fatalityImport, unscImport, worldTotalsImport, report };
}
