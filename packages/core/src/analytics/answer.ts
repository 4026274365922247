import type { Label } from "../codelists.js";

/**
 * The answer to a question, with what it takes to cite it: the date it is
 * true for, the method used (in English and French) and the ids of the
 * sources behind the records it was computed from.
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
