// Authentication and authorization: writes need an editor, the audit log and
// the tokens an admin, /v1/me a token of any role, other reads a token only
// when reads are not public. Tokens are checked against the store on every
// request, so a revoked token stops working at once.
import { ROLES, type Role } from "@bluehelm/core";
import type { Store } from "@bluehelm/store";
import type { MiddlewareHandler } from "hono";
import { header, problemResponse, type AppEnv } from "../http.js";
import { problem } from "../problem.js";

/** Reads that need no role and POSTs that are not writes (they store nothing). */
const NOT_WRITES: ReadonlySet<string> = new Set(["/v1/validate", "/v1/analytics/alerts"]);
/** Writes whose body is a file, not JSON. */
const FILE_WRITES: ReadonlySet<string> = new Set(["/v1/imports/ucdp-ged"]);

const atLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export function authenticate(store: Store, publicReads: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = header(c, "authorization");
    const path = c.req.path;
    const method = c.req.method;
    // DELETE is only answered on /v1/tokens/{id} (admin); elsewhere it gets its 405 whoever asks.
    const isWrite = (method === "POST" || method === "PUT") && !NOT_WRITES.has(path);
    const adminOnly = path.startsWith("/v1/audit") || path === "/v1/tokens" || path.startsWith("/v1/tokens/");
    const needed: Role | undefined = adminOnly ? "admin" : isWrite ? "editor" : method !== "OPTIONS" && (path === "/v1/me" || !publicReads) ? "reader" : undefined;
    if (authorization !== undefined) {
      const m = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,200})\s*$/i.exec(authorization);
      const token = m ? await store.verifyToken(m[1]!) : undefined;
      if (!token) {
        return problemResponse(c, problem("invalid-token", 401, "The bearer token is not valid, or was revoked."), {
          "WWW-Authenticate": 'Bearer realm="bluehelm", error="invalid_token"',
        });
      }
      c.set("principal", { id: token.id, name: token.name, role: token.role });
      c.set("actor", `token:${token.id} (${token.name})`);
    }
    const principal = c.get("principal");
    if (needed !== undefined) {
      if (!principal) {
        return problemResponse(c, problem("unauthorized", 401, `This needs a bearer token with the ${needed} role.`), {
          "WWW-Authenticate": 'Bearer realm="bluehelm"',
        });
      }
      if (!atLeast(principal.role, needed)) {
        return problemResponse(c, problem("forbidden", 403, `This needs the ${needed} role; the token has the ${principal.role} role.`));
      }
    }
    if (isWrite && !FILE_WRITES.has(path)) {
      const type = header(c, "content-type") ?? "";
      if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
        return problemResponse(c, problem("unsupported-media-type", 415, "Send the body as application/json."));
      }
    }
    return next();
  };
}
