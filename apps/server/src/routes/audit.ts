// The audit log (admin role): every write, who, when, before and after.
import { AuditEntrySchema } from "@bluehelm/core";
import { createRoute, z } from "@hono/zod-openapi";
import { sendJson } from "../http.js";
import { routeGroup, type Deps } from "../routing.js";
import { problemResponses } from "../schemas.js";

export function auditRoutes(deps: Deps) {
  const { store } = deps;
  const group = routeGroup(deps.routes);
  group.openapi(
    createRoute({
      method: "get",
      path: "/v1/audit",
      operationId: "listAudit",
      tags: ["Audit"],
      summary: "The audit log: every write, who, when, before and after",
      security: [{ bearer: [] }],
      request: {
        query: z.object({
          resource: z.string().max(40).optional(),
          recordId: z.string().max(120).optional(),
          after: z.coerce.number().int().min(0).optional().openapi({ description: "Entries after this id." }),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
      responses: {
        200: { description: "Entries, oldest first", content: { "application/json": { schema: z.object({ items: z.array(AuditEntrySchema) }) } } },
        ...problemResponses([400, 401, 403]),
      },
    }),
    async (c) => {
      const q = new URL(c.req.url).searchParams;
      const num = (v: string | null) => (v === null ? undefined : Number(v));
      const items = await store.audit({
        ...(q.get("resource") !== null ? { resource: q.get("resource")! } : {}),
        ...(q.get("recordId") !== null ? { recordId: q.get("recordId")! } : {}),
        ...(q.get("after") !== null ? { after: num(q.get("after")) } : {}),
        ...(q.get("limit") !== null ? { limit: num(q.get("limit")) } : {}),
      });
      return sendJson(c, { items });
    },
  );
  return group.app;
}
