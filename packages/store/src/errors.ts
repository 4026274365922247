import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "@bluehelm/core";

/** Why a store operation was refused. */
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

/** An error of the store, carrying the validation report where there is one. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  readonly code: StoreErrorCode;
  readonly report: ValidationReport | undefined;
  /** For `version-mismatch`: the record's current version. */
  readonly currentVersion: number | undefined;

  constructor(code: StoreErrorCode, message: string, options: { report?: ValidationReport; currentVersion?: number } = {}) {
    super(message);
    this.code = code;
    this.report = options.report;
    this.currentVersion = options.currentVersion;
  }
}

/** Whether a value is a {@link StoreError}. */
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
