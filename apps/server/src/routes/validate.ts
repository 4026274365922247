// The core validation report for any input: a record of a kind, or a dataset.
// Validating a large body costs seconds of CPU, so the route has limits of its
// own — a body size, a token bucket per client, a bounded queue, a cap on the
// issues reported — and validates in worker threads, off the request thread.
import { DatasetSchema, ENTITY_KINDS, isEntityKind, type EntityKind } from "@bluehelm/core";
import { createRoute, z } from "@hono/zod-openapi";
import { problemResponse, send } from "../http.js";
import { CONTENT_TYPES } from "../formats.js";
import { paramReport, problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { ReportSchema, problemResponses } from "../schemas.js";
import { ValidationBusy, ValidationTooCostly } from "../validation-pool.js";

const mib = (bytes: number): string => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`);

export function validateRoutes(deps: Deps) {
  const group = routeGroup(deps.routes);
  const limits = deps.validation;
  const rate = limits.bucket ? `${limits.burst} at once, then ${limits.perMinute} a minute per client address` : "no rate limit of its own";
  group.documented(
    createRoute({
      method: "post",
      path: "/v1/validate",
      operationId: "validate",
      tags: ["Validation"],
      summary: "Validate a record (with ?kind=) or a whole dataset (without), returning the core validation report",
      description:
        `Limits of this route, on top of the limits of every request: a body of at most ${mib(limits.bodyLimit)} (413); ${rate} ` +
        `(429 with Retry-After); validations run in worker threads, a few at a time, with a bounded queue (503 with Retry-After when it is full); ` +
        `a validation that runs longer than ${limits.timeoutMs / 1000} s or needs too much memory is stopped (413: send a smaller part). ` +
        `The report lists at most ${limits.maxIssues} issues; a longer one ends with a report.truncated issue.`,
      request: {
        query: z.object({ kind: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]).optional() }),
        body: { required: true, content: { "application/json": { schema: z.unknown().openapi({ description: `A record of the kind, or a dataset (${Object.keys(DatasetSchema.shape).join(", ")}).` }) } } },
      },
      responses: { 200: { description: "The validation report (valid or not)", content: { "application/json": { schema: ReportSchema } } }, ...problemResponses([400, 413, 415, 429, 503]) },
    }),
    async (c) => {
      const kind = c.req.query("kind");
      if (kind !== undefined && !isEntityKind(kind)) {
        const en = `kind is one of: ${ENTITY_KINDS.join(", ")}.`;
        return problemResponse(c, problem("invalid-query", 400, en, { report: paramReport(["query", "kind"], en, `kind vaut l'un de : ${ENTITY_KINDS.join(", ")}.`) }));
      }
      const taken = limits.bucket?.take(c.get("client"));
      if (taken && !taken.allowed) {
        const retry = String(taken.retryAfterSec);
        return problemResponse(c, problem("rate-limited", 429, `Validations are limited to ${rate}; retry in ${retry} s.`), { "retry-after": retry });
      }
      const text = await c.req.text();
      try {
        const outcome = await limits.pool.run({ text, kind, maxIssues: limits.maxIssues });
        if (!outcome.ok) return problemResponse(c, problem("bad-request", 400, "The body is not valid JSON."));
        return send(c, 200, outcome.body, { "content-type": CONTENT_TYPES.json });
      } catch (error) {
        if (error instanceof ValidationBusy) {
          return problemResponse(c, problem("unavailable", 503, "Every validation worker is busy; retry in a moment."), { "retry-after": "1" });
        }
        if (error instanceof ValidationTooCostly) {
          return problemResponse(c, problem("payload-too-large", 413, `${error.message} Validate a smaller part of the input at a time.`));
        }
        throw error;
      }
    },
  );
  return group.app;
}
