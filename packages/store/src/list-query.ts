/**
 * The SQL of a list query, built without a database: the page query and the
 * count query, each as text with numbered placeholders and the array of
 * values bound to them. Nothing a caller gives is written into the text:
 * field and sort names are looked up in the resource's whitelist (unknown
 * names are refused), and every value — the kind, the date, filter values,
 * JSON paths, the cursor's key and the limit — is a bound parameter.
 */
import { IsoDateSchema, today, type EntityKind } from "@bluehelm/core";
import { badQuery } from "./errors.js";
import { RESOURCES, type FieldInfo } from "./resources.js";
import type { Filter, ListQuery } from "./types.js";

/** The largest page a list query may ask for. */
export const MAX_LIMIT = 1000;
/** The page size when a list query gives none. */
export const DEFAULT_LIMIT = 50;

/** A statement: SQL text with `$1`, `$2`… and the values bound to them, in order. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A list query as SQL: the page (one row more than the limit, to tell whether there is a next page) and the total. */
export interface ListStatements {
  readonly page: Statement;
  readonly count: Statement;
  /** The page size asked for. */
  readonly limit: number;
  /** The sort as given (`id` by default): cursors are made for one sort. */
  readonly sort: string;
}

/** The columns a page row has besides the record's: the sort key's null rank and value, from which the next cursor is made. */
export interface PageKey {
  readonly id: string;
  readonly k0?: number | string;
  readonly kv?: unknown;
}

interface Cursor {
  readonly s: string;
  readonly k: number;
  readonly v: unknown;
  readonly id: string;
}

/** The cursor of the page after the one ending with `last`, for `sort`. */
export function cursorAfter(sort: string, last: PageKey): string {
  return encodeCursor({ s: sort, k: Number(last.k0), v: last.kv ?? null, id: last.id });
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.s, c.k, c.v, c.id]), "utf8").toString("base64url");
}

