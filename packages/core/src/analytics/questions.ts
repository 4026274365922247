import * as z from "zod";
import {
  CONTRIBUTION_MEASURES,
  INCIDENT_TYPES,
  PLEDGE_KINDS,
  PLEDGE_STATUSES,
  REGIONAL_GROUPS,
  REPORTED_MEASURES,
  SITE_DATASETS,
  codes,
  type Label,
  type LocationPrecision,
  type ViolenceType,
} from "../codelists.js";
import { today } from "../dates.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Answer } from "./answer.js";
import { capabilityGaps } from "./capability.js";
import type { QuestionInputs } from "./contribution-inputs.js";
import { personnelByYear, personnelByYearFrom, topContributors, topContributorsFrom, type PersonnelByYearOptions, type TopContributorsOptions } from "./contributors.js";
import type { DatasetIndex } from "./dataset-index.js";
import { endorsementEffect } from "./effect.js";
import { endorsementCoverage, endorsersAsOf, type Population } from "./endorsements.js";
import type { ConflictEvent } from "../schemas/ground.js";
import { earlyWarning, type AlertOptions } from "./alerts.js";
import { peacekeeperFatalities, peacekeeperFatalitiesFrom } from "./fatalities.js";
import { genderShares } from "./gender.js";
import { endorsementOnGround, presenceComparison, violenceNearSites } from "./ground.js";
import { conductRates, conductRatesFrom, francophoneEnvironments, policingGaps } from "./missions.js";
import { pocCoverage } from "./poc.js";
import { reportedVsComputed, worldPersonnel, worldPersonnelFrom } from "./reported.js";
import { codeDefinitions } from "./definitions.js";
import { overduePledges, pledgesPage, pledgeSummary, pledgeSummaryFrom, type PledgeFilter } from "./pledges.js";
import { makeIssue, makeReport, type ValidationReport } from "../validation/issues.js";
import { parseWith } from "../validation/schema-issues.js";

/*
 * The framework's questions as one registry: a name, a summary in English and
 * French, the parameters as a zod schema (text in, as from a query string or
 * a command line; numbers coerced) and the function that answers them. The
 * HTTP API, the CLI and the web client derive their endpoints, commands and
 * forms from it, so that every adapter asks the same questions the same way.
 */

/** The fields of the pledge filter, shared by the pledge questions. */
const PLEDGE_FILTER_FIELDS = ["actorId", "eventId", "themeId", "missionId", "kind", "status"];

type PopulationParams = { population?: "member-states" | "top-contributors" | "regional-group" | undefined; n?: number | undefined; group?: Extract<Population, { kind: "regional-group" }>["group"] | undefined };
function populationOf(q: PopulationParams): Population {
  if (q.population === "top-contributors") return { kind: "top-contributors", n: q.n ?? 30 };
  if (q.population === "regional-group" && q.group) return { kind: "regional-group", group: q.group };
  return { kind: "member-states" };
}
const topOptions = (q: { from: number; to: number; n?: number | undefined; measure?: TopContributorsOptions["measure"] | undefined; missionId?: string | undefined }): TopContributorsOptions => ({
  from: q.from,
  to: q.to,
  ...(q.n ? { n: q.n } : {}),
  ...(q.measure ? { measure: q.measure } : {}),
  ...(q.missionId ? { missionId: q.missionId } : {}),
});
const personnelOptions = (q: { contributorId?: string | undefined; missionId?: string | undefined }): PersonnelByYearOptions => ({
  ...(q.contributorId ? { contributorId: q.contributorId } : {}),
  ...(q.missionId ? { missionId: q.missionId } : {}),
});
const filterOf = (q: Record<string, unknown>): PledgeFilter =>
  Object.fromEntries(Object.entries(q).filter(([k, v]) => v !== undefined && PLEDGE_FILTER_FIELDS.includes(k)));

/**
 * The instrument questions default to: the Kigali Principles, when the dataset has them.
 *
 * @example
 * ```ts
 * import { createIndex, defaultInstrumentId } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * console.log(defaultInstrumentId(index)); // "kigali-principles"
 * ```
 */
