import {
  COLLECTION_OF,
  DatasetSchema,
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  IdSchema,
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
import { readAudit, writeAudit } from "./audit.js";
import type { Driver, Queryable } from "./driver.js";
import { StoreError, badQuery, invalid } from "./errors.js";
import { buildListQuery, checkAsOf, cursorAfter, sinceExpr, statusExpr } from "./list-query.js";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations.js";
import { RESOURCES, effectiveDate, type WritableKind } from "./resources.js";
import { ordered, toStored, type Row } from "./rows.js";
import * as tokens from "./token-store.js";
import type { Role } from "./tokens.js";
import type { AuditEntry, AuditQuery, ListQuery, Page, Store, StoredRecord, TokenInfo, WriteContext, WriteResult } from "./types.js";

const CHANNEL = "bluehelm_changes";

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

  /** The last database snapshot seen by {@link checkForChanges} (PostgreSQL only). */
  #snapshot: string | undefined;

  async checkForChanges(): Promise<number> {
    if (this.engine !== "postgres") return this.#generation;
    // The snapshot (xmin:xmax:in-progress ids) changes whenever a transaction that wrote commits or aborts, at that moment.
    const [row] = await this.#driver.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot");
    if (row && row.snapshot !== this.#snapshot) {
      this.#snapshot = row.snapshot;
      this.#invalidate(undefined);
    }
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

  async list<K extends EntityKind>(kind: K, query: ListQuery = {}): Promise<Page<K>> {
    const { page, count, limit, sort } = buildListQuery(kind, query);
    const [rows, counted] = await Promise.all([
      this.#driver.query<Row>(page.sql, page.params),
      this.#driver.query<{ n: number }>(count.sql, count.params),
    ]).catch((error: unknown) => {
      // A value the database cannot take as the field's type (SQLSTATE class 22, data exception) is the query's fault.
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("22")) {
        throw badQuery(["query"], "A value of the query does not fit its field.", "Une valeur de la requête ne convient pas à son champ.");
      }
      throw error;
    });
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    const last = items[items.length - 1];
    const nextCursor = more && last ? cursorAfter(sort, last) : undefined;
    return { items: items.map((r) => toStored(kind, r)), total: Number(counted[0]?.n ?? 0), nextCursor };
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
      await writeAudit(tx, ctx, "create", kind, record.id, undefined, record);
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
      await writeAudit(tx, ctx, "update", kind, id, current.data, record);
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
      await writeAudit(tx, ctx, "append", "pledge-event", event.id, undefined, event);
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

  audit(query: AuditQuery = {}): Promise<AuditEntry[]> {
    return readAudit(this.#driver, query);
  }

  createToken(input: { readonly name: string; readonly role: Role }, actor = "system:cli"): Promise<{ token: string; info: TokenInfo }> {
    return tokens.createToken(this.#driver, input, actor);
  }

  revokeToken(id: string, actor = "system:cli"): Promise<boolean> {
    return tokens.revokeToken(this.#driver, id, actor);
  }

  listTokens(): Promise<TokenInfo[]> {
    return tokens.listTokens(this.#driver);
  }

  verifyToken(token: string): Promise<TokenInfo | undefined> {
    return tokens.verifyToken(this.#driver, token);
  }
}
