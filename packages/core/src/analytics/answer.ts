import type { Label } from "../codelists.js";

/**
 * The answer to a question, with what it takes to cite it: the date it is
 * true for, the method used (in English and French) and the ids of the
 * sources behind the records it was computed from.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage, type Answer, type PocCoverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const answer: Answer<PocCoverage> = pocCoverage(index, { asOf: "2024-01-01" });
 * console.log(answer.asOf, answer.value.missionShare, answer.method.en, answer.sources.length);
 * ```
 */
export interface Answer<T> {
  readonly asOf: string;
  readonly value: T;
  readonly method: Label;
  readonly sources: readonly string[];
}

/** Collects the sorted, distinct source ids of records. */
export function sourcesOf(records: Iterable<{ readonly sources: readonly string[] }>): string[] {
  const set = new Set<string>();
  for (const r of records) for (const s of r.sources) set.add(s);
  return [...set].sort();
}

/** Builds an answer. */
export function answer<T>(asOf: string, value: T, method: Label, records: Iterable<{ readonly sources: readonly string[] }>): Answer<T> {
  return { asOf, value, method, sources: sourcesOf(records) };
}

/** A share in [0, 1], or undefined when the denominator is zero. */
export function share(part: number, whole: number): number | undefined {
  if (!(whole > 0)) return undefined;
  return Math.min(1, Math.max(0, part / whole));
}