export function defaultInstrumentId(index: DatasetIndex): string | undefined {
  for (const i of index.instruments.values()) if (i.kind === "principles" && /kigali/i.test(i.title.en)) return i.id;
  return undefined;
}

/**
 * An indicator per actor for comparisons: its uniformed personnel in a year
 * (sum of the annual-mean contributions), or the women's share of them.
 *
 * @example
 * ```ts
 * import { createIndex, personnelIndicator } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const womenShare = personnelIndicator(index, 2019, "women-share");
 * console.log(womenShare("rwa"));
 * ```
 */
export function personnelIndicator(index: DatasetIndex, yearOf: number, what: "personnel" | "women-share"): (actorId: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (actorId) => {
    if (cache.has(actorId)) return cache.get(actorId);
    const point = personnelByYear(index, { contributorId: actorId }).value.find((p) => p.year === yearOf);
    const value =
      point === undefined ? undefined : what === "women-share" ? (point.women === undefined || point.total === 0 ? undefined : point.women / point.total) : point.total;
    cache.set(actorId, value);
    return value;
  };
}

/**
 * A question of the registry; `V` is the type of its answer's value.
 *
 * @example
 * ```ts
 * import { QUESTIONS, type Question } from "@bluehelm/core/analytics";
 *
 * const question: Question | undefined = QUESTIONS["poc-coverage"];
 * console.log(question?.summary.en, Object.keys(question?.params.shape ?? {}));
 * ```
 */
export interface Question<V = unknown> {
  readonly summary: Label;
  /**
   * The collections of the dataset the answer depends on: a change to any other leaves the answer as it
   * was, so a cache of answers (or of the index) needs to be refreshed only when one of these changes.
   */
  readonly reads: readonly (keyof Dataset)[];
  /** The parameters, as text fields (query string, command line), validated and coerced. */
  readonly params: z.ZodObject;
  /** Answers the question on an index with parameters already parsed by `params` (prefer {@link askQuestion}, which parses them). */
  readonly run: (index: DatasetIndex, params: Record<string, unknown>) => Answer<V>;
  /**
   * For the questions that read only what a store keeps on write (the contributor-years and mission-years of
   * the contributions, the pledge tally, the small collections): the same answer from {@link QuestionInputs},
   * without an index of the whole dataset.
   */
  readonly answerFrom?: (inputs: QuestionInputs, params: Record<string, unknown>) => Promise<Answer<V>>;
}

function question<S extends z.ZodRawShape, V>(
  summary: Label,
  reads: readonly (keyof Dataset)[],
  shape: S,
  run: (index: DatasetIndex, p: z.infer<z.ZodObject<S>>) => Answer<V>,
  answerFrom?: (inputs: QuestionInputs, p: z.infer<z.ZodObject<S>>) => Promise<Answer<V>>,
): Question<V> {
  const base = { summary, reads: Object.freeze([...reads]), params: z.strictObject(shape), run: run as Question<V>["run"] };
  return answerFrom === undefined ? base : { ...base, answerFrom: answerFrom as NonNullable<Question<V>["answerFrom"]> };
}

/*
 * The collections each module of the analytics reads (through the index or the dataset), with those of the
 * modules it calls: the `reads` of a question is the union for the functions it calls.
 */
const ENDORSEMENT_READS = ["actors", "instruments", "endorsements", "contributions"] as const;
const PLEDGE_READS = ["pledges", "pledgeEvents"] as const;
const MISSION_READS = ["actors", "missions", "mandates", "contributions", "conductStats", ...PLEDGE_READS] as const;
const GROUND_READS = [...ENDORSEMENT_READS, "missions", "events", "deploymentSites", "conflictEvents"] as const;
const REPORTED_READS = [...ENDORSEMENT_READS, "events", "pledges", "reportedFigures", "worldTotals"] as const;

const instrumentOf = (index: DatasetIndex, given: string | undefined) => given ?? defaultInstrumentId(index) ?? "";

