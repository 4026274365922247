import { createHash } from "node:crypto";
import { createIndex, type DatasetIndex } from "@bluehelm/core";
import type { Role, Store, TokenInfo } from "@bluehelm/store";
import type { Context } from "hono";
import { PROBLEM_CONTENT_TYPE, type Problem } from "./problem.js";

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
 * actor written to the audit log). Name it to type a value holding the app,
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
  Variables: { requestId: string; principal: Principal | undefined; actor: string; base: Record<string, string> };
}

export type AppContext = Context<AppEnv>;

/**
 * One line of the structured log: a level, a message and fields (request id,
 * method, path, status, milliseconds, client, actor). The Authorization header
 * is never in it.
 *
 * @example
 * ```ts
 * import { createApp, type LogRecord } from "@bluehelm/server";
 * import { openStore } from "@bluehelm/store";
 *
 * const lines: LogRecord[] = [];
 * const app = createApp({ store: await openStore(), logger: (record) => lines.push(record) });
 * await app.request("/healthz");
 * console.log(lines.filter((l) => l.level === "error").length);
 * ```
 */
export interface LogRecord {
  readonly level: "info" | "warn" | "error";
  readonly msg: string;
  readonly [key: string]: unknown;
}

/**
 * Where log lines go: a function taking one JSON object per line.
 *
 * @example
 * ```ts
 * import { createApp, type LogSink } from "@bluehelm/server";
 * import { openStore } from "@bluehelm/store";
 *
 * const toStderr: LogSink = (record) => process.stderr.write(`${JSON.stringify(record)}\n`);
 * const app = createApp({ store: await openStore(), logger: toStderr });
 * ```
 */
export type LogSink = (record: LogRecord) => void;

/** The default sink: JSON lines on standard output. */
export const stdoutSink: LogSink = (record) => {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...record }) + "\n");
};

export const principalOf = (token: TokenInfo): Principal => ({ id: token.id, name: token.name, role: token.role });

/** `W/"<version>"`, with the status for pledges since it is part of the representation. */
export function recordEtag(version: number, status?: string | null, since?: string | null): string {
  if (status === undefined) return `W/"${version}"`;
  const h = createHash("sha1").update(`${status ?? ""}|${since ?? ""}`).digest("base64url").slice(0, 8);
  return `W/"${version}-${h}"`;
}

/** The version named by an If-Match header (`W/"3"`, `"3"`, `W/"3-abc"`), or undefined when it names none. */
export function versionFromIfMatch(header: string): number | undefined {
  const m = /^\s*(?:W\/)?"(\d{1,9})(?:-[A-Za-z0-9_-]+)?"\s*$/.exec(header);
  return m ? Number(m[1]) : undefined;
}

export function bodyEtag(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** Whether an If-None-Match header matches an ETag (weak comparison). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}

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

export function problemResponse(c: AppContext, p: Problem, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify({ ...p, instance: p.instance ?? c.req.path });
  return send(c, p.status, body, { "content-type": PROBLEM_CONTENT_TYPE, ...headers });
}

interface CachedResponse {
  readonly body: Uint8Array;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A small cache of rendered GET responses, emptied whenever the store's
 * generation changes (a write here, or a write by another server, which the
 * store hears through LISTEN/NOTIFY on PostgreSQL).
 */
export class ResponseCache {
  #generation = -1;
  #day = "";
  readonly #entries = new Map<string, CachedResponse>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  #check(generation: number): void {
    const day = new Date().toISOString().slice(0, 10);
    if (generation !== this.#generation || day !== this.#day) {
      this.#entries.clear();
      this.#generation = generation;
      this.#day = day;
    }
  }

  get(generation: number, key: string): CachedResponse | undefined {
    if (this.#max === 0) return undefined;
    this.#check(generation);
    return this.#entries.get(key);
  }

  set(generation: number, key: string, value: CachedResponse): void {
    if (this.#max === 0 || value.body.byteLength > 2_000_000) return;
    this.#check(generation);
    if (generation !== this.#generation) return;
    if (this.#entries.size >= this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }
}

/** The analytics index of the store's dataset, rebuilt when the data changes. */
export class IndexCache {
  #entry: { generation: number; promise: Promise<DatasetIndex> } | undefined;
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  get(): Promise<DatasetIndex> {
    const generation = this.#store.generation();
    if (this.#entry?.generation === generation) return this.#entry.promise;
    const promise = this.#store.dataset().then((ds) => createIndex(ds));
    this.#entry = { generation, promise };
    promise.catch(() => {
      if (this.#entry?.promise === promise) this.#entry = undefined;
    });
    return promise;
  }
}

/** A fixed-window rate limiter per client address. */
export class RateLimiter {
  readonly #windowMs: number;
  readonly #max: number;
  readonly #hits = new Map<string, { start: number; count: number }>();

  constructor(windowMs: number, max: number) {
    this.#windowMs = windowMs;
    this.#max = max;
  }

  /** Counts a request; returns the remaining allowance and when the window resets. */
  take(key: string, now = Date.now()): { allowed: boolean; remaining: number; resetMs: number; limit: number } {
    if (this.#hits.size > 10_000) {
      for (const [k, v] of this.#hits) if (now - v.start >= this.#windowMs) this.#hits.delete(k);
    }
    let entry = this.#hits.get(key);
    if (!entry || now - entry.start >= this.#windowMs) {
      entry = { start: now, count: 0 };
      this.#hits.set(key, entry);
    }
    entry.count += 1;
    const resetMs = entry.start + this.#windowMs - now;
    return { allowed: entry.count <= this.#max, remaining: Math.max(0, this.#max - entry.count), resetMs, limit: this.#max };
  }
}
