// Liveness and readiness.
import { z } from "@hono/zod-openapi";
import { createRoute } from "@hono/zod-openapi";
import { problemResponse, sendJson } from "../http.js";
import { problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { problemResponses } from "../schemas.js";

export function serviceRoutes(deps: Deps) {
  const { store } = deps;
  const group = routeGroup(deps.routes);
  group.openapi(
    createRoute({ method: "get", path: "/healthz", tags: ["Service"], summary: "Liveness", responses: { 200: { description: "The process is up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } } } }),
    (c) => sendJson(c, { status: "ok" }),
  );
  group.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: ["Service"],
      summary: "Readiness: the store answers and the server is not shutting down",
      responses: { 200: { description: "Ready", content: { "application/json": { schema: z.object({ status: z.literal("ready"), engine: z.string() }) } } }, ...problemResponses([503]) },
    }),
    async (c) => {
      if (deps.draining?.()) return problemResponse(c, problem("unavailable", 503, "The server is shutting down."));
      try {
        await store.ping();
      } catch {
        return problemResponse(c, problem("unavailable", 503, "The store does not answer."));
      }
      return sendJson(c, { status: "ready", engine: store.engine });
    },
  );
  return group.app;
}
