import type { EntityKind, EntityOf, PledgeStatus, ReadonlyDataset } from "@bluehelm/core";
import type { WritableKind } from "./resources.js";
import type { Role } from "./tokens.js";

/** A record as stored: the core record, its version and, for pledges, its status as of the query's date. */
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

/** One condition of a list query on a field (dotted name, as in `RESOURCES[kind].fields`). */
export interface Filter {
  readonly field: string;
  /** `eq`: any of the values (for a list field: contains any of them); `gte`/`lte`: a bound. */
  readonly op: "eq" | "gte" | "lte";
  readonly values: readonly string[];
}

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

export interface Page<K extends EntityKind = EntityKind> {
  readonly items: StoredRecord<K>[];
  /** How many records match the filters, over all pages. */
  readonly total: number;
  /** Pass it as `cursor` for the next page; absent on the last page. */
  readonly nextCursor: string | undefined;
}

/** Who writes, for the audit log, and the idempotency key of the request, if any. */
export interface WriteContext {
  readonly actor: string;
  readonly requestId?: string;
  /** Same key and fingerprint: the first result is returned again; same key, other fingerprint: refused. */
  readonly idempotency?: { readonly key: string; readonly fingerprint: string };
}

export interface WriteResult<K extends EntityKind = EntityKind> {
  readonly stored: StoredRecord<K>;
  /** True when an earlier write with the same idempotency key was returned instead of writing. */
  readonly replayed: boolean;
}

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

export interface AuditQuery {
  readonly resource?: string;
  readonly recordId?: string;
  /** Entries with an id above this one (for paging forward). */
  readonly after?: number;
  readonly limit?: number;
}

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** The persistence of Bluehelm: one interface, two engines (PGlite, PostgreSQL). */
export interface Store {
  readonly engine: "pglite" | "postgres";
  list<K extends EntityKind>(kind: K, query?: ListQuery): Promise<Page<K>>;
  /** Every record matching the query, page after page (for streaming exports). */
  iterate<K extends EntityKind>(kind: K, query?: Omit<ListQuery, "cursor">): AsyncGenerator<StoredRecord<K>>;
  get<K extends EntityKind>(kind: K, id: string, options?: { readonly asOf?: string }): Promise<StoredRecord<K> | undefined>;
  /** A pledge's events in the order they were appended. */
  pledgeEvents(pledgeId: string): Promise<StoredRecord<"pledge-event">[]>;
  /** Every collection, for analytics; cached until the next write. */
  dataset(): Promise<ReadonlyDataset>;
  /** A number that changes whenever the data may have changed (own writes, other servers' writes). */
  generation(): number;
  create<K extends Exclude<WritableKind, "pledge-event">>(kind: K, input: unknown, ctx: WriteContext): Promise<WriteResult<K>>;
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
   * to the stored data (a rejected import writes no row); ids must be new;
   * each record gets an "import" audit entry. Pledge events are appended in
   * the order given. `onProgress` is called with the number written so far.
   */
  importRecords<K extends EntityKind>(kind: K, records: readonly unknown[], ctx: WriteContext, onProgress?: (done: number) => void): Promise<{ inserted: number }>;
  audit(query?: AuditQuery): Promise<AuditEntry[]>;
  /** Creates a token; the secret is returned once and only its hash is kept. */
  createToken(input: { readonly name: string; readonly role: Role }, actor?: string): Promise<{ token: string; info: TokenInfo }>;
  revokeToken(id: string, actor?: string): Promise<boolean>;
  listTokens(): Promise<TokenInfo[]>;
  /** The token's record when it is valid and not revoked. */
  verifyToken(token: string): Promise<TokenInfo | undefined>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
