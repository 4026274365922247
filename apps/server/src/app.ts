import { createHash, randomUUID } from "node:crypto";
import {
  DatasetSchema,
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  isEntityKind,
  makeIssue,
  makeReport,
  pledgeStatus,
  QUESTIONS,
  readGed,
  screenEvents,
  today,
  validate,
  validateDataset,
  type EntityKind,
  type ReadonlyDataset,
  type ValidationIssue,
} from "@bluehelm/core";
import { RESOURCES, ROLES, isStoreError, type Store, type StoredRecord, type StoreError } from "@bluehelm/store";
import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { ANALYTICS } from "./analytics.js";
import { CONTENT_TYPES, columnValue, csvRow, negotiate, type Format } from "./formats.js";
import { paramReport, problem, type Problem } from "./problem.js";
import { parseListQuery } from "./query.js";
import { referencePage } from "./reference.js";
import { acceptsHtml, isApiPath, loadWebAssets, webResponse, type WebFile, type WebOptions } from "./web.js";
import {
  AsOfQuerySchema,
  IdParamSchema,
  ReportSchema,
  itemSchema,
  listQuerySchema,
  pageSchema,
  pascal,
  problemResponses,
} from "./schemas.js";
import {
  IndexCache,
  RateLimiter,
  ResponseCache,
  bodyEtag,
  noneMatch,
  principalOf,
  FAST,
  header,
  problemResponse,
  recordEtag,
  send,
  stdoutSink,
  versionFromIfMatch,
  type AppContext,
  type AppEnv,
  type LogSink,
} from "./support.js";

/**
 * The options of {@link createApp}: the store, and how the API authenticates,
 * limits, logs, caches and what else it serves.
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, type CreateAppOptions } from "@bluehelm/server";
 *
 * const options: CreateAppOptions = {
 *   store: await openStore({ dataDir: ".bluehelm/db" }),
 *   auth: { publicReads: true },
 *   rateLimit: { windowMs: 60_000, max: 600 },
 *   web: { dir: "apps/web/dist" },
 * };
 * const app = createApp(options);
 * console.log((await app.request("/healthz")).status);
 * ```
 */
export interface CreateAppOptions {
  readonly store: Store;
  readonly auth?: {
    /** Whether reads need no token; default true. When false, every read needs a token of any role. */
    readonly publicReads?: boolean;
  };
  /** CORS: `false` to send no CORS headers; default every origin. */
  readonly cors?: false | { readonly origin: string | readonly string[] };
  /** Requests per window per client address; `false` for none. Default 600 per minute. */
  readonly rateLimit?: false | { readonly windowMs?: number; readonly max?: number };
  /** Largest request body in bytes; default 1 MiB. */
  readonly bodyLimit?: number;
  /** Largest UCDP GED file in bytes, for `POST /v1/analytics/alerts` and `POST /v1/imports/ucdp-ged`; default 32 MiB. */
  readonly fileBodyLimit?: number;
  /** Where structured logs go; `false` for none. Default JSON lines on standard output. */
  readonly logger?: false | LogSink;
  /** Rendered GET responses kept in memory until the next write; default 500, 0 for none. */
  readonly cacheEntries?: number;
  /** Tells /readyz the server is shutting down. */
  readonly draining?: () => boolean;
  /** The version shown in the OpenAPI document. */
  readonly version?: string;
  /**
   * Serves a built web client (apps/web/dist) on the same origin: its files
   * by path, and its index.html at `/` and at any other non-API path when a
   * browser asks for a page (`Accept: text/html`). Its pages carry their own
   * Content-Security-Policy (self only, no inline scripts); API responses keep theirs.
   */
  readonly web?: WebOptions;
}

