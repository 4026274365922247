// What the server keeps in memory between requests: rendered GET answers,
// dropped when the store's data changes; the analytics index and answers,
// kept until a collection they read changes.
import { today, type Dataset, type EntityKind, type ReadonlyDataset } from "@bluehelm/core";
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
export async function currentGeneration(store: Store, kind?: EntityKind | readonly EntityKind[]): Promise<number> {
  if (kind === undefined || typeof kind === "string") return store.checkForChanges ? await store.checkForChanges(kind) : store.generation(kind);
  // Several kinds: the sum of their generations, each of which only grows, changes whenever one of them does.
  if (store.checkForChanges) await store.checkForChanges();
  return kind.reduce((sum, k) => sum + store.generation(k), 0);
}

/**
 * A small cache of rendered GET responses, each kept while the generation it was rendered at is the one given
 * (the store's generation of the kind the response lists: a write of pledges leaves the pages of contributions in
 * place), emptied when the day changes (answers default to today).
 */
export class ResponseCache {
  #day = "";
  readonly #entries = new Map<string, { readonly generation: number; readonly response: CachedResponse }>();
  readonly #rendering = new Map<string, { readonly generation: number; readonly response: Promise<CachedResponse> }>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  #checkDay(): void {
    const day = today();
    if (day !== this.#day) {
      this.#entries.clear();
      this.#day = day;
    }
  }

  get(generation: number, key: string): CachedResponse | undefined {
    if (this.#max === 0) return undefined;
    this.#checkDay();
    const entry = this.#entries.get(key);
    if (entry && entry.generation !== generation) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry?.response;
  }

  /**
   * The response cached for the key at the generation, or the one `make` renders: requests that miss together
   * share one rendering (of the same key at the same generation) instead of each reading the store for it.
   */
  async getOrRender(generation: number, key: string, make: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const cached = this.get(generation, key);
    if (cached) return cached;
    if (this.#max === 0) return make();
    const pending = this.#rendering.get(key);
    if (pending?.generation === generation) return pending.response;
    const response = make();
    const entry = { generation, response };
    this.#rendering.set(key, entry);
    try {
      const value = await response;
      this.set(generation, key, value);
      return value;
    } finally {
      if (this.#rendering.get(key) === entry) this.#rendering.delete(key);
    }
  }

  set(generation: number, key: string, value: CachedResponse): void {
    if (this.#max === 0 || value.body.byteLength > 2_000_000) return;
    this.#checkDay();
    if (this.#entries.size >= this.#max && !this.#entries.has(key)) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { generation, response: value });
  }
}

type Collection = keyof Dataset;

/**
 * The analytics index of the store's dataset. The store keeps each collection as one array until records of
 * its kind change, so the arrays tell which collections changed: an index built before a write still answers
 * the questions that read none of the collections the write touched, and is rebuilt only for one that does.
 */
export class IndexCache {
  #built: { readonly dataset: ReadonlyDataset; readonly index: Promise<DatasetIndex> } | undefined;
  readonly #store: Store;
  readonly #maxRecords: number | undefined;

  /** `maxRecords`: the most records the store may load for the index (the store's default when not given). */
  constructor(store: Store, maxRecords?: number) {
    this.#store = store;
    this.#maxRecords = maxRecords;
  }

  /**
   * The store's dataset now (after asking the database whether another server wrote, on PostgreSQL).
   * Throws the store's `DatasetTooLargeError` when it holds more records than the index may.
   */
  async dataset(): Promise<ReadonlyDataset> {
    await currentGeneration(this.#store);
    return this.#store.dataset(this.#maxRecords === undefined ? {} : { maxRecords: this.#maxRecords });
  }

  /** An index current for the collections `reads` (every collection when not given). */
  async get(reads?: readonly Collection[]): Promise<DatasetIndex> {
    const dataset = await this.dataset();
    const built = this.#built;
    if (built && (built.dataset === dataset || (reads !== undefined && reads.every((c) => built.dataset[c] === dataset[c])))) return built.index;
    const index = Promise.resolve().then(() => createIndex(dataset));
    this.#built = { dataset, index };
    index.catch(() => {
      if (this.#built?.index === index) this.#built = undefined;
    });
    return index;
  }
}

/**
 * Rendered analytics answers, each kept while the collections its question reads are the same arrays (and
 * the day is the same: answers default to today): a write to pledges leaves the answers about contributions
 * in place.
 */
export class AnswerCache {
  readonly #entries = new Map<string, { readonly inputs: readonly unknown[]; readonly day: string; readonly response: CachedResponse }>();
  readonly #max: number;

  constructor(max = 500) {
    this.#max = max;
  }

  get(key: string, inputs: readonly unknown[], day: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.day !== day || entry.inputs.length !== inputs.length || entry.inputs.some((x, i) => x !== inputs[i])) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.response;
  }

  set(key: string, inputs: readonly unknown[], day: string, response: CachedResponse): void {
    if (this.#max === 0 || response.body.byteLength > 2_000_000) return;
    if (this.#entries.size >= this.#max && !this.#entries.has(key)) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { inputs, day, response });
  }
}

/**
 * Sends the answer of a question from the cache while the collections it reads are unchanged, or renders it
 * on an index current for them; answers 304 to a matching If-None-Match.
 */
export async function cachedAnswer(
  indexCache: IndexCache,
  answers: AnswerCache,
  c: AppContext,
  reads: readonly Collection[],
  render: (index: DatasetIndex) => string,
): Promise<Response> {
  const key = cacheKey(c);
  const day = today();
  const dataset = await indexCache.dataset();
  const inputs = reads.map((r) => dataset[r]);
  let entry = answers.get(key, inputs, day);
  if (!entry) {
    const index = await indexCache.get(reads);
    // Requests for the same answer that arrived while the index was awaited resume one after the other, and
    // the first renders synchronously: the others find its answer instead of rendering it again.
    entry = answers.get(key, inputs, day);
    if (!entry) {
      entry = cachedResponse(render(index));
      answers.set(key, inputs, day, entry);
    }
  }
  if (noneMatch(header(c, "if-none-match"), entry.etag)) return send(c, 304, null, { etag: entry.etag });
  return send(c, 200, entry.body, { "content-type": CONTENT_TYPES.json, etag: entry.etag, "cache-control": "no-cache" });
}

/** A rendered body as UTF-8 bytes, encoded once, with its tag: the tag is a digest of these bytes, and they are what is sent. */
function cachedResponse(body: string, headers: Readonly<Record<string, string>> = {}): CachedResponse {
  const bytes = Buffer.from(body, "utf8");
  return { body: bytes, etag: bodyEtag(bytes), headers };
}

/** The key of a cached answer: method, path and query, and what else it depends on (the day). */
export const cacheKey = (c: AppContext, extra = ""): string => `${c.req.method}|${c.req.url.replace(/^[a-z]+:\/\/[^/]+/i, "")}|${extra}`;

/**
 * Sends cached JSON about records of a kind (or of several), or renders, caches and sends it; answers 304 to a
 * matching If-None-Match. The cached body is kept until the store's generation of the kind (of any of them) changes.
 */
export async function cachedJson(
  store: Store,
  cache: ResponseCache,
  c: AppContext,
  kind: EntityKind | readonly EntityKind[],
  key: string,
  render: () => Promise<{ body: string; headers?: Record<string, string> }>,
): Promise<Response> {
  // Read after a write has begun but before it commits, the generation is the one before it: the page then
  // rendered may hold the write or not, and is cached under the old generation, which the commit moves on.
  const generation = await currentGeneration(store, kind);
  const entry = await cache.getOrRender(generation, key, async () => {
    const rendered = await render();
    return cachedResponse(rendered.body, rendered.headers);
  });
  if (noneMatch(header(c, "if-none-match"), entry.etag)) return send(c, 304, null, { etag: entry.etag, ...entry.headers });
  return send(c, 200, entry.body, { "content-type": CONTENT_TYPES.json, etag: entry.etag, "cache-control": "no-cache", ...entry.headers });
}
