// What the server keeps in memory between requests: rendered GET answers and
// the analytics index, both dropped when the store's data changes.
import { createIndex, type DatasetIndex } from "@bluehelm/core/analytics";
import type { Store } from "@bluehelm/store";
import { bodyEtag, noneMatch } from "./etags.js";
import { CONTENT_TYPES } from "./formats.js";
import { header, send, type AppContext } from "./http.js";

interface CachedResponse {
  readonly body: Uint8Array;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The generation of the store's data now. On PostgreSQL, where other servers write, the store is asked first
 * (one cheap query) instead of waiting for their change notifications, so no answer rendered before another
 * server's write is served after it.
 */
export async function currentGeneration(store: Store): Promise<number> {
  return store.checkForChanges ? await store.checkForChanges() : store.generation();
}

/**
 * A small cache of rendered GET responses, emptied whenever the store's
 * generation changes (a write here, or a write by another server).
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

  async get(): Promise<DatasetIndex> {
    const generation = await currentGeneration(this.#store);
    if (this.#entry?.generation === generation) return this.#entry.promise;
    const promise = this.#store.dataset().then((ds) => createIndex(ds));
    this.#entry = { generation, promise };
    promise.catch(() => {
      if (this.#entry?.promise === promise) this.#entry = undefined;
    });
    return promise;
  }
}

const encoder = new TextEncoder();

/** The key of a cached answer: method, path and query, and what else it depends on (the day). */
export const cacheKey = (c: AppContext, extra = ""): string => `${c.req.method}|${c.req.url.replace(/^[a-z]+:\/\/[^/]+/i, "")}|${extra}`;

/** Sends cached JSON, or renders, caches and sends it; answers 304 to a matching If-None-Match. */
export async function cachedJson(
  store: Store,
  cache: ResponseCache,
  c: AppContext,
  key: string,
  render: () => Promise<{ body: string; headers?: Record<string, string> }>,
): Promise<Response> {
  const generation = await currentGeneration(store);
  let entry = cache.get(generation, key);
  if (!entry) {
    const rendered = await render();
    entry = { body: encoder.encode(rendered.body), etag: bodyEtag(rendered.body), headers: rendered.headers ?? {} };
    cache.set(generation, key, entry);
  }
  if (noneMatch(header(c, "if-none-match"), entry.etag)) return send(c, 304, null, { etag: entry.etag, ...entry.headers });
  return send(c, 200, entry.body, { "content-type": CONTENT_TYPES.json, etag: entry.etag, "cache-control": "no-cache", ...entry.headers });
}
