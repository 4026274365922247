import type { RegionalGroup } from "../codelists.js";
import { happenedBy, partialDateRange, today } from "../dates.js";
import type { Actor } from "../schemas/actor.js";
import type { Endorsement } from "../schemas/framework.js";
import { answer, share, type Answer } from "./answer.js";
import { rankingInForce, type DatasetIndex } from "./dataset-index.js";

/**
 * Options shared by the questions asked as of a date.
 *
 * @example
 * ```ts
 * import { createIndex, endorsersAsOf, type AsOfOptions } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const options: AsOfOptions = { asOf: "2017-11-15" };
 * console.log(endorsersAsOf(index, "kigali-principles", options).value.length);
 * ```
 */
export interface AsOfOptions {
  /** `YYYY-MM-DD`; default today. */
  readonly asOf?: string;
}

/**
 * One endorser of an instrument.
 *
 * @example
 * ```ts
 * import { createIndex, endorsersAsOf, type Endorser } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const endorsers: Endorser[] = endorsersAsOf(index, "kigali-principles", { asOf: "2016-01-01" }).value;
 * console.log(endorsers.map((e) => `${e.actorId} by ${e.certainBy}`));
 * ```
 */
export interface Endorser {
  readonly actorId: string;
  /** The endorsement that dates it: the one with the earliest latest-possible day. */
  readonly endorsementId: string;
  /** The latest day by which the endorsement is certain. */
  readonly certainBy: string;
}

/**
 * The actors that had endorsed an instrument as of a date. An endorsement
 * counts once its latest possible day has passed ("on 2015-05" counts from
 * 31 May 2015; "by 2016-11-30" from that day). An actor endorsing twice (when
 * sources disagree) counts once, from the earlier date.
 *
 * @example
 * ```ts
 * import { createIndex, endorsersAsOf } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const answer = endorsersAsOf(index, "kigali-principles", { asOf: "2017-11-15" });
 * console.log(answer.value.length, answer.sources);
 * ```
 */
export function endorsersAsOf(index: DatasetIndex, instrumentId: string, options: AsOfOptions = {}): Answer<Endorser[]> {
  const asOf = options.asOf ?? today();
  const best = new Map<string, { e: Endorsement; latest: string }>();
  for (const e of index.endorsementsByInstrument.get(instrumentId) ?? []) {
    if (!happenedBy(e.date, asOf)) continue;
    const latest = partialDateRange(e.date).latest;
    const prev = best.get(e.actorId);
    if (!prev || latest < prev.latest) best.set(e.actorId, { e, latest });
  }
  const value = [...best.values()]
    .map(({ e, latest }) => ({ actorId: e.actorId, endorsementId: e.id, certainBy: latest }))
    .sort((a, b) => (a.actorId < b.actorId ? -1 : 1));
  return answer(
    asOf,
    value,
    {
      en: "Endorsements whose latest possible date is on or before the date asked; an actor counts once.",
      fr: "Approbations dont la date la plus tardive possible précède ou égale la date demandée ; chaque acteur compte une fois.",
    },
    [...best.values()].map((b) => b.e),
  );
}

/**
 * A population of actors to measure coverage in.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementCoverage, type Population } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const top30: Population = { kind: "top-contributors", n: 30 };
 * console.log(endorsementCoverage(index, "kigali-principles", top30, { asOf: "2021-06-30" }).value.share);
 * ```
 */
export type Population =
  | { readonly kind: "member-states" }
  | { readonly kind: "regional-group"; readonly group: RegionalGroup }
  | { readonly kind: "top-contributors"; readonly n: number }
  | { readonly kind: "actors"; readonly ids: readonly string[] };

/** Whether an actor existed (as a Member State, for states) on a date. */
function existed(actor: Actor, asOf: string): boolean {
  return (actor.since === undefined || actor.since <= asOf) && (actor.until === undefined || actor.until >= asOf);
}