type AlertParams = { since?: string | undefined; until?: string | undefined; radiusKm?: number | undefined; precision?: string | undefined; nearest?: number | undefined; asOf?: string | undefined };
const alertOptions = (q: AlertParams, events?: readonly ConflictEvent[]): AlertOptions => ({
  ...(events ? { events } : {}),
  ...(q.since ? { since: q.since } : {}),
  ...(q.until ? { until: q.until } : {}),
  ...(q.radiusKm !== undefined ? { radiusKm: q.radiusKm } : {}),
  ...(q.precision ? { precision: q.precision.split(",") as LocationPrecision[] } : {}),
  ...(q.nearest !== undefined ? { nearest: q.nearest } : {}),
  ...(q.asOf ? { asOf: q.asOf } : {}),
});

/**
 * Builds the registry. Everything is made inside this function, called once
 * below with a pure annotation, so that bundlers drop the whole registry (and
 * the analytics it calls) from programs that import only the schemas.
 */
function buildQuestions() {
  const id = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/).max(120);
  const asOf = z.iso.date().optional().describe("The date to answer for, YYYY-MM-DD; default today.");
  const year = z.coerce.number().int().min(1945).max(2100);
  const instrumentId = id.optional().describe("The instrument; default the Kigali Principles on the Protection of Civilians.");
  const population = {
    population: z.enum(["member-states", "top-contributors", "regional-group"]).optional().describe("Who is counted; default member-states."),
    n: z.coerce.number().int().min(1).max(193).optional().describe("For top-contributors: how many, by the ranking in force (default 30)."),
    group: z.enum(codes(REGIONAL_GROUPS)).optional().describe("For regional-group: which group."),
  };
  const pledgeFilter = {
    actorId: id.optional().describe("Only the pledges of this actor."),
    eventId: id.optional().describe("Only the pledges made at this event."),
    themeId: id.optional().describe("Only the pledges under this theme."),
    missionId: id.optional().describe("Only the pledges meant for this mission."),
    kind: z.enum(codes(PLEDGE_KINDS)).optional().describe("Only the pledges of this kind."),
    status: z.enum(codes(PLEDGE_STATUSES)).optional().describe("Only the pledges in this status on the date."),
  };

  const ground = {
    siteSet: z.enum(codes(SITE_DATASETS)).optional().describe("Whose sites: radpko (bases with personnel by contributor, 1999–2019; default) or geo-pko (locations 1994–2024)."),
    radiusKm: z.coerce.number().min(1).max(500).optional().describe("The radius around a site, in km; default 25."),
    violence: z.string().regex(/^[1-3](?:,[1-3])*$/, "types of violence 1, 2, 3, comma-separated").optional().describe("UCDP types of violence counted, comma-separated (1 state-based, 2 non-state, 3 one-sided); default 3."),
    precision: z.string().regex(/^[1-7](?:,[1-7])*$/, "UCDP location precisions 1 to 7, comma-separated").optional().describe("UCDP location precisions kept, comma-separated; default 1,2 (3 for the grid)."),
    from: year.optional().describe("The first year; default the first with site data."),
    to: year.optional().describe("The last year; default the last with site data."),
    asOf,
  };
  const iterations = z.coerce.number().int().min(100).max(5000).optional().describe("Resamples and permutations; default 1,000.");
  const groundOf = (q: { siteSet?: "radpko" | "geo-pko" | undefined; radiusKm?: number | undefined; violence?: string | undefined; precision?: string | undefined; from?: number | undefined; to?: number | undefined; asOf?: string | undefined }) => ({
    ...(q.siteSet ? { siteSet: q.siteSet } : {}),
    ...(q.radiusKm !== undefined ? { radiusKm: q.radiusKm } : {}),
    ...(q.violence ? { violence: q.violence.split(",") as ViolenceType[] } : {}),
    ...(q.precision ? { precision: q.precision.split(",") as LocationPrecision[] } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.asOf ? { asOf: q.asOf } : {}),
  });

  return Object.freeze({
    endorsers: question(
      { en: "The actors that had endorsed an instrument as of a date", fr: "Les acteurs qui avaient approuvé un instrument à une date" },
      ENDORSEMENT_READS,
      { instrumentId, asOf },
      (ix, q) => endorsersAsOf(ix, instrumentOf(ix, q.instrumentId), { asOf: q.asOf }),
    ),
    "endorsement-coverage": question(
      {
        en: "The share of a population (Member States, the top contributors, a regional group) that had endorsed an instrument",
        fr: "La part d'une population (États Membres, principaux contributeurs, groupe régional) ayant approuvé un instrument",
      },
      ENDORSEMENT_READS,
      { instrumentId, asOf, ...population },
      (ix, q) => endorsementCoverage(ix, instrumentOf(ix, q.instrumentId), populationOf(q), { asOf: q.asOf }),
    ),
    "endorsement-effect": question(
      {
        en: "Whether endorsers differ from non-endorsers on an indicator (personnel, or women's share, in the year of the date)",
        fr: "Les approbateurs diffèrent-ils des non-approbateurs sur un indicateur (effectifs, ou part des femmes, l'année de la date)",
      },
      ENDORSEMENT_READS,
      {
        instrumentId,
        indicator: z.enum(["personnel", "women-share"]).optional().describe("The indicator compared; default personnel."),
        asOf,
        iterations: z.coerce.number().int().min(100).max(5000).optional().describe("Resamples and permutations; default 2,000."),
        ...population,
      },
      (ix, q) => {
        const date = q.asOf ?? today();
        return endorsementEffect(ix, {
          instrumentId: instrumentOf(ix, q.instrumentId),
          indicator: personnelIndicator(ix, Number(date.slice(0, 4)), q.indicator ?? "personnel"),
          population: populationOf(q),
          asOf: date,
          ...(q.iterations !== undefined ? { iterations: q.iterations } : {}),
        });
      },
    ),
    "poc-coverage": question(
      { en: "Active missions with PoC mandates and the share of deployed personnel serving under them", fr: "Missions actives à mandat de protection des civils et part des effectifs déployés sous ces mandats" },
      ["missions", "mandates", "contributions"],
      { asOf },
      (ix, q) => pocCoverage(ix, { asOf: q.asOf }),
    ),
    pledges: question(
      { en: "Pledges with their status as of a date, filtered, a page at a time by id", fr: "Engagements avec leur statut à une date, filtrés, page par page par identifiant" },
      PLEDGE_READS,
      {
        asOf,
        ...pledgeFilter,
        limit: z.coerce.number().int().min(1).max(1000).optional().describe("How many pledges per page, 1 to 1,000; default 100."),
        after: id.optional().describe("Only the pledges whose id sorts after this one: the next of the page before, to read the following page."),
      },
      (ix, q) => pledgesPage(ix, { asOf: q.asOf, filter: filterOf(q), ...(q.limit !== undefined ? { limit: q.limit } : {}), ...(q.after !== undefined ? { after: q.after } : {}) }),
    ),
    "pledge-summary": question(
      {
        en: "Pledges by status, kind, theme, actor and event; fulfilment and deployment rates; time to deploy and fulfil",
        fr: "Engagements par statut, type, thème, acteur et événement ; taux de réalisation et de déploiement ; délais",
      },
      PLEDGE_READS,
      { asOf, ...pledgeFilter },
      (ix, q) => pledgeSummary(ix, { asOf: q.asOf, filter: filterOf(q) }),
      (inputs, q) => pledgeSummaryFrom(inputs, { asOf: q.asOf, filter: filterOf(q) }),
    ),
    "overdue-pledges": question(
      { en: "Open pledges not yet deployed whose status has lasted longer than a threshold", fr: "Engagements ouverts non déployés dont le statut dure au-delà d'un seuil" },
      PLEDGE_READS,
      { asOf, thresholdDays: z.coerce.number().int().min(0).max(36500).optional().describe("The threshold in days; default 365."), ...pledgeFilter },
      (ix, q) => overduePledges(ix, { asOf: q.asOf, filter: filterOf(q), ...(q.thresholdDays !== undefined ? { thresholdDays: q.thresholdDays } : {}) }),
    ),
    "capability-gaps": question(
      { en: "A mission's capability gaps: requirement − deployed − pledged, by unit type", fr: "Les lacunes capacitaires d'une mission : besoin − déployé − promis, par type d'unité" },
      ["missions", "capabilityRequirements", "contributions", ...PLEDGE_READS],
      { missionId: id.describe("The mission."), asOf },
      (ix, q) => capabilityGaps(ix, q.missionId, { asOf: q.asOf }),
    ),
    "gender-shares": question(
      { en: "Women's share against the parity targets, by contributor, mission or category", fr: "Part des femmes au regard des cibles de parité, par contributeur, mission ou catégorie" },
      ["contributions", "genderTargets"],
      {
        year: year.describe("The calendar year."),
        by: z.enum(["contributor", "mission", "category"]).describe("What each row is."),
        measure: z.enum(codes(CONTRIBUTION_MEASURES)).optional().describe("Which contributions; default annual-mean."),
      },
      (ix, q) => genderShares(ix, { year: q.year, by: q.by, ...(q.measure ? { measure: q.measure } : {}) }),
    ),
    "francophone-environments": question(
      { en: "Missions in francophone environments against French-capable contributions", fr: "Missions en environnement francophone au regard des contributions francophones" },
      MISSION_READS,
      { asOf, includePartial: z.enum(["true", "false"]).optional().describe("Include partly francophone environments; default true.") },
      (ix, q) => francophoneEnvironments(ix, { asOf: q.asOf, ...(q.includePartial ? { includePartial: q.includePartial === "true" } : {}) }),
    ),
    "policing-gaps": question(
      { en: "Formed police units and individual officers against the ceilings", fr: "Unités de police constituées et policiers hors unités au regard des plafonds" },
      MISSION_READS,
      { asOf },
      (ix, q) => policingGaps(ix, { asOf: q.asOf }),
    ),
    "conduct-rates": question(
      { en: "SEA allegations per 1,000 personnel, by mission and year", fr: "Allégations d'exploitation et d'atteintes sexuelles pour 1 000 personnes, par mission et année" },
      ["contributions", "conductStats"],
      { missionId: id.optional().describe("Only this mission."), year: year.optional().describe("Only this year.") },
      (ix, q) => conductRates(ix, q),
      (inputs, q) => conductRatesFrom(inputs, q),
    ),
    "top-contributors": question(
      { en: "The top contributors of uniformed personnel over a range of years", fr: "Les principaux contributeurs de personnel en tenue sur une période" },
      ["contributions"],
      {
        from: year.describe("The first year."),
        to: year.describe("The last year."),
        n: z.coerce.number().int().min(1).max(200).optional().describe("How many; default 10."),
        measure: z.enum(codes(CONTRIBUTION_MEASURES)).optional().describe("Which contributions; default annual-mean."),
        missionId: id.optional().describe("Only the contributions to this mission."),
      },
      (ix, q) => topContributors(ix, topOptions(q)),
      (inputs, q) => topContributorsFrom(inputs, topOptions(q)),
    ),
    "personnel-by-year": question(
      { en: "Uniformed personnel by year, for a contributor and/or a mission", fr: "Personnel en tenue par année, pour un contributeur et/ou une mission" },
      ["contributions"],
      { contributorId: id.optional().describe("Only this contributor."), missionId: id.optional().describe("Only this mission.") },
      (ix, q) => personnelByYear(ix, personnelOptions(q)),
      (inputs, q) => personnelByYearFrom(inputs, personnelOptions(q)),
    ),
    "violence-near-sites": question(
      {
        en: "Violence against civilians within a radius of a mission's active deployment sites, and beyond them, per year",
        fr: "Violence contre les civils dans un rayon autour des sites de déploiement actifs d'une mission, et au-delà, par année",
      },
      GROUND_READS,
      { missionId: id.describe("The mission."), ...ground },
      (ix, q) => violenceNearSites(ix, { missionId: q.missionId, ...groundOf(q) }),
    ),
    "presence-comparison": question(
      {
        en: "Violence against civilians in places with and without peacekeepers (grid cells), per year and pooled, with intervals",
        fr: "Violence contre les civils dans les lieux avec et sans Casques bleus (cellules d'une grille), par année et au total, avec intervalles",
      },
      GROUND_READS,
      {
        missionId: id.describe("The mission."),
        ...ground,
        cellDegrees: z.coerce.number().min(0.05).max(5).optional().describe("The grid's cell size in degrees; default 0.5 (PRIO-GRID)."),
        iterations,
      },
      (ix, q) =>
        presenceComparison(ix, {
          missionId: q.missionId,
          ...groundOf(q),
          ...(q.cellDegrees !== undefined ? { cellDegrees: q.cellDegrees } : {}),
          ...(q.iterations !== undefined ? { iterations: q.iterations } : {}),
        }),
    ),
    "endorsement-on-ground": question(
      {
        en: "Violence against civilians near bases whose contributors had endorsed an instrument against the others, and before/after endorsement",
        fr: "Violence contre les civils près des bases dont les contributeurs avaient approuvé un instrument, contre les autres, et avant/après l'approbation",
      },
      GROUND_READS,
      {
        instrumentId,
        missionId: id.optional().describe("Only this mission; default every mission with RADPKO bases."),
        radiusKm: ground.radiusKm,
        violence: ground.violence,
        precision: ground.precision,
        from: ground.from,
        to: ground.to,
        asOf,
        threshold: z.coerce.number().min(0.01).max(1).optional().describe("Share of a base's contributors' personnel from endorsers that makes it an endorsers' base; default 0.5."),
        iterations,
      },
      (ix, q) =>
        endorsementOnGround(ix, {
          instrumentId: instrumentOf(ix, q.instrumentId),
          ...(q.missionId ? { missionId: q.missionId } : {}),
          ...groundOf(q),
          ...(q.threshold !== undefined ? { threshold: q.threshold } : {}),
          ...(q.iterations !== undefined ? { iterations: q.iterations } : {}),
        }),
    ),
    alerts: question(
      {
        en: "Early warning: events that harmed civilians near active deployment sites, with the nearest sites, their contributors and the rapid-deployment units",
        fr: "Alerte précoce : événements ayant fait des victimes civiles près de sites de déploiement actifs, avec les sites les plus proches, leurs contributeurs et les unités de déploiement rapide",
      },
      [...GROUND_READS, ...PLEDGE_READS],
      {
        since: z.iso.date().optional().describe("The first day of the window (event start dates), YYYY-MM-DD."),
        until: z.iso.date().optional().describe("The last day of the window, YYYY-MM-DD."),
        radiusKm: ground.radiusKm,
        precision: ground.precision,
        nearest: z.coerce.number().int().min(1).max(20).optional().describe("How many nearest sites per alert; default 3."),
        asOf,
      },
      (ix, q) => earlyWarning(ix, alertOptions(q)),
    ),
    "reported-vs-computed": question(
      {
        en: "Where a figure computed from the records disagrees with one a source reports (endorsers, signatories, pledges), on the source's date",
        fr: "Là où un chiffre calculé à partir des enregistrements diffère d'un chiffre rapporté par une source (approbateurs, signataires, engagements), à la date de la source",
      },
      REPORTED_READS,
      {
        subjectId: id.optional().describe("Only the figures about this record (an instrument or an event)."),
        measure: z.enum(codes(REPORTED_MEASURES)).optional().describe("Only the figures of this measure."),
        asOf,
      },
      (ix, q) => reportedVsComputed(ix, { ...(q.subjectId ? { subjectId: q.subjectId } : {}), ...(q.measure ? { measure: q.measure } : {}), ...(q.asOf ? { asOf: q.asOf } : {}) }),
    ),
    "code-definitions": question(
      {
        en: "What each PCRS readiness level requires and what each PoC level means, with the sources of each definition",
        fr: "Ce qu'exige chaque niveau de préparation du SPCR et ce que signifie chaque niveau de protection des civils, avec les sources de chaque définition",
      },
      [],
      { list: z.enum(["pcrs-levels", "poc-levels"]).optional().describe("Only this codelist; default both.") },
      (_ix, q) => codeDefinitions(q.list ? { list: q.list } : {}),
    ),
    "world-personnel": question(
      {
        en: "World totals of uniformed peacekeeping personnel by year (1947 on), beside the per-contributor sums where they exist",
        fr: "Totaux mondiaux du personnel de maintien de la paix en tenue par année (depuis 1947), à côté des sommes par contributeur quand elles existent",
      },
      ["contributions", "worldTotals"],
      { from: year.optional().describe("The first year."), to: year.optional().describe("The last year.") },
      (ix, q) => worldPersonnel(ix, { from: q.from, to: q.to }),
      (inputs, q) => worldPersonnelFrom(inputs, { from: q.from, to: q.to }),
    ),
    "peacekeeper-fatalities": question(
      {
        en: "Peacekeeper fatalities by mission or contributor and year, by incident type, per 1,000 uniformed personnel",
        fr: "Décès de Casques bleus par mission ou contributeur et année, par type d'incident, pour 1 000 membres du personnel en tenue",
      },
      ["contributions", "peacekeeperFatalities"],
      {
        by: z.enum(["mission", "contributor"]).optional().describe("What each row is; default mission."),
        missionId: id.optional().describe("Only this mission."),
        contributorId: id.optional().describe("Only this contributor (nationality)."),
        incidentType: z.enum(codes(INCIDENT_TYPES)).optional().describe("Only this type of incident."),
        from: year.optional().describe("The first year."),
        to: year.optional().describe("The last year."),
        asOf,
      },
      (ix, q) => peacekeeperFatalities(ix, q),
      (inputs, q) => peacekeeperFatalitiesFrom(inputs, q),
    ),
  });
}

