/**
 * Search across the framework's records: States and organizations, missions,
 * instruments and their principles, pledges and events, by their names in
 * English and French, their acronyms and their ids, as of a date. Pure, and
 * without zod: a bundle that imports it loads none of the schemas.
 */
import { happenedBy } from "./dates.js";
import type { Actor } from "./schemas/actor.js";
import type { ReadonlyDataset } from "./schemas/dataset.js";
import type { Event, Instrument, Principle } from "./schemas/framework.js";
import type { Mission } from "./schemas/mission.js";
import type { Pledge } from "./schemas/pledge.js";

/**
 * The kinds of record a search finds, in the order their groups are shown.
 *
 * @example
 * ```ts
 * import { SEARCH_KINDS } from "@bluehelm/core";
 *
 * console.log(SEARCH_KINDS.join(", ")); // "actor, mission, instrument, principle, pledge, event"
 * ```
 */
export const SEARCH_KINDS = ["actor", "mission", "instrument", "principle", "pledge", "event"] as const;

/**
 * A code of {@link SEARCH_KINDS}.
 *
 * @example
 * ```ts
 * import type { SearchKind } from "@bluehelm/core";
 *
 * const kind: SearchKind = "mission";
 * console.log(kind);
 * ```
 */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The collections a search reads: a dataset, or the same collections as an API returns them.
 *
 * @example
 * ```ts
 * import type { SearchRecords } from "@bluehelm/core";
 *
 * const none: SearchRecords = { actors: [], missions: [], instruments: [], principles: [], pledges: [], events: [], endorsements: [] };
 * console.log(Object.keys(none).length); // 7
 * ```
 */
export type SearchRecords = Pick<ReadonlyDataset, "actors" | "missions" | "instruments" | "principles" | "pledges" | "events" | "endorsements">;

/**
 * How a record matched, best first: its whole name, acronym or id (`exact`), the start of one
 * (`prefix`), the start of a word of one (`word`), a part of one (`part`), or every word of the
 * query at the start of some word of its names (`words`).
 *
 * @example
 * ```ts
 * import { SEARCH_MATCHES } from "@bluehelm/core";
 *
 * console.log(SEARCH_MATCHES[0], SEARCH_MATCHES.at(-1)); // "exact words"
 * ```
 */
export const SEARCH_MATCHES = ["exact", "prefix", "word", "part", "words"] as const;

/**
 * A code of {@link SEARCH_MATCHES}.
 *
 * @example
 * ```ts
 * import type { SearchMatch } from "@bluehelm/core";
 *
 * const match: SearchMatch = "prefix";
 * console.log(match);
 * ```
 */
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

/**
 * A record a search found: its kind and id, how it matched (`match`) and the text that matched best
 * as the record writes it (`matched`: a name, an acronym, an id), with the record itself. A State or organization comes with the ids of
 * the instruments it had endorsed by the date (certain by it, whatever the precision of the
 * endorsement's date); a principle with its instrument.
 *
 * @example
 * ```ts
 * import type { SearchHit } from "@bluehelm/core";
 *
 * const name = (hit: SearchHit): string => (hit.kind === "actor" ? hit.record.names.en : hit.kind === "mission" ? hit.record.acronym : hit.record.title.en);
 * console.log(typeof name);
 * ```
 */
export type SearchHit =
  | { readonly kind: "actor"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Actor; readonly endorsed: readonly string[] }
  | { readonly kind: "mission"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Mission }
  | { readonly kind: "instrument"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Instrument }
  | { readonly kind: "principle"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Principle; readonly instrument: Instrument | undefined }
  | { readonly kind: "pledge"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Pledge }
  | { readonly kind: "event"; readonly id: string; readonly match: SearchMatch; readonly matched: string; readonly record: Event };

/**
 * The answer of {@link search}: the hits, best first, at most `limit` of them, and how many records
 * matched in all (by kind too), so that a reader knows when some were left out.
 *
 * @example
 * ```ts
 * import type { SearchAnswer } from "@bluehelm/core";
 *
 * const leftOut = (a: SearchAnswer): number => a.total - a.hits.length;
 * console.log(typeof leftOut);
 * ```
 */
export interface SearchAnswer {
  /** The query as it was compared: lower case, without accents, punctuation as spaces. */
  readonly query: string;
  readonly asOf: string;
  readonly hits: readonly SearchHit[];
  /** How many records matched, before the limit. */
  readonly total: number;
  /** How many records of each kind matched, before the limit. */
  readonly totals: Readonly<Record<SearchKind, number>>;
}

