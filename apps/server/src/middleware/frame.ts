// The middleware that frames every request: request id, security and CORS
// headers, the rate limit, the log line. Its headers go into the responses
// the handlers build with `send` (plain objects, the server's fast path) and
// are added afterwards to any other response.
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { clientAddress, type RateLimiter, type TrustedProxies } from "../client-address.js";
import { FAST, SECURITY_HEADERS, header, problemResponse, send, type AppEnv } from "../http.js";
import { redactQuery, silent, type LogSink } from "../log.js";
import { problem } from "../problem.js";

const EXPOSE = "ETag, Location, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id, X-Total-Count, Idempotent-Replayed";

/** The CORS headers for a request's Origin: every origin (`*`), an allow-list, or none (`undefined`). */
export function corsHeaders(origins: readonly string[] | undefined, origin: string | undefined): Record<string, string> {
  if (!origins || origin === undefined) return origins?.includes("*") ? { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSE } : {};
  if (origins.includes("*")) return { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSE };
  if (origins.includes(origin)) return { "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSE, vary: "Origin" };
  return origins.length > 0 ? { vary: "Origin" } : {};
}

export interface FrameOptions {
  readonly corsOrigins: readonly string[] | undefined;
  readonly limiter: RateLimiter | undefined;
  readonly trustedProxies: TrustedProxies | undefined;
  readonly log: LogSink;
}

export function frame(options: FrameOptions): MiddlewareHandler<AppEnv> {
  const { corsOrigins, limiter, trustedProxies, log } = options;
  return async (c, next) => {
    const started = performance.now();
    const incoming = header(c, "x-request-id");
    const id = incoming !== undefined && /^[\w\-.:=]{1,200}$/.test(incoming) ? incoming : randomUUID();
    c.set("requestId", id);
    c.set("principal", undefined);
    c.set("actor", "anonymous");
    const client = clientAddress(c, trustedProxies);
    c.set("client", client);
    const origin = header(c, "origin");
    const base: Record<string, string> = { ...SECURITY_HEADERS, "x-request-id": id, ...corsHeaders(corsOrigins, origin) };
    c.set("base", base);
    let response: Response | undefined;
    if (c.req.method === "OPTIONS" && origin !== undefined && header(c, "access-control-request-method") !== undefined) {
      const allowed = base["access-control-allow-origin"] !== undefined;
      response = send(c, 204, null, allowed ? {
        "access-control-allow-methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
        "access-control-allow-headers": "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id",
        "access-control-max-age": "600",
      } : {});
    } else if (limiter && c.req.path !== "/healthz" && c.req.path !== "/readyz") {
      const r = limiter.take(client);
      const reset = String(Math.ceil(r.resetMs / 1000));
      base["ratelimit-limit"] = String(r.limit);
      base["ratelimit-remaining"] = String(r.remaining);
      base["ratelimit-reset"] = reset;
      if (!r.allowed) response = problemResponse(c, problem("rate-limited", 429, `At most ${r.limit} requests per window; retry in ${reset} s.`), { "retry-after": reset });
    }
    if (response) c.res = response;
    else await next();
    if (!FAST.has(c.res)) for (const [name, value] of Object.entries(base)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    if (log !== silent) {
      const url = c.req.url;
      const q = url.indexOf("?");
      log({
        level: c.res.status >= 500 ? "error" : "info",
        msg: "request",
        requestId: id,
        method: c.req.method,
        path: c.req.path,
        query: q >= 0 ? redactQuery(url.slice(q, q + 500)) : "",
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
        client,
        actor: c.get("actor"),
      });
    }
  };
}
