import type { FigureQualifier, ReportedMeasure, WorldTotalOrigin } from "../codelists.js";
import { partialDateRange, today } from "../dates.js";
import type { PartialDate } from "../schemas/common.js";
import type { ReportedFigure } from "../schemas/figures.js";
import type { WorldTotal } from "../schemas/figures.js";
import { answer, sourcesOf, type Answer } from "./answer.js";
import { contributorYears, selectContributions, type ContributionSelection, type ContributorYear, type QuestionInputs } from "./contribution-inputs.js";
import { yearSeries } from "./contributors.js";
import type { DatasetIndex } from "./dataset-index.js";
import { endorsersAsOf } from "./endorsements.js";

/**
 * How a computed figure stands against a reported one: `agrees` (within what the qualifier allows),
 * `fewer-recorded` or `more-recorded` (the records give fewer or more than the source says), or
 * `undated` (the source gives no date, so the records cannot be counted on its day; the count as of
 * the date asked is given for reference).
 *
 * @example
 * ```ts
 * import type { FigureStanding } from "@bluehelm/core/analytics";
 *
 * const standing: FigureStanding = "fewer-recorded";
 * console.log(standing);
 * ```
 */
export type FigureStanding = "agrees" | "fewer-recorded" | "more-recorded" | "undated";

/**
 * One reported figure against the same figure computed from the records.
 *
 * @example
 * ```ts
 * import { createIndex, reportedVsComputed, type FigureComparison } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: readonly FigureComparison[] = reportedVsComputed(createIndex(loadDataset()), { subjectId: "kigali-principles" }).value.rows;
 * console.log(rows.map((r) => `${r.date?.date ?? "undated"}: reported ${r.reported.value}, computed ${r.computed}`));
 * ```
 */
export interface FigureComparison {
  readonly figureId: string;
  readonly measure: ReportedMeasure;
  readonly subjectKind: ReportedFigure["subjectKind"];
  readonly subjectId: string;
  readonly date: PartialDate | undefined;
  readonly reported: { readonly value: number; readonly valueHigh: number | undefined; readonly qualifier: FigureQualifier };
  /** The day the records are counted on: the last day the figure's date can stand for (or the date asked, when undated). */
  readonly countedOn: string;
  /** The same figure computed from the records on `countedOn`. */
  readonly computed: number;
  readonly standing: FigureStanding;
  readonly sources: readonly string[];
  readonly confidence: ReportedFigure["confidence"];
}

/**
 * Every comparable reported figure against its computed counterpart, and how many disagree.
 *
 * @example
 * ```ts
 * import { createIndex, reportedVsComputed, type ReportedVsComputed } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const result: ReportedVsComputed = reportedVsComputed(createIndex(loadDataset())).value;
 * console.log(result.compared, result.disagreeing);
 * ```
 */
export interface ReportedVsComputed {
  readonly rows: readonly FigureComparison[];
  /** Rows with a date, compared on it. */
  readonly compared: number;
  /** Dated rows whose computed figure does not agree with the reported one. */
  readonly disagreeing: number;
}

/** The measures that can be computed from the records, by the kind of record they are about. */
const COMPUTABLE: Readonly<Partial<Record<ReportedMeasure, ReportedFigure["subjectKind"]>>> = {
  endorsers: "instrument",
  "founding-endorsers": "instrument",
  signatories: "instrument",
  pledges: "event",
  "pledging-states": "event",
};

/** Relative tolerance of "about" and "close to". */
const APPROXIMATE = 0.1;

function standingOf(f: ReportedFigure, computed: number): FigureStanding {
  const v = f.value;
  let ok: boolean;
  switch (f.qualifier) {
    case "exact":
      ok = computed === v;
      break;
    case "more-than":
      ok = computed > v;
      break;
    case "at-least":
      ok = computed >= v;
      break;
    case "about":
    case "close-to":
      ok = Math.abs(computed - v) <= APPROXIMATE * v;
      break;
    case "range":
      ok = computed >= v && computed <= (f.valueHigh ?? v);
      break;
  }
  if (ok) return "agrees";
  return computed < v ? "fewer-recorded" : "more-recorded";
}

