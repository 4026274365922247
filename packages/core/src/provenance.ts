/**
 * When the data behind a figure was last updated, from the records of its
 * sources: their publication dates (`published`, to the precision known) and
 * the days they were retrieved (`accessed`). No date is made up: a source
 * without either is said to have none. Pure, and without zod.
 */
import type { Label } from "./codelists.js";
import type { Source } from "./schemas/source.js";

/**
 * What a source's date is: the day (or month, or year) it was published, or the day it was retrieved.
 *
 * @example
 * ```ts
 * import type { SourceDateBasis } from "@bluehelm/core";
 *
 * const basis: SourceDateBasis = "accessed";
 * console.log(basis);
 * ```
 */
export type SourceDateBasis = "published" | "accessed";

/**
 * A source cited by a figure, with the dates its record gives. `known` is false when the id is not
 * in the registry given (then it has no title and no dates).
 *
 * @example
 * ```ts
 * import type { DatedSource } from "@bluehelm/core";
 *
 * const source: DatedSource = { id: "psdh-dppadposs-pko", known: true, title: "Peacekeeping operations list", published: "2024-02-19" };
 * console.log(source.published ?? source.accessed ?? "not known");
 * ```
 */
export interface DatedSource {
  readonly id: string;
  readonly known: boolean;
  readonly title?: string;
  readonly published?: string;
  readonly accessed?: string;
}

/**
 * The answer of {@link dataUpdated}: the most recent date among the sources, with its source and
 * basis (absent when no source has a date), and every source with its dates, in the order given.
 *
 * @example
 * ```ts
 * import type { DataUpdated } from "@bluehelm/core";
 *
 * const said = (u: DataUpdated): string => (u.latest ? `${u.latest.date} (${u.latest.basis})` : "not known");
 * console.log(said({ sources: [] })); // "not known"
 * ```
 */
export interface DataUpdated {
  readonly latest?: { readonly sourceId: string; readonly date: string; readonly basis: SourceDateBasis };
  readonly sources: readonly DatedSource[];
}

/** The first day a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` may stand for: a year or month is not taken as later than it may be. */
const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/**
 * When the data behind a figure was last updated: for the figure's source ids (an answer's
 * `sources`), each source's publication and retrieval dates from the registry, and the most
 * recent of all these dates. Dates known to a month or a year are compared by the first day they
 * may stand for (so "2024" does not count as later than "2024-03-05"); at the same day, the more
 * precise date, then a publication before a retrieval, then the first source given. Ids repeated
 * are taken once.
 *
 * @example
 * ```ts
 * import { dataUpdated, type Source } from "@bluehelm/core";
 *
 * const registry = new Map<string, Source>([
 *   ["a", { id: "a", title: "Operations list", published: "2024-02-19", confidence: "verified" }],
 *   ["b", { id: "b", title: "A news article", published: "2025", accessed: "2025-06-01", confidence: "reported" }],
 * ]);
 * console.log(dataUpdated(["a", "b", "c"], registry).latest); // { sourceId: "b", date: "2025-06-01", basis: "accessed" }
 * ```
 */
export function dataUpdated(ids: readonly string[], sources: ReadonlyMap<string, Pick<Source, "id" | "title" | "published" | "accessed">>): DataUpdated {
  const dated: DatedSource[] = [];
  let latest: { sourceId: string; date: string; basis: SourceDateBasis } | undefined;
  const better = (date: string, basis: SourceDateBasis): boolean => {
    if (!latest) return true;
    const a = firstDay(date);
    const b = firstDay(latest.date);
    if (a !== b) return a > b;
    if (date.length !== latest.date.length) return date.length > latest.date.length;
    return basis === "published" && latest.basis === "accessed";
  };
  for (const id of new Set(ids)) {
    const source = sources.get(id);
    if (!source) {
      dated.push({ id, known: false });
      continue;
    }
    dated.push({
      id,
      known: true,
      title: source.title,
      ...(source.published !== undefined ? { published: source.published } : {}),
      ...(source.accessed !== undefined ? { accessed: source.accessed } : {}),
    });
    for (const [date, basis] of [
      [source.published, "published"],
      [source.accessed, "accessed"],
    ] as const) {
      if (date !== undefined && better(date, basis)) latest = { sourceId: id, date, basis };
    }
  }
  return latest ? { latest, sources: dated } : { sources: dated };
}

/**
 * A public data set as the data package describes it (`@bluehelm/data/datasets`): what matters here is
 * the sources it is cited as, and the date to show as "data last updated" with what that date is.
 *
 * @example
 * ```ts
 * import type { DatedDataset } from "@bluehelm/core";
 *
 * const set: DatedDataset = { id: "un-psdh-pko-missions", title: { en: "Operations list", fr: "Liste des opérations" }, sourceIds: ["psdh-dppadposs-pko"], updated: { date: "2024-02-19", basis: "publisher-update" } };
 * console.log(set.updated.date);
 * ```
 */
export interface DatedDataset<B extends string = string> {
  readonly id: string;
  readonly title: Label;
  readonly sourceIds: readonly string[];
  readonly updated: { readonly date: string; readonly basis: B };
}

/**
 * The public data sets a figure draws on: those cited by any of its source ids (an answer's `sources`),
 * in the order of `datasets`, each once. A figure from curated sources only (news, official pages) draws
 * on none.
 *
 * @example
 * ```ts
 * import { datasetsOf, type DatedDataset } from "@bluehelm/core";
 *
 * const sets: DatedDataset[] = [
 *   { id: "missions", title: { en: "Operations list", fr: "Liste des opérations" }, sourceIds: ["psdh-dppadposs-pko"], updated: { date: "2024-02-19", basis: "publisher-update" } },
 *   { id: "fatalities", title: { en: "Fatalities", fr: "Décès" }, sourceIds: ["psdh-fatalities"], updated: { date: "2025-04-04", basis: "publisher-update" } },
 * ];
 * console.log(datasetsOf(["psdh-dppadposs-pko", "a-news-article"], sets).map((d) => d.id)); // ["missions"]
 * ```
 */
export function datasetsOf<D extends DatedDataset>(ids: readonly string[], datasets: readonly D[]): D[] {
  const cited = new Set(ids);
  return datasets.filter((d) => d.sourceIds.some((s) => cited.has(s)));
}
