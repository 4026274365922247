/**
 * The SQL of a list query, built without a database: the page query and the
 * count query, each as text with numbered placeholders and the array of
 * values bound to them. Nothing a caller gives is written into the text:
 * field and sort names are looked up in the resource's whitelist (unknown
 * names are refused) and only the whitelisted kind and JSON path are written
 * as literals, so that the planner can match the partial expression indexes
 * of the migrations; every value — the date, filter values, the cursor's key
 * and id, the limit — is a bound parameter.
 *
 * Pages are index-driven: sorted by the field's value then the id (byte
 * order), records without the field last, with a keyset cursor. A sorted
 * page is two index scans, the records with the field (`(key, id)` after the
 * cursor) then, when the page is not full, those without it (by id), so a deep
 * page costs what the first page costs.
 */
import { IsoDateSchema, today, type EntityKind } from "@bluehelm/core";
import { badQuery } from "./errors.js";
import { kindLiteral, listField, typedField } from "./expressions.js";
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
  /** The total: a sum of the kept counts by date when there is no filter, else a count of the matches. */
  readonly count: Statement;
  /** Whether the query has filters (its total is counted, not read from the kept counts). */
  readonly filtered: boolean;
  /**
   * For a sort by a field, while the page is among the records with a value: the records without one,
   * which come after them. Read only when `page` does not fill the page (an index scan of its own).
   */
  readonly nulls?: Statement;
  /** The page size asked for. */
  readonly limit: number;
  /** The sort as given (`id` by default): cursors are made for one sort. */
  readonly sort: string;
}

/** The columns a page row has besides the record's: the sort key's null rank (0 with a value, 1 without) and value, from which the next cursor is made. */
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

/** The status interval of a pledge `r` that contains the date in the placeholder `asOf`. */
const asOfInterval = (asOf: string): string => `s.since <= ${asOf} AND (s.until IS NULL OR s.until > ${asOf})`;

/** A pledge's status as of the date in the placeholder `asOf` (e.g. `$3::text`), for the record aliased `r`. */
export const statusExpr = (asOf: string): string =>
  `(SELECT s.status FROM pledge_status s WHERE s.pledge_id = r.id AND ${asOfInterval(asOf)} ORDER BY s.ord DESC LIMIT 1)`;
/** Since when a pledge has had that status, as of the date in the placeholder `asOf`. */
export const sinceExpr = (asOf: string): string =>
  `(SELECT s.since FROM pledge_status s WHERE s.pledge_id = r.id AND ${asOfInterval(asOf)} ORDER BY s.ord DESC LIMIT 1)`;

const SQL_TYPE: Record<FieldInfo["type"], string> = { text: "text", number: "numeric", boolean: "boolean", list: "text" };

/** Collects bound values; `bind` returns the placeholder of the value it was given. */
class Params {
  readonly values: unknown[] = [];
  bind(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
}

/** A scalar field of the record `r` as SQL: the derived status fields of pledges, else the typed JSON value. */
function fieldExpr(field: FieldInfo, asOf: string): string {
  if (field.derived) return field.name === "status" ? `(${statusExpr(asOf)} COLLATE "C")` : `(${sinceExpr(asOf)} COLLATE "C")`;
  return typedField(field.path, field.type === "list" ? "text" : field.type, "r");
}

/** A filter as SQL; for an equality on the pledge status, also the placeholder of its statuses. */
function condition(field: FieldInfo, f: Filter, i: number, params: Params, asOf: string): { sql: string; statuses?: string } {
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
    return { sql: `jsonb_exists_any(${listField(field.path, "r")}, ${params.bind(values, "text[]")})` };
  }
  const type = SQL_TYPE[field.type];
  if (field.derived && field.name === "status" && f.op === "eq") {
    // The pledges whose status interval containing the date has one of the statuses: an index lookup.
    const statuses = params.bind(values, "text[]");
    return { sql: `r.id IN (SELECT s.pledge_id FROM pledge_status s WHERE s.status = ANY(${statuses}) AND ${asOfInterval(asOf)})`, statuses };
  }
  const expr = fieldExpr(field, asOf);
  if (f.op === "eq") {
    // One value is an equality, not "= ANY" of one: the field's index (value, id) then gives the rows in id
    // order, and a page stops after its rows instead of sorting every match.
    if (values.length === 1) return { sql: `${expr} = ${params.bind(values[0], type)}` };
    return { sql: `${expr} = ANY(${params.bind(values, `${type}[]`)})` };
  }
  if (field.type === "boolean") throw badQuery(["filters", i, "op"], `${field.name} is true or false: no range applies.`, `${field.name} vaut true ou false : pas d'intervalle.`);
  if (values.length !== 1) throw badQuery(["filters", i, "values"], `A bound takes one value.`, `Une borne prend une seule valeur.`);
  return { sql: `${expr} ${f.op === "gte" ? ">=" : "<="} ${params.bind(values[0], type)}` };
}

/**
 * The SQL of a list query on records of `kind`: checks the query (unknown
 * fields, bad values, a cursor made for another sort, a limit out of range
 * are `bad-query` store errors) and builds the page and count statements.
 */
