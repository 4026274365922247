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
  | "idempotency-mismatch";

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

/** A `bad-query` error with one issue at a path of the query. */
export function badQuery(path: readonly (string | number)[], en: string, fr: string): StoreError {
  const issue: ValidationIssue = makeIssue("schema.invalid-value", path, { en, fr });
  return new StoreError("bad-query", en, { report: makeReport([issue]) });
}

/** An `invalid` error from issues. */
export function invalid(message: string, issues: readonly ValidationIssue[]): StoreError {
  return new StoreError("invalid", message, { report: makeReport(issues) });
}