/**
 * Where a figure computed from the records disagrees with a figure a source reports: Kigali
 * endorsers computed from the endorsements against the counts reported on a date, a declaration's
 * signatories, an event's pledges. Each reported figure (without a narrower scope) about an instrument (endorsers, founding
 * endorsers, signatories) or an event (pledges, pledging States) is compared with the same count
 * from the records on the last day its date can stand for (an endorsement counts once its own
 * latest possible day has passed, as in {@link endorsersAsOf}). "More than" and "at least" agree
 * when the records give more (or as many); "about" and "close to" within 10 %; undated figures are
 * not compared (the count as of the date asked is shown for reference).
 *
 * @example
 * ```ts
 * import { createIndex, reportedVsComputed } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = reportedVsComputed(createIndex(loadDataset()), { subjectId: "kigali-principles" });
 * for (const row of value.rows) console.log(row.countedOn, row.reported.value, row.computed, row.standing);
 * ```
 */
export function reportedVsComputed(
  index: DatasetIndex,
  options: { readonly subjectId?: string; readonly measure?: ReportedMeasure; readonly asOf?: string } = {},
): Answer<ReportedVsComputed> {
  const asOf = options.asOf ?? today();
  const used: { sources: readonly string[] }[] = [];
  const rows: FigureComparison[] = [];
  const figures = [...index.dataset.reportedFigures]
    .filter((f) => COMPUTABLE[f.measure] === f.subjectKind && f.scope === undefined)
    .filter((f) => (options.subjectId === undefined || f.subjectId === options.subjectId) && (options.measure === undefined || f.measure === options.measure))
    .sort((a, b) => {
      const x = a.date ? partialDateRange(a.date).latest : "9999";
      const y = b.date ? partialDateRange(b.date).latest : "9999";
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
    });
  for (const f of figures) {
    const countedOn = f.date ? partialDateRange(f.date).latest : asOf;
    let computed: number;
    if (f.subjectKind === "instrument") {
      const endorsers = endorsersAsOf(index, f.subjectId, { asOf: countedOn });
      computed = endorsers.value.length;
      used.push({ sources: endorsers.sources });
    } else {
      const pledges = index.pledges.filter((p) => p.eventId === f.subjectId);
      for (const p of pledges) used.push(p);
      computed = f.measure === "pledges" ? pledges.length : new Set(pledges.map((p) => p.actorId)).size;
    }
    used.push(f);
    rows.push({
      figureId: f.id,
      measure: f.measure,
      subjectKind: f.subjectKind,
      subjectId: f.subjectId,
      date: f.date,
      reported: { value: f.value, valueHigh: f.valueHigh, qualifier: f.qualifier },
      countedOn,
      computed,
      standing: f.date ? standingOf(f, computed) : "undated",
      sources: f.sources,
      confidence: f.confidence,
    });
  }
  const dated = rows.filter((r) => r.standing !== "undated");
  return answer(
    asOf,
    { rows, compared: dated.length, disagreeing: dated.filter((r) => r.standing !== "agrees").length },
    {
      en: "Each reported figure about an instrument (endorsers, founding endorsers, signatories) or an event (pledges, pledging States) against the same count from the records on the last day the figure's date can stand for; an endorsement counts once its latest possible day has passed. \"More than\" and \"at least\" agree when the records give more (or as many), \"about\" and \"close to\" within 10 %. Undated figures are not compared; their count is as of the date asked.",
      fr: "Chaque chiffre rapporté sur un instrument (approbateurs, approbateurs fondateurs, signataires) ou un événement (engagements, États ayant pris des engagements) face au même décompte tiré des enregistrements au dernier jour que la date du chiffre peut désigner ; une approbation compte une fois passé son dernier jour possible. « Plus de » et « au moins » concordent quand les enregistrements en donnent davantage (ou autant), « environ » et « près de » à 10 % près. Les chiffres non datés ne sont pas comparés ; leur décompte est à la date demandée.",
    },
    used,
  );
}

/**
 * One year of the world series of uniformed peacekeeping personnel, with the per-contributor sum
 * of the same year when the contributions cover it.
 *
 * @example
 * ```ts
 * import { createIndex, worldPersonnel, type WorldPersonnelYear } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const rows: readonly WorldPersonnelYear[] = worldPersonnel(createIndex(loadDataset()), { from: 1990, to: 1995 }).value;
 * console.log(rows.map((r) => `${r.year}: ${r.total}`));
 * ```
 */
export interface WorldPersonnelYear {
  readonly year: number;
  /** The reporting date of the world figure (December's report, or only the year). */
  readonly date: PartialDate;
  readonly origin: WorldTotalOrigin;
  readonly missions: number | undefined;
  readonly total: number;
  readonly troops: number | undefined;
  readonly police: number | undefined;
  readonly militaryObservers: number | undefined;
  /** The sum of the annual-mean contributions of the same year, when the contributions cover it (a yearly mean, not a December figure). */
  readonly contributionsTotal: number | undefined;
  readonly worldTotalId: string;
}

