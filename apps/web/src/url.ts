/**
 * Everything a view shows is in its URL: the page in the path, the language,
 * the date and the explorer's filters and sort in the query. These functions
 * read and write that state; they are pure so that the round trip is tested.
 */
import { PLEDGE_KINDS, PLEDGE_STATUSES, SITE_DATASETS, VIOLENCE_TYPES, codes, isId, isIsoDate, today, type SiteDataset } from "@bluehelm/core";
import { type PledgeFilter } from "@bluehelm/core/analytics";
import type { ListQuery } from "@bluehelm/client";
import type { Lang } from "./i18n.js";

export type Route =
  | { readonly page: "overview" }
  | { readonly page: "map" }
  | { readonly page: "states" }
  | { readonly page: "state"; readonly id: string }
  | { readonly page: "missions" }
  | { readonly page: "mission"; readonly id: string }
  | { readonly page: "principles" }
  | { readonly page: "events" }
  | { readonly page: "pledges" }
  | { readonly page: "editor" }
  | { readonly page: "ground" }
  | { readonly page: "search" }
  | { readonly page: "not-found" };

/** The route of a path (`/states/fra`). */
export function parseRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return "";
    }
  });
  const [head, id, ...rest] = parts;
  if (rest.length > 0) return { page: "not-found" };
  if (head === undefined) return { page: "overview" };
  if (id !== undefined) {
    if (!isId(id)) return { page: "not-found" };
    if (head === "states") return { page: "state", id };
    if (head === "missions") return { page: "mission", id };
    return { page: "not-found" };
  }
  switch (head) {
    case "map":
    case "states":
    case "missions":
    case "principles":
    case "events":
    case "pledges":
    case "editor":
    case "ground":
    case "search":
      return { page: head };
    default:
      return { page: "not-found" };
  }
}

/** The language named by a query string; English when none or another. */
export function langOf(params: URLSearchParams): Lang {
  return params.get("lang") === "fr" ? "fr" : "en";
}

// Dates and ids are checked by the core's zod-free predicates, which agree with IsoDateSchema and IdSchema
// (property-tested in the core): the first page load does not need zod.
export { isIsoDate };

/** The `asOf` date of a query string, when it is a valid `YYYY-MM-DD`. */
export function asOfOf(params: URLSearchParams): string | undefined {
  const v = params.get("asOf");
  return v !== null && isIsoDate(v) ? v : undefined;
}

/**
 * The date a view answers for: its valid `asOf`, else the latest date with
 * data (the core's `latestDataDate`, read once by the app), else today (UTC,
 * as the API's default).
 */
export const viewDate = (params: URLSearchParams, latest?: string): string => asOfOf(params) ?? latest ?? today();

/**
 * A link within the app: the path, the given parameters (empty ones left
 * out) and the language (only when French, English being the default).
 */
export function href(path: string, lang: Lang, params: Readonly<Record<string, string | undefined>> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, v);
  if (lang === "fr") q.set("lang", "fr");
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A link within the app from the current view: like {@link href}, and the
 * view's date (its valid `asOf`) is carried, unless the parameters name
 * `asOf` themselves (a date, or `undefined` to leave it out).
 */
export function linkFrom(current: URLSearchParams, path: string, params: Readonly<Record<string, string | undefined>> = {}): string {
  return href(path, langOf(current), "asOf" in params ? params : { ...params, asOf: asOfOf(current) });
}

/** The same address in another language: path and every parameter kept. */
export function withLang(pathname: string, search: string, lang: Lang): string {
  const q = new URLSearchParams(search);
  if (lang === "fr") q.set("lang", "fr");
  else q.delete("lang");
  const text = q.toString();
  return text ? `${pathname}?${text}` : pathname;
}

// ------------------------------------------------------------------ the pledge explorer

export const PLEDGE_SORTS = ["-announcedOn", "announcedOn", "actorId", "kind", "status"] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

/** The filters of the core's pledge questions that the explorer offers. */
export const PLEDGE_FILTERS = ["actorId", "kind", "status", "eventId", "missionId"] as const satisfies readonly (keyof PledgeFilter)[];
export type PledgeFilterField = (typeof PLEDGE_FILTERS)[number];

/** The explorer's view: the core's pledge filters it offers, a sort and a date. */
export interface PledgeView extends Pick<PledgeFilter, PledgeFilterField> {
  readonly sort: PledgeSort;
  readonly asOf?: string;
}

