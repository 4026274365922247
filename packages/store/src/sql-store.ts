import {
  COLLECTION_OF,
  DatasetSchema,
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  IdSchema,
  IsoDateSchema,
  makeIssue,
  makeReport,
  pledgeStatus,
  today,
  validate,
  validateDataset,
  type Dataset,
  type EntityKind,
  type EntityOf,
  type PledgeEvent,
  type PledgeStatus,
  type ReadonlyDataset,
  type ValidationIssue,
} from "@bluehelm/core";
import type { Driver, Queryable } from "./driver.js";
import { StoreError, badQuery, invalid } from "./errors.js";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations.js";
import { RESOURCES, effectiveDate, type FieldInfo, type WritableKind } from "./resources.js";
import { ROLES, hashToken, newToken, tokenId, tokenMatches, type Role } from "./tokens.js";
import type {
  AuditEntry,
  AuditQuery,
  Filter,
  ListQuery,
  Page,
  Store,
  StoredRecord,
  TokenInfo,
  WriteContext,
  WriteResult,
} from "./types.js";

const CHANNEL = "bluehelm_changes";
const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 50;

interface Row {
  id: string;
  data: unknown;
  version: number;
  updated_at: Date | string;
  status?: string | null;
  status_since?: string | null;
  k0?: number;
  kv?: unknown;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

const KEY_ORDER = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, [...new Set(RESOURCES[k].columns.map((c) => c[0]!))].filter((key) => !RESOURCES[k].fields.get(key)?.derived)]),
) as Record<EntityKind, string[]>;

/** The record with its fields in the schema's order (jsonb keeps its own order). */
function ordered(kind: EntityKind, data: unknown): unknown {
  if (data === null || typeof data !== "object") return data;
  const source = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER[kind]) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

function toStored<K extends EntityKind>(kind: K, row: Row): StoredRecord<K> {
  const base = { kind, id: row.id, record: ordered(kind, row.data) as EntityOf<K>, version: Number(row.version), updatedAt: iso(row.updated_at) };
  if (kind !== "pledge") return base;
  return { ...base, status: (row.status ?? null) as PledgeStatus | null, statusSince: row.status_since ?? null };
}

/** A JSON path literal for `#>>`; field names are whitelisted identifiers. */
const jsonPath = (path: readonly string[]): string => `'{${path.join(",")}}'`;

function fieldExpr(field: FieldInfo, asOfParam: string): string {
  if (field.derived) return field.name === "status" ? statusExpr(asOfParam) : sinceExpr(asOfParam);
  const text = `(r.data #>> ${jsonPath(field.path)})`;
  if (field.type === "number") return `(${text})::numeric`;
  if (field.type === "boolean") return `(${text})::boolean`;
  return text;
}

const statusExpr = (asOf: string) =>
  `(SELECT s.status FROM pledge_status s WHERE s.pledge_id = r.id AND s.since <= ${asOf} ORDER BY s.ord DESC LIMIT 1)`;
const sinceExpr = (asOf: string) =>
  `(SELECT s.since FROM pledge_status s WHERE s.pledge_id = r.id AND s.since <= ${asOf} ORDER BY s.ord DESC LIMIT 1)`;

const SQL_TYPE: Record<FieldInfo["type"], string> = { text: "text", number: "numeric", boolean: "boolean", list: "text" };
const NULL_DEFAULT: Record<FieldInfo["type"], string> = { text: "''", number: "0", boolean: "false", list: "''" };

interface Cursor {
  readonly s: string;
  readonly k: number;
  readonly v: unknown;
  readonly id: string;
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

function checkAsOf(asOf: string | undefined): string {
  if (asOf === undefined) return today();
  if (!IsoDateSchema.safeParse(asOf).success) {
    throw badQuery(["asOf"], `asOf must be a date, YYYY-MM-DD (got "${asOf}").`, `asOf doit être une date, AAAA-MM-JJ (reçu « ${asOf} »).`);
  }
  return asOf;
}

/** The status history rows of a pledge, folded from its events. */
function statusSteps(pledge: { id: string; announcedOn: string }, events: readonly PledgeEvent[]) {
  return pledgeStatus(pledge, events, { asOf: "9999-12-31", path: ["pledgeEvents"] });
}

async function writeSteps(tx: Queryable, pledge: { id: string; announcedOn: string }, events: readonly PledgeEvent[]): Promise<void> {
  const folded = statusSteps(pledge, events);
  await tx.query("DELETE FROM pledge_status WHERE pledge_id = $1", [pledge.id]);
  await tx.query(
    `INSERT INTO pledge_status (pledge_id, ord, status, since, event_id)
     SELECT $1, (e->>'ord')::int, e->>'status', e->>'since', e->>'eventId' FROM jsonb_array_elements($2::jsonb) e`,
    [pledge.id, JSON.stringify(folded.history.map((h, ord) => ({ ord, status: h.status, since: h.since, eventId: h.eventId ?? null })))],
  );
}

export interface SqlStoreOptions {
  /** Seed an empty database with this dataset on first start; `false` to start empty. */
  readonly seed?: ReadonlyDataset | false;
}

/** Runs the migrations and, on a new database, the seeding, in one transaction. */
async function migrate(driver: Driver, seed: ReadonlyDataset | false): Promise<void> {
  await driver.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(424242)");
    await tx.exec(MIGRATIONS_TABLE);
    const done = new Set((await tx.query<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)));
    const fresh = done.size === 0;
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [m.id, m.name]);
    }
    if (fresh && seed) await seedDataset(tx, seed);
  });
}

