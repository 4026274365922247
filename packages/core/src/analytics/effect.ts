import type { Label } from "../codelists.js";
import { today } from "../dates.js";
import type { Answer } from "./answer.js";
import type { DatasetIndex } from "./dataset-index.js";
import { endorsersAsOf, populationMembers, type Population } from "./endorsements.js";
import { bootstrapDifference, mean, permutationPValue, seededRandom } from "./stats.js";

/**
 * Options of {@link endorsementEffect}.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementEffect, personnelIndicator, type EffectOptions } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const options: EffectOptions = { instrumentId: "kigali-principles", indicator: personnelIndicator(index, 2019, "women-share"), iterations: 500 };
 * console.log(endorsementEffect(index, options).value.enoughData);
 * ```
 */
export interface EffectOptions {
  readonly instrumentId: string;
  /** The indicator per actor; undefined leaves the actor out. */
  readonly indicator: (actorId: string) => number | undefined;
  /** Who is compared; default all Member States. */
  readonly population?: Population;
  readonly asOf?: string;
  /** Resamples for the bootstrap and the permutation test; default 2,000. */
  readonly iterations?: number;
  /** Seed of the random generator, so that answers are reproducible; default 1. */
  readonly seed?: number;
  /** Below this many actors with a value in either group, no conclusion is drawn; default 5. */
  readonly minGroupSize?: number;
}

/**
 * A group of the comparison.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementEffect, personnelIndicator, type EffectGroup } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const indicator = personnelIndicator(index, 2019, "personnel");
 * const group: EffectGroup = endorsementEffect(index, { instrumentId: "kigali-principles", indicator }).value.endorsers;
 * console.log(group.n, group.mean);
 * ```
 */
export interface EffectGroup {
  readonly n: number;
  readonly mean: number | undefined;
}

/**
 * Endorsers against non-endorsers on an indicator.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementEffect, personnelIndicator, type EndorsementEffect } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const indicator = personnelIndicator(index, 2019, "women-share");
 * const effect: EndorsementEffect = endorsementEffect(index, { instrumentId: "kigali-principles", indicator }).value;
 * console.log(effect.difference, effect.ci95, effect.pValue, effect.statement.en);
 * ```
 */
export interface EndorsementEffect {
  readonly endorsers: EffectGroup;
  readonly nonEndorsers: EffectGroup;
  /** mean(endorsers) − mean(non-endorsers). */
  readonly difference: number | undefined;
  /** 95 % percentile bootstrap interval of the difference. */
  readonly ci95: readonly [number, number] | undefined;
  /** Two-sided permutation p-value of the difference. */
  readonly pValue: number | undefined;
  /** False when either group is smaller than the minimum: the numbers say nothing. */
  readonly enoughData: boolean;
  readonly statement: Label;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

/**
 * Whether endorsers of an instrument differ from non-endorsers on an
 * indicator ("how endorsement translates to effects on the ground"): the
 * difference of means, a bootstrap confidence interval, a permutation
 * p-value, the sample sizes, and a plain statement — including when the
 * samples are too small to say anything. A difference is an association,
 * not evidence that endorsing caused it.
 *
 * @example
 * ```ts
 * import { createIndex, endorsementEffect, personnelIndicator } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = endorsementEffect(index, {
 *   instrumentId: "kigali-principles",
 *   indicator: personnelIndicator(index, 2019, "women-share"),
 *   asOf: "2019-12-31",
 * });
 * console.log(value.statement.en);
 * ```
 */
export function endorsementEffect(index: DatasetIndex, options: EffectOptions): Answer<EndorsementEffect> {
  const asOf = options.asOf ?? today();
  const iterations = options.iterations ?? 2000;
  const min = Math.max(2, options.minGroupSize ?? 5);
  const endorsers = endorsersAsOf(index, options.instrumentId, { asOf });
  const endorsed = new Set(endorsers.value.map((e) => e.actorId));
  const members = populationMembers(index, options.population ?? { kind: "member-states" }, asOf);
  const a: number[] = [];
  const b: number[] = [];
  for (const id of members.ids) {
    const v = options.indicator(id);
    if (v === undefined || !Number.isFinite(v)) continue;
    (endorsed.has(id) ? a : b).push(v);
  }
  const ma = mean(a);
  const mb = mean(b);
  const enoughData = a.length >= min && b.length >= min;
  let ci95: [number, number] | undefined;
  let pValue: number | undefined;
  let statement: Label;
  const difference = ma !== undefined && mb !== undefined ? ma - mb : undefined;
  if (!enoughData || difference === undefined) {
    statement = {
      en: `Too few actors to say anything: ${a.length} endorsers and ${b.length} non-endorsers have a value (at least ${min} in each group are needed).`,
      fr: `Trop peu d'acteurs pour conclure : ${a.length} approbateurs et ${b.length} non-approbateurs ont une valeur (il en faut au moins ${min} par groupe).`,
    };
  } else {
    const random = seededRandom(options.seed ?? 1);
    ci95 = bootstrapDifference(a, b, iterations, random);
    pValue = permutationPValue(a, b, iterations, random);
    const clear = pValue < 0.05 && (ci95[0] > 0 || ci95[1] < 0);
    statement = clear
      ? {
          en: `Endorsers differ from non-endorsers by ${fmt(difference)} on average (95 % interval ${fmt(ci95[0])} to ${fmt(ci95[1])}, p = ${pValue.toFixed(3)}; n = ${a.length} and ${b.length}). This is an association, not proof that endorsing caused it.`,
          fr: `Les approbateurs diffèrent des non-approbateurs de ${fmt(difference)} en moyenne (intervalle à 95 % de ${fmt(ci95[0])} à ${fmt(ci95[1])}, p = ${pValue.toFixed(3)} ; n = ${a.length} et ${b.length}). C'est une association, pas la preuve d'un effet de l'approbation.`,
        }
      : {
          en: `No clear difference between endorsers and non-endorsers: ${fmt(difference)} on average (95 % interval ${fmt(ci95[0])} to ${fmt(ci95[1])}, p = ${pValue.toFixed(3)}; n = ${a.length} and ${b.length}).`,
          fr: `Pas de différence nette entre approbateurs et non-approbateurs : ${fmt(difference)} en moyenne (intervalle à 95 % de ${fmt(ci95[0])} à ${fmt(ci95[1])}, p = ${pValue.toFixed(3)} ; n = ${a.length} et ${b.length}).`,
        };
  }
  return {
    asOf,
    value: { endorsers: { n: a.length, mean: ma }, nonEndorsers: { n: b.length, mean: mb }, difference, ci95, pValue, enoughData, statement },
    method: {
      en: `Endorsers as of the date against the rest of ${members.label}, over the actors with a value; difference of means, ${iterations} bootstrap resamples (percentile interval) and ${iterations} permutations, seeded for reproducibility.`,
      fr: `Approbateurs à la date contre le reste de ${members.label}, sur les acteurs ayant une valeur ; différence des moyennes, ${iterations} rééchantillonnages bootstrap (intervalle des percentiles) et ${iterations} permutations, avec une graine fixe.`,
    },
    sources: endorsers.sources,
  };
}