/**
 * The actor ids of a population on a date, sorted, with the records that define it.
 *
 * @example
 * ```ts
 * import { createIndex, populationMembers } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { ids } = populationMembers(index, { kind: "regional-group", group: "african" }, "2020-01-01");
 * console.log(ids.length);
 * ```
 */
export function populationMembers(
  index: DatasetIndex,
  population: Population,
  asOf: string,
): { ids: string[]; records: { sources: readonly string[] }[]; label: string } {
  switch (population.kind) {
    case "member-states": {
      const list = [...index.actors.values()].filter((a) => a.kind === "state" && existed(a, asOf));
      return { ids: list.map((a) => a.id), records: list, label: "UN Member States" };
    }
    case "regional-group": {
      const list = [...index.actors.values()].filter(
        (a) => (a.kind === "state" || a.kind === "observer") && a.regionalGroup === population.group && existed(a, asOf),
      );
      return { ids: list.map((a) => a.id), records: list, label: `regional group ${population.group}` };
    }
    case "top-contributors": {
      const ranking = rankingInForce(index, asOf);
      const entries = ranking ? ranking.entries.slice(0, Math.max(0, population.n)) : [];
      return {
        ids: entries.map((c) => c.contributorId).sort(),
        records: entries,
        label: ranking ? `top ${population.n} contributors of the ranking of ${ranking.date}` : `top ${population.n} contributors (no ranking in force)`,
      };
    }
    case "actors":
      return { ids: [...new Set(population.ids)].sort(), records: [], label: "given actors" };
  }
}

/**
 * Coverage of an instrument among a population.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementCoverage, type Coverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const coverage: Coverage = endorsementCoverage(index, "kigali-principles", { kind: "member-states" }).value;
 * console.log(`${coverage.endorsers.length} of ${coverage.size}`);
 * ```
 */
export interface Coverage {
  readonly population: string;
  readonly size: number;
  readonly endorsers: readonly string[];
  readonly nonEndorsers: readonly string[];
  /** endorsers ÷ size, in [0, 1]; undefined for an empty population. */
  readonly share: number | undefined;
}

/**
 * The share of a population that had endorsed an instrument as of a date:
 * all Member States, a regional group, the top-N contributors of the ranking
 * in force on that date, or a given list.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementCoverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const answer = endorsementCoverage(index, "kigali-principles", { kind: "top-contributors", n: 30 }, { asOf: "2021-06-30" });
 * console.log(answer.value.share, answer.value.nonEndorsers);
 * ```
 */
export function endorsementCoverage(
  index: DatasetIndex,
  instrumentId: string,
  population: Population,
  options: AsOfOptions = {},
): Answer<Coverage> {
  const asOf = options.asOf ?? today();
  const endorsers = endorsersAsOf(index, instrumentId, { asOf });
  const endorsed = new Set(endorsers.value.map((e) => e.actorId));
  const members = populationMembers(index, population, asOf);
  const inside = members.ids.filter((id) => endorsed.has(id));
  const byEndorsement = new Map((index.endorsementsByInstrument.get(instrumentId) ?? []).map((e) => [e.id, e]));
  const memberSet = new Set(members.ids);
  const records = [
    ...members.records,
    ...endorsers.value.filter((e) => memberSet.has(e.actorId)).flatMap((e) => byEndorsement.get(e.endorsementId) ?? []),
  ];
  return answer(
    asOf,
    {
      population: members.label,
      size: members.ids.length,
      endorsers: inside,
      nonEndorsers: members.ids.filter((id) => !endorsed.has(id)),
      share: share(inside.length, members.ids.length),
    },
    {
      en: `Endorsers as of the date (latest possible endorsement date on or before it) among ${members.label}, divided by the size of that population.`,
      fr: `Approbateurs à la date (date d'approbation la plus tardive possible antérieure ou égale) parmi ${members.label}, divisés par la taille de cette population.`,
    },
    records,
  );
}