const isKey = <T extends string>(list: Readonly<Record<T, unknown>>, v: string | null): v is T => v !== null && Object.prototype.hasOwnProperty.call(list, v);

/** The explorer's view from a query string; values that are not valid are left out. */
export function parsePledgeView(params: URLSearchParams): PledgeView {
  const id = (name: string) => {
    const v = params.get(name);
    return v !== null && isId(v) ? v : undefined;
  };
  const sort = params.get("sort");
  const kind = params.get("kind");
  const status = params.get("status");
  const asOf = asOfOf(params);
  const view: { -readonly [K in keyof PledgeView]: PledgeView[K] } = { sort: (PLEDGE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as PledgeSort) : "-announcedOn" };
  const actorId = id("actorId");
  const eventId = id("eventId");
  const missionId = id("missionId");
  if (actorId) view.actorId = actorId;
  if (isKey(PLEDGE_KINDS, kind)) view.kind = kind;
  if (isKey(PLEDGE_STATUSES, status)) view.status = status;
  if (eventId) view.eventId = eventId;
  if (missionId) view.missionId = missionId;
  if (asOf) view.asOf = asOf;
  return view;
}

/** The query parameters of a view (defaults left out), in a stable order. */
export function pledgeViewParams(view: PledgeView): Record<string, string | undefined> {
  return {
    actorId: view.actorId,
    kind: view.kind,
    status: view.status,
    eventId: view.eventId,
    missionId: view.missionId,
    sort: view.sort === "-announcedOn" ? undefined : view.sort,
    asOf: view.asOf,
  };
}

/** The API query for a view: the same filters and sort, every page. */
export function pledgeListQuery(view: PledgeView): Omit<ListQuery, "cursor"> {
  const filter: Record<string, string> = {};
  for (const f of PLEDGE_FILTERS) {
    const v = view[f];
    if (v !== undefined) filter[f] = v;
  }
  return { filter, sort: view.sort, limit: 1000, ...(view.asOf !== undefined ? { asOf: view.asOf } : {}) };
}

// ------------------------------------------------------------------ the ground

/** Which events a ground view shows: the core's default (one-sided violence against civilians) or every type. */
export const VIOLENCE_CHOICES = ["one-sided", "all"] as const;
export type ViolenceChoice = (typeof VIOLENCE_CHOICES)[number];

/**
 * The state of a view of the ground (the mission profile's sites section,
 * the ground page): the mission, the site set, the types of violence, the
 * year on the map and the date. Defaults are left out of the URL.
 */
export interface GroundView {
  readonly missionId?: string;
  readonly siteSet: SiteDataset;
  readonly violence: ViolenceChoice;
  readonly year?: number;
  /** For the endorsement question: the chosen mission's bases, or every mission's. */
  readonly scope: "mission" | "all";
  readonly asOf?: string;
}

/** A ground view from a query string; values that are not valid are left out. */
export function parseGroundView(params: URLSearchParams): GroundView {
  const set = params.get("siteSet");
  const violence = params.get("violence");
  const year = params.get("year");
  const missionId = params.get("missionId");
  const asOf = asOfOf(params);
  const view: { -readonly [K in keyof GroundView]: GroundView[K] } = {
    siteSet: isKey(SITE_DATASETS, set) ? set : "radpko",
    violence: violence === "all" ? "all" : "one-sided",
    scope: params.get("scope") === "all" ? "all" : "mission",
  };
  if (missionId !== null && isId(missionId)) view.missionId = missionId;
  if (year !== null && /^\d{4}$/.test(year) && Number(year) >= 1945 && Number(year) <= 2100) view.year = Number(year);
  if (asOf) view.asOf = asOf;
  return view;
}

/** The query parameters of a ground view (defaults left out), in a stable order. */
export function groundViewParams(view: GroundView): Record<string, string | undefined> {
  return {
    missionId: view.missionId,
    siteSet: view.siteSet === "radpko" ? undefined : view.siteSet,
    violence: view.violence === "all" ? "all" : undefined,
    year: view.year === undefined ? undefined : String(view.year),
    scope: view.scope === "all" ? "all" : undefined,
    asOf: view.asOf,
  };
}

/** The API's `violence` parameter of a choice: none for the core's default, every type for "all". */
export const violenceParam = (choice: ViolenceChoice): string | undefined => (choice === "all" ? codes(VIOLENCE_TYPES).join(",") : undefined);
