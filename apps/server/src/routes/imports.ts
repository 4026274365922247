// Imports of whole files (editor role): a UCDP GED file as conflict events, all or nothing.
import { GedImportSchema } from "@bluehelm/core";
import { createRoute, z } from "@hono/zod-openapi";
import { fail } from "../errors.js";
import { problemResponse, sendJson } from "../http.js";
import { problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { problemResponses } from "../schemas.js";
import { gedBody, gedQuery, readGedBody } from "./analytics.js";

export function importRoutes(deps: Deps) {
  const { store, indexCache } = deps;
  const group = routeGroup(deps.routes);
  group.openapi(
    createRoute({
      method: "post",
      path: "/v1/imports/ucdp-ged",
      operationId: "importUcdpGed",
      tags: ["Writes"],
      summary: "Import a UCDP GED file as conflict events: validated with row and column, all or nothing",
      description: "Needs the editor role. Every row must be valid and every id new, or nothing is written (422 with the report, which locates by row and column an id already stored; 409 when another write stores one of the ids while the import runs).",
      security: [{ bearer: [] }],
      request: { query: z.object(gedQuery), body: gedBody },
      responses: { 201: { description: "Imported", content: { "application/json": { schema: GedImportSchema } } }, ...problemResponses([400, 401, 403, 409, 413, 422, 429, 503]) },
    }),
    async (c) => {
      const read = await readGedBody(c, await indexCache.dataset());
      if (!read.report.valid || read.layout === undefined || read.release === undefined) {
        return problemResponse(c, problem("validation-failed", 422, "The file is not a valid UCDP GED file; nothing was imported.", { report: read.report }));
      }
      try {
        const { inserted } = await store.importRecords("conflict-event", read.records, { actor: c.get("actor"), requestId: c.get("requestId") });
        return sendJson(c, { inserted, layout: read.layout, release: read.release, rows: read.rows }, 201);
      } catch (error) {
        return fail(c, error);
      }
    },
  );
  return group.app;
}
