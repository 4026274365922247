// From failures to problem details: store errors, refused request parts
// (zod issues), unknown paths and methods, and anything unexpected.
import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "@bluehelm/core";
import { DatasetTooLargeError, isStoreError, type StoreError } from "@bluehelm/store";
import type { z } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { recordEtag } from "./etags.js";
import { problemResponse, type AppContext } from "./http.js";
import type { LogSink } from "./log.js";
import { problem, type Problem } from "./problem.js";

export function storeProblem(error: StoreError): Problem {
  switch (error.code) {
    case "not-found":
      return problem("not-found", 404, error.message);
    case "conflict":
      return problem("conflict", 409, error.message, error.report ? { report: error.report } : {});
    case "version-mismatch":
      return problem("precondition-failed", 412, error.message, { currentVersion: error.currentVersion });
    case "invalid":
      return problem("validation-failed", 422, error.message, error.report ? { report: error.report } : {});
    case "bad-query":
      return problem("invalid-query", 400, error.message, error.report ? { report: error.report } : {});
    case "idempotency-mismatch":
      return problem("idempotency-key-reused", 422, error.message);
    case "too-large":
      return problem(
        "dataset-too-large",
        503,
        `${error.message} On this server the limit is the option analyticsMaxRecords; lists and records are still served.`,
        error instanceof DatasetTooLargeError ? { records: error.records, maxRecords: error.maxRecords } : {},
      );
  }
}

/** The answer to a store error; anything else is thrown on to the error handler. */
export function fail(c: AppContext, error: unknown): Response {
  if (isStoreError(error)) {
    const headers: Record<string, string> = {};
    if (error.code === "version-mismatch" && error.currentVersion !== undefined) headers.ETag = recordEtag(error.currentVersion);
    return problemResponse(c, storeProblem(error), headers);
  }
  throw error;
}

/** A validation report from zod issues of a request part (query, path, header, json). */
export function zodReport(error: z.ZodError, prefix: string): ValidationReport {
  const issues: ValidationIssue[] = error.issues.map((i) => {
    const where = i.path.map(String).join(".") || prefix;
    const isDate = i.code === "invalid_format" && (i as { format?: string }).format === "date";
    return makeIssue(i.code === "invalid_type" ? "schema.invalid-type" : i.code === "invalid_format" ? "schema.invalid-format" : "schema.invalid-value", [prefix, ...i.path.map((p) => (typeof p === "number" ? p : String(p)))], {
      en: isDate ? `${where} is a calendar date YYYY-MM-DD (e.g. 2021-02-28).` : `${where}: ${i.message}`,
      fr: isDate ? `${where} est une date du calendrier AAAA-MM-JJ (p. ex. 2021-02-28).` : `${where} : valeur non valide (${i.message})`,
    });
  });
  return makeReport(issues);
}

/** The hook of the documented routes with a validator: a refused query, path or header is a 400 with the report. */
export const defaultHook = (result: { success: boolean; error?: z.ZodError; target?: string }, c: AppContext): Response | undefined => {
  if (result.success) return undefined;
  const target = result.target ?? "query";
  return problemResponse(c, problem("invalid-query", 400, `The ${target} is not valid.`, { report: zodReport(result.error!, target) }));
};

/** Errors thrown by handlers: HTTP exceptions as their problems, bad JSON as a 400, the rest as a logged 500. */
export function errorHandler(log: LogSink) {
  return (error: Error, c: AppContext): Response => {
    if (error instanceof HTTPException) {
      const status = error.status;
      const slug = status === 413 ? "payload-too-large" : status === 401 ? "unauthorized" : "bad-request";
      return problemResponse(c, problem(slug, status, error.message || "The request is not valid."));
    }
    if (error instanceof SyntaxError) return problemResponse(c, problem("bad-request", 400, "The body is not valid JSON."));
    if (isStoreError(error)) return problemResponse(c, storeProblem(error));
    log({ level: "error", msg: "unhandled error", requestId: c.get("requestId"), error: error.stack ?? error.message });
    return problemResponse(c, problem("internal-error", 500, "Something went wrong on our side; the request id identifies it in the logs."));
  };
}
