// The core validation report for any input: a record of a kind, or a dataset.
import { DatasetSchema, ENTITY_KINDS, isEntityKind, validate, validateDataset, type EntityKind } from "@bluehelm/core";
import { createRoute, z } from "@hono/zod-openapi";
import { sendJson } from "../http.js";
import { routeGroup, type Deps } from "../routing.js";
import { ReportSchema, problemResponses } from "../schemas.js";

export function validateRoutes(deps: Deps) {
  const group = routeGroup(deps.routes);
  group.openapi(
    createRoute({
      method: "post",
      path: "/v1/validate",
      operationId: "validate",
      tags: ["Validation"],
      summary: "Validate a record (with ?kind=) or a whole dataset (without), returning the core validation report",
      request: {
        query: z.object({ kind: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]).optional() }),
        body: { required: true, content: { "application/json": { schema: z.unknown().openapi({ description: `A record of the kind, or a dataset (${Object.keys(DatasetSchema.shape).join(", ")}).` }) } } },
      },
      responses: { 200: { description: "The validation report (valid or not)", content: { "application/json": { schema: ReportSchema } } }, ...problemResponses([400, 413, 415, 429]) },
    }),
    async (c) => {
      const kind = c.req.query("kind");
      const body = await c.req.json<unknown>();
      const report = kind !== undefined && isEntityKind(kind) ? validate(kind, body) : validateDataset(body);
      return sendJson(c, report);
    },
  );
  return group.app;
}
