import type { EntityKind, EntityOf, PledgeStatus, ReadonlyDataset } from "@bluehelm/core";
import type { ContributionSelection, ContributorYear, InputCollection, MissionYear, PledgeFilter, PledgeTally, QuestionInputs, SourceSelection } from "@bluehelm/core/analytics";
import type { WritableKind } from "./resources.js";
import type { Role } from "./tokens.js";

/**
 * A record as stored: the core record, its version and, for pledges, its status as of the query's date.
 *
 * @example
 * ```ts
 * import { openStore, type StoredRecord } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const stored: StoredRecord<"mission"> | undefined = await store.get("mission", "minusca");
 * console.log(stored?.version, stored?.updatedAt, stored?.record.acronym);
 * await store.close();
 * ```
 */
export interface StoredRecord<K extends EntityKind = EntityKind> {
  readonly kind: K;
  readonly id: string;
  readonly record: EntityOf<K>;
  /** Starts at 1; every update adds 1. */
  readonly version: number;
  /** ISO 8601 date and time of the last write. */
  readonly updatedAt: string;
  /** Pledges only: the status as of the query's date (`null` before the announcement). */
  readonly status?: PledgeStatus | null;
  /** Pledges only: the date that status began. */
  readonly statusSince?: string | null;
}

/**
 * One condition of a list query on a field (dotted name, as in `RESOURCES[kind].fields`).
 *
 * @example
 * ```ts
 * import { openStore, type Filter } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const filter: Filter = { field: "unit.unitType", op: "eq", values: ["level-2-hospital", "utility-helicopter-unit"] };
 * console.log((await store.list("pledge", { filters: [filter] })).total);
 * await store.close();
 * ```
 */
export interface Filter {
  readonly field: string;
  /** `eq`: any of the values (for a list field: contains any of them); `gte`/`lte`: a bound. */
  readonly op: "eq" | "gte" | "lte";
  readonly values: readonly string[];
}

/**
 * A list query: filters, sort, page size, cursor and date.
 *
 * @example
 * ```ts
 * import { openStore, type ListQuery } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const query: ListQuery = { filters: [{ field: "regionalGroup", op: "eq", values: ["african"] }], sort: "id", limit: 100 };
 * const page = await store.list("actor", query);
 * console.log(page.total, page.items.length, page.nextCursor);
 * await store.close();
 * ```
 */
export interface ListQuery {
  readonly filters?: readonly Filter[];
  /** A field name, `-` first for descending; default `id`. Records without the field come last. */
  readonly sort?: string;
  /** Page size, 1 to 1000; default 50. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  /** `YYYY-MM-DD`, default today: only records that had come into being by then, pledge statuses as of then. */
  readonly asOf?: string;
}

/**
 * One page of a list query, with the total and the cursor of the next page.
 *
 * @example
 * ```ts
 * import { openStore, type Page } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * let cursor: string | undefined;
 * do {
 *   const page: Page<"mandate"> = await store.list("mandate", { limit: 200, cursor });
 *   for (const item of page.items) console.log(item.id);
 *   cursor = page.nextCursor;
 * } while (cursor);
 * await store.close();
 * ```
 */
export interface Page<K extends EntityKind = EntityKind> {
  readonly items: StoredRecord<K>[];
  /** How many records match the filters, over all pages. */
  readonly total: number;
  /** Pass it as `cursor` for the next page; absent on the last page. */
  readonly nextCursor: string | undefined;
}

/**
 * Who writes, for the audit log, and the idempotency key of the request, if any.
 *
 * @example
 * ```ts
 * import { openStore, type WriteContext } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const ctx: WriteContext = { actor: "editor@example.org", requestId: "req-1" };
 * console.log((await store.audit({ limit: 1 })).length, ctx.actor);
 * await store.close();
 * ```
 */
export interface WriteContext {
  readonly actor: string;
  readonly requestId?: string;
  /** Same key and fingerprint: the first result is returned again; same key, other fingerprint: refused. */
  readonly idempotency?: { readonly key: string; readonly fingerprint: string };
}