const SECURITY_HEADERS: Record<string, string> = {
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

const ROLE_RANK = { reader: 1, editor: 2, admin: 3 } as const;

const WRITE_KINDS = { pledges: "pledge", "pledge-events": "pledge-event", endorsements: "endorsement" } as const;

function storeProblem(error: StoreError): Problem {
  switch (error.code) {
    case "not-found":
      return problem("not-found", 404, error.message);
    case "conflict":
      return problem("conflict", 409, error.message, error.report ? { report: error.report } : {});
    case "version-mismatch":
      return problem("precondition-failed", 412, error.message, { currentVersion: error.currentVersion });
    case "invalid":
      return problem("validation-failed", 422, error.message, error.report ? { report: error.report } : {});
    case "bad-query":
      return problem("invalid-query", 400, error.message, error.report ? { report: error.report } : {});
    case "idempotency-mismatch":
      return problem("idempotency-key-reused", 422, error.message);
  }
}

/** A validation report from zod issues of a request part (query, path). */
function zodReport(error: z.ZodError, prefix: string): ReturnType<typeof makeReport> {
  const issues: ValidationIssue[] = error.issues.map((i) =>
    makeIssue(i.code === "invalid_type" ? "schema.invalid-type" : i.code === "invalid_format" ? "schema.invalid-format" : "schema.invalid-value", [prefix, ...i.path.map((p) => (typeof p === "number" ? p : String(p)))], {
      en: `${i.path.map(String).join(".") || prefix}: ${i.message}`,
      fr: `${i.path.map(String).join(".") || prefix} : valeur non valide (${i.message})`,
    }),
  );
  return makeReport(issues);
}

/** Screens a GED file for alerts (a read: no token needed when reads are public). */
const ALERTS_PATH = "/v1/analytics/alerts";
/** Imports a GED file (a write). */
const GED_IMPORT_PATH = "/v1/imports/ucdp-ged";

/** Query parameters that carry credentials, whatever a client sends them as: their values never reach a log. */
const SECRET_PARAMS = /^(?:token|access[_-]?token|api[_-]?key|key|auth|authorization|password|secret|bearer)$/i;

/** A query string with the values of credential parameters replaced by `[redacted]`. */
function redactQuery(query: string): string {
  return query.replace(/([?&])([^=&#]*)=([^&#]*)/g, (whole, sep: string, name: string) => {
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, " "));
    } catch {
      // a malformed escape: judge the name as written
    }
    return SECRET_PARAMS.test(decoded.trim()) ? `${sep}${name}=[redacted]` : whole;
  });
}

const silent: LogSink = () => undefined;
const encoder = new TextEncoder();

const sendJson = (c: AppContext, value: unknown, status = 200): Response => send(c, status, JSON.stringify(value), { "content-type": CONTENT_TYPES.json });

function itemOf(stored: StoredRecord): unknown {
  if (stored.kind !== "pledge") return stored.record;
  return { ...stored.record, status: stored.status ?? null, statusSince: stored.statusSince ?? null };
}

