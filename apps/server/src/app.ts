// createApp: the middleware and the route groups of the API, mounted in order
// on one Hono app, and the answers to unknown paths and errors.
import type { Store } from "@bluehelm/store";
import { OpenAPIHono } from "@hono/zod-openapi";
import { AnswerCache, IndexCache, ResponseCache } from "./caches.js";
import { RateLimiter, TrustedProxies } from "./client-address.js";
import { defaultHook, errorHandler } from "./errors.js";
import { header, problemResponse, send, type AppContext, type AppEnv } from "./http.js";
import { silent, stdoutSink, type LogSink } from "./log.js";
import { authenticate } from "./middleware/auth.js";
import { limitBodies } from "./middleware/body-limit.js";
import { frame } from "./middleware/frame.js";
import { openApiDocument, registerComponents } from "./openapi.js";
import { problem } from "./problem.js";
import { RouteTable, type Deps } from "./routing.js";
import { analyticsRoutes } from "./routes/analytics.js";
import { auditRoutes } from "./routes/audit.js";
import { importRoutes } from "./routes/imports.js";
import { metaRoutes } from "./routes/meta.js";
import { resourceRoutes } from "./routes/resources.js";
import { serviceRoutes } from "./routes/service.js";
import { tokenRoutes } from "./routes/tokens.js";
import { validateRoutes } from "./routes/validate.js";
import { validationLimits, type ValidationOptions } from "./validation-limits.js";
import { writeRoutes } from "./routes/writes.js";
import { acceptsHtml, isApiPath, loadWebAssets, webResponse, type WebFile, type WebOptions } from "./web.js";

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
 *   trustProxy: ["10.0.0.0/8"],
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
  /**
   * The reverse proxies in front of the server, as addresses or CIDR blocks (`["10.0.0.0/8", "::1"]`). Only
   * when a request comes from one of them is its `X-Forwarded-For` believed: the client is then the last
   * address in it (from the right) that is not a trusted proxy. Default none: the client is the socket's
   * peer, and an `X-Forwarded-For` is ignored. The client address keys the rate limit and is logged.
   */
  readonly trustProxy?: readonly string[];
  /** Largest request body in bytes; default 1 MiB. */
  readonly bodyLimit?: number;
  /** Largest UCDP GED file in bytes, for `POST /v1/analytics/alerts` and `POST /v1/imports/ucdp-ged`; default 32 MiB. */
  readonly fileBodyLimit?: number;
  /**
   * The limits of `POST /v1/validate`, whose cost grows with its body: validations run in worker threads,
   * so that the other requests are answered meanwhile.
   */
  readonly validation?: ValidationOptions;
  /** Where structured logs go; `false` for none. Default JSON lines on standard output. */
  readonly logger?: false | LogSink;
  /**
   * Rendered GET responses kept in memory: list pages until the next write, analytics answers until a
   * collection their question reads changes. Default 500 of each, 0 for none.
   */
  readonly cacheEntries?: number;
  /**
   * The most records the analytics index may hold in memory (it loads every collection). When the store holds
   * more, the analytics and the other routes that need every record answer 503 `dataset-too-large` instead of
   * exhausting the heap, and lists and records are still served. Default: the V8 heap limit ÷ 1,200 B.
   */
  readonly analyticsMaxRecords?: number;
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
  const log: LogSink = options.logger === false ? silent : (options.logger ?? stdoutSink);
  const validation = validationLimits(options.validation, log);
  const deps: Deps = {
    store,
    log,
    validation,
    cache: new ResponseCache(options.cacheEntries ?? 500),
    indexCache: new IndexCache(store, options.analyticsMaxRecords),
    answers: new AnswerCache(options.cacheEntries ?? 500),
    routes: new RouteTable(),
    draining: options.draining,
  };
  const web = options.web ? loadWebAssets(options.web) : undefined;
  const sendWeb = (c: AppContext, file: WebFile): Response => {
    const r = webResponse(file, { acceptEncoding: header(c, "accept-encoding"), ifNoneMatch: header(c, "if-none-match") });
    return send(c, r.status, r.body, r.headers);
  };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: defaultHook as never });

  // Middleware, in the order a request meets it.
  app.use(
    frame({
      corsOrigins: options.cors === false ? undefined : typeof options.cors?.origin === "string" ? [options.cors.origin] : [...(options.cors?.origin ?? ["*"])],
      limiter: options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit?.windowMs ?? 60_000, options.rateLimit?.max ?? 600),
      trustedProxies: options.trustProxy && options.trustProxy.length > 0 ? new TrustedProxies(options.trustProxy) : undefined,
      log,
    }),
  );
  app.use(limitBodies(options.bodyLimit ?? 1024 * 1024, options.fileBodyLimit ?? 32 * 1024 * 1024, validation.bodyLimit));
  const auth = authenticate(store, options.auth?.publicReads ?? true);
  app.use("/v1/*", auth);
  app.use("/openapi.json", auth);

  // Routes.
  registerComponents(app);
  app.route("/", serviceRoutes(deps));
  app.route("/", resourceRoutes(deps));
  app.route("/", writeRoutes(deps));
  app.route("/", validateRoutes(deps));
  app.route("/", analyticsRoutes(deps));
  app.route("/", importRoutes(deps));
  app.route("/", auditRoutes(deps));
  app.route("/", tokenRoutes(deps));
  app.route("/", metaRoutes(deps, openApiDocument(app, options.version ?? "0.0.0"), web, sendWeb));

  // Unknown paths: the web client's files and pages, then 405 for a known path, else 404.
  app.notFound((c) => {
    const path = c.req.path;
    if (web && (c.req.method === "GET" || c.req.method === "HEAD")) {
      const file = web.files.get(path);
      if (file) return sendWeb(c, file);
      if (!isApiPath(path) && acceptsHtml(header(c, "accept"))) return sendWeb(c, web.index);
    }
    const allowed = deps.routes.allowed(path);
    if (allowed) {
      const list = allowed.join(", ");
      return problemResponse(c, problem("method-not-allowed", 405, `${c.req.method} is not allowed here; use ${list}.`), { Allow: list });
    }
    return problemResponse(c, problem("not-found", 404, `Nothing at ${path.slice(0, 200)}. The API is described at /openapi.json.`));
  });
  app.onError(errorHandler(log));

  return app;
}
