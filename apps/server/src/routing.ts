// What the route modules share: the app's dependencies, the table of paths
// and methods (for 405 answers with Allow), and the two ways a route is
// documented — with a validator in front, or validating its own input.
import type { Store } from "@bluehelm/store";
import { OpenAPIHono, type createRoute } from "@hono/zod-openapi";
import type { AnswerCache, IndexCache, ResponseCache } from "./caches.js";
import { defaultHook } from "./errors.js";
import type { AppContext, AppEnv } from "./http.js";
import type { LogSink } from "./log.js";
import type { ValidationLimits } from "./validation-limits.js";

/** Paths (OpenAPI templates) and the methods each answers. */
export class RouteTable {
  readonly #routes: { pattern: RegExp; methods: string[] }[] = [];

  add(method: string, path: string): void {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const found = this.#routes.find((r) => r.pattern.source === pattern.source);
    if (found) found.methods.push(method.toUpperCase());
    else this.#routes.push({ pattern, methods: [method.toUpperCase()] });
  }

  /** The methods allowed at a path (with HEAD for GET, and OPTIONS), or undefined when no route has the path. */
  allowed(path: string): string[] | undefined {
    const route = this.#routes.find((r) => r.pattern.test(path));
    if (!route) return undefined;
    return [...new Set([...route.methods, ...(route.methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"])];
  }
}

/** What the route modules need from the app. */
export interface Deps {
  readonly store: Store;
  readonly log: LogSink;
  readonly cache: ResponseCache;
  readonly indexCache: IndexCache;
  /** Rendered analytics answers, kept until a collection their question reads changes. */
  readonly answers: AnswerCache;
  readonly routes: RouteTable;
  /** The limits and the worker pool of POST /v1/validate. */
  readonly validation: ValidationLimits;
  /** Tells /readyz the server is shutting down. */
  readonly draining?: (() => boolean) | undefined;
}

type Route = ReturnType<typeof createRoute>;
type Handler = (c: AppContext) => Promise<Response> | Response;

/**
 * A group of routes, mounted on the app with `app.route("/", group.app)`: `openapi` puts the route's validator
 * in front of the handler; `documented` documents the route and leaves validation to the handler (the hot
 * read paths). The typed handler signatures of @hono/zod-openapi do not survive routes built in loops; the
 * handlers read validated input themselves.
 */
export function routeGroup(routes: RouteTable) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: defaultHook as never });
  return {
    app,
    openapi(route: Route, handler: Handler, hook?: unknown): void {
      routes.add(route.method, route.path);
      app.openapi(route, handler as never, hook as never);
    },
    documented(route: Route, handler: Handler): void {
      routes.add(route.method, route.path);
      app.openAPIRegistry.registerPath(route);
      app.on(route.method.toUpperCase(), route.path.replace(/\/{(.+?)}/g, "/:$1"), handler);
    },
    /** An undocumented route (the document itself, the reference page, the index). */
    plain(method: "get", path: string, handler: Handler): void {
      routes.add(method, path);
      app.get(path, handler);
    },
  };
}