/**
 * The options of {@link search}.
 *
 * @example
 * ```ts
 * import type { SearchOptions } from "@bluehelm/core";
 *
 * const options: SearchOptions = { asOf: "2017-12-31", limit: 20 };
 * console.log(options.limit);
 * ```
 */
export interface SearchOptions {
  /** Records dated after this day (`YYYY-MM-DD`) are not found: States admitted, missions started, instruments adopted, pledges announced, events begun later. */
  readonly asOf: string;
  /** The most hits returned (1 to {@link SEARCH_MAX_LIMIT}); {@link SEARCH_DEFAULT_LIMIT} when left out. */
  readonly limit?: number;
  /** Only these kinds. */
  readonly kinds?: readonly SearchKind[];
}

/**
 * The number of hits {@link search} returns when no limit is given.
 *
 * @example
 * ```ts
 * import { SEARCH_DEFAULT_LIMIT } from "@bluehelm/core";
 *
 * console.log(SEARCH_DEFAULT_LIMIT); // 50
 * ```
 */
export const SEARCH_DEFAULT_LIMIT = 50;
/**
 * The largest limit {@link search} accepts.
 *
 * @example
 * ```ts
 * import { SEARCH_MAX_LIMIT } from "@bluehelm/core";
 *
 * console.log(SEARCH_MAX_LIMIT); // 500
 * ```
 */
export const SEARCH_MAX_LIMIT = 500;

/**
 * Text as a search compares it: decomposed and stripped of its accents, in lower case, every run
 * of characters that are neither letters nor digits (apostrophes, hyphens, dots) one space.
 *
 * @example
 * ```ts
 * import { searchText } from "@bluehelm/core";
 *
 * console.log(searchText("Côte-d’Ivoire")); // "cote d ivoire"
 * ```
 */
export function searchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Field {
  readonly text: string;
  readonly norm: string;
}

const fieldsOf = (texts: readonly (string | undefined)[]): Field[] => {
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const text of texts) {
    if (text === undefined) continue;
    const norm = searchText(text);
    if (norm === "" || seen.has(norm)) continue;
    seen.add(norm);
    fields.push({ text, norm });
  }
  return fields;
};

/** The best match of a query in a record's fields, or undefined. */
function matchOf(query: string, words: readonly string[], fields: readonly Field[]): { match: SearchMatch; matched: string } | undefined {
  let best: { rank: number; matched: string } | undefined;
  for (const f of fields) {
    const rank = f.norm === query ? 0 : f.norm.startsWith(query) ? 1 : f.norm.includes(` ${query}`) ? 2 : f.norm.includes(query) ? 3 : undefined;
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { rank, matched: f.text };
  }
  if (best) return { match: SEARCH_MATCHES[best.rank]!, matched: best.matched };
  if (words.length < 2) return undefined;
  const all = ` ${fields.map((f) => f.norm).join(" ")}`;
  return words.every((w) => all.includes(` ${w}`)) ? { match: "words", matched: fields[0]!.text } : undefined;
}

const localizedTexts = (text: { readonly en: string; readonly fr?: string | undefined } | undefined): (string | undefined)[] => (text ? [text.en, text.fr] : []);

/**
 * Finds the records whose names (in English or French), acronyms or ids hold the query, as of a
 * date. The comparison ignores case, accents and punctuation ("cote d'ivoire" finds Côte-d'Ivoire,
 * "minuss" finds UNMISS by its French acronym). Nothing dated after `asOf` is found: a State
 * admitted, a mission started, an instrument adopted (and its principles), a pledge announced or
 * an event begun later; a State's endorsements are those certain by the date. Records without the
 * date are found (they are not known to be later).
 *
 * Hits come best first: exact names, acronyms or ids, then those that start with the query, then
 * a word that starts with it, then any part, then records that hold every word of the query at the
 * start of a word; within each, by kind in the order of {@link SEARCH_KINDS}, then by English name
 * (a mission by its acronym, a principle by its instrument and number) and id. An empty query finds nothing. Throws a `RangeError` when the limit is not an integer
 * from 1 to {@link SEARCH_MAX_LIMIT}.
 *
 * @example
 * ```ts
 * import { search } from "@bluehelm/core";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const answer = search(loadDataset(), "minuss", { asOf: "2024-12-31" });
 * console.log(answer.hits[0]?.id, answer.hits[0]?.match); // "unmiss exact"
 * ```
 */
