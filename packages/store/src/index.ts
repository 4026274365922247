/**
 * @bluehelm/store — persistence for Bluehelm behind one interface: embedded
 * PGlite by default, PostgreSQL through node-postgres in production, with
 * the same migrations; the append-only pledge event log, the audit trail,
 * bearer tokens (stored hashed) and idempotency keys.
 *
 * @packageDocumentation
 */
import { resolve } from "node:path";
import type { ReadonlyDataset } from "@bluehelm/core";
import { pgliteDriver, postgresDriver, type Driver } from "./driver.js";
import { SqlStore } from "./sql-store.js";
import type { Store } from "./types.js";

export { DatasetTooLargeError, StoreError, defaultMaxLoadedRecords, isStoreError } from "./errors.js";
export type { StoreErrorCode } from "./errors.js";
export { MIGRATIONS } from "./migrations.js";
export type { Migration } from "./migrations.js";
export { RESOURCES, WRITABLE_KINDS, effectiveDate, resourceByPath } from "./resources.js";
export type { FieldInfo, FieldType, ResourceInfo, WritableKind } from "./resources.js";
export { ROLES, hashToken } from "./tokens.js";
export type { Role } from "./tokens.js";
export type {
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

/**
 * The default data directory of the embedded store, under the working directory.
 *
 * @example
 * ```ts
 * import { DEFAULT_DATA_DIR, describeStore } from "@bluehelm/store";
 *
 * console.log(DEFAULT_DATA_DIR, describeStore({ env: {} }).location);
 * ```
 */
export const DEFAULT_DATA_DIR = ".bluehelm/db";

/**
 * A buffer pool for a short-lived process on the embedded store (a command that reads or writes once and
 * exits), in MiB, for {@link OpenStoreOptions.sharedBuffersMiB}: about 120 MiB less memory than PostgreSQL's
 * default of 128 at start-up, for the few pages such a process reads.
 *
 * @example
 * ```ts
 * import { openStore, SHORT_LIVED_SHARED_BUFFERS_MIB } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: "/tmp/bluehelm-cli", sharedBuffersMiB: SHORT_LIVED_SHARED_BUFFERS_MIB });
 * console.log((await store.list("mission", { limit: 1 })).total);
 * await store.close();
 * ```
 */
export const SHORT_LIVED_SHARED_BUFFERS_MIB = 16;

/**
 * Where and how {@link openStore} opens a store.
 *
 * @example
 * ```ts
 * import { openStore, type OpenStoreOptions } from "@bluehelm/store";
 *
 * const options: OpenStoreOptions = { dataDir: "/tmp/bluehelm-empty", seed: false };
 * const store = await openStore(options);
 * console.log((await store.list("pledge")).total); // 0: not seeded
 * await store.close();
 * ```
 */
export interface OpenStoreOptions {
  /** A `postgres://` or `postgresql://` URL; default `DATABASE_URL` from the environment. */
  readonly url?: string;
  /** The embedded store's data directory, used when there is no URL; default `.bluehelm/db`. */
  readonly dataDir?: string;
  /**
   * What a new, empty database is seeded with: default the reference
   * dataset of `@bluehelm/data`; `false` to start empty.
   */
  readonly seed?: ReadonlyDataset | false;
  /** The environment to read `DATABASE_URL` from; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Pool size for PostgreSQL; default 10. */
  readonly poolSize?: number;
  /**
   * The embedded store's buffer pool (PostgreSQL's `shared_buffers`) in MiB, a whole number from 1 to 4096;
   * default 128, PostgreSQL's. A short-lived process that reads a few pages (a command line query) starts
   * with about 120 MiB less memory at {@link SHORT_LIVED_SHARED_BUFFERS_MIB}; a server keeps the default. Ignored on PostgreSQL, whose server
   * sets its own.
   */
  readonly sharedBuffersMiB?: number;
}

/**
 * Where a store would be opened from these options: `{ engine, location }`, the URL's password hidden.
 *
 * @example
 * ```ts
 * import { describeStore } from "@bluehelm/store";
 *
 * console.log(describeStore({ url: "postgres://app:secret@db.example.org/bluehelm" }));
 * // { engine: "postgres", location: "postgres://app:***@db.example.org/bluehelm" }
 * ```
 */
export function describeStore(options: OpenStoreOptions = {}): { engine: "pglite" | "postgres"; location: string } {
  const url = options.url ?? (options.dataDir === undefined ? (options.env ?? process.env).DATABASE_URL : undefined);
  if (url) return { engine: "postgres", location: url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@") };
  return { engine: "pglite", location: resolve(options.dataDir ?? DEFAULT_DATA_DIR) };
}

/**
 * Opens a store: PostgreSQL when a URL is given (or `DATABASE_URL` is set and
 * no data directory is given), the embedded PGlite store otherwise. Runs the
 * migrations; a new database is seeded (in the same transaction) with the
 * reference dataset.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage } from "@bluehelm/core/analytics";
 * import { openStore } from "@bluehelm/store";
 *
 * // PostgreSQL when DATABASE_URL is set, else the embedded store in .bluehelm/db, seeded with the reference data.
 * const store = await openStore();
 * const coverage = pocCoverage(createIndex(await store.dataset()), { asOf: "2024-01-01" });
 * console.log(store.engine, coverage.value.missionShare);
 * await store.close();
 * ```
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { engine, location } = describeStore(options);
  let driver: Driver;
  if (engine === "postgres") {
    const url = options.url ?? (options.env ?? process.env).DATABASE_URL!;
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`Not a PostgreSQL URL: ${location}`);
    driver = await postgresDriver(url, { max: options.poolSize ?? 10 });
  } else driver = await pgliteDriver(location, { sharedBuffersMiB: options.sharedBuffersMiB });
  let seed = options.seed;
  try {
    // The reference dataset is loaded only for a database that has never been set up: it is large, and seeding happens once.
    if (seed === undefined) seed = (await isSetUp(driver)) ? false : (await import("@bluehelm/data")).loadDataset();
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return SqlStore.open(driver, { seed });
}

/**
 * Whether the migrations have run on the database: they run and seed it in one
 * transaction, so a database that has any is seeded already (or was opened
 * without a seed on purpose).
 */
async function isSetUp(driver: Driver): Promise<boolean> {
  const [table] = await driver.query<{ name: string | null }>("SELECT to_regclass('schema_migrations')::text AS name");
  if (!table?.name) return false;
  const [done] = await driver.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM schema_migrations) AS any");
  return done?.any === true;
}