/**
 * The world total of uniformed peacekeeping personnel by year (a series apart from the
 * per-contributor contributions, so that it answers for years those do not cover), with the
 * per-contributor sum beside it where one exists.
 *
 * @example
 * ```ts
 * import { createIndex, worldPersonnel } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value, sources } = worldPersonnel(createIndex(loadDataset()), { from: 2000, to: 2000 });
 * console.log(value[0]?.total, sources);
 * ```
 */
export function worldPersonnel(index: DatasetIndex, options: WorldPersonnelOptions = {}): Answer<WorldPersonnelYear[]> {
  const totals = worldTotalsIn(index.dataset.worldTotals, options);
  const rows: ContributorYear[] = [];
  const sources: string[] = [];
  for (const selection of contributionSelections(totals)) {
    rows.push(...contributorYears(index.dataset.contributions, selection));
    sources.push(...sourcesOf(selectContributions(index.dataset.contributions, selection)));
  }
  return worldPersonnelAnswer(totals, rows, sources);
}

/**
 * {@link worldPersonnel} asked of {@link QuestionInputs} (a store's tables kept on write): the world totals read
 * whole (one a year), the per-contributor sums from the contributor-years of the years they cover, with no load
 * of the contributions.
 *
 * @example
 * ```ts
 * import { contributionInputsOf, createIndex, worldPersonnelFrom } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = await worldPersonnelFrom(contributionInputsOf(createIndex(loadDataset())), { from: 2000, to: 2000 });
 * console.log(value[0]?.total, value[0]?.contributionsTotal);
 * ```
 */
export async function worldPersonnelFrom(inputs: QuestionInputs, options: WorldPersonnelOptions = {}): Promise<Answer<WorldPersonnelYear[]>> {
  const totals = worldTotalsIn(await inputs.collection("worldTotals"), options);
  const selections = contributionSelections(totals);
  const [rows, sources] = await Promise.all([
    Promise.all(selections.map((s) => inputs.contributorYears(s))),
    Promise.all(selections.map((s) => inputs.contributionSources(s))),
  ]);
  return worldPersonnelAnswer(totals, rows.flat(), sources.flat());
}

/**
 * The options of {@link worldPersonnel}: the first and the last year.
 *
 * @example
 * ```ts
 * import type { WorldPersonnelOptions } from "@bluehelm/core/analytics";
 *
 * const options: WorldPersonnelOptions = { from: 1990, to: 1995 };
 * console.log(options);
 * ```
 */
export interface WorldPersonnelOptions {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

function worldTotalsIn(all: readonly WorldTotal[], options: WorldPersonnelOptions): WorldTotal[] {
  return all
    .filter((t) => (options.from === undefined || t.year >= options.from) && (options.to === undefined || t.year <= options.to))
    .sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : 1));
}

/** The annual-mean contributions of the years the totals cover: one selection per run of consecutive years. */
function contributionSelections(totals: readonly WorldTotal[]): ContributionSelection[] {
  const years = [...new Set(totals.map((t) => t.year))].sort((a, b) => a - b);
  const out: ContributionSelection[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j += 1;
    out.push({ measure: "annual-mean", from: years[i], to: years[j] });
    i = j + 1;
  }
  return out;
}

function worldPersonnelAnswer(totals: readonly WorldTotal[], rows: readonly ContributorYear[], contributionSources: readonly string[]): Answer<WorldPersonnelYear[]> {
  const byContributors = new Map(yearSeries(rows).map((p) => [p.year, p.total] as const));
  const value = totals.map((t) => ({
    year: t.year,
    date: t.date,
    origin: t.origin,
    missions: t.missions,
    total: t.total,
    troops: t.troops,
    police: t.police,
    militaryObservers: t.militaryObservers,
    contributionsTotal: byContributors.get(t.year),
    worldTotalId: t.id,
  }));
  const last = totals[totals.length - 1];
  return {
    asOf: last ? partialDateRange(last.date).latest : today(),
    value,
    method: {
      en: "World totals of uniformed personnel, one per year as published (the UN's December report from 1992, November in 1998; totals only before 1992); beside each, the sum over missions of the annual-mean contributions of that year where the contributions cover it.",
      fr: "Totaux mondiaux du personnel en tenue, un par année tel que publié (rapport de décembre de l'ONU à partir de 1992, novembre en 1998 ; totaux seuls avant 1992) ; à côté, la somme par mission des contributions moyennes annuelles de l'année quand les contributions la couvrent.",
    },
    sources: [...new Set([...sourcesOf(totals), ...contributionSources])].sort(),
  };
}