async function seedDataset(tx: Queryable, dataset: ReadonlyDataset): Promise<void> {
  const rows: { resource: string; id: string; data: unknown; eff: string | null }[] = [];
  const counts: Record<string, number> = {};
  for (const kind of ENTITY_KINDS) {
    const list = dataset[COLLECTION_OF[kind]] as readonly { id: string }[];
    counts[kind] = list.length;
    for (const record of list) rows.push({ resource: kind, id: record.id, data: record, eff: effectiveDate(kind, record as EntityOf<typeof kind>) ?? null });
  }
  await tx.query(
    `INSERT INTO records (resource, id, data, effective_date)
     SELECT e->>'resource', e->>'id', e->'data', e->>'eff' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`,
    [JSON.stringify(rows)],
  );
  const eventsBy = new Map<string, PledgeEvent[]>();
  for (const e of dataset.pledgeEvents) eventsBy.set(e.pledgeId, [...(eventsBy.get(e.pledgeId) ?? []), e]);
  for (const p of dataset.pledges) await writeSteps(tx, p, eventsBy.get(p.id) ?? []);
  await tx.query("INSERT INTO audit_log (actor, action, resource, after) VALUES ($1, 'seed', '*', $2::jsonb)", [
    "system:seed",
    JSON.stringify({ counts }),
  ]);
}

/** The store over a SQL driver; both engines share it. */
export class SqlStore implements Store {
  readonly engine: "pglite" | "postgres";
  readonly #driver: Driver;
  #generation = 0;
  /** Per kind: a counter bumped when records of the kind may have changed, and the cached records. */
  readonly #kindGeneration = new Map<EntityKind, number>();
  readonly #collections = new Map<EntityKind, { generation: number; promise: Promise<readonly unknown[]> }>();
  #datasetCache: { generation: number; promise: Promise<ReadonlyDataset> } | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #writes = 0;

  private constructor(driver: Driver) {
    this.#driver = driver;
    this.engine = driver.engine;
  }

  static async open(driver: Driver, options: SqlStoreOptions = {}): Promise<SqlStore> {
    try {
      await migrate(driver, options.seed ?? false);
      const store = new SqlStore(driver);
      store.#unlisten = await driver.listen(CHANNEL, (payload) => store.#invalidate(payload));
      return store;
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw error;
    }
  }

  generation(): number {
    return this.#generation;
  }

