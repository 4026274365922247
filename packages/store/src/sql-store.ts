import {
  COLLECTION_OF,
  DatasetSchema,
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  IdSchema,
  KIND_OF,
  isId,
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
import type { ContributionSelection, ContributorYear, InputCollection, MissionYear, PledgeFilter, PledgeTally, SourceSelection } from "@bluehelm/core/analytics";
import { readAudit, writeAudit } from "./audit.js";
import type { Driver, Queryable } from "./driver.js";
import { DatasetTooLargeError, StoreError, badQuery, defaultMaxLoadedRecords, invalid } from "./errors.js";
import { kindLiteral, typedField } from "./expressions.js";
import { buildListQuery, checkAsOf, cursorAfter, sinceExpr, statusExpr, type Statement } from "./list-query.js";
import { contributionSourcesQuery, yearSumsQuery } from "./contribution-query.js";
import { pledgeTallyQueries, type TallyDimension } from "./pledge-query.js";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations.js";
import { RESOURCES, effectiveDate, type WritableKind } from "./resources.js";
import { ordered, toStored, type Row } from "./rows.js";
import * as tokens from "./token-store.js";
import type { Role } from "./tokens.js";
import type { AuditEntry, AuditQuery, ListQuery, Page, Store, StoredRecord, TokenInfo, WriteContext, WriteResult } from "./types.js";

type Collections = Partial<Record<keyof Dataset, unknown[]>>;

const CHANNEL = "bluehelm_changes";

/** The status history of a pledge, folded from its events by the core's lifecycle. */
function statusSteps(pledge: { id: string; announcedOn: string }, events: readonly PledgeEvent[]) {
  return pledgeStatus(pledge, events, { asOf: "9999-12-31", path: ["pledgeEvents"] });
}

/** A pledge's status history as rows of `pledge_status`. */
interface StatusRows {
  readonly pledgeId: string;
  readonly history: readonly { readonly status: string; readonly since: string; readonly eventId?: string }[];
}

/**
 * Replaces the status rows of pledges: one row per step of each history, valid
 * from its `since` until the next step's (`until` null for the last). Steps of
 * one day follow each other, so all but the last of a day get an empty
 * interval and the later step wins, as in the core's fold.
 */
async function writeStatusRows(tx: Queryable, pledges: readonly StatusRows[]): Promise<void> {
  if (pledges.length === 0) return;
  const ids: string[] = [];
  const ords: number[] = [];
  const statuses: string[] = [];
  const sinces: string[] = [];
  const untils: (string | null)[] = [];
  const events: (string | null)[] = [];
  for (const p of pledges) {
    p.history.forEach((h, ord) => {
      ids.push(p.pledgeId);
      ords.push(ord);
      statuses.push(h.status);
      sinces.push(h.since);
      untils.push(p.history[ord + 1]?.since ?? null);
      events.push(h.eventId ?? null);
    });
  }
  await tx.query("DELETE FROM pledge_status WHERE pledge_id = ANY($1::text[])", [pledges.map((p) => p.pledgeId)]);
  await tx.query(
    `INSERT INTO pledge_status (pledge_id, ord, status, since, until, event_id)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
    [ids, ords, statuses, sinces, untils, events],
  );
}

async function writeSteps(tx: Queryable, pledge: { id: string; announcedOn: string }, events: readonly PledgeEvent[]): Promise<void> {
  await writeStatusRows(tx, [{ pledgeId: pledge.id, history: statusSteps(pledge, events).history }]);
}

/** The kinds a record can refer to by id (the targets of the core's reference rules). */
const REFERENCED_KINDS: readonly EntityKind[] = ["source", "actor", "theme", "event", "instrument", "mission", "pledge"];

/**
 * For the core's rules that compare records of one kind with each other
 * (duplicates by key, sums over a period): the fields of which one equal value
 * puts a stored record among those a new one is compared with. The rule itself
 * then runs in the core, on those few records.
 */
const COMPARED_BY: Partial<Record<EntityKind, readonly (readonly [string, "text" | "number"])[]>> = {
  actor: [["iso2", "text"], ["iso3", "text"], ["m49", "number"]],
  "assessment-share": [["fromYear", "number"]],
  principle: [["instrumentId", "text"]],
  endorsement: [["actorId", "text"]],
  "gender-target": [["year", "number"]],
  "conduct-stat": [["missionId", "text"]],
  "world-total": [["year", "number"]],
};

/** The strings of a record that can be ids of other records (its own id aside). */
function referencedIds(record: object, into: Set<string>): void {
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (isId(value)) into.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  for (const [key, value] of Object.entries(record)) if (key !== "id") visit(value);
}

/** A value as a field of COPY's text format: backslashes doubled; JSON text has no raw tab or line break. */
const copyText = (text: string): string => text.replace(/\\/g, "\\\\");

/**
 * A kind's records in append order for a generation of the kind: either being read from the database
 * (`promise`, then `value`), or known in full as the records of an earlier entry (`base`) followed by those
 * this store appended since (`appended`). The array of the second is made when it is first asked for, so a
 * write costs the same whatever the number of records: writes one after the other add to `appended`, and the
 * one copy is made by the next read.
 */
interface CollectionEntry {
  readonly generation: number;
  promise?: Promise<readonly unknown[]>;
  value?: readonly unknown[];
  readonly base?: readonly unknown[];
  readonly appended?: unknown[];
}

/** Whether the entry holds every record of its generation (read, or known from an earlier one and the appends since). */
const complete = (entry: CollectionEntry): boolean => entry.value !== undefined || entry.base !== undefined;

/** The entry's records as one frozen array, made from its base and appends on first use. */
function materialized(entry: CollectionEntry): Promise<readonly unknown[]> {
  if (entry.promise === undefined) {
    entry.value = Object.freeze(entry.base!.concat(entry.appended!));
    entry.promise = Promise.resolve(entry.value);
  }
  return entry.promise;
}

/**
 * The entry that follows `from` (which holds every record) once `record` is appended. When nobody has asked for
 * `from`'s array yet, its list of appends is taken over: nothing else can reach it once `from` is replaced.
 */
function withAppended(from: CollectionEntry, record: unknown, generation: number): CollectionEntry {
  if (from.value === undefined && from.appended !== undefined) {
    from.appended.push(record);
    return { generation, base: from.base!, appended: from.appended };
  }
  return { generation, base: from.value!, appended: [record] };
}

/** The record a create or an append wrote, as read back from the database; none for a replay. */
const appendedRecord = (result: WriteResult<EntityKind>): unknown => (result.replayed ? undefined : result.stored.record);

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
  for (const e of dataset.pledgeEvents) {
    const list = eventsBy.get(e.pledgeId);
    if (list) list.push(e);
    else eventsBy.set(e.pledgeId, [e]);
  }
  await writeStatusRows(
    tx,
    dataset.pledges.map((p) => ({ pledgeId: p.id, history: statusSteps(p, eventsBy.get(p.id) ?? []).history })),
  );
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
  readonly #collections = new Map<EntityKind, CollectionEntry>();
  #datasetCache: { generation: number; promise: Promise<ReadonlyDataset> } | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #writes = 0;
  /** Totals of list queries by statement, for the generation they were counted at: every page of a query has the same. */
  readonly #totals = new Map<string, { generation: number; promise: Promise<number> }>();
  /** The embedded engine's write transactions, one after the other. */
  #writeQueue: Promise<unknown> = Promise.resolve();

  private constructor(driver: Driver) {
    this.#driver = driver;
    this.engine = driver.engine;
  }

  static async open(driver: Driver, options: SqlStoreOptions = {}): Promise<SqlStore> {
    try {
      await migrate(driver, options.seed ?? false);
      const store = new SqlStore(driver);
      store.#unlisten = await driver.listen(CHANNEL, (payload) => store.#notified(payload));
      return store;
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw error;
    }
  }

  generation(kind?: EntityKind): number {
    if (kind === undefined) return this.#generation;
    // A sum of counters that only grow: it changes whenever one of them does.
    let n = this.#kindGeneration.get(kind) ?? 0;
    if (kind === "pledge") n += this.#kindGeneration.get("pledge-event") ?? 0;
    return n;
  }

  async recordCount(): Promise<number> {
    const [row] = await this.#driver.query<{ n: string | number }>("SELECT coalesce(sum(n), 0)::bigint AS n FROM record_counts");
    return Number(row?.n ?? 0);
  }

  /** The last database snapshot seen by {@link checkForChanges} (PostgreSQL only). */
  #snapshot: string | undefined;

  /** The generation of each kind in the database when this store last looked (PostgreSQL only). */
  readonly #seenGenerations = new Map<string, string>();

  /** The check of the database running now, and the one to run after it for callers that came meanwhile. */
  #checking: Promise<void> | undefined;
  #nextCheck: Promise<void> | undefined;

  async checkForChanges(kind?: EntityKind): Promise<number> {
    if (this.engine !== "postgres") return this.generation(kind);
    await this.#coalescedCheck();
    return this.generation(kind);
  }

  /**
   * One check for every caller that came while none was running: a caller joins the check that starts after it
   * came, never one already running (which may have read the database before a commit the caller must see).
   * Under load, this is one query per round trip instead of one per request.
   */
  #coalescedCheck(): Promise<void> {
    if (this.#nextCheck) return this.#nextCheck;
    const start = (): Promise<void> => {
      const run = this.#check().finally(() => {
        if (this.#checking === run) this.#checking = undefined;
      });
      this.#checking = run;
      return run;
    };
    if (!this.#checking) return start();
    const next = this.#checking.catch(() => undefined).then(() => {
      this.#nextCheck = undefined;
      return start();
    });
    this.#nextCheck = next;
    return next;
  }

  async #check(): Promise<void> {
    // The snapshot (xmin:xmax:in-progress ids) changes whenever a transaction that wrote commits or aborts, at that
    // moment; then the generations of the kinds (kept by a trigger) tell which kinds it wrote.
    const [row] = await this.#driver.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot");
    if (row && row.snapshot !== this.#snapshot) {
      const gens = await this.#driver.query<{ resource: string; gen: string }>("SELECT resource, gen::text AS gen FROM record_generations");
      this.#snapshot = row.snapshot;
      const changed = gens.filter((g) => this.#seenGenerations.get(g.resource) !== g.gen);
      for (const g of changed) {
        this.#seenGenerations.set(g.resource, g.gen);
        this.#invalidate(g.resource);
      }
      // No records changed, but another table may have (tokens, the audit log): what depends on the whole
      // store's generation is refreshed; the collections of records are kept.
      if (changed.length === 0) this.#generation += 1;
    }
  }

  /** Who this store is in its change notifications: a store is told of its own writes too, and has already seen them. */
  readonly #instance = globalThis.crypto.randomUUID();

  /** A change notification's payload: the kind written, and the store that wrote it. */
  #payload(kind: EntityKind): string {
    return `${kind} ${this.#instance}`;
  }

  #notified(payload: string | undefined): void {
    const [kind, from] = (payload ?? "").split(" ");
    if (from !== undefined && from === this.#instance) return;
    this.#invalidate(kind);
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
    if (cached?.generation === generation) return materialized(cached);
    const entry: CollectionEntry = { generation };
    const promise = this.#driver
      .query<{ data: unknown }>("SELECT data FROM records WHERE resource = $1 ORDER BY seq", [kind])
      .then((rows) => (entry.value = Object.freeze(rows.map((r) => ordered(kind, r.data)))));
    entry.promise = promise;
    this.#collections.set(kind, entry);
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

  /** A query's failure: a value the database cannot take as the field's type (SQLSTATE class 22) is the query's fault. */
  #queryError(error: unknown): never {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("22")) {
      throw badQuery(["query"], "A value of the query does not fit its field.", "Une valeur de la requête ne convient pas à son champ.");
    }
    throw error;
  }

  /** The total of a list query: counted once per generation of its kind, then the same for every page. */
  #total(kind: EntityKind, count: Statement): Promise<number> {
    const key = `${count.sql}\u0000${JSON.stringify(count.params)}`;
    const generation = this.generation(kind);
    const cached = this.#totals.get(key);
    if (cached?.generation === generation) return cached.promise;
    const promise = this.#driver.query<{ n: number }>(count.sql, count.params).then((rows) => Number(rows[0]?.n ?? 0));
    if (this.#totals.size >= 1000) this.#totals.clear();
    this.#totals.set(key, { generation, promise });
    promise.catch(() => {
      if (this.#totals.get(key)?.promise === promise) this.#totals.delete(key);
    });
    return promise;
  }

  /** One page of rows, without the total. */
  async #page<K extends EntityKind>(kind: K, query: ListQuery): Promise<{ items: StoredRecord<K>[]; nextCursor: string | undefined }> {
    const { page, nulls, limit, sort } = buildListQuery(kind, query);
    let rows = await this.#driver.query<Row>(page.sql, page.params).catch((error: unknown) => this.#queryError(error));
    if (nulls && rows.length <= limit) {
      const more = await this.#driver.query<Row>(nulls.sql, nulls.params).catch((error: unknown) => this.#queryError(error));
      rows = [...rows, ...more];
    }
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    const last = items[items.length - 1];
    return { items: items.map((r) => toStored(kind, r)), nextCursor: more && last ? cursorAfter(sort, last) : undefined };
  }

  async list<K extends EntityKind>(kind: K, query: ListQuery = {}): Promise<Page<K>> {
    const { count } = buildListQuery(kind, query);
    const [page, total] = await Promise.all([this.#page(kind, query), this.#total(kind, count).catch((error: unknown) => this.#queryError(error))]);
    return { items: page.items, total, nextCursor: page.nextCursor };
  }

  async *iterate<K extends EntityKind>(kind: K, query: Omit<ListQuery, "cursor"> = {}): AsyncGenerator<StoredRecord<K>> {
    for await (const batch of this.batches(kind, query)) yield* batch;
  }

  async *batches<K extends EntityKind>(kind: K, query: Omit<ListQuery, "cursor"> = {}): AsyncGenerator<StoredRecord<K>[]> {
    // Keyset pages without a total: each page is an index scan from the last key, so memory and the cost of a page stay constant.
    let cursor: string | undefined;
    const limit = query.limit ?? 1000;
    do {
      const page = await this.#page(kind, { ...query, limit, ...(cursor ? { cursor } : {}) });
      if (page.items.length > 0) yield page.items;
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
      // A lookup by primary key whatever the values, prepared once (per connection; per session on PGlite):
      // planned on every call, with the many indexes of records to weigh, it cost more than running it.
      { name: kind === "pledge" ? "bluehelm_get_pledge" : "bluehelm_get_record" },
    );
    return rows[0] ? toStored(kind, rows[0]) : undefined;
  }

  async pledgeEvents(pledgeId: string): Promise<StoredRecord<"pledge-event">[]> {
    if (!IdSchema.safeParse(pledgeId).success) return [];
    const rows = await this.#driver.query<Row>(
      `SELECT r.id, r.data, r.version, r.updated_at FROM records r WHERE r.resource = 'pledge-event' AND r.data->>'pledgeId' = $1 ORDER BY r.seq`,
      [pledgeId],
      { name: "bluehelm_pledge_events" },
    );
    return rows.map((r) => toStored("pledge-event", r));
  }

  collection<C extends InputCollection>(name: C): Promise<ReadonlyDataset[C]> {
    return this.#collection(KIND_OF[name]) as Promise<ReadonlyDataset[C]>;
  }

  async contributorYears(selection: ContributionSelection): Promise<ContributorYear[]> {
    return (await this.#yearSums(selection, "contributor")).map((r): ContributorYear => ({ contributorId: r.key, year: r.year, total: r.total, women: r.women }));
  }

  async missionYears(selection: ContributionSelection): Promise<MissionYear[]> {
    return (await this.#yearSums(selection, "mission")).map((r): MissionYear => ({ missionId: r.key, year: r.year, total: r.total, women: r.women }));
  }

  /** The sums of the contributor-years kept on write, by contributor or by mission and year, sorted by key then year. */
  async #yearSums(selection: ContributionSelection, by: "contributor" | "mission"): Promise<{ key: string; year: number; total: number; women: number | undefined }[]> {
    const q = yearSumsQuery(selection, by);
    const rows = await this.#driver.query<{ key: string; year: number; total: string; women: string; missing: string }>(q.sql, q.params);
    return rows
      .map((r) => ({ key: r.key, year: Number(r.year), total: Number(r.total), women: Number(r.missing) > 0 ? undefined : Number(r.women) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.year - b.year));
  }

  async contributionSources(selection: SourceSelection): Promise<string[]> {
    const q = contributionSourcesQuery(selection);
    const rows = await this.#driver.query<{ source_id: string }>(q.sql, q.params);
    return rows.map((r) => r.source_id).sort();
  }

  async pledgeTally(asOf: string, filter: PledgeFilter): Promise<PledgeTally> {
    checkAsOf(asOf);
    const q = pledgeTallyQueries(asOf, filter);
    const [rows, sources] = await Promise.all([
      this.#driver.query<{ dim: TallyDimension; key: string | null; n: number }>(q.counts.sql, q.counts.params),
      this.#driver.query<{ source_id: string }>(q.sources.sql, q.sources.params),
    ]);
    const counts: Record<Exclude<TallyDimension, "deploy" | "fulfil">, Record<string, number>> = { status: {}, kind: {}, theme: {}, actor: {}, event: {} };
    const days: Record<"deploy" | "fulfil", [number, number][]> = { deploy: [], fulfil: [] };
    let atNoEvent = 0;
    for (const r of rows) {
      // The group without a key: of the pledges made at no event, or with no theme, not deployed, not fulfilled.
      if (r.key === null) {
        if (r.dim === "event") atNoEvent = Number(r.n);
      } else if (r.dim === "deploy" || r.dim === "fulfil") days[r.dim].push([Number(r.key), Number(r.n)]);
      else counts[r.dim][r.key] = Number(r.n);
    }
    return {
      byStatus: counts.status,
      byKind: counts.kind,
      byTheme: counts.theme,
      byActor: counts.actor,
      byEvent: counts.event,
      atNoEvent,
      daysToDeployment: days.deploy.sort((a, b) => a[0] - b[0]),
      daysToFulfilment: days.fulfil.sort((a, b) => a[0] - b[0]),
      sources: sources.map((r) => r.source_id).sort(),
    };
  }

  async dataset(options: { readonly maxRecords?: number } = {}): Promise<ReadonlyDataset> {
    if (this.#datasetCache?.generation === this.#generation) return this.#datasetCache.promise;
    const maxRecords = options.maxRecords ?? defaultMaxLoadedRecords();
    const records = await this.recordCount();
    if (records > maxRecords) throw new DatasetTooLargeError(records, maxRecords);
    // Another call may have begun the load while the records were counted.
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
   * The stored records the core's cross-record rules need to judge `records`
   * (new records of one kind, or one replacing the stored `replacing`): those
   * they refer to, fetched by id; those of their kind a rule compares them with
   * (same id, same key of a duplicate rule); for pledge events, when `history`
   * is asked, the stored events of their pledges. Index lookups only: the cost
   * follows the records checked, not the size of the store.
   */
  async #storedContext<K extends EntityKind>(
    kind: K,
    records: readonly (EntityOf<K> & { id: string })[],
    options: { readonly replacing?: string; readonly sameIds?: boolean; readonly history?: boolean },
  ): Promise<{ collections: Collections; stored: unknown[] }> {
    const referenced = new Set<string>();
    for (const record of records) referencedIds(record, referenced);
    const queries: Promise<{ resource: string; data: unknown }[]>[] = [];
    if (referenced.size > 0) {
      queries.push(
        this.#driver.query("SELECT resource, data FROM records WHERE resource = ANY($1::text[]) AND id = ANY($2::text[])", [REFERENCED_KINDS, [...referenced]]),
      );
    }
    const own = kindLiteral(kind);
    if (options.sameIds) {
      queries.push(this.#driver.query(`SELECT resource, data FROM records WHERE resource = ${own} AND id = ANY($1::text[])`, [records.map((r) => r.id)]));
    }
    for (const [field, type] of COMPARED_BY[kind] ?? []) {
      const values = [...new Set(records.map((r) => (r as Record<string, unknown>)[field]).filter((v) => v !== undefined && v !== null).map(String))];
      if (values.length === 0) continue;
      queries.push(
        this.#driver.query(`SELECT resource, data FROM records r WHERE r.resource = ${own} AND ${typedField([field], type, "r")} = ANY($1::${type === "number" ? "numeric" : "text"}[])`, [
          values,
        ]),
      );
    }
    const pledgeIds = kind === "pledge-event" && options.history ? [...new Set(records.map((r) => (r as unknown as PledgeEvent).pledgeId))] : [];
    const history =
      pledgeIds.length > 0
        ? this.#driver.query<{ data: unknown }>(
            "SELECT data FROM records WHERE resource = 'pledge-event' AND (data->>'pledgeId') = ANY($1::text[]) ORDER BY seq",
            [pledgeIds],
          )
        : Promise.resolve([]);
    const [lists, events] = await Promise.all([Promise.all(queries), history]);
    const collections: Collections = {};
    const stored = new Map<string, unknown>();
    for (const rows of lists) {
      for (const row of rows) {
        const data = row.data as { id: string };
        if (row.resource === kind) {
          if (data.id !== options.replacing) stored.set(data.id, data);
        } else {
          const list = (collections[COLLECTION_OF[row.resource as EntityKind]] ??= []);
          list.push(data);
        }
      }
    }
    // Stored events first, in the order they were appended: the new ones follow them in each pledge's history.
    const storedList = kind === "pledge-event" ? [...events.map((e) => e.data), ...stored.values()] : [...stored.values()];
    return { collections, stored: storedList };
  }

  /**
   * The issues the core's dataset rules raise on `records` (new records of one
   * kind) put after the stored records they are judged with; paths are
   * `[collection, index in records, …]`.
   */
  async #ruleIssues<K extends EntityKind>(
    kind: K,
    records: readonly (EntityOf<K> & { id: string })[],
    options: { readonly replacing?: string; readonly sameIds?: boolean; readonly history?: boolean },
  ): Promise<{ issues: ValidationIssue[]; collections: Collections; stored: unknown[] }> {
    const { collections, stored } = await this.#storedContext(kind, records, options);
    const collection = COLLECTION_OF[kind];
    const at = stored.length;
    const issues = validateDataset({ ...collections, [collection]: [...stored, ...records] })
      .issues.filter((i) => i.severity === "error" && i.path[0] === collection && typeof i.path[1] === "number" && i.path[1] >= at)
      .map((i) => ({ ...i, path: [collection, (i.path[1] as number) - at, ...i.path.slice(2)] }));
    return { issues, collections, stored };
  }

  /**
   * The cross-record rules of the core (references, dates, duplicates) for one
   * record put among the stored records they involve. The lifecycle is checked
   * against the locked history inside the write's transaction instead, and a
   * duplicate id by the insert itself.
   */
  async #crossCheck<K extends WritableKind>(kind: K, record: EntityOf<K>, replacing: string | undefined): Promise<ValidationIssue[]> {
    const { issues } = await this.#ruleIssues(kind, [record as EntityOf<K> & { id: string }], replacing === undefined ? {} : { replacing });
    return issues.filter((i) => !i.rule.startsWith("lifecycle.") && i.rule !== "id.duplicate").map((i) => ({ ...i, path: i.path.slice(2) }));
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
    await tx.query("SELECT pg_notify($1, $2)", [CHANNEL, this.#payload(stored.kind)]);
    return { stored, replayed: false };
  }

  #afterWrite(kind?: EntityKind): void {
    this.#invalidate(kind);
    this.#writes += 1;
    if (this.#writes % 500 === 0) {
      void this.#driver.query("DELETE FROM idempotency WHERE created_at < now() - interval '1 day'").catch(() => undefined);
    }
  }

  /**
   * Runs a write transaction. On the embedded engine, write transactions run
   * one after the other (a queue): a transaction holds the engine, so it only
   * ever awaits SQL, and the JavaScript work of a write (validation) is done
   * before it, while readers go on.
   */
  #serialized<T>(fn: () => Promise<T>): Promise<T> {
    if (this.engine !== "pglite") return fn();
    const run = this.#writeQueue.then(fn, fn);
    this.#writeQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs a write transaction of records of `kind`. With `appended`, the write appends one record to its kind
   * (the record written, or undefined when nothing was, as for a replay): the cached collection of the kind,
   * when it holds every record before the write, then gets the record at its end instead of being read again.
   */
  async #transaction<T>(fn: (tx: Queryable) => Promise<T>, kind?: EntityKind, appended?: (result: T) => unknown): Promise<T> {
    let append: { readonly record: unknown; readonly from: CollectionEntry } | undefined;
    try {
      // The cached collection as the write begins (its turn come, on the embedded store), if it holds every record:
      // the write appends to it only if it is still the one cached when the write is done.
      let from: CollectionEntry | undefined;
      const begin = () => {
        const entry = kind === undefined || !appended ? undefined : this.#collections.get(kind);
        from = entry !== undefined && complete(entry) && entry.generation === (this.#kindGeneration.get(kind!) ?? 0) ? entry : undefined;
      };
      const unchanged = () => from !== undefined && this.#collections.get(kind!) === from && from.generation === (this.#kindGeneration.get(kind!) ?? 0);
      if (this.engine !== "postgres" || kind === undefined) {
        const result = await this.#serialized(() => (begin(), this.#driver.transaction(fn)));
        // The embedded store has one writer, this store, one write at a time: nothing else wrote meanwhile.
        const record = unchanged() && appended ? appended(result) : undefined;
        if (record !== undefined) append = { record, from: from! };
        return result;
      }
      // The kind's generation as this write leaves it, so that checkForChanges does not take the write for another's.
      let generation: string | undefined;
      const seen = this.#seenGenerations.get(kind);
      begin();
      const result = await this.#driver.transaction(async (tx) => {
        const out = await fn(tx);
        generation = (await tx.query<{ gen: string }>("SELECT gen::text AS gen FROM record_generations WHERE resource = $1", [kind]))[0]?.gen;
        return out;
      });
      if (generation !== undefined) this.#seenGenerations.set(kind, generation);
      // Only when the generation moved by this write alone since the store last looked: no other write (by this
      // server or another) added records of the kind that the cached collection would miss.
      const alone = seen !== undefined && generation !== undefined && BigInt(generation) === BigInt(seen) + 1n;
      const record = alone && unchanged() && appended ? appended(result) : undefined;
      if (record !== undefined) append = { record, from: from! };
      return result;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "23505") {
        // A unique key taken by a write of another process that committed first.
        throw new StoreError("conflict", "A record with this id was written meanwhile; nothing was written. Read it and try again.");
      }
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
      if (append && kind !== undefined) {
        this.#collections.set(kind, withAppended(append.from, append.record, this.#kindGeneration.get(kind) ?? 0));
      }
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
    }, kind, appendedRecord);
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
    }, "pledge-event", appendedRecord);
  }

  async importRecords<K extends EntityKind>(kind: K, input: readonly unknown[], ctx: WriteContext, onProgress?: (done: number) => void): Promise<{ inserted: number }> {
    const schema = ENTITY_SCHEMAS[kind];
    // Each record parsed once; the report of the first that fails its schema says why.
    const records = input.map((r, i) => {
      const parsed = schema.safeParse(r);
      if (!parsed.success) throw new StoreError("invalid", `Record ${i + 1} of the import is not a valid ${kind}.`, { report: validate(kind, r) });
      return parsed.data as EntityOf<K> & { id: string };
    });
    if (records.length === 0) return { inserted: 0 };
    // The dataset's rules as if the records were added (references, duplicates within the file and
    // with stored records, the lifecycle of the pledges concerned…), on the stored records involved only.
    // Ids already stored are found set-wise once the rows are loaded, in the transaction.
    const checked = await this.#ruleIssues(kind, records, { history: true });
    if (checked.issues.length > 0) throw invalid(`The import breaks the dataset's rules; nothing was written.`, checked.issues);
    const statusRows = this.#importedStatus(kind, records, checked);
    const own = kindLiteral(kind);
    const CHUNK = 1000;
    const chunks = function* (): Generator<string> {
      for (let start = 0; start < records.length; start += CHUNK) {
        let text = "";
        const end = Math.min(records.length, start + CHUNK);
        for (let n = start; n < end; n++) {
          const r = records[n]!;
          text += `${kind}\t${copyText(r.id)}\t${copyText(JSON.stringify(r))}\t${effectiveDate(kind, r) ?? "\\N"}\n`;
        }
        yield text;
        onProgress?.(end);
      }
    };
    await this.#transaction(async (tx) => {
      if (statusRows && kind === "pledge-event") {
        // The histories were checked as they are: they must not have grown meanwhile (another process).
        const pledgeIds = statusRows.rows.map((p) => p.pledgeId);
        await tx.query("SELECT id FROM records WHERE resource = 'pledge' AND id = ANY($1::text[]) ORDER BY id FOR UPDATE", [pledgeIds]);
        const [now] = await tx.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM records WHERE resource = 'pledge-event' AND (data->>'pledgeId') = ANY($1::text[])",
          [pledgeIds],
        );
        if (Number(now?.n ?? 0) !== statusRows.storedEvents) {
          throw new StoreError("conflict", "Events were added to these pledges during the import; nothing was written. Run the import again.");
        }
      }
      // Set-wise, with the primary key: the rows whose id is already stored refuse the whole import.
      const ids = records.map((r) => r.id);
      const taken = await tx.query<{ id: string }>(`SELECT id FROM records WHERE resource = ${own} AND id = ANY($1::text[])`, [ids]);
      if (taken.length > 0) {
        const collection = COLLECTION_OF[kind];
        const storedIds = new Set(taken.map((t) => t.id));
        const clashes: ValidationIssue[] = [];
        for (let n = 0; n < records.length && clashes.length < 100; n++) {
          const id = records[n]!.id;
          if (storedIds.has(id)) clashes.push(makeIssue("id.duplicate", [collection, n, "id"], { id, first: `${RESOURCES[kind].path}/${id}` }));
        }
        throw invalid(`The import breaks the dataset's rules; nothing was written.`, clashes);
      }
      // Straight into the records, in the order given (one write of the rows, as a plain COPY does). A row
      // with the id of one written meanwhile by another process fails on the primary key: a conflict, and
      // the transaction writes nothing.
      await tx.copyFrom("records", ["resource", "id", "data", "effective_date"], chunks());
      await tx.query(
        `INSERT INTO audit_log (actor, action, resource, record_id, after, request_id)
         SELECT $1, 'import', ${own}, id, data, $2 FROM records WHERE resource = ${own} AND id = ANY($3::text[]) ORDER BY seq`,
        [ctx.actor, ctx.requestId ?? null, ids],
      );
      if (statusRows) await writeStatusRows(tx, statusRows.rows);
      await tx.query("SELECT pg_notify($1, $2)", [CHANNEL, this.#payload(kind)]);
    }, kind);
    return { inserted: records.length };
  }

  /**
   * For an import of pledges or pledge events: the status history of each
   * pledge concerned, folded by the core from its stored events and the new
   * ones, and how many events those pledges had (checked again when writing).
   */
  #importedStatus<K extends EntityKind>(
    kind: K,
    records: readonly EntityOf<K>[],
    context: { readonly collections: Collections; readonly stored: unknown[] },
  ): { rows: StatusRows[]; storedEvents: number } | undefined {
    if (kind === "pledge") {
      return { rows: (records as readonly EntityOf<"pledge">[]).map((p) => ({ pledgeId: p.id, history: statusSteps(p, []).history })), storedEvents: 0 };
    }
    if (kind !== "pledge-event") return undefined;
    // The pledges and their stored events, in append order, were read for the rules.
    const pledges = (context.collections.pledges ?? []) as EntityOf<"pledge">[];
    const stored = context.stored as PledgeEvent[];
    const events = new Map<string, PledgeEvent[]>();
    for (const e of [...stored, ...(records as readonly PledgeEvent[])]) {
      const list = events.get(e.pledgeId);
      if (list) list.push(e);
      else events.set(e.pledgeId, [e]);
    }
    return {
      rows: pledges.filter((p) => events.has(p.id)).map((p) => ({ pledgeId: p.id, history: statusSteps(p, events.get(p.id) ?? []).history })),
      storedEvents: stored.length,
    };
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