export function buildListQuery(kind: EntityKind, query: ListQuery = {}): ListStatements {
  const info = RESOURCES[kind];
  if (!info) throw badQuery(["kind"], `Not a kind of record: "${String(kind)}".`, `Pas un type d'enregistrement : « ${String(kind)} ».`);
  const params = new Params();
  const asOfValue = checkAsOf(query.asOf);
  const asOf = params.bind(asOfValue, "text");
  const clauses = [`r.resource = ${kindLiteral(kind)}`, `(r.effective_date IS NULL OR r.effective_date <= ${asOf})`];
  const statuses: string[] = [];
  for (const [i, f] of (query.filters ?? []).entries()) {
    const field = info.fields.get(f.field);
    if (!field) {
      throw badQuery(
        ["filters", i, "field"],
        `${info.path} cannot be filtered on "${f.field}"; the fields are: ${[...info.fields.keys()].join(", ")}.`,
        `${info.path} ne se filtre pas sur « ${f.field} » ; les champs sont : ${[...info.fields.keys()].join(", ")}.`,
      );
    }
    const c = condition(field, f, i, params, asOf);
    clauses.push(c.sql);
    if (c.statuses) statuses.push(c.statuses);
  }
  const filtered = clauses.length > 2;
  // A pledge with a status as of the date was announced by then: the status intervals alone give the
  // count when the statuses are the only filter (each pledge has one interval containing the date).
  const count: Statement =
    statuses.length === 1 && clauses.length === 3
      ? {
          // The statuses counted by day (a trigger keeps them), summed up to the date.
          sql: `SELECT coalesce(sum(c.n), 0)::int AS n FROM pledge_status_counts c WHERE c.status = ANY(${statuses[0]}) AND c.day <= ${asOf}`,
          params: [...params.values],
        }
    : filtered
    ? { sql: `SELECT count(*)::int AS n FROM records r WHERE ${clauses.join(" AND ")}`, params: [...params.values] }
    : {
        // Unfiltered: the counts kept by date (a trigger keeps them), summed up to the date.
        sql: `SELECT coalesce(sum(c.n), 0)::int AS n FROM record_counts c WHERE c.resource = ${kindLiteral(kind)} AND c.effective_date <= ${asOf}`,
        params: [...params.values],
      };

  const sort = query.sort ?? "id";
  const desc = sort.startsWith("-");
  const sortName = desc ? sort.slice(1) : sort;
  let key: { expr: string; type: FieldInfo["type"] } | undefined;
  if (sortName !== "id") {
    const field = info.fields.get(sortName);
    if (!field || field.type === "list") {
      const sortable = [...info.fields.values()].filter((f) => f.type !== "list").map((f) => f.name);
      throw badQuery(
        ["sort"],
        `${info.path} cannot be sorted by "${sortName}"; sort by id or one of: ${sortable.join(", ")}.`,
        `${info.path} ne se trie pas par « ${sortName} » ; triez par id ou l'un de : ${sortable.join(", ")}.`,
      );
    }
    key = { expr: fieldExpr(field, asOf), type: field.type };
  }

  let cursor: Cursor | undefined;
  if (query.cursor !== undefined) {
    const c = decodeCursor(query.cursor, sort);
    const keyType = key?.type ?? "text";
    const fits =
      c.v === null ||
      (keyType === "number"
        ? typeof c.v === "number" || (typeof c.v === "string" && /^-?\d{1,30}(\.\d{1,30})?$/.test(c.v))
        : keyType === "boolean"
          ? typeof c.v === "boolean"
          : typeof c.v === "string");
    if (!fits || (typeof c.v === "string" && c.v.length > 2000) || c.id.length > 200 || (c.k === 0 && c.v === null && key !== undefined)) {
      throw badQuery(["cursor"], "The cursor is not one this list gave.", "Le curseur n'a pas été donné par cette liste.");
    }
    cursor = c;
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badQuery(["limit"], `limit is a whole number from 1 to ${MAX_LIMIT}.`, `limit est un entier de 1 à ${MAX_LIMIT}.`);
  }
  const dir = desc ? "DESC" : "ASC";
  const after = desc ? "<" : ">";
  const derived = kind === "pledge" ? `, ${statusExpr(asOf)} AS status, ${sinceExpr(asOf)} AS status_since` : "";
  const columns = `r.id, r.data, r.version, r.updated_at${derived}`;
  const where = clauses.join(" AND ");

  const limitParam = (p: Params) => p.bind(limit + 1);
  if (key === undefined) {
    const keyset = cursor ? ` AND r.id ${after} ${params.bind(cursor.id, "text")}` : "";
    const sql = `SELECT ${columns}, 0 AS k0, NULL AS kv FROM records r WHERE ${where}${keyset} ORDER BY r.id ${dir} LIMIT ${limitParam(params)}`;
    return { page: { sql, params: [...params.values] }, count, filtered, limit, sort };
  }
  const cast = SQL_TYPE[key.type];
  // Without a value, last whichever the direction, by id; ordered by the (null) key too, so that the
  // field's index, where the nulls are together and by id, serves this part as well.
  const rest = new Params();
  rest.values.push(...params.values);
  const nullKeyset = cursor?.k === 1 ? ` AND r.id ${after} ${rest.bind(cursor.id, "text")}` : "";
  const nulls: Statement = {
    sql: `SELECT ${columns}, 1 AS k0, NULL::${cast} AS kv FROM records r WHERE ${where} AND ${key.expr} IS NULL${nullKeyset} ORDER BY ${key.expr} ${dir}, r.id ${dir} LIMIT ${limitParam(rest)}`,
    params: rest.values,
  };
  if (cursor?.k === 1) return { page: nulls, count, filtered, limit, sort };
  // With a value: (key, id) after the cursor's.
  const keyset = cursor ? ` AND (${key.expr}, r.id) ${after} (${params.bind(cursor.v, cast)}, ${params.bind(cursor.id, "text")})` : "";
  const sql = `SELECT ${columns}, 0 AS k0, ${key.expr} AS kv FROM records r WHERE ${where} AND ${key.expr} IS NOT NULL${keyset} ORDER BY ${key.expr} ${dir}, r.id ${dir} LIMIT ${limitParam(params)}`;
  return { page: { sql, params: [...params.values] }, nulls, count, filtered, limit, sort };
}