/**
 * What a write returns: the stored record, and whether it replays an earlier write with the same idempotency key.
 *
 * @example
 * ```ts
 * import { openStore, type WriteResult } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const event = { id: "can-2017-aviation-task-force-registered", pledgeId: "can-2017-aviation-task-force", type: "registered", date: "2018-01-15", sources: ["un-pk-vancouver-2017"], confidence: "reported" };
 * const result: WriteResult<"pledge-event"> = await store.appendPledgeEvent(event, { actor: "editor@example.org", idempotency: { key: "k1", fingerprint: "f1" } });
 * console.log(result.stored.version, result.replayed);
 * await store.close();
 * ```
 */
export interface WriteResult<K extends EntityKind = EntityKind> {
  readonly stored: StoredRecord<K>;
  /** True when an earlier write with the same idempotency key was returned instead of writing. */
  readonly replayed: boolean;
}

/**
 * An entry of the audit log: who did what to which record, with the record before and after.
 *
 * @example
 * ```ts
 * import { openStore, type AuditEntry } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const entries: AuditEntry[] = await store.audit({ resource: "pledges", limit: 10 });
 * for (const e of entries) console.log(e.at, e.actor, e.action, e.recordId);
 * await store.close();
 * ```
 */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: "create" | "update" | "append" | "import" | "seed" | "token-create" | "token-revoke";
  readonly resource: string;
  readonly recordId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

/**
 * Which audit entries to read: by resource and record, after an entry id, up to a limit.
 *
 * @example
 * ```ts
 * import { openStore, type AuditQuery } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const query: AuditQuery = { resource: "endorsements", after: 0, limit: 50 };
 * console.log((await store.audit(query)).length);
 * await store.close();
 * ```
 */
export interface AuditQuery {
  readonly resource?: string;
  readonly recordId?: string;
  /** Entries with an id above this one (for paging forward). */
  readonly after?: number;
  readonly limit?: number;
}

/**
 * A bearer token as stored (never its secret): id, name, role and dates.
 *
 * @example
 * ```ts
 * import { openStore, type TokenInfo } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const tokens: TokenInfo[] = await store.listTokens();
 * console.log(tokens.filter((t) => t.revokedAt === null).map((t) => `${t.name}: ${t.role}`));
 * await store.close();
 * ```
 */
export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/**
 * The persistence of Bluehelm: one interface, two engines (PGlite, PostgreSQL).
 *
 * @example
 * ```ts
 * import { openStore, type Store } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const page = await store.list("pledge", { filters: [{ field: "kind", op: "eq", values: ["unit"] }], asOf: "2020-01-01" });
 * console.log(store.engine, page.total, page.items.map((p) => `${p.id}: ${p.status}`));
 * await store.close();
 * ```
 */