/**
 * The framework's questions, by name (the URL segment under `/v1/analytics/` and the CLI's `analytics` command).
 *
 * @example
 * ```ts
 * import { QUESTIONS } from "@bluehelm/core/analytics";
 *
 * for (const [name, question] of Object.entries(QUESTIONS)) console.log(name, "—", question.summary.en);
 * ```
 */
export const QUESTIONS = /* @__PURE__ */ buildQuestions();

/**
 * The type of the registry: every question by name, each typed with its answer's value.
 *
 * @example
 * ```ts
 * import type { Questions } from "@bluehelm/core/analytics";
 *
 * type PocQuestion = Questions["poc-coverage"]; // Question<PocCoverage>
 * ```
 */
export type Questions = typeof QUESTIONS;

/**
 * The name of a question of the registry (a URL segment under `/v1/analytics/`).
 *
 * @example
 * ```ts
 * import { QUESTIONS, type QuestionName } from "@bluehelm/core/analytics";
 *
 * const names = Object.keys(QUESTIONS) as QuestionName[];
 * const isQuestion = (name: string): name is QuestionName => Object.hasOwn(QUESTIONS, name);
 * ```
 */
export type QuestionName = keyof Questions;

/**
 * The type of the value of a question's answer, by the question's name.
 *
 * @example
 * ```ts
 * import type { Answer, QuestionValue } from "@bluehelm/core/analytics";
 *
 * const show = (answer: Answer<QuestionValue<"poc-coverage">>) =>
 *   `${answer.value.withPoc} of ${answer.value.active} active missions have a PoC mandate`;
 * ```
 */
