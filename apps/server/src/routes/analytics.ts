// The framework's questions, answered by the core as of any date, and the
// early warning on a UCDP GED file of new events (nothing is stored).
import { AnswerSchema, type ReadonlyDataset } from "@bluehelm/core";
import { QUESTIONS, screenEvents } from "@bluehelm/core/analytics";
import { readGed } from "@bluehelm/core/tabular";
import { createRoute, z } from "@hono/zod-openapi";
import { ANALYTICS } from "../analytics.js";
import { cacheKey, cachedAnswer, cachedJson } from "../caches.js";
import { zodReport } from "../errors.js";
import { problemResponse, sendJson, type AppContext } from "../http.js";
import { problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { pascal, problemResponses } from "../schemas.js";

/** The body of the routes that take a GED file. */
export const gedBody = {
  required: true,
  description: "A UCDP GED file: the official CSV, the HDX CSV (with its HXL row), the UCDP web export, or a GeoJSON FeatureCollection.",
  content: {
    "text/csv": { schema: z.string() },
    "application/geo+json": { schema: z.unknown() },
    "application/json": { schema: z.unknown() },
  },
};

/** The query parameters that tell how to read a GED file. */
export const gedQuery = {
  release: z.string().regex(/^\d{1,2}\.\d{1,2}$/).optional().openapi({ description: "The GED release of the file, e.g. 24.1 (needed when the file name does not tell it)." }),
  fileName: z.string().max(200).optional().openapi({ description: "The file's name, from which the release can be read (ged241-csv…, GEDEvent_v23_1…)." }),
  source: z.string().max(120).optional().openapi({ description: "The source id the events cite; default the registry's entry of the release (ucdp-ged-24-1)." }),
};

/** Reads a GED body with the core reader; a report when the file has errors. */
export async function readGedBody(c: AppContext, context?: ReadonlyDataset) {
  const q = new URL(c.req.url).searchParams;
  const release = q.get("release") ?? undefined;
  const fileName = q.get("fileName") ?? undefined;
  const source = q.get("source") ?? undefined;
  return readGed(await c.req.text(), { ...(release ? { release } : {}), ...(fileName ? { fileName } : {}), ...(source ? { sources: [source] } : {}), ...(context ? { context } : {}) });
}

export function analyticsRoutes(deps: Deps) {
  const { answers, indexCache, store, cache } = deps;
  const group = routeGroup(deps.routes);

  for (const [path, endpoint] of Object.entries(ANALYTICS)) {
    group.openapi(
      createRoute({
        method: "get",
        path: `/v1/analytics/${path}`,
        operationId: `analytics${pascal(path)}`,
        tags: ["Analytics"],
        summary: endpoint.summary,
        description: "The answer of the core function, with the date it is true for, the method (EN/FR) and the sources behind it.",
        request: { query: endpoint.query },
        responses: { 200: { description: "The answer", content: { "application/json": { schema: AnswerSchema } } }, ...problemResponses([400, 401, 429, 503]) },
      }),
      async (c) => {
        const parsed = endpoint.query.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
        if (!parsed.success) return problemResponse(c, problem("invalid-query", 400, "The query string is not valid.", { report: zodReport(parsed.error, "query") }));
        const { answerFrom } = endpoint;
        // Answered from the store's tables kept on write when the question can be: a few rows read, no index of
        // the whole dataset; cached until the next write of a kind the question reads (or the next day).
        if (answerFrom !== undefined) {
          return cachedJson(store, cache, c, endpoint.kinds, cacheKey(c), async () => ({ body: JSON.stringify(await answerFrom(store, parsed.data)) }));
        }
        return cachedAnswer(indexCache, answers, c, endpoint.reads, (index) => JSON.stringify(endpoint.run(index, parsed.data)));
      },
    );
  }

  group.openapi(
    createRoute({
      method: "post",
      path: "/v1/analytics/alerts",
      operationId: "screenAlerts",
      tags: ["Analytics"],
      summary: "Early warning on new events: screen a GED file for events that harmed civilians near active deployment sites",
      description: "The alerts question asked of the events in the body instead of the stored ones. Nothing is stored; no token is needed when reads are public.",
      request: { query: QUESTIONS.alerts.params.extend(gedQuery), body: gedBody },
      responses: { 200: { description: "The answer", content: { "application/json": { schema: AnswerSchema } } }, ...problemResponses([400, 413, 422, 429, 503]) },
    }),
    async (c) => {
      const q = Object.fromEntries(new URL(c.req.url).searchParams);
      const { release: _r, fileName: _f, source: _s, ...params } = q;
      const index = await indexCache.get();
      // New events are screened, not stored: an id already stored is no conflict here.
      const read = await readGedBody(c, { ...index.dataset, conflictEvents: [] });
      if (!read.report.valid) return problemResponse(c, problem("validation-failed", 422, "The file is not a valid UCDP GED file.", { report: read.report }));
      const result = screenEvents(index, params, read.records);
      if (!result.ok) return problemResponse(c, problem("invalid-query", 400, "The query string is not valid.", { report: result.report }));
      return sendJson(c, result.answer);
    },
  );
  return group.app;
}
