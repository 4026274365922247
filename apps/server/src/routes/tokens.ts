// Bearer tokens: who a token belongs to (any role), and their management
// (admin role) while the server runs — list without secrets, create (the
// secret shown once), revoke (at once: tokens are checked on every request).
import { CreateTokenSchema, CreatedTokenSchema, TokenHolderSchema, TokenInfoSchema } from "@bluehelm/core";
import { createRoute, z } from "@hono/zod-openapi";
import { fail, zodReport } from "../errors.js";
import { problemResponse, send, sendJson, type AppContext } from "../http.js";
import { problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { problemResponses } from "../schemas.js";

const NO_STORE = { "cache-control": "no-store" };

const TokenIdSchema = z.object({
  id: z.string().max(120).openapi({ param: { name: "id", in: "path" }, example: "0123456789abcdef" }),
});

export function tokenRoutes(deps: Deps) {
  const { store } = deps;
  const group = routeGroup(deps.routes);

  group.openapi(
    createRoute({
      method: "get",
      path: "/v1/me",
      operationId: "getMe",
      tags: ["Tokens"],
      summary: "Who the bearer token belongs to: its id, name and role (to check a token before writing)",
      security: [{ bearer: [] }],
      responses: { 200: { description: "The token's holder", content: { "application/json": { schema: TokenHolderSchema } } }, ...problemResponses([401, 429]) },
    }),
    (c) => {
      const { id, name, role } = c.get("principal")!;
      return sendJson(c, { id, name, role }, 200, NO_STORE);
    },
  );

  group.openapi(
    createRoute({
      method: "get",
      path: "/v1/tokens",
      operationId: "listTokens",
      tags: ["Tokens"],
      summary: "Every token, revoked ones too, without secrets (admin role)",
      security: [{ bearer: [] }],
      responses: {
        200: { description: "The tokens, oldest first", content: { "application/json": { schema: z.object({ items: z.array(TokenInfoSchema) }) } } },
        ...problemResponses([401, 403, 429]),
      },
    }),
    async (c) => sendJson(c, { items: await store.listTokens() }, 200, NO_STORE),
  );

  group.openapi(
    createRoute({
      method: "post",
      path: "/v1/tokens",
      operationId: "createToken",
      tags: ["Tokens"],
      summary: "Create a token (admin role): its secret is in this answer only; only its hash is kept. Audited.",
      security: [{ bearer: [] }],
      request: { body: { required: true, content: { "application/json": { schema: CreateTokenSchema } } } },
      responses: {
        201: { description: "Created", content: { "application/json": { schema: CreatedTokenSchema } } },
        ...problemResponses([400, 401, 403, 413, 415, 422, 429]),
      },
    }),
    async (c) => {
      const body = CreateTokenSchema.parse(await c.req.json<unknown>());
      try {
        const { token, info } = await store.createToken(body, c.get("actor"));
        return sendJson(c, { ...info, token }, 201, { ...NO_STORE, Location: `/v1/tokens/${info.id}` });
      } catch (error) {
        return fail(c, error);
      }
    },
    (result: { success: boolean; target?: string; error?: z.ZodError }, c: AppContext) => {
      if (result.success) return;
      const json = result.target === "json";
      return problemResponse(
        c,
        problem(json ? "validation-failed" : "invalid-query", json ? 422 : 400, json ? "The token needs a name (1 to 120 characters, no surrounding spaces) and a role: reader, editor or admin." : "The request is not valid.", {
          report: zodReport(result.error!, result.target ?? "json"),
        }),
      );
    },
  );

  group.openapi(
    createRoute({
      method: "delete",
      path: "/v1/tokens/{id}",
      operationId: "revokeToken",
      tags: ["Tokens"],
      summary: "Revoke a token (admin role): it stops working at once. Audited.",
      security: [{ bearer: [] }],
      request: { params: TokenIdSchema },
      responses: { 204: { description: "Revoked" }, ...problemResponses([401, 403, 404, 429]) },
    }),
    async (c) => {
      const id = c.req.param("id")!;
      if (!(await store.revokeToken(id, c.get("actor")))) return problemResponse(c, problem("not-found", 404, `No valid token has the id "${id}" (it may be revoked already).`));
      return send(c, 204, null, NO_STORE);
    },
  );
  return group.app;
}