  /** Records of a kind (or of every kind, when it is not a kind) may have changed. */
  #invalidate(kind: string | undefined): void {
    this.#generation += 1;
    const kinds = kind !== undefined && (ENTITY_KINDS as readonly string[]).includes(kind) ? [kind as EntityKind] : ENTITY_KINDS;
    for (const k of kinds) this.#kindGeneration.set(k, (this.#kindGeneration.get(k) ?? 0) + 1);
  }

  /** The records of one kind in append order, cached until records of that kind change. */
  #collection(kind: EntityKind): Promise<readonly unknown[]> {
    const generation = this.#kindGeneration.get(kind) ?? 0;
    const cached = this.#collections.get(kind);
    if (cached?.generation === generation) return cached.promise;
    const promise = this.#driver
      .query<{ data: unknown }>("SELECT data FROM records WHERE resource = $1 ORDER BY seq", [kind])
      .then((rows) => Object.freeze(rows.map((r) => ordered(kind, r.data))));
    this.#collections.set(kind, { generation, promise });
    promise.catch(() => {
      if (this.#collections.get(kind)?.promise === promise) this.#collections.delete(kind);
    });
    return promise;
  }

  async ping(): Promise<void> {
    await this.#driver.query("SELECT 1");
  }

  async close(): Promise<void> {
    await this.#unlisten?.();
    await this.#driver.close();
  }

  // ---------------------------------------------------------------- reads

  #where(kind: EntityKind, query: ListQuery, params: unknown[]): { clauses: string[]; asOfParam: string } {
    const info = RESOURCES[kind];
    const asOf = checkAsOf(query.asOf);
    params.push(kind);
    const clauses = [`r.resource = $${params.length}`];
    params.push(asOf);
    const asOfParam = `$${params.length}::text`;
    clauses.push(`(r.effective_date IS NULL OR r.effective_date <= ${asOfParam})`);
    for (const [i, f] of (query.filters ?? []).entries()) {
      const field = info.fields.get(f.field);
      if (!field) {
        throw badQuery(
          ["filters", i, "field"],
          `${info.path} cannot be filtered on "${f.field}"; the fields are: ${[...info.fields.keys()].join(", ")}.`,
          `${info.path} ne se filtre pas sur « ${f.field} » ; les champs sont : ${[...info.fields.keys()].join(", ")}.`,
        );
      }
      clauses.push(this.#condition(field, f, i, params, asOfParam));
    }
    return { clauses, asOfParam };
  }

  #condition(field: FieldInfo, f: Filter, i: number, params: unknown[], asOfParam: string): string {
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
      params.push(values);
      return `jsonb_exists_any(r.data #> ${jsonPath(field.path)}, $${params.length}::text[])`;
    }
    const expr = fieldExpr(field, asOfParam);
    const type = SQL_TYPE[field.type];
    if (f.op === "eq") {
      params.push(values);
      return `${expr} = ANY($${params.length}::${type}[])`;
    }
    if (field.type === "boolean") throw badQuery(["filters", i, "op"], `${field.name} is true or false: no range applies.`, `${field.name} vaut true ou false : pas d'intervalle.`);
    if (values.length !== 1) throw badQuery(["filters", i, "values"], `A bound takes one value.`, `Une borne prend une seule valeur.`);
    params.push(values[0]);
    const collate = field.type === "text" ? ' COLLATE "C"' : "";
    return `${expr}${collate} ${f.op === "gte" ? ">=" : "<="} $${params.length}::${type}`;
  }

  async list<K extends EntityKind>(kind: K, query: ListQuery = {}): Promise<Page<K>> {
    const info = RESOURCES[kind];
    const params: unknown[] = [];
    const { clauses, asOfParam } = this.#where(kind, query, params);
    const countParams = [...params];
    const countClauses = [...clauses];

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
      keyExpr = fieldExpr(field, asOfParam);
    }
    const k0 = desc ? `(CASE WHEN ${keyExpr} IS NULL THEN 0 ELSE 1 END)` : `(CASE WHEN ${keyExpr} IS NULL THEN 1 ELSE 0 END)`;
    const collate = keyType === "text" ? ' COLLATE "C"' : "";
    const kv = `COALESCE(${keyExpr}, ${NULL_DEFAULT[keyType]})`;
    const dir = desc ? "DESC" : "ASC";

    if (query.cursor !== undefined) {
      const c = decodeCursor(query.cursor, sort);
      const fits =
        c.v === null ||
        (keyType === "number" ? (typeof c.v === "number" || (typeof c.v === "string" && /^-?\d{1,30}(\.\d{1,30})?$/.test(c.v))) : keyType === "boolean" ? typeof c.v === "boolean" : typeof c.v === "string");
      if (!fits || (typeof c.v === "string" && c.v.length > 2000) || c.id.length > 200) {
        throw badQuery(["cursor"], "The cursor is not one this list gave.", "Le curseur n'a pas été donné par cette liste.");
      }
      params.push(c.k, c.v, c.id);
      const n = params.length;
      clauses.push(
        `(${k0}, ${kv}${collate}, r.id COLLATE "C") ${desc ? "<" : ">"} ($${n - 2}::int, $${n - 1}::${SQL_TYPE[keyType]}${collate}, $${n}::text COLLATE "C")`,
      );
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw badQuery(["limit"], `limit is a whole number from 1 to ${MAX_LIMIT}.`, `limit est un entier de 1 à ${MAX_LIMIT}.`);
    }
    params.push(limit + 1);
    const derived = kind === "pledge" ? `, ${statusExpr(asOfParam)} AS status, ${sinceExpr(asOfParam)} AS status_since` : "";
    const sql = `SELECT r.id, r.data, r.version, r.updated_at${derived}, ${k0} AS k0, ${kv} AS kv
      FROM records r WHERE ${clauses.join(" AND ")}
      ORDER BY ${k0} ${dir}, ${kv}${collate} ${dir}, r.id COLLATE "C" ${dir}
      LIMIT $${params.length}`;
    const [rows, counted] = await Promise.all([
      this.#driver.query<Row>(sql, params),
      this.#driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM records r WHERE ${countClauses.join(" AND ")}`, countParams),
    ]).catch((error: unknown) => {
      // A value the database cannot take as the field's type (SQLSTATE class 22, data exception) is the query's fault.
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("22")) {
        throw badQuery(["query"], "A value of the query does not fit its field.", "Une valeur de la requête ne convient pas à son champ.");
      }
      throw error;
    });
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    const nextCursor =
      more && last ? encodeCursor({ s: sort, k: Number(last.k0), v: (last.kv ?? null), id: last.id }) : undefined;
    return { items: page.map((r) => toStored(kind, r)), total: Number(counted[0]?.n ?? 0), nextCursor };
  }

  async *iterate<K extends EntityKind>(kind: K, query: Omit<ListQuery, "cursor"> = {}): AsyncGenerator<StoredRecord<K>> {
    let cursor: string | undefined;
    do {
      const page: Page<K> = await this.list(kind, { ...query, limit: query.limit ?? 500, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) yield item;
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }

  async get<K extends EntityKind>(kind: K, id: string, options: { readonly asOf?: string } = {}): Promise<StoredRecord<K> | undefined> {
    const asOf = checkAsOf(options.asOf);
    if (!IdSchema.safeParse(id).success) return undefined;
    const derived = kind === "pledge" ? `, ${statusExpr("$3::text")} AS status, ${sinceExpr("$3::text")} AS status_since` : ", $3::text AS as_of";
    const rows = await this.#driver.query<Row>(
      `SELECT r.id, r.data, r.version, r.updated_at${derived} FROM records r WHERE r.resource = $1 AND r.id = $2`,
      [kind, id, asOf],
    );
    return rows[0] ? toStored(kind, rows[0]) : undefined;
  }

  async pledgeEvents(pledgeId: string): Promise<StoredRecord<"pledge-event">[]> {
    if (!IdSchema.safeParse(pledgeId).success) return [];
    const rows = await this.#driver.query<Row>(
      `SELECT r.id, r.data, r.version, r.updated_at FROM records r WHERE r.resource = 'pledge-event' AND r.data->>'pledgeId' = $1 ORDER BY r.seq`,
      [pledgeId],
    );
    return rows.map((r) => toStored("pledge-event", r));
  }

  dataset(): Promise<ReadonlyDataset> {
    const generation = this.#generation;
    if (this.#datasetCache?.generation === generation) return this.#datasetCache.promise;
    const promise = this.#loadDataset();
    this.#datasetCache = { generation, promise };
    promise.catch(() => {
      if (this.#datasetCache?.promise === promise) this.#datasetCache = undefined;
    });
    return promise;
  }

  async #loadDataset(): Promise<ReadonlyDataset> {
    const lists = await Promise.all(ENTITY_KINDS.map((k) => this.#collection(k)));
    const out = Object.fromEntries(Object.keys(DatasetSchema.shape).map((c) => [c, Object.freeze([] as unknown[])])) as Record<keyof Dataset, readonly unknown[]>;
    ENTITY_KINDS.forEach((k, i) => {
      out[COLLECTION_OF[k]] = lists[i]!;
    });
    return Object.freeze(out) as unknown as ReadonlyDataset;
  }

  // ---------------------------------------------------------------- writes

  #parse<K extends WritableKind>(kind: K, input: unknown): EntityOf<K> {
    const report = validate(kind, input);
    if (!report.valid) throw new StoreError("invalid", `The ${kind} is not valid.`, { report });
    return ENTITY_SCHEMAS[kind].parse(input) as EntityOf<K>;
  }

  /**
   * The cross-record rules of the core (references, dates, duplicates) for one
   * record put among the records it can refer to. The lifecycle is checked
   * against the locked history inside the write's transaction instead.
   */
  async #crossCheck<K extends WritableKind>(kind: K, record: EntityOf<K>, replacing: string | undefined): Promise<ValidationIssue[]> {
    // Only the records the new one can refer to (by id) take part, with the rest of its own
    // collection for the rules on duplicates: the core's rules, on a small dataset.
    const referenced = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === "string") referenced.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(record);
    const needed: EntityKind[] = ["source", "actor", "theme", "event", "instrument", "mission", "pledge"];
    const lists = await Promise.all([...needed, kind].map((k) => this.#collection(k)));
    const sub: Partial<Record<keyof Dataset, readonly unknown[]>> = {};
    needed.forEach((k, i) => {
      sub[COLLECTION_OF[k]] = (lists[i] as readonly { id: string }[]).filter((r) => referenced.has(r.id));
    });
    const collection = COLLECTION_OF[kind];
    const others = (lists[needed.length] as readonly { id: string }[]).filter((r) => r.id !== (replacing ?? record.id));
    sub[collection] = [...others, record];
    const at = others.length;
    return validateDataset(sub)
      .issues.filter((i) => i.path[0] === collection && i.path[1] === at && !i.rule.startsWith("lifecycle.") && i.rule !== "id.duplicate")
      .map((i) => ({ ...i, path: i.path.slice(2) }));
  }

  /** Fails fast, before the costlier checks, when the record is already past the expected version. */
  async #precheckVersion(kind: EntityKind, id: string, expectedVersion: number): Promise<void> {
    const [row] = await this.#driver.query<{ version: number }>("SELECT version FROM records WHERE resource = $1 AND id = $2", [kind, id]);
    if (!row) throw new StoreError("not-found", `No ${kind} has the id "${id}".`);
    if (Number(row.version) !== expectedVersion) {
      throw new StoreError("version-mismatch", `The ${kind} "${id}" is at version ${row.version}, not ${expectedVersion}.`, { currentVersion: Number(row.version) });
    }
  }

  #rejectErrors(kind: string, issues: readonly ValidationIssue[]): void {
    if (issues.some((i) => i.severity === "error")) throw invalid(`The ${kind} breaks the dataset's rules.`, issues);
  }

  /** Claims an idempotency key inside a transaction; returns the earlier result when the key was used. */
  async #claim<K extends EntityKind>(tx: Queryable, kind: K, ctx: WriteContext): Promise<WriteResult<K> | undefined> {
    const idem = ctx.idempotency;
    if (!idem) return undefined;
    const claimed = await tx.query(
      "INSERT INTO idempotency (key, fingerprint, status, body) VALUES ($1, $2, 0, 'null'::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key",
      [idem.key, idem.fingerprint],
    );
    if (claimed.length > 0) return undefined;
    const [row] = await tx.query<{ fingerprint: string; body: StoredRecord<K> }>("SELECT fingerprint, body FROM idempotency WHERE key = $1", [idem.key]);
    if (!row || row.fingerprint !== idem.fingerprint || row.body?.kind !== kind) {
      throw new StoreError("idempotency-mismatch", "This idempotency key was used for a different request.");
    }
    return { stored: row.body, replayed: true };
  }

  async #finish<K extends EntityKind>(tx: Queryable, stored: StoredRecord<K>, ctx: WriteContext): Promise<WriteResult<K>> {
    if (ctx.idempotency) {
      await tx.query("UPDATE idempotency SET status = 201, body = $2::jsonb WHERE key = $1", [ctx.idempotency.key, JSON.stringify(stored)]);
    }
    await tx.query("SELECT pg_notify($1, $2)", [CHANNEL, stored.kind]);
    return { stored, replayed: false };
  }

  async #audit(tx: Queryable, ctx: WriteContext, action: AuditEntry["action"], resource: string, id: string | null, before: unknown, after: unknown) {
    await tx.query(
      "INSERT INTO audit_log (actor, action, resource, record_id, before, after, request_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)",
      [ctx.actor, action, resource, id, before === undefined ? null : JSON.stringify(before), after === undefined ? null : JSON.stringify(after), ctx.requestId ?? null],
    );
  }

  #afterWrite(kind?: EntityKind): void {
    this.#invalidate(kind);
    this.#writes += 1;
    if (this.#writes % 500 === 0) {
      void this.#driver.query("DELETE FROM idempotency WHERE created_at < now() - interval '1 day'").catch(() => undefined);
    }
  }

  async #transaction<T>(fn: (tx: Queryable) => Promise<T>, kind?: EntityKind): Promise<T> {
    try {
      return await this.#driver.transaction(fn);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("22")) {
        throw invalid("The record has a value the database cannot store (such as a NUL character).", [
          makeIssue("schema.invalid-value", [], {
            en: "The record has a value the database cannot store (such as a NUL character).",
            fr: "L'enregistrement a une valeur que la base ne peut pas stocker (comme un caractère NUL).",
          }),
        ]);
      }
      throw error;
    } finally {
      this.#afterWrite(kind);
    }
  }

  async create<K extends Exclude<WritableKind, "pledge-event">>(kind: K, input: unknown, ctx: WriteContext): Promise<WriteResult<K>> {
    const record = this.#parse(kind, input);
    this.#rejectErrors(kind, await this.#crossCheck(kind, record, undefined));
    return this.#transaction(async (tx) => {
      const replay = await this.#claim(tx, kind, ctx);
      if (replay) return replay;
      const rows = await tx.query<Row>(
        `INSERT INTO records (resource, id, data, effective_date) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (resource, id) DO NOTHING RETURNING id, data, version, updated_at`,
        [kind, record.id, JSON.stringify(record), effectiveDate(kind, record) ?? null],
      );
      if (rows.length === 0) {
        throw new StoreError("conflict", `A ${kind} with id "${record.id}" already exists.`, {
          report: makeReport([makeIssue("id.duplicate", ["id"], { id: record.id, first: `${RESOURCES[kind].path}/${record.id}` })]),
        });
      }
      await this.#audit(tx, ctx, "create", kind, record.id, undefined, record);
      let status: PledgeStatus | null = null;
      let since: string | null = null;
      if (kind === "pledge") {
        const pledge = record as EntityOf<"pledge">;
        await writeSteps(tx, pledge, []);
        const now = today();
        status = pledge.announcedOn <= now ? "announced" : null;
        since = status ? pledge.announcedOn : null;
      }
      const stored = toStored(kind, { ...rows[0]!, status, status_since: since });
      return this.#finish(tx, stored, ctx);
    }, kind);
  }

  async update<K extends Exclude<WritableKind, "pledge-event">>(
    kind: K,
    id: string,
    input: unknown,
    expectedVersion: number,
    ctx: WriteContext,
  ): Promise<WriteResult<K>> {
    const record = this.#parse(kind, input);
    if (record.id !== id) {
      throw invalid(`The id in the body ("${record.id}") is not the id of the record ("${id}").`, [
        makeIssue("schema.invalid-value", ["id"], {
          en: `The id in the body ("${record.id}") must be the id in the URL ("${id}"); ids do not change.`,
          fr: `L'identifiant du corps (« ${record.id} ») doit être celui de l'URL (« ${id} ») ; les identifiants ne changent pas.`,
        }),
      ]);
    }
    await this.#precheckVersion(kind, id, expectedVersion);
    this.#rejectErrors(kind, await this.#crossCheck(kind, record, id));
    return this.#transaction(async (tx) => {
      const replay = await this.#claim(tx, kind, ctx);
      if (replay) return replay;
      const [current] = await tx.query<Row>("SELECT id, data, version, updated_at FROM records WHERE resource = $1 AND id = $2 FOR UPDATE", [kind, id]);
      if (!current) throw new StoreError("not-found", `No ${kind} has the id "${id}".`);
      if (Number(current.version) !== expectedVersion) {
        throw new StoreError("version-mismatch", `The ${kind} "${id}" is at version ${current.version}, not ${expectedVersion}.`, {
          currentVersion: Number(current.version),
        });
      }
      let status: PledgeStatus | null = null;
      let since: string | null = null;
      if (kind === "pledge") {
        const pledge = record as EntityOf<"pledge">;
        const events = (await this.#eventsOf(tx, id)).map((e) => e.data as PledgeEvent);
        const folded = statusSteps(pledge, events);
        if (folded.issues.length > 0) {
          throw invalid(`The change would make the pledge's event history illegal.`, [
            ...folded.issues.map((i) => ({ ...i, path: ["announcedOn"] })),
          ]);
        }
        await writeSteps(tx, pledge, events);
        const now = today();
        const past = folded.history.filter((h) => h.since <= now);
        status = past[past.length - 1]?.status ?? null;
        since = past[past.length - 1]?.since ?? null;
      }
      const [row] = await tx.query<Row>(
        `UPDATE records SET data = $3::jsonb, version = version + 1, updated_at = now(), effective_date = $4
         WHERE resource = $1 AND id = $2 RETURNING id, data, version, updated_at`,
        [kind, id, JSON.stringify(record), effectiveDate(kind, record) ?? null],
      );
      await this.#audit(tx, ctx, "update", kind, id, current.data, record);
      return this.#finish(tx, toStored(kind, { ...row!, status, status_since: since }), ctx);
    }, kind);
  }

  #eventsOf(tx: Queryable, pledgeId: string): Promise<Row[]> {
    return tx.query<Row>(
      `SELECT id, data, version, updated_at FROM records WHERE resource = 'pledge-event' AND data->>'pledgeId' = $1 ORDER BY seq`,
      [pledgeId],
    );
  }

  async appendPledgeEvent(input: unknown, ctx: WriteContext): Promise<WriteResult<"pledge-event">> {
    const event = this.#parse("pledge-event", input);
    this.#rejectErrors("pledge event", (await this.#crossCheck("pledge-event", event, undefined)).filter((i) => !(i.rule === "reference.dangling" && i.path[0] === "pledgeId")));
    return this.#transaction(async (tx) => {
      const replay = await this.#claim(tx, "pledge-event", ctx);
      if (replay) return replay;
      const [pledgeRow] = await tx.query<Row>("SELECT id, data FROM records WHERE resource = 'pledge' AND id = $1 FOR UPDATE", [event.pledgeId]);
      if (!pledgeRow) {
        throw invalid(`No pledge has the id "${event.pledgeId}".`, [
          makeIssue("reference.dangling", ["pledgeId"], { id: event.pledgeId, target: "pledge", collection: "pledges" }),
        ]);
      }
      const pledge = pledgeRow.data as EntityOf<"pledge">;
      const history = (await this.#eventsOf(tx, pledge.id)).map((e) => e.data as PledgeEvent);
      const folded = statusSteps(pledge, [...history, event]);
      const mine = folded.issues.filter((i) => i.path[1] === history.length);
      if (mine.length > 0) {
        const where = (rule: string) => (rule === "lifecycle.illegal-transition" ? ["type"] : ["date"]);
        throw invalid(`The event is not allowed in the pledge's history.`, mine.map((i) => ({ ...i, path: where(i.rule) })));
      }
      const rows = await tx.query<Row>(
        `INSERT INTO records (resource, id, data, effective_date) VALUES ('pledge-event', $1, $2::jsonb, $3)
         ON CONFLICT (resource, id) DO NOTHING RETURNING id, data, version, updated_at`,
        [event.id, JSON.stringify(event), event.date],
      );
      if (rows.length === 0) {
        throw new StoreError("conflict", `A pledge event with id "${event.id}" already exists.`, {
          report: makeReport([makeIssue("id.duplicate", ["id"], { id: event.id, first: `pledge-events/${event.id}` })]),
        });
      }
      await writeSteps(tx, pledge, [...history, event]);
      await this.#audit(tx, ctx, "append", "pledge-event", event.id, undefined, event);
      return this.#finish(tx, toStored("pledge-event", rows[0]!), ctx);
    }, "pledge-event");
  }

  async importRecords<K extends EntityKind>(kind: K, input: readonly unknown[], ctx: WriteContext, onProgress?: (done: number) => void): Promise<{ inserted: number }> {
    const schema = ENTITY_SCHEMAS[kind];
    const records = input.map((r, i) => {
      const report = validate(kind, r);
      if (!report.valid) throw new StoreError("invalid", `Record ${i + 1} of the import is not a valid ${kind}.`, { report });
      return schema.parse(r) as EntityOf<K> & { id: string };
    });
    // The dataset's rules as if the records were added (references, duplicates, the lifecycle…).
    const ds = await this.dataset();
    const collection = COLLECTION_OF[kind];
    const before = (ds[collection] as readonly unknown[]).length;
    const issues = validateDataset({ ...ds, [collection]: [...(ds[collection] as readonly unknown[]), ...records] }).issues.filter(
      (i) => i.severity === "error" && ((i.path[0] === collection && typeof i.path[1] === "number" && i.path[1] >= before) || (kind === "pledge-event" && i.rule.startsWith("lifecycle."))),
    );
    if (issues.length > 0) throw invalid(`The import breaks the dataset's rules; nothing was written.`, issues);
    const CHUNK = 1000;
    await this.#transaction(async (tx) => {
      for (let start = 0; start < records.length; start += CHUNK) {
        const chunk = records.slice(start, start + CHUNK);
        const rows = await tx.query<{ id: string }>(
          `INSERT INTO records (resource, id, data, effective_date)
           SELECT $1, e->>'id', e->'data', e->>'eff' FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n
           ON CONFLICT (resource, id) DO NOTHING RETURNING id`,
          [kind, JSON.stringify(chunk.map((r) => ({ id: r.id, data: r, eff: effectiveDate(kind, r) ?? null })))],
        );
        if (rows.length < chunk.length) {
          const inserted = new Set(rows.map((r) => r.id));
          const clash = chunk.find((r) => !inserted.has(r.id))!;
          throw new StoreError("conflict", `A ${kind} with id "${clash.id}" already exists; nothing was written.`, {
            report: makeReport([makeIssue("id.duplicate", ["id"], { id: clash.id, first: `${RESOURCES[kind].path}/${clash.id}` })]),
          });
        }
        await tx.query(
          `INSERT INTO audit_log (actor, action, resource, record_id, after, request_id)
           SELECT $1, 'import', $2, e->>'id', e, $3 FROM jsonb_array_elements($4::jsonb) e`,
          [ctx.actor, kind, ctx.requestId ?? null, JSON.stringify(chunk)],
        );
        onProgress?.(Math.min(records.length, start + CHUNK));
      }
      if (kind === "pledge" || kind === "pledge-event") {
        const pledgeIds = new Set(records.map((r) => (kind === "pledge" ? r.id : (r as unknown as PledgeEvent).pledgeId)));
        for (const id of pledgeIds) {
          const [row] = await tx.query<Row>("SELECT id, data FROM records WHERE resource = 'pledge' AND id = $1", [id]);
          if (row) await writeSteps(tx, row.data as EntityOf<"pledge">, (await this.#eventsOf(tx, id)).map((e) => e.data as PledgeEvent));
        }
      }
      await tx.query("SELECT pg_notify($1, $2)", [CHANNEL, kind]);
    });
    return { inserted: records.length };
  }

  // ---------------------------------------------------------------- audit and tokens

  async audit(query: AuditQuery = {}): Promise<AuditEntry[]> {
    if (`${query.resource ?? ""}${query.recordId ?? ""}`.includes("\u0000")) return [];
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.resource !== undefined) {
      params.push(query.resource);
      where.push(`resource = $${params.length}`);
    }
    if (query.recordId !== undefined) {
      params.push(query.recordId);
      where.push(`record_id = $${params.length}`);
    }
    if (query.after !== undefined) {
      params.push(query.after);
      where.push(`id > $${params.length}`);
    }
    params.push(Math.min(Math.max(query.limit ?? 100, 1), MAX_LIMIT));
    const rows = await this.#driver.query<{
      id: string | number;
      at: Date | string;
      actor: string;
      action: AuditEntry["action"];
      resource: string;
      record_id: string | null;
      before: unknown;
      after: unknown;
      request_id: string | null;
    }>(
      `SELECT id, at, actor, action, resource, record_id, before, after, request_id FROM audit_log
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      resource: r.resource,
      recordId: r.record_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    }));
  }

  async createToken(input: { readonly name: string; readonly role: Role }, actor = "system:cli"): Promise<{ token: string; info: TokenInfo }> {
    if (!ROLES.includes(input.role)) throw new StoreError("invalid", `The role is one of ${ROLES.join(", ")}.`);
    if (!/^\S(?:.{0,118}\S)?$/.test(input.name)) throw new StoreError("invalid", "A token's name is 1 to 120 characters, without surrounding spaces.");
    const { id, token } = newToken();
    const info = await this.#driver.transaction(async (tx) => {
      const [row] = await tx.query<{ created_at: Date | string }>(
        "INSERT INTO tokens (id, name, role, hash) VALUES ($1, $2, $3, $4) RETURNING created_at",
        [id, input.name, input.role, hashToken(token)],
      );
      const created: TokenInfo = { id, name: input.name, role: input.role, createdAt: iso(row!.created_at), revokedAt: null };
      await this.#audit(tx, { actor }, "token-create", "token", id, undefined, created);
      return created;
    });
    return { token, info };
  }

  async revokeToken(id: string, actor = "system:cli"): Promise<boolean> {
    return this.#driver.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>("UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id", [id]);
      if (rows.length > 0) await this.#audit(tx, { actor }, "token-revoke", "token", id, undefined, undefined);
      return rows.length > 0;
    });
  }

  async listTokens(): Promise<TokenInfo[]> {
    const rows = await this.#driver.query<{ id: string; name: string; role: Role; created_at: Date | string; revoked_at: Date | string | null }>(
      "SELECT id, name, role, created_at, revoked_at FROM tokens ORDER BY created_at, id",
    );
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: iso(r.created_at), revokedAt: r.revoked_at ? iso(r.revoked_at) : null }));
  }

  async verifyToken(token: string): Promise<TokenInfo | undefined> {
    const id = tokenId(token);
    const rows = id
      ? await this.#driver.query<{ id: string; name: string; role: Role; hash: string; created_at: Date | string }>(
          "SELECT id, name, role, hash, created_at FROM tokens WHERE id = $1 AND revoked_at IS NULL",
          [id],
        )
      : [];
    const row = rows[0];
    if (!tokenMatches(token, row?.hash) || !row) return undefined;
    return { id: row.id, name: row.name, role: row.role, createdAt: iso(row.created_at), revokedAt: null };
  }
}