export type QuestionValue<N extends QuestionName> = Questions[N] extends Question<infer V> ? V : never;

/**
 * The outcome of asking a question with text parameters.
 *
 * @example
 * ```ts
 * import { createIndex, askQuestion, type QuestionResult } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const result: QuestionResult = askQuestion(index, "endorsers", { asOf: "2017-11-15" });
 * if (result.ok) console.log(result.answer.value);
 * else console.log(result.report.issues);
 * ```
 */
export type QuestionResult = { readonly ok: true; readonly answer: Answer<unknown> } | { readonly ok: false; readonly report: ValidationReport };

/**
 * Asks a question of the registry with text parameters (as from a query
 * string or a command line). Unknown names and bad parameters come back as a
 * validation report, never as a thrown error.
 *
 * @example
 * ```ts
 * import { createIndex, askQuestion } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const result = askQuestion(index, "pledge-summary", { asOf: "2020-01-01", kind: "unit" });
 * if (result.ok) console.log(result.answer.value);
 * else for (const issue of result.report.issues) console.log(issue.rule, issue.message.en);
 * ```
 */
export function askQuestion(index: DatasetIndex, name: string, params: Readonly<Record<string, unknown>>): QuestionResult {
  const asked = parseQuestion(name, params);
  return asked.ok ? { ok: true, answer: asked.question.run(index, asked.params) } : asked;
}

