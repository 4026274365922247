// What every handler uses to read a request and answer it: the Hono
// environment of the app, request headers read cheaply on Node, and
// responses carrying the request's common headers (the server's fast path).
import type { Problem } from "@bluehelm/core";
import type { Role } from "@bluehelm/core";
import type { Context } from "hono";
import { CONTENT_TYPES } from "./formats.js";
import { PROBLEM_CONTENT_TYPE } from "./problem.js";

/**
 * The authenticated caller of a request, if any: the token's id, name and role.
 *
 * @example
 * ```ts
 * import type { Principal } from "@bluehelm/server";
 *
 * const canWrite = (who: Principal | undefined): boolean => who !== undefined && who.role !== "reader";
 * ```
 */
export interface Principal {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/**
 * The Hono environment of the app `createApp` returns: what a request carries
 * once the common middleware ran (its id, the authenticated principal, the
 * actor written to the audit log, the client's address). Name it to type a value holding the app,
 * e.g. `const app: Hono<AppEnv> = createApp({ store })`.
 *
 * @example
 * ```ts
 * import { createApp, type AppEnv } from "@bluehelm/server";
 * import { openStore } from "@bluehelm/store";
 *
 * // The variables a request carries once the app's middleware ran.
 * type RequestVariables = AppEnv["Variables"];
 * const auditLine = (v: Pick<RequestVariables, "requestId" | "actor">) => `${v.requestId} by ${v.actor}`;
 *
 * // The app's own type, for a module that exports it.
 * export const api: ReturnType<typeof createApp> = createApp({ store: await openStore() });
 * ```
 */
export interface AppEnv {
  Bindings: { incoming?: { socket?: { remoteAddress?: string }; headers?: Readonly<Record<string, string | string[] | undefined>> } };
  Variables: { requestId: string; principal: Principal | undefined; actor: string; base: Record<string, string>; client: string };
}

export type AppContext = Context<AppEnv>;

/** The headers of every answer of the API (web pages replace the Content-Security-Policy with their own). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "cross-origin",
  "strict-transport-security": "max-age=15552000; includeSubDomains",
  "x-dns-prefetch-control": "off",
  "x-permitted-cross-domain-policies": "none",
};

/**
 * A request header. On Node it is read from the incoming message, which
 * spares @hono/node-server from building a full Request object.
 */
export function header(c: AppContext, name: string): string | undefined {
  const raw = c.env?.incoming?.headers;
  if (raw) {
    const value = raw[name];
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return c.req.header(name);
}

/** Responses built by {@link send}: they already carry the request's common headers. */
export const FAST = new WeakSet<Response>();

/**
 * A response with the request's common headers (security, CORS, request id,
 * rate limit) and these, as a plain object, which @hono/node-server writes
 * without building a Headers object.
 */
export function send(c: AppContext, status: number, body: string | Uint8Array | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}): Response {
  const res = new Response(body as ConstructorParameters<typeof Response>[0], { status, headers: { ...c.get("base"), ...headers } });
  FAST.add(res);
  return res;
}

export const sendJson = (c: AppContext, value: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  send(c, status, JSON.stringify(value), { "content-type": CONTENT_TYPES.json, ...headers });

export function problemResponse(c: AppContext, p: Problem, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify({ ...p, instance: p.instance ?? c.req.path });
  return send(c, p.status, body, { "content-type": PROBLEM_CONTENT_TYPE, ...headers });
}
