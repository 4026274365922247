import { makeIssue, makeReport, type Problem as WireProblem, type ValidationIssue, type ValidationReport } from "@bluehelm/core";

/**
 * An RFC 9457 problem details object, with the core validation report when there is one.
 * Every 4xx and 5xx answer of the API has this body, as `application/problem+json`. Its shape is the
 * core's wire schema `ProblemSchema` (the OpenAPI document's `Problem`).
 *
 * @example
 * ```ts
 * import type { Problem } from "@bluehelm/server";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/pledges", { method: "POST", body: "{}" });
 * if (!answer.ok) {
 *   const problem = (await answer.json()) as Problem;
 *   for (const issue of problem.report?.issues ?? []) console.log(issue.rule, issue.path.join("."), issue.message.en);
 * }
 * ```
 */
export type Problem = WireProblem;

/**
 * The media type of error answers (RFC 9457).
 *
 * @example
 * ```ts
 * import { PROBLEM_CONTENT_TYPE } from "@bluehelm/server";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/missions/no-such-mission");
 * const isProblem = answer.headers.get("content-type")?.startsWith(PROBLEM_CONTENT_TYPE) ?? false;
 * ```
 */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * The problem types of the API, by slug, with their titles.
 *
 * @example
 * ```ts
 * import { PROBLEM_TYPES, type ProblemSlug } from "@bluehelm/server";
 *
 * const slugs = Object.keys(PROBLEM_TYPES) as ProblemSlug[];
 * console.log(PROBLEM_TYPES["validation-failed"]); // "The record is not valid"
 * ```
 */
export const PROBLEM_TYPES = {
  "bad-request": "The request is malformed",
  "invalid-query": "The query string is not valid",
  "validation-failed": "The record is not valid",
  unauthorized: "Authentication is required",
  "invalid-token": "The bearer token is not valid",
  forbidden: "The token's role does not allow this",
  "not-found": "No such resource",
  "method-not-allowed": "The method is not allowed on this resource",
  "not-acceptable": "None of the accepted media types can be produced",
  conflict: "The record already exists",
  "precondition-failed": "The record changed since it was read",
  "precondition-required": "If-Match is required",
  "payload-too-large": "The request body is too large",
  "headers-too-large": "The request headers are too large",
  "unsupported-media-type": "The request body must be JSON",
  "idempotency-key-reused": "The idempotency key was used for another request",
  "rate-limited": "Too many requests",
  unavailable: "The service is not available",
  "dataset-too-large": "The data is too large for this server to hold in memory",
  "internal-error": "Internal error",
} as const;
/**
 * The slug of a problem type; its `type` URI is {@link problemType}(slug).
 *
 * @example
 * ```ts
 * import type { ProblemSlug } from "@bluehelm/server";
 *
 * const stale: ProblemSlug = "precondition-failed";
 * ```
 */
export type ProblemSlug = keyof typeof PROBLEM_TYPES;

/**
 * The `type` URI of a problem: `urn:bluehelm:problem:<slug>`.
 *
 * @example
 * ```ts
 * import { problemType, type Problem } from "@bluehelm/server";
 *
 * const isStale = (p: Problem) => p.type === problemType("precondition-failed");
 * ```
 */
export const problemType = (slug: ProblemSlug): string => `urn:bluehelm:problem:${slug}`;

export function problem(
  slug: ProblemSlug,
  status: number,
  detail: string,
  extra: { instance?: string; report?: ValidationReport; [key: string]: unknown } = {},
): Problem {
  return { type: problemType(slug), title: PROBLEM_TYPES[slug], status, detail, ...extra } as Problem;
}

/** A report with one issue about a request parameter (`query`, `header`, `path`). */
export function paramReport(path: readonly (string | number)[], en: string, fr: string): ValidationReport {
  const issue: ValidationIssue = makeIssue("schema.invalid-value", path, { en, fr });
  return makeReport([issue]);
}