/**
 * {@link askQuestion} for the questions that can be answered from {@link QuestionInputs} (a store's
 * tables kept on write: those with `answerFrom`), without an index; `undefined` for a question that needs
 * one. Unknown names and bad parameters come back as a validation report, as from `askQuestion`.
 *
 * @example
 * ```ts
 * import { askQuestionFrom, askQuestion, contributionInputsOf, createIndex } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const params = { from: "2015", to: "2019", n: "5" };
 * const result = (await askQuestionFrom(contributionInputsOf(index), "top-contributors", params)) ?? askQuestion(index, "top-contributors", params);
 * if (result.ok) console.log(result.answer.value);
 * ```
 */
export function askQuestionFrom(inputs: QuestionInputs, name: string, params: Readonly<Record<string, unknown>>): Promise<QuestionResult> | undefined {
  const asked = parseQuestion(name, params);
  if (!asked.ok) return Promise.resolve(asked);
  const from = asked.question.answerFrom;
  return from === undefined ? undefined : from(inputs, asked.params).then((answer): QuestionResult => ({ ok: true, answer }));
}

/** The question of a name with its parameters parsed, or the report of what is wrong with them. */
function parseQuestion(
  name: string,
  params: Readonly<Record<string, unknown>>,
): { readonly ok: true; readonly question: Question; readonly params: Record<string, unknown> } | { readonly ok: false; readonly report: ValidationReport } {
  const q: Question | undefined = Object.prototype.hasOwnProperty.call(QUESTIONS, name) ? QUESTIONS[name as QuestionName] : undefined;
  if (!q) {
    return { ok: false, report: makeReport([makeIssue("analytics.unknown-question", [], { name, names: Object.keys(QUESTIONS).join(", ") })]) };
  }
  const parsed = parseWith(q.params, Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)));
  if (!parsed.success) return { ok: false, report: makeReport(parsed.issues) };
  return { ok: true, question: q, params: parsed.data };
}

