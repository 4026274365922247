import { getHeapStatistics } from "node:v8";
import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "@bluehelm/core";

/**
 * Why a store operation was refused.
 *
 * @example
 * ```ts
 * import { openStore, isStoreError, type StoreErrorCode } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * try {
 *   await store.update("pledge", "can-2017-aviation-task-force", {}, 1, { actor: "editor@example.org" });
 * } catch (error) {
 *   const code: StoreErrorCode | undefined = isStoreError(error) ? error.code : undefined;
 *   console.log(code); // e.g. "invalid" or "version-mismatch"
 * }
 * await store.close();
 * ```
 */
export type StoreErrorCode =
  /** The record does not exist. */
  | "not-found"
  /** A record with this id already exists. */
  | "conflict"
  /** The record changed since the version the caller read (optimistic concurrency). */
  | "version-mismatch"
  /** The input breaks the schema or a rule; `report` says how. */
  | "invalid"
  /** A list query names an unknown field, a bad cursor or a bad value. */
  | "bad-query"
  /** An idempotency key was reused with a different request. */
  | "idempotency-mismatch"
  /** Answering needs every record in memory, and the store holds more than this process may hold ({@link DatasetTooLargeError}). */
  | "too-large";

/**
 * An error of the store, carrying the validation report where there is one.
 *
 * @example
 * ```ts
 * import { openStore, StoreError } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * try {
 *   await store.create("endorsement", { id: "not valid" }, { actor: "editor@example.org" });
 * } catch (error) {
 *   if (error instanceof StoreError && error.code === "invalid") console.log(error.report?.issues);
 * }
 * await store.close();
 * ```
 */
export class StoreError extends Error {
  override readonly name = "StoreError";
  readonly code: StoreErrorCode;
  readonly report: ValidationReport | undefined;
  /** For `version-mismatch`: the record's current version. */
  readonly currentVersion: number | undefined;

  /**
   * Creates a store error.
   *
   * @param code - Why the operation was refused.
   * @param message - What happened, for people.
   * @param options - The validation report and, for `version-mismatch`, the current version.
   */
  constructor(code: StoreErrorCode, message: string, options: { report?: ValidationReport; currentVersion?: number } = {}) {
    super(message);
    this.code = code;
    this.report = options.report;
    this.currentVersion = options.currentVersion;
  }
}

/**
 * Whether a value is a {@link StoreError}.
 *
 * @example
 * ```ts
 * import { openStore, isStoreError } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * try {
 *   await store.appendPledgeEvent({ pledgeId: "no-such-pledge" }, { actor: "editor@example.org" });
 * } catch (error) {
 *   if (isStoreError(error)) console.log(error.code, error.message);
 *   else throw error;
 * }
 * await store.close();
 * ```
 */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/**
 * The memory a record of the whole dataset takes in a process, with room for the analytics index over it and
 * the answers being rendered: measured at about 850 B a record (a server's RSS growth over 548,767 records,
 * at 10× the synthetic data of `tooling/bench`), rounded up.
 */
export const BYTES_PER_LOADED_RECORD = 1200;

/**
 * The most records {@link Store.dataset} loads by default: what the V8 heap limit of this process allows at
 * 1,200 B each (about 3.6 M records with a 4.3 GB heap).
 *
 * @example
 * ```ts
 * import { defaultMaxLoadedRecords } from "@bluehelm/store";
 *
 * console.log(defaultMaxLoadedRecords() > 100_000); // true with Node's default heap
 * ```
 */
export function defaultMaxLoadedRecords(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / BYTES_PER_LOADED_RECORD);
}

/**
 * Thrown by {@link Store.dataset} instead of loading every record when the store holds more than the process
 * may hold: loading them would exhaust the heap and stop the whole process. Its code is `too-large`.
 *
 * @example
 * ```ts
 * import { openStore, DatasetTooLargeError } from "@bluehelm/store";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * try {
 *   await store.dataset({ maxRecords: 10 });
 * } catch (error) {
 *   if (error instanceof DatasetTooLargeError) console.log(error.records, error.maxRecords);
 * }
 * await store.close();
 * ```
 */
export class DatasetTooLargeError extends StoreError {
  /** The records the store holds. */
  readonly records: number;
  /** The most this process may hold. */
  readonly maxRecords: number;

  /**
   * Creates the error from the two figures; the message says what to do.
   *
   * @param records - The records the store holds.
   * @param maxRecords - The most this process may hold.
   */
  constructor(records: number, maxRecords: number) {
    super(
      "too-large",
      `Answering this needs every record in memory: the store holds ${records} records, and this process may hold at most ${maxRecords} ` +
        `(by default its V8 heap limit ÷ ${BYTES_PER_LOADED_RECORD} B). Run it with a larger heap: NODE_OPTIONS=--max-old-space-size=<MiB>.`,
    );
    this.records = records;
    this.maxRecords = maxRecords;
  }
}

/** A `bad-query` error with one issue at a path of the query. */
export function badQuery(path: readonly (string | number)[], en: string, fr: string): StoreError {
  const issue: ValidationIssue = makeIssue("schema.invalid-value", path, { en, fr });
  return new StoreError("bad-query", en, { report: makeReport([issue]) });
}

/** An `invalid` error from issues. */
export function invalid(message: string, issues: readonly ValidationIssue[]): StoreError {
  return new StoreError("invalid", message, { report: makeReport(issues) });
}
