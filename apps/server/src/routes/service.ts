// Liveness and readiness.
import { z } from "@hono/zod-openapi";
import { createRoute } from "@hono/zod-openapi";
import { problemResponse, sendJson } from "../http.js";
import { problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { problemResponses } from "../schemas.js";

const count = z.number().int().nonnegative();
const ReadySchema = z.object({
  status: z.literal("ready"),
  engine: z.string(),
  validations: z.object({ running: count.openapi({ description: "Validations running now" }), waiting: count.openapi({ description: "Validations waiting for a worker" }) }),
});

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
      description: "Also says how many validations of POST /v1/validate are running in worker threads and waiting for one, so that an operator sees the load of that route.",
      responses: { 200: { description: "Ready", content: { "application/json": { schema: ReadySchema } } }, ...problemResponses([503]) },
    }),
    async (c) => {
      if (deps.draining?.()) return problemResponse(c, problem("unavailable", 503, "The server is shutting down."));
      try {
        await store.ping();
      } catch {
        return problemResponse(c, problem("unavailable", 503, "The store does not answer."));
      }
      const { running, waiting } = deps.validation.pool.load;
      return sendJson(c, { status: "ready", engine: store.engine, validations: { running, waiting } });
    },
  );
  return group.app;
}
