import { ENTITY_SCHEMAS, IsoDateSchema, type EntityKind, type ValidationReport } from "@bluehelm/core";
import { RESOURCES, type Filter, type ListQuery } from "@bluehelm/store";
import { paramReport } from "./problem.js";

/**
 * The report of a date query parameter that is not a calendar date `YYYY-MM-DD` (the core's IsoDateSchema:
 * `2021-02-30` is refused as well as `someday`), or undefined when it is one.
 */
export function dateParamReport(name: string, value: string): ValidationReport | undefined {
  if (IsoDateSchema.safeParse(value).success) return undefined;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const looksLikeDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return paramReport(
    ["query", name],
    `${name} is a calendar date YYYY-MM-DD; "${shown}" ${looksLikeDate ? "is not a day of the calendar" : "is not written that way"} (e.g. 2021-02-28).`,
    `${name} est une date du calendrier AAAA-MM-JJ ; « ${shown} » ${looksLikeDate ? "n'est pas un jour du calendrier" : "n'est pas écrit ainsi"} (p. ex. 2021-02-28).`,
  );
}

interface ZodLike {
  readonly _zod: { readonly def: { readonly type: string; readonly innerType?: ZodLike; readonly shape?: Readonly<Record<string, ZodLike>>; readonly element?: ZodLike } };
}

/** Whether a (dotted) field of a kind is a calendar date of the core (IsoDateSchema), so its filter values must be dates. */
function isDateField(kind: EntityKind, field: string): boolean {
  let schema: ZodLike | undefined = ENTITY_SCHEMAS[kind];
  for (const key of field.split(".")) {
    for (let i = 0; schema && i < 10 && schema._zod.def.innerType; i++) schema = schema._zod.def.innerType;
    schema = schema?._zod.def.shape?.[key];
    if (!schema) return false;
  }
  for (let i = 0; schema && i < 10; i++) {
    if ((schema as unknown) === IsoDateSchema) return true;
    const def: ZodLike["_zod"]["def"] = schema._zod.def;
    schema = def.innerType ?? def.element;
  }
  return false;
}

/** Query parameters of list endpoints that are not filters. */
export const RESERVED = ["limit", "cursor", "sort", "asOf", "format"] as const;

export type ParsedList =
  | { readonly ok: true; readonly query: ListQuery; readonly format: string | undefined }
  | { readonly ok: false; readonly report: ValidationReport };

const MAX_VALUES = 100;

/**
 * Reads a list query from the URL: `field=value` (repeat for any of several
 * values), `field.gte=` and `field.lte=` bounds, `sort`, `limit`, `cursor`,
 * `asOf`, `format`. Unknown parameters are refused, so a typo never silently
 * widens a query.
 */
export function parseListQuery(kind: EntityKind, params: URLSearchParams): ParsedList {
  const info = RESOURCES[kind];
  const filters = new Map<string, { field: string; op: Filter["op"]; values: string[] }>();
  const single: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of params) {
    if (++count > 200) return { ok: false, report: paramReport(["query"], "Too many query parameters (at most 200).", "Trop de paramètres (200 au plus).") };
    if ((RESERVED as readonly string[]).includes(key)) {
      if (single[key] !== undefined) {
        return { ok: false, report: paramReport(["query", key], `${key} is given more than once.`, `${key} est donné plus d'une fois.`) };
      }
      single[key] = value;
      continue;
    }
    let field = key;
    let op: Filter["op"] = "eq";
    if (key.endsWith(".gte") || key.endsWith(".lte")) {
      field = key.slice(0, -4);
      op = key.endsWith(".gte") ? "gte" : "lte";
    }
    if (!info.fields.has(field)) {
      const names = [...info.fields.keys()].join(", ");
      return {
        ok: false,
        report: paramReport(
          ["query", key],
          `Unknown query parameter "${key}". ${info.path} accepts ${RESERVED.join(", ")} and filters on: ${names} (with .gte/.lte for bounds).`,
          `Paramètre inconnu « ${key} ». ${info.path} accepte ${RESERVED.join(", ")} et les filtres : ${names} (avec .gte/.lte pour les bornes).`,
        ),
      };
    }
    const entry = filters.get(key) ?? { field, op, values: [] };
    if (entry.values.length >= MAX_VALUES) {
      return { ok: false, report: paramReport(["query", key], `At most ${MAX_VALUES} values per filter.`, `${MAX_VALUES} valeurs au plus par filtre.`) };
    }
    if (isDateField(kind, field)) {
      const report = dateParamReport(key, value);
      if (report) return { ok: false, report };
    }
    entry.values.push(value);
    filters.set(key, entry);
  }
  if (single.asOf !== undefined) {
    const report = dateParamReport("asOf", single.asOf);
    if (report) return { ok: false, report };
  }
  let limit: number | undefined;
  if (single.limit !== undefined) {
    limit = /^\d{1,4}$/.test(single.limit) ? Number(single.limit) : NaN;
    if (!(limit >= 1 && limit <= 1000)) {
      return { ok: false, report: paramReport(["query", "limit"], "limit is a whole number from 1 to 1000.", "limit est un entier de 1 à 1000.") };
    }
  }
  const query: ListQuery = {
    filters: [...filters.values()],
    ...(limit !== undefined ? { limit } : {}),
    ...(single.cursor !== undefined ? { cursor: single.cursor } : {}),
    ...(single.sort !== undefined ? { sort: single.sort } : {}),
    ...(single.asOf !== undefined ? { asOf: single.asOf } : {}),
  };
  return { ok: true, query, format: single.format };
}