export function search(records: SearchRecords, query: string, options: SearchOptions): SearchAnswer {
  const limit = options.limit ?? SEARCH_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT) {
    throw new RangeError(`search: the limit is an integer from 1 to ${SEARCH_MAX_LIMIT}, got ${String(limit)} / search : la limite est un entier de 1 à ${SEARCH_MAX_LIMIT}, reçu ${String(limit)}.`);
  }
  const { asOf } = options;
  const q = searchText(query);
  const totals: Record<SearchKind, number> = { actor: 0, mission: 0, instrument: 0, principle: 0, pledge: 0, event: 0 };
  if (q === "") return { query: q, asOf, hits: [], total: 0, totals };
  const words = q.split(" ");
  const wanted = new Set<SearchKind>(options.kinds ?? SEARCH_KINDS);
  const notAfter = (date: string | undefined) => date === undefined || date <= asOf;
  const found: { hit: SearchHit; rank: number; name: string }[] = [];
  const add = (hit: SearchHit, name: string) => {
    totals[hit.kind] += 1;
    found.push({ hit, rank: SEARCH_MATCHES.indexOf(hit.match) * SEARCH_KINDS.length + SEARCH_KINDS.indexOf(hit.kind), name: searchText(name) });
  };

  if (wanted.has("actor")) {
    const endorsed = new Map<string, Set<string>>();
    for (const e of records.endorsements) {
      if (!happenedBy(e.date, asOf)) continue;
      let set = endorsed.get(e.actorId);
      if (!set) endorsed.set(e.actorId, (set = new Set()));
      set.add(e.instrumentId);
    }
    for (const a of records.actors) {
      if (!notAfter(a.since)) continue;
      const m = matchOf(q, words, fieldsOf([a.names.en, a.names.fr, a.shortNames?.en, a.shortNames?.fr, a.kind === "organization" ? a.acronym : a.iso3, a.kind === "organization" ? undefined : a.iso2, a.id]));
      if (m) add({ kind: "actor", id: a.id, ...m, record: a, endorsed: [...(endorsed.get(a.id) ?? [])].sort() }, a.names.en);
    }
  }
  if (wanted.has("mission")) {
    for (const x of records.missions) {
      if (!notAfter(x.startDate)) continue;
      const m = matchOf(q, words, fieldsOf([x.acronym, x.acronymFr, ...localizedTexts(x.names), x.id]));
      if (m) add({ kind: "mission", id: x.id, ...m, record: x }, x.acronym);
    }
  }
  const instruments = new Map(records.instruments.map((i) => [i.id, i]));
  if (wanted.has("instrument")) {
    for (const x of records.instruments) {
      if (!notAfter(x.adoptedOn)) continue;
      const m = matchOf(q, words, fieldsOf([...localizedTexts(x.shortTitle), ...localizedTexts(x.title), x.id]));
      if (m) add({ kind: "instrument", id: x.id, ...m, record: x }, x.title.en);
    }
  }
  if (wanted.has("principle")) {
    for (const x of records.principles) {
      const instrument = instruments.get(x.instrumentId);
      if (!notAfter(instrument?.adoptedOn)) continue;
      const m = matchOf(q, words, fieldsOf([...localizedTexts(x.title), x.id]));
      // Principles of one instrument in their numbered order.
      if (m) add({ kind: "principle", id: x.id, ...m, record: x, instrument }, `${instrument?.title.en ?? x.instrumentId} ${String(x.number).padStart(6, "0")}`);
    }
  }
  if (wanted.has("pledge")) {
    for (const x of records.pledges) {
      if (!notAfter(x.announcedOn)) continue;
      const m = matchOf(q, words, fieldsOf([...localizedTexts(x.title), x.id]));
      if (m) add({ kind: "pledge", id: x.id, ...m, record: x }, x.title.en);
    }
  }
  if (wanted.has("event")) {
    for (const x of records.events) {
      if (!notAfter(x.startDate)) continue;
      const m = matchOf(q, words, fieldsOf([...localizedTexts(x.title), x.city, x.id]));
      if (m) add({ kind: "event", id: x.id, ...m, record: x }, x.title.en);
    }
  }

  found.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0));
  return { query: q, asOf, hits: found.slice(0, limit).map((f) => f.hit), total: found.length, totals };
}