export interface Store extends QuestionInputs {
  readonly engine: "pglite" | "postgres";
  /** One page of the records of a kind matching the query, with the total. */
  list<K extends EntityKind>(kind: K, query?: ListQuery): Promise<Page<K>>;
  /**
   * Every record matching the query, in the query's order, for streaming exports: keyset pages of
   * `limit` records (default 1000) read one after the other, without counting them, so that memory
   * stays constant and each page costs what the first one does, however large the collection.
   */
  iterate<K extends EntityKind>(kind: K, query?: Omit<ListQuery, "cursor">): AsyncGenerator<StoredRecord<K>>;
  /**
   * The same records as {@link Store.iterate}, a page (an array of up to `limit` records) at a time:
   * one await per page rather than per record, for writers that encode many records at once
   * (NDJSON, CSV).
   */
  batches?<K extends EntityKind>(kind: K, query?: Omit<ListQuery, "cursor">): AsyncGenerator<StoredRecord<K>[]>;
  /** One record by id; `undefined` when there is none (or, with `asOf`, when it had not come into being). */
  get<K extends EntityKind>(kind: K, id: string, options?: { readonly asOf?: string }): Promise<StoredRecord<K> | undefined>;
  /** A pledge's events in the order they were appended. */
  pledgeEvents(pledgeId: string): Promise<StoredRecord<"pledge-event">[]>;
  /**
   * Every collection, for analytics; cached until the next write. Before loading, the records are counted (a
   * kept sum, no scan): past `maxRecords` (default `defaultMaxLoadedRecords()`, what the heap allows) it
   * throws a `DatasetTooLargeError` (code `too-large`) instead of exhausting the heap.
   */
  dataset(options?: { readonly maxRecords?: number }): Promise<ReadonlyDataset>;
  /**
   * A number that changes whenever the data may have changed (own writes, other servers' writes). With a kind:
   * one that changes whenever what a list or a get of that kind answers may have changed (for pledges, their
   * events too, which make their status), and not on writes of other kinds.
   */
  generation(kind?: EntityKind): number;
  /**
   * The contributor-years of a selection (the core's `contributorYears` over the stored contributions), read
   * from a table kept on write: a sum of the few rows of the selection, not a load of the contributions.
   */
  contributorYears(selection: ContributionSelection): Promise<ContributorYear[]>;
  /** The mission-years of a selection (the core's `missionYears` over the stored contributions), from the same table. */
  missionYears(selection: ContributionSelection): Promise<MissionYear[]>;
  /** The sorted, distinct sources of the contributions a selection sums (optionally of some contributors, or some cells, only), kept on write too. */
  contributionSources(selection: SourceSelection): Promise<string[]>;
  /**
   * The pledge tally of a date and a filter (the core's `pledgeTally` over the stored pledges and their events),
   * counted from the pledge facts kept on write (one pass for the counts, one statement for the sources); a bad date is a `bad-query` error.
   */
  pledgeTally(asOf: string, filter: PledgeFilter): Promise<PledgeTally>;
  /** Every record of a small collection (the world totals, the peacekeeper fatalities, the conduct statistics), cached until records of its kind change. */
  collection<C extends InputCollection>(name: C): Promise<ReadonlyDataset[C]>;
  /** How many records the store holds, all kinds together (kept by a trigger on write: one small sum). */
  recordCount(): Promise<number>;
  /**
   * Asks the database whether anything may have changed since the last check, without waiting for a change
   * notification (on PostgreSQL, where other processes write: one cheap query, and one more after a commit
   * anywhere; the embedded store has one writer, itself), forgets the cached collections of the kinds that
   * changed (the others are kept), and returns the generation then ({@link generation}, of the kind when given).
   */
  checkForChanges?(kind?: EntityKind): Promise<number>;
  /** Creates a pledge or an endorsement, checked against the schema and the stored data; audited. */
  create<K extends Exclude<WritableKind, "pledge-event">>(kind: K, input: unknown, ctx: WriteContext): Promise<WriteResult<K>>;
  /** Replaces a pledge or an endorsement if its version is still `expectedVersion` (else a `version-mismatch` error); audited. */
  update<K extends Exclude<WritableKind, "pledge-event">>(
    kind: K,
    id: string,
    input: unknown,
    expectedVersion: number,
    ctx: WriteContext,
  ): Promise<WriteResult<K>>;
  /** Appends an event to a pledge's history, if the lifecycle allows it. */
  appendPledgeEvent(input: unknown, ctx: WriteContext): Promise<WriteResult<"pledge-event">>;
  /**
   * Imports records of any kind, all or nothing, in one transaction: every
   * record is checked against its schema and the dataset's rules as if added
   * to the stored data (a rejected import writes no row; issue paths are
   * `[collection, index in records, …]`); ids must be new; each record gets an
   * "import" audit entry. Pledge events are appended in the order given.
   * The rules are run on the records with the stored records they involve
   * (those they refer to, those of their kind with the same id or key, the
   * events of the pledges concerned), and the rows are bulk-loaded (`COPY`).
   * `onProgress` is called with the number loaded so far.
   */
  importRecords<K extends EntityKind>(kind: K, records: readonly unknown[], ctx: WriteContext, onProgress?: (done: number) => void): Promise<{ inserted: number }>;
  /** Entries of the audit log, oldest first. */
  audit(query?: AuditQuery): Promise<AuditEntry[]>;
  /** Creates a token; the secret is returned once and only its hash is kept. */
  createToken(input: { readonly name: string; readonly role: Role }, actor?: string): Promise<{ token: string; info: TokenInfo }>;
  /** Revokes a token by id; false when there is none. */
  revokeToken(id: string, actor?: string): Promise<boolean>;
  /** Every token (without secrets). */
  listTokens(): Promise<TokenInfo[]>;
  /** The token's record when it is valid and not revoked. */
  verifyToken(token: string): Promise<TokenInfo | undefined>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  /** Closes the store: the pool, or the embedded database and its lock. */
  close(): Promise<void>;
}