function decodeCursor(text: string, sort: string): Cursor {
  const fail = () =>
    badQuery(["cursor"], "The cursor is not one this list gave, or was made for another sort order.", "Le curseur n'a pas été donné par cette liste, ou l'a été pour un autre tri.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw fail();
  const [s, k, v, id] = parsed as unknown[];
  if (s !== sort || (k !== 0 && k !== 1) || typeof id !== "string") throw fail();
  if (v !== null && typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw fail();
  return { s, k, v, id };
}

/** The date a read is made as of: `asOf` checked, or today. */
export function checkAsOf(asOf: string | undefined): string {
  if (asOf === undefined) return today();
  if (!IsoDateSchema.safeParse(asOf).success) {
    throw badQuery(["asOf"], `asOf must be a date, YYYY-MM-DD (got "${asOf}").`, `asOf doit être une date, AAAA-MM-JJ (reçu « ${asOf} »).`);
  }
  return asOf;
}

/** A pledge's status as of the date in the placeholder `asOf` (e.g. `$3::text`), for the record aliased `r`. */
export const statusExpr = (asOf: string): string =>
  `(SELECT s.status FROM pledge_status s WHERE s.pledge_id = r.id AND s.since <= ${asOf} ORDER BY s.ord DESC LIMIT 1)`;
/** Since when a pledge has had that status, as of the date in the placeholder `asOf`. */
export const sinceExpr = (asOf: string): string =>
  `(SELECT s.since FROM pledge_status s WHERE s.pledge_id = r.id AND s.since <= ${asOf} ORDER BY s.ord DESC LIMIT 1)`;

const SQL_TYPE: Record<FieldInfo["type"], string> = { text: "text", number: "numeric", boolean: "boolean", list: "text" };
const NULL_DEFAULT: Record<FieldInfo["type"], string> = { text: "''", number: "0", boolean: "false", list: "''" };

/** Collects bound values; `bind` returns the placeholder of the value it was given. */
class Params {
  readonly values: unknown[] = [];
  bind(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
}

/** The JSON path of a field, bound as a `text[]` parameter. */
const jsonPath = (field: FieldInfo, params: Params): string => params.bind([...field.path], "text[]");

function fieldExpr(field: FieldInfo, asOf: string, params: Params): string {
  if (field.derived) return field.name === "status" ? statusExpr(asOf) : sinceExpr(asOf);
  const text = `(r.data #>> ${jsonPath(field, params)})`;
  if (field.type === "number") return `(${text})::numeric`;
  if (field.type === "boolean") return `(${text})::boolean`;
  return text;
}

function condition(field: FieldInfo, f: Filter, i: number, params: Params, asOf: string): string {
  const values = f.values.map((v) => {
    if (field.type === "number" && !/^-?\d+(\.\d+)?$/.test(v)) {
      throw badQuery(["filters", i, "values"], `${field.name} is a number (got "${v}").`, `${field.name} est un nombre (reçu « ${v} »).`);
    }
    if (field.type === "boolean" && v !== "true" && v !== "false") {
      throw badQuery(["filters", i, "values"], `${field.name} is true or false (got "${v}").`, `${field.name} vaut true ou false (reçu « ${v} »).`);
    }
    if (field.values && f.op === "eq" && !field.values.includes(v)) {
      throw badQuery(
        ["filters", i, "values"],
        `"${v}" is not a value of ${field.name}; the values are: ${field.values.join(", ")}.`,
        `« ${v} » n'est pas une valeur de ${field.name} ; les valeurs sont : ${field.values.join(", ")}.`,
      );
    }
    return v;
  });
  if (values.length === 0) throw badQuery(["filters", i, "values"], `No value given for ${field.name}.`, `Aucune valeur donnée pour ${field.name}.`);
  if (field.type === "list") {
    if (f.op !== "eq") throw badQuery(["filters", i, "op"], `${field.name} is a list: only equality applies.`, `${field.name} est une liste : seule l'égalité s'applique.`);
    const path = jsonPath(field, params);
    return `jsonb_exists_any(r.data #> ${path}, ${params.bind(values, "text[]")})`;
  }
  const expr = fieldExpr(field, asOf, params);
  const type = SQL_TYPE[field.type];
  if (f.op === "eq") return `${expr} = ANY(${params.bind(values, `${type}[]`)})`;
  if (field.type === "boolean") throw badQuery(["filters", i, "op"], `${field.name} is true or false: no range applies.`, `${field.name} vaut true ou false : pas d'intervalle.`);
  if (values.length !== 1) throw badQuery(["filters", i, "values"], `A bound takes one value.`, `Une borne prend une seule valeur.`);
  const collate = field.type === "text" ? ' COLLATE "C"' : "";
  return `${expr}${collate} ${f.op === "gte" ? ">=" : "<="} ${params.bind(values[0], type)}`;
}

/**
 * The SQL of a list query on records of `kind`: checks the query (unknown
 * fields, bad values, a cursor made for another sort, a limit out of range
 * are `bad-query` store errors) and builds the page and count statements.
 */
export function buildListQuery(kind: EntityKind, query: ListQuery = {}): ListStatements {
  const info = RESOURCES[kind];
  const params = new Params();
  const asOfValue = checkAsOf(query.asOf);
  const clauses = [`r.resource = ${params.bind(kind)}`];
  const asOf = params.bind(asOfValue, "text");
  clauses.push(`(r.effective_date IS NULL OR r.effective_date <= ${asOf})`);
  for (const [i, f] of (query.filters ?? []).entries()) {
    const field = info.fields.get(f.field);
    if (!field) {
      throw badQuery(
        ["filters", i, "field"],
        `${info.path} cannot be filtered on "${f.field}"; the fields are: ${[...info.fields.keys()].join(", ")}.`,
        `${info.path} ne se filtre pas sur « ${f.field} » ; les champs sont : ${[...info.fields.keys()].join(", ")}.`,
      );
    }
    clauses.push(condition(field, f, i, params, asOf));
  }
  const count: Statement = { sql: `SELECT count(*)::int AS n FROM records r WHERE ${clauses.join(" AND ")}`, params: [...params.values] };

  const sort = query.sort ?? "id";
  const desc = sort.startsWith("-");
  const sortName = desc ? sort.slice(1) : sort;
  let keyExpr: string;
  let keyType: FieldInfo["type"] = "text";
  if (sortName === "id") keyExpr = "''";
  else {
    const field = info.fields.get(sortName);
    if (!field || field.type === "list") {
      const sortable = [...info.fields.values()].filter((f) => f.type !== "list").map((f) => f.name);
      throw badQuery(
        ["sort"],
        `${info.path} cannot be sorted by "${sortName}"; sort by id or one of: ${sortable.join(", ")}.`,
        `${info.path} ne se trie pas par « ${sortName} » ; triez par id ou l'un de : ${sortable.join(", ")}.`,
      );
    }
    keyType = field.type;
    keyExpr = fieldExpr(field, asOf, params);
  }
  const k0 = desc ? `(CASE WHEN ${keyExpr} IS NULL THEN 0 ELSE 1 END)` : `(CASE WHEN ${keyExpr} IS NULL THEN 1 ELSE 0 END)`;
  const collate = keyType === "text" ? ' COLLATE "C"' : "";
  const kv = `COALESCE(${keyExpr}, ${NULL_DEFAULT[keyType]})`;
  const dir = desc ? "DESC" : "ASC";

  if (query.cursor !== undefined) {
    const c = decodeCursor(query.cursor, sort);
    const fits =
      c.v === null ||
      (keyType === "number"
        ? typeof c.v === "number" || (typeof c.v === "string" && /^-?\d{1,30}(\.\d{1,30})?$/.test(c.v))
        : keyType === "boolean"
          ? typeof c.v === "boolean"
          : typeof c.v === "string");
    if (!fits || (typeof c.v === "string" && c.v.length > 2000) || c.id.length > 200) {
      throw badQuery(["cursor"], "The cursor is not one this list gave.", "Le curseur n'a pas été donné par cette liste.");
    }
    const k = params.bind(c.k, "int");
    const v = params.bind(c.v, SQL_TYPE[keyType]);
    const id = params.bind(c.id, "text");
    clauses.push(`(${k0}, ${kv}${collate}, r.id COLLATE "C") ${desc ? "<" : ">"} (${k}, ${v}${collate}, ${id} COLLATE "C")`);
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badQuery(["limit"], `limit is a whole number from 1 to ${MAX_LIMIT}.`, `limit est un entier de 1 à ${MAX_LIMIT}.`);
  }
  const limitParam = params.bind(limit + 1);
  const derived = kind === "pledge" ? `, ${statusExpr(asOf)} AS status, ${sinceExpr(asOf)} AS status_since` : "";
  const sql = `SELECT r.id, r.data, r.version, r.updated_at${derived}, ${k0} AS k0, ${kv} AS kv
      FROM records r WHERE ${clauses.join(" AND ")}
      ORDER BY ${k0} ${dir}, ${kv}${collate} ${dir}, r.id COLLATE "C" ${dir}
      LIMIT ${limitParam}`;
  return { page: { sql, params: [...params.values] }, count, limit, sort };
}