/**
 * Screens new conflict events (read from a file or a request body) for
 * alerts: the `alerts` question of the registry, with its text parameters,
 * asked of the events given instead of the stored ones.
 *
 * @example
 * ```ts
 * import { createIndex, screenEvents } from "@bluehelm/core/analytics";
 * import { readGed } from "@bluehelm/core/tabular";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const text = "id,relid,year,active_year,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n" +
 *   "900001,CEN-2019-3-1-1,2019,1,3,UPC,Civilians,1,6.54,21.99,Central African Republic,482,1,2019-05-13,2019-05-13,0,0,4,0,4,4,4";
 * const { records } = readGed(text, { release: "24.1", sources: ["ucdp-ged-24-1"] });
 * const result = screenEvents(createIndex(loadDataset()), { radiusKm: "25" }, records);
 * if (result.ok) console.log(result.answer.value);
 * ```
 */
export function screenEvents(index: DatasetIndex, params: Readonly<Record<string, unknown>>, events: readonly ConflictEvent[]): QuestionResult {
  const parsed = parseWith(QUESTIONS.alerts.params, Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)));
  if (!parsed.success) return { ok: false, report: makeReport(parsed.issues) };
  return { ok: true, answer: earlyWarning(index, alertOptions(parsed.data, events)) };
}