function clientAddress(c: AppContext): string {
  return c.env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * The Bluehelm HTTP API as a Hono app, for embedding (`app.fetch`) or for
 * serving with `@hono/node-server` (see `bluehelm-server`).
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, listen } from "@bluehelm/server";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const app = createApp({ store, cors: { origin: ["https://example.org"] } });
 * const res = await app.request("/v1/missions?limit=5");
 * console.log(res.status, await res.json());
 * const running = await listen(app.fetch, { port: 8080 });
 * console.log(`API on ${running.url}`);
 * ```
 */
export function createApp(options: CreateAppOptions): OpenAPIHono<AppEnv> {
  const { store } = options;
  const publicReads = options.auth?.publicReads ?? true;
  const log: LogSink = options.logger === false ? silent : (options.logger ?? stdoutSink);
  const cache = new ResponseCache(options.cacheEntries ?? 500);
  const indexCache = new IndexCache(store);
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit?.windowMs ?? 60_000, options.rateLimit?.max ?? 600);
  const maxBody = options.bodyLimit ?? 1024 * 1024;
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  const web = options.web ? loadWebAssets(options.web) : undefined;
  const sendWeb = (c: AppContext, file: WebFile): Response => {
    const r = webResponse(file, { acceptEncoding: header(c, "accept-encoding"), ifNoneMatch: header(c, "if-none-match") });
    return send(c, r.status, r.body, r.headers);
  };

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const target = (result as { target?: string }).target ?? "query";
      return problemResponse(c as AppContext, problem("invalid-query", 400, `The ${target} is not valid.`, { report: zodReport(result.error, target) }));
    },
  });

  // ---------------------------------------------------------------- middleware

  const corsOrigins = options.cors === false ? undefined : typeof options.cors?.origin === "string" ? [options.cors.origin] : [...(options.cors?.origin ?? ["*"])];
  const EXPOSE = "ETag, Location, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id, X-Total-Count, Idempotent-Replayed";
  const corsHeaders = (origin: string | undefined): Record<string, string> => {
    if (!corsOrigins || origin === undefined) return corsOrigins?.includes("*") ? { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSE } : {};
    if (corsOrigins.includes("*")) return { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSE };
    if (corsOrigins.includes(origin)) return { "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSE, vary: "Origin" };
    return corsOrigins.length > 0 ? { vary: "Origin" } : {};
  };

  // One middleware frames every request: request id, security and CORS headers, rate limit, log line.
  // Its headers go into the responses the handlers build with `send` (plain objects, the server's fast
  // path) and are added afterwards to any other response.
  app.use(async (c, next) => {
    const started = performance.now();
    const incoming = header(c, "x-request-id");
    const id = incoming !== undefined && /^[\w\-.:=]{1,200}$/.test(incoming) ? incoming : randomUUID();
    c.set("requestId", id);
    c.set("principal", undefined);
    c.set("actor", "anonymous");
    const origin = header(c, "origin");
    const base: Record<string, string> = { ...SECURITY_HEADERS, "x-request-id": id, ...corsHeaders(origin) };
    c.set("base", base);
    let response: Response | undefined;
    if (c.req.method === "OPTIONS" && origin !== undefined && header(c, "access-control-request-method") !== undefined) {
      const allowed = base["access-control-allow-origin"] !== undefined;
      response = send(c, 204, null, allowed ? {
        "access-control-allow-methods": "GET, HEAD, POST, PUT, OPTIONS",
        "access-control-allow-headers": "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id",
        "access-control-max-age": "600",
      } : {});
    } else if (limiter && c.req.path !== "/healthz" && c.req.path !== "/readyz") {
      const r = limiter.take(clientAddress(c));
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
        client: clientAddress(c),
        actor: c.get("actor"),
      });
    }
  });
  const limitOf = (maxSize: number) =>
    bodyLimit({
      maxSize,
      // The rest of the body is not read: the connection is closed after the answer, so no client reuses it.
      onError: (c) => problemResponse(c as AppContext, problem("payload-too-large", 413, `The body is larger than ${maxSize} bytes.`), { Connection: "close" }),
    });
  const limitBody = limitOf(maxBody);
  // Whole GED files (the official releases' country extracts run to megabytes) have a limit of their own.
  const maxFileBody = options.fileBodyLimit ?? 32 * 1024 * 1024;
  const limitFile = limitOf(maxFileBody);
  // Only requests that may carry a body go through the limit: it reads the
  // request's body stream, which makes @hono/node-server build a full Request
  // (an AbortSignal, undici headers) for every GET otherwise.
  app.use((c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS" ? next() : (c.req.path === ALERTS_PATH || c.req.path === GED_IMPORT_PATH ? limitFile : limitBody)(c, next),
  );

  // Authentication and authorization: writes need an editor, the audit log an admin, /v1/me a token of any
  // role, other reads a token only when not public.
  const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
    const authorization = header(c, "authorization");
    const path = c.req.path;
    const method = c.req.method;
    const isWrite = (method === "POST" || method === "PUT") && path !== "/v1/validate" && path !== ALERTS_PATH;
    const needed =
      path.startsWith("/v1/audit") ? "admin" : isWrite ? "editor" : method !== "OPTIONS" && (path === "/v1/me" || !publicReads) ? "reader" : undefined;
    if (authorization !== undefined) {
      const m = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,200})\s*$/i.exec(authorization);
      const token = m ? await store.verifyToken(m[1]!) : undefined;
      if (!token) {
        return problemResponse(c, problem("invalid-token", 401, "The bearer token is not valid, or was revoked."), {
          "WWW-Authenticate": 'Bearer realm="bluehelm", error="invalid_token"',
        });
      }
      c.set("principal", principalOf(token));
      c.set("actor", `token:${token.id} (${token.name})`);
    }
    const principal = c.get("principal");
    if (needed !== undefined) {
      if (!principal) {
        return problemResponse(c, problem("unauthorized", 401, `This needs a bearer token with the ${needed} role.`), {
          "WWW-Authenticate": 'Bearer realm="bluehelm"',
        });
      }
      if (ROLE_RANK[principal.role] < ROLE_RANK[needed]) {
        return problemResponse(c, problem("forbidden", 403, `This needs the ${needed} role; the token has the ${principal.role} role.`));
      }
    }
    if (isWrite && path !== GED_IMPORT_PATH) {
      const type = header(c, "content-type") ?? "";
      if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
        return problemResponse(c, problem("unsupported-media-type", 415, "Send the body as application/json."));
      }
    }
    return next();
  };
  app.use("/v1/*", authenticate);
  app.use("/openapi.json", authenticate);

  // ---------------------------------------------------------------- helpers

  const register = (method: string, path: string) => {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const found = routes.find((r) => r.pattern.source === pattern.source);
    if (found) found.methods.push(method.toUpperCase());
    else routes.push({ pattern, methods: [method.toUpperCase()] });
  };
  // The typed handler signatures of @hono/zod-openapi do not survive routes built in loops; the handlers read validated input themselves.
  const openapi = (route: ReturnType<typeof createRoute>, handler: (c: AppContext) => Promise<Response> | Response, hook?: unknown) => {
    register(route.method, route.path);
    app.openapi(route, handler as never, hook as never);
  };
  /** A documented route whose handler validates its own input (the hot read paths: no validator in front). */
  const documented = (route: ReturnType<typeof createRoute>, handler: (c: AppContext) => Promise<Response> | Response) => {
    register(route.method, route.path);
    app.openAPIRegistry.registerPath(route);
    app.on(route.method.toUpperCase(), route.path.replace(/\/{(.+?)}/g, "/:$1"), handler);
  };

  const fail = (c: AppContext, error: unknown): Response => {
    if (isStoreError(error)) {
      const p = storeProblem(error);
      const headers: Record<string, string> = {};
      if (error.code === "version-mismatch" && error.currentVersion !== undefined) headers.ETag = recordEtag(error.currentVersion);
      return problemResponse(c, p, headers);
    }
    throw error;
  };

  /** Sends cached JSON, or renders, caches and sends it; answers 304 to a matching If-None-Match. */
  async function cachedJson(c: AppContext, key: string, render: () => Promise<{ body: string; headers?: Record<string, string> }>): Promise<Response> {
    const generation = store.generation();
    let entry = cache.get(generation, key);
    if (!entry) {
      const rendered = await render();
      entry = { body: encoder.encode(rendered.body), etag: bodyEtag(rendered.body), headers: rendered.headers ?? {} };
      cache.set(generation, key, entry);
    }
    if (noneMatch(header(c, "if-none-match"), entry.etag)) return send(c, 304, null, { etag: entry.etag, ...entry.headers });
    return send(c, 200, entry.body, { "content-type": CONTENT_TYPES.json, etag: entry.etag, "cache-control": "no-cache", ...entry.headers });
  }

  const cacheKey = (c: AppContext, extra = "") => `${c.req.method}|${c.req.url.replace(/^[a-z]+:\/\/[^/]+/i, "")}|${extra}`;

  function streamList(c: AppContext, kind: EntityKind, format: Exclude<Format, "json">, query: Parameters<Store["iterate"]>[1], total: number): Response {
    const info = RESOURCES[kind];
    const iterator = store.iterate(kind, { ...query, limit: 500 });
    const encoder = new TextEncoder();
    let header = format === "csv";
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          if (header) {
            header = false;
            controller.enqueue(encoder.encode(csvRow(info.columns.map((p) => p.join(".")))));
            return;
          }
          let chunk = "";
          for (let i = 0; i < 200; i++) {
            const next = await iterator.next();
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              return;
            }
            const item = itemOf(next.value);
            chunk += format === "ndjson" ? JSON.stringify(item) + "\n" : csvRow(info.columns.map((p) => columnValue(item, p)));
          }
          controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          log({ level: "error", msg: "stream failed", requestId: c.get("requestId"), error: String(error) });
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return(undefined);
      },
    });
    const headers: Record<string, string> = { "content-type": CONTENT_TYPES[format], "X-Total-Count": String(total) };
    if (format === "csv") headers["content-disposition"] = `attachment; filename="${info.path}.csv"`;
    return send(c, 200, stream, headers);
  }

  // ---------------------------------------------------------------- service routes

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "A token made with `bluehelm-server token create`." });

  openapi(
    createRoute({ method: "get", path: "/healthz", tags: ["Service"], summary: "Liveness", responses: { 200: { description: "The process is up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } } } }),
    (c) => sendJson(c, { status: "ok" }),
  );
  openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: ["Service"],
      summary: "Readiness: the store answers and the server is not shutting down",
      responses: { 200: { description: "Ready", content: { "application/json": { schema: z.object({ status: z.literal("ready"), engine: z.string() }) } } }, ...problemResponses([503]) },
    }),
    async (c) => {
      if (options.draining?.()) return problemResponse(c, problem("unavailable", 503, "The server is shutting down."));
      try {
        await store.ping();
      } catch {
        return problemResponse(c, problem("unavailable", 503, "The store does not answer."));
      }
      return sendJson(c, { status: "ready", engine: store.engine });
    },
  );

  // ---------------------------------------------------------------- resources

  for (const kind of ENTITY_KINDS) {
    const info = RESOURCES[kind];
    const name = pascal(kind);
    documented(
      createRoute({
        method: "get",
        path: `/v1/${info.path}`,
        operationId: `list${pascal(info.path)}`,
        tags: ["Resources"],
        summary: `List ${info.path}`,
        description: `Filters (any field of the ${name} schema; repeat a parameter for any of several values; .gte/.lte for bounds), sorting, cursor pagination with the total count, asOf. JSON pages; NDJSON and CSV stream every match (CSV cells that a spreadsheet would run as formulas are prefixed with ').`,
        request: { query: listQuerySchema(kind) },
        responses: {
          200: {
            description: `A page of ${info.path}`,
            content: {
              "application/json": { schema: pageSchema(kind) },
              "application/x-ndjson": { schema: itemSchema(kind) },
              "text/csv": { schema: z.string() },
            },
          },
          ...problemResponses([400, 401, 406, 429]),
        },
      }),
      async (c) => {
        const url = new URL(c.req.url);
        const parsed = parseListQuery(kind, url.searchParams);
        if (!parsed.ok) return problemResponse(c, problem("invalid-query", 400, "The query string is not valid.", { report: parsed.report }));
        const format = negotiate(parsed.format, header(c, "accept"), true);
        if (!format) {
          if (parsed.format !== undefined) {
            return problemResponse(c, problem("invalid-query", 400, "format is json, ndjson or csv.", { report: paramReport(["query", "format"], "format is json, ndjson or csv.", "format vaut json, ndjson ou csv.") }));
          }
          return problemResponse(c, problem("not-acceptable", 406, "This resource is served as application/json, application/x-ndjson or text/csv."));
        }
        try {
          if (format !== "json") {
            const { cursor: _cursor, limit: _limit, ...rest } = parsed.query;
            const first = await store.list(kind, { ...rest, limit: 1 });
            return streamList(c, kind, format, rest, first.total);
          }
          return await cachedJson(c, cacheKey(c, today()), async () => {
            const page = await store.list(kind, parsed.query);
            const asOf = parsed.query.asOf ?? today();
            const body = JSON.stringify({ items: page.items.map(itemOf), total: page.total, nextCursor: page.nextCursor ?? null, asOf });
            const headers: Record<string, string> = {};
            if (page.nextCursor) {
              const next = new URL(url);
              next.searchParams.set("cursor", page.nextCursor);
              headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
            }
            headers["X-Total-Count"] = String(page.total);
            return { body, headers };
          });
        } catch (error) {
          return fail(c, error);
        }
      },
    );
    documented(
      createRoute({
        method: "get",
        path: `/v1/${info.path}/{id}`,
        operationId: `get${name}`,
        tags: ["Resources"],
        summary: `One ${kind} by id`,
        description: `ETag: W/"<version>" (for pledges, with a digest of the status), to send back in If-Match when updating.`,
        request: { params: IdParamSchema, query: AsOfQuerySchema },
        responses: { 200: { description: `The ${kind}`, content: { "application/json": { schema: itemSchema(kind) } } }, ...problemResponses([400, 401, 404, 429]) },
      }),
      async (c) => {
        const id = c.req.param("id")!;
        const asOf = c.req.query("asOf");
        try {
          const stored = await store.get(kind, id, asOf !== undefined ? { asOf } : {});
          if (!stored) return problemResponse(c, problem("not-found", 404, `No ${kind} has the id "${id}".`));
          const etag = recordEtag(stored.version, stored.status, stored.statusSince);
          if (noneMatch(header(c, "if-none-match"), etag)) return send(c, 304, null, { etag });
          return send(c, 200, JSON.stringify(itemOf(stored)), { "content-type": CONTENT_TYPES.json, etag, "cache-control": "no-cache" });
        } catch (error) {
          return fail(c, error);
        }
      },
    );
  }

  openapi(
    createRoute({
      method: "get",
      path: "/v1/pledges/{id}/events",
      operationId: "listPledgeEventsOfPledge",
      tags: ["Resources"],
      summary: "A pledge's events, in the order they were appended",
      request: { params: IdParamSchema },
      responses: { 200: { description: "The events", content: { "application/json": { schema: z.object({ items: z.array(itemSchema("pledge-event")) }) } } }, ...problemResponses([401, 404]) },
    }),
    async (c) => {
      const id = c.req.param("id")!;
      if (!(await store.get("pledge", id))) return problemResponse(c, problem("not-found", 404, `No pledge has the id "${id}".`));
      const events = await store.pledgeEvents(id);
      return sendJson(c, { items: events.map((e) => e.record) });
    },
  );
  openapi(
    createRoute({
      method: "get",
      path: "/v1/pledges/{id}/status",
      operationId: "getPledgeStatus",
      tags: ["Resources"],
      summary: "A pledge's status as of a date, with its history, folded from its events",
      request: { params: IdParamSchema, query: AsOfQuerySchema },
      responses: {
        200: {
          description: "The status",
          content: {
            "application/json": {
              schema: z.object({
                pledgeId: z.string(),
                asOf: z.string(),
                status: z.string().nullable(),
                since: z.string().nullable(),
                history: z.array(z.object({ status: z.string(), since: z.string(), eventId: z.string().optional() })),
              }),
            },
          },
        },
        ...problemResponses([400, 401, 404]),
      },
    }),
    async (c) => {
      const id = c.req.param("id")!;
      const asOf = c.req.query("asOf") ?? today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        return problemResponse(c, problem("invalid-query", 400, "asOf is YYYY-MM-DD.", { report: paramReport(["query", "asOf"], "asOf is YYYY-MM-DD.", "asOf est AAAA-MM-JJ.") }));
      }
      const pledge = await store.get("pledge", id);
      if (!pledge) return problemResponse(c, problem("not-found", 404, `No pledge has the id "${id}".`));
      const events = (await store.pledgeEvents(id)).map((e) => e.record);
      const folded = pledgeStatus(pledge.record, events, { asOf });
      return sendJson(c, { pledgeId: id, asOf, status: folded.status ?? null, since: folded.since ?? null, history: folded.history });
    },
  );

  // ---------------------------------------------------------------- writes

  const writeResponses = (kind: EntityKind, created: boolean) => ({
    [created ? 201 : 200]: {
      description: created ? "Created (or, with a reused Idempotency-Key, the first response again)" : "Updated",
      content: { "application/json": { schema: itemSchema(kind) } },
    },
    ...problemResponses(created ? [400, 401, 403, 409, 413, 415, 422, 429] : [400, 401, 403, 404, 412, 413, 415, 422, 428, 429]),
  });

  /** On a body that fails its schema: the core validation report, 422. */
  const bodyHook = (kind: EntityKind) => (result: { success: boolean; data?: unknown; target?: string; error?: z.ZodError }, c: AppContext) => {
    if (result.success) return;
    if (result.target !== "json") {
      return problemResponse(c, problem("invalid-query", 400, "The request is not valid.", { report: zodReport(result.error!, result.target ?? "query") }));
    }
    return problemResponse(c, problem("validation-failed", 422, `The ${kind} is not valid.`, { report: validate(kind, result.data) }));
  };

  const idempotency = (c: AppContext, body: unknown): { key: string; fingerprint: string } | undefined | Response => {
    const key = header(c, "idempotency-key");
    if (key === undefined) return undefined;
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      return problemResponse(c, problem("bad-request", 400, "Idempotency-Key is 1 to 200 visible ASCII characters.", { report: paramReport(["header", "Idempotency-Key"], "Idempotency-Key is 1 to 200 visible ASCII characters.", "Idempotency-Key fait de 1 à 200 caractères ASCII visibles.") }));
    }
    const fingerprint = createHash("sha256").update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body)}`).digest("hex");
    return { key: `${c.get("principal")?.id ?? "anonymous"}:${key}`, fingerprint };
  };

  const created = (c: AppContext, stored: StoredRecord, replayed: boolean): Response => {
    const info = RESOURCES[stored.kind];
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES.json,
      Location: `/v1/${info.path}/${stored.id}`,
      ETag: recordEtag(stored.version, stored.status, stored.statusSince),
    };
    if (replayed) headers["Idempotent-Replayed"] = "true";
    return send(c, 201, JSON.stringify(itemOf(stored)), headers);
  };

  for (const [path, kind] of Object.entries(WRITE_KINDS)) {
    const schema = ENTITY_SCHEMAS[kind] as unknown as z.ZodType;
    openapi(
      createRoute({
        method: "post",
        path: `/v1/${path}`,
        operationId: `create${pascal(kind)}`,
        tags: ["Writes"],
        summary: kind === "pledge-event" ? "Append an event to a pledge's history (if the lifecycle allows it)" : `Create a ${kind}`,
        description: "Needs the editor role. Send an Idempotency-Key to make retries safe: the same key with the same body returns the first response; with another body, 422.",
        security: [{ bearer: [] }],
        request: {
          headers: z.object({ "idempotency-key": z.string().optional() }),
          body: { required: true, content: { "application/json": { schema } } },
        },
        responses: writeResponses(kind, true),
      }),
      async (c) => {
        const body = await c.req.json<unknown>();
        const idem = idempotency(c, body);
        if (idem instanceof Response) return idem;
        const ctx = { actor: c.get("actor"), requestId: c.get("requestId"), ...(idem ? { idempotency: idem } : {}) };
        try {
          const result = kind === "pledge-event" ? await store.appendPledgeEvent(body, ctx) : await store.create(kind, body, ctx);
          return created(c, result.stored, result.replayed);
        } catch (error) {
          return fail(c, error);
        }
      },
      bodyHook(kind),
    );
    if (kind === "pledge-event") continue;
    openapi(
      createRoute({
        method: "put",
        path: `/v1/${path}/{id}`,
        operationId: `update${pascal(kind)}`,
        tags: ["Writes"],
        summary: `Replace a ${kind}`,
        description: "Needs the editor role and If-Match with the ETag read (428 without it; 412 when the record changed since).",
        security: [{ bearer: [] }],
        request: {
          params: IdParamSchema,
          headers: z.object({ "if-match": z.string().optional().openapi({ description: 'The ETag read, e.g. W/"3".' }) }),
          body: { required: true, content: { "application/json": { schema } } },
        },
        responses: writeResponses(kind, false),
      }),
      async (c) => {
        const id = c.req.param("id")!;
        const ifMatch = header(c, "if-match");
        if (ifMatch === undefined) return problemResponse(c, problem("precondition-required", 428, "Send If-Match with the ETag of the version you are changing."));
        const version = versionFromIfMatch(ifMatch);
        const body = await c.req.json<unknown>();
        try {
          if (version === undefined) {
            const current = await store.get(kind, id);
            if (!current) return problemResponse(c, problem("not-found", 404, `No ${kind} has the id "${id}".`));
            return problemResponse(c, problem("precondition-failed", 412, `If-Match does not name the current version (${current.version}).`, { currentVersion: current.version }), { ETag: recordEtag(current.version) });
          }
          const result = await store.update(kind, id, body, version, { actor: c.get("actor"), requestId: c.get("requestId") });
          const s = result.stored;
          return send(c, 200, JSON.stringify(itemOf(s)), { "content-type": CONTENT_TYPES.json, etag: recordEtag(s.version, s.status, s.statusSince) });
        } catch (error) {
          return fail(c, error);
        }
      },
      bodyHook(kind),
    );
  }

  // ---------------------------------------------------------------- validation, analytics, audit

  openapi(
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

  for (const [path, endpoint] of Object.entries(ANALYTICS)) {
    openapi(
      createRoute({
        method: "get",
        path: `/v1/analytics/${path}`,
        operationId: `analytics${pascal(path)}`,
        tags: ["Analytics"],
        summary: endpoint.summary,
        description: "The answer of the core function, with the date it is true for, the method (EN/FR) and the sources behind it.",
        request: { query: endpoint.query },
        responses: {
          200: {
            description: "The answer",
            content: { "application/json": { schema: z.object({ asOf: z.string(), value: z.unknown(), method: z.object({ en: z.string(), fr: z.string() }), sources: z.array(z.string()) }) } },
          },
          ...problemResponses([400, 401, 429]),
        },
      }),
      async (c) => {
        const parsed = endpoint.query.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
        if (!parsed.success) return problemResponse(c, problem("invalid-query", 400, "The query string is not valid.", { report: zodReport(parsed.error, "query") }));
        return cachedJson(c, cacheKey(c, today()), async () => {
          const index = await indexCache.get();
          return { body: JSON.stringify(endpoint.run(index, parsed.data)) };
        });
      },
    );
  }

  // ---------------------------------------------------------------- the ground: files of conflict events

  const gedBody = {
    required: true,
    description: "A UCDP GED file: the official CSV, the HDX CSV (with its HXL row), the UCDP web export, or a GeoJSON FeatureCollection.",
    content: {
      "text/csv": { schema: z.string() },
      "application/geo+json": { schema: z.unknown() },
      "application/json": { schema: z.unknown() },
    },
  };
  const gedQuery = {
    release: z.string().regex(/^\d{1,2}\.\d{1,2}$/).optional().openapi({ description: "The GED release of the file, e.g. 24.1 (needed when the file name does not tell it)." }),
    fileName: z.string().max(200).optional().openapi({ description: "The file's name, from which the release can be read (ged241-csv…, GEDEvent_v23_1…)." }),
    source: z.string().max(120).optional().openapi({ description: "The source id the events cite; default the registry's entry of the release (ucdp-ged-24-1)." }),
  };
  /** Reads a GED body with the core reader; a report when the file has errors. */
  const readGedBody = async (c: AppContext, context?: ReadonlyDataset) => {
    const q = new URL(c.req.url).searchParams;
    const release = q.get("release") ?? undefined;
    const fileName = q.get("fileName") ?? undefined;
    const source = q.get("source") ?? undefined;
    return readGed(await c.req.text(), { ...(release ? { release } : {}), ...(fileName ? { fileName } : {}), ...(source ? { sources: [source] } : {}), ...(context ? { context } : {}) });
  };

  openapi(
    createRoute({
      method: "post",
      path: ALERTS_PATH,
      operationId: "screenAlerts",
      tags: ["Analytics"],
      summary: "Early warning on new events: screen a GED file for events that harmed civilians near active deployment sites",
      description: "The alerts question asked of the events in the body instead of the stored ones. Nothing is stored; no token is needed when reads are public.",
      request: { query: QUESTIONS.alerts.params.extend(gedQuery), body: gedBody },
      responses: {
        200: {
          description: "The answer",
          content: { "application/json": { schema: z.object({ asOf: z.string(), value: z.unknown(), method: z.object({ en: z.string(), fr: z.string() }), sources: z.array(z.string()) }) } },
        },
        ...problemResponses([400, 413, 422, 429]),
      },
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

  openapi(
    createRoute({
      method: "post",
      path: GED_IMPORT_PATH,
      operationId: "importUcdpGed",
      tags: ["Writes"],
      summary: "Import a UCDP GED file as conflict events: validated with row and column, all or nothing",
      description: "Needs the editor role. Every row must be valid and every id new, or nothing is written (422 with the report, 409 for an id already stored).",
      security: [{ bearer: [] }],
      request: { query: z.object(gedQuery), body: gedBody },
      responses: {
        201: {
          description: "Imported",
          content: { "application/json": { schema: z.object({ inserted: z.number().int(), layout: z.string(), release: z.string(), rows: z.number().int() }) } },
        },
        ...problemResponses([400, 401, 403, 409, 413, 422, 429]),
      },
    }),
    async (c) => {
      const read = await readGedBody(c, await store.dataset());
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

  openapi(
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
        200: {
          description: "Entries, oldest first",
          content: {
            "application/json": {
              schema: z.object({
                items: z.array(
                  z.object({
                    id: z.number().int(),
                    at: z.string(),
                    actor: z.string(),
                    action: z.string(),
                    resource: z.string(),
                    recordId: z.string().nullable(),
                    before: z.unknown(),
                    after: z.unknown(),
                    requestId: z.string().nullable(),
                  }),
                ),
              }),
            },
          },
        },
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

  openapi(
    createRoute({
      method: "get",
      path: "/v1/me",
      operationId: "getMe",
      tags: ["Tokens"],
      summary: "Who the bearer token belongs to: its id, name and role (to check a token before writing)",
      security: [{ bearer: [] }],
      responses: {
        200: {
          description: "The token's holder",
          content: { "application/json": { schema: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }) } },
        },
        ...problemResponses([401, 429]),
      },
    }),
    (c) => {
      const { id, name, role } = c.get("principal")!;
      return send(c, 200, JSON.stringify({ id, name, role }), { "content-type": CONTENT_TYPES.json, "cache-control": "no-store" });
    },
  );

  // ---------------------------------------------------------------- the document, the reference page, the index

  const documentConfig = {
    openapi: "3.1.0" as const,
    info: {
      title: "Bluehelm API",
      version: options.version ?? "0.0.0",
      description:
        "The typed system of record of the UN peacekeeping Protection of Civilians commitments framework: pledges and their lifecycle, endorsements, missions and mandates, contributions, and the framework's questions answered as of any date. Errors are RFC 9457 problem details carrying the validation report.",
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: [
      { name: "Resources", description: "Every collection of the dataset" },
      { name: "Writes", description: "Pledges, pledge events and endorsements (editor role)" },
      { name: "Analytics", description: "The framework's questions, answered by the core" },
      { name: "Validation", description: "The core validation report for any input" },
      { name: "Audit", description: "Every write (admin role)" },
      { name: "Tokens", description: "The holder of a bearer token (any role)" },
      { name: "Service", description: "Health and readiness" },
    ],
  };
  let documentText: string | undefined;
  const documentJson = () => (documentText ??= JSON.stringify(app.getOpenAPI31Document(documentConfig)));

  register("get", "/openapi.json");
  app.get("/openapi.json", (c) => send(c, 200, documentJson(), { "content-type": CONTENT_TYPES.json }));
  register("get", "/reference");
  let page: string | undefined;
  app.get("/reference", (c) => {
    page ??= referencePage(JSON.parse(documentJson()) as Parameters<typeof referencePage>[0]);
    return send(c, 200, page, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
  });
  register("get", "/");
  app.get("/", (c) => {
    if (web && acceptsHtml(header(c, "accept"))) return sendWeb(c, web.index);
    return send(c, 200, JSON.stringify({
      name: "Bluehelm API",
      openapi: "/openapi.json",
      reference: "/reference",
      resources: Object.fromEntries(ENTITY_KINDS.map((k) => [RESOURCES[k].path, `/v1/${RESOURCES[k].path}`])),
      analytics: Object.fromEntries(Object.keys(ANALYTICS).map((k) => [k, `/v1/analytics/${k}`])),
      ...(web ? { web: "/" } : {}),
    }), { "content-type": CONTENT_TYPES.json, ...(web ? { vary: "Accept" } : {}) });
  });

  // ---------------------------------------------------------------- errors

  app.notFound((c) => {
    const path = c.req.path;
    if (web && (c.req.method === "GET" || c.req.method === "HEAD")) {
      const file = web.files.get(path);
      if (file) return sendWeb(c, file);
      if (!isApiPath(path) && acceptsHtml(header(c, "accept"))) return sendWeb(c, web.index);
    }
    const route = routes.find((r) => r.pattern.test(path));
    if (route) {
      const allowed = [...new Set([...route.methods, ...(route.methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"])].join(", ");
      return problemResponse(c, problem("method-not-allowed", 405, `${c.req.method} is not allowed here; use ${allowed}.`), { Allow: allowed });
    }
    return problemResponse(c, problem("not-found", 404, `Nothing at ${path.slice(0, 200)}. The API is described at /openapi.json.`));
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status;
      const slug = status === 413 ? "payload-too-large" : status === 401 ? "unauthorized" : "bad-request";
      return problemResponse(c, problem(slug, status, error.message || "The request is not valid."));
    }
    if (error instanceof SyntaxError) return problemResponse(c, problem("bad-request", 400, "The body is not valid JSON."));
    log({ level: "error", msg: "unhandled error", requestId: c.get("requestId"), error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return problemResponse(c, problem("internal-error", 500, "Something went wrong on our side; the request id identifies it in the logs."));
  });

  return app;
}
