import type { AuditEntrySchema, CreatedTokenSchema, Endorsement, EntityKind, EntityOf, GedImportSchema, PageInfoSchema, Pledge, PledgeEvent, PledgeStatusAnswerSchema, PledgeWithStatusSchema, ProblemSchema, Role, TokenHolderSchema, TokenInfoSchema, ValidationReport } from "@bluehelm/core";
import type { Answer, QuestionName, QuestionValue } from "@bluehelm/core/analytics";
import type { z } from "zod";
import { ENTITY_PATHS } from "@bluehelm/core";

/**
 * A record as the API serves it: pledges carry their status as of the query's date.
 *
 * @example
 * ```ts
 * import { createClient, type Item } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const pledge: Item<"pledge"> = (await client.get("pledge", "can-2017-aviation-task-force")).value;
 * console.log(pledge.title.en, pledge.status, pledge.statusSince);
 * ```
 */
export type Item<K extends EntityKind> = K extends "pledge" ? z.infer<typeof PledgeWithStatusSchema> : EntityOf<K>;

/**
 * RFC 9457 problem details, with the core validation report when input was refused.
 *
 * @example
 * ```ts
 * import { createClient, BluehelmError, type ProblemDetails } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * try {
 *   await client.get("mission", "no-such-mission");
 * } catch (error) {
 *   const problem: ProblemDetails | undefined = error instanceof BluehelmError ? error.problem : undefined;
 *   console.log(problem?.status, problem?.title, problem?.type);
 * }
 * ```
 */
export type ProblemDetails = Readonly<z.infer<typeof ProblemSchema>>;

/**
 * An error answer of the API (or a failure to reach it, with status 0).
 *
 * @example
 * ```ts
 * import { createClient, BluehelmError } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * try {
 *   await client.get("mission", "no-such-mission");
 * } catch (error) {
 *   if (error instanceof BluehelmError && error.status === 404) console.log("not found:", error.problem?.detail);
 *   else throw error;
 * }
 * ```
 */
export class BluehelmError extends Error {
  override readonly name = "BluehelmError";
  readonly status: number;
  readonly problem: ProblemDetails | undefined;
  /** The validation report, when the API refused input (400, 409, 422). */
  readonly report: ValidationReport | undefined;
  readonly response: Response | undefined;

  /**
   * Creates an error answer of the API.
   *
   * @param message - What went wrong, for people.
   * @param status - The HTTP status; 0 when the API could not be reached.
   * @param problem - The problem details of the answer, if any.
   * @param response - The response, if any.
   */
  constructor(message: string, status: number, problem?: ProblemDetails, response?: Response) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.report = problem?.report;
    this.response = response;
  }
}

type Scalar = string | number | boolean;

/**
 * A list query: equality filters, bounds, sort, page size, cursor and date, as the API's query string takes them.
 *
 * @example
 * ```ts
 * import { createClient, type ListQuery } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const query: ListQuery = { filter: { kind: "state", regionalGroup: ["african", "asia-pacific"] }, sort: "id", limit: 100 };
 * const page = await client.list("actor", query);
 * console.log(page.total, page.items.length);
 * ```
 */
export interface ListQuery {
  /** Equality filters by field (dotted for nested fields); an array means any of the values. */
  readonly filter?: Readonly<Record<string, Scalar | readonly Scalar[]>>;
  /** Bounds by field. */
  readonly range?: Readonly<Record<string, { readonly gte?: Scalar; readonly lte?: Scalar }>>;
  /** A field, `-` first for descending. */
  readonly sort?: string;
  /** 1 to 1000; default 50. */
  readonly limit?: number;
  readonly cursor?: string;
  /** `YYYY-MM-DD`; default today. */
  readonly asOf?: string;
}

/**
 * One page of a list, with the total over all pages, the cursor of the next page (`null` on the last) and the date it answers for.
 *
 * @example
 * ```ts
 * import { createClient, type Item, type Page } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const page: Page<Item<"mission">> = await client.list("mission", { limit: 10, asOf: "2017-11-15" });
 * console.log(page.asOf, page.total, page.nextCursor, page.items.map((m) => m.acronym));
 * ```
 */
export type Page<T> = Readonly<z.infer<typeof PageInfoSchema>> & { readonly items: T[] };

/**
 * A record with the ETag to send back in `ifMatch` when updating it.
 *
 * @example
 * ```ts
 * import { createClient, type Item, type Versioned } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const read: Versioned<Item<"endorsement">> = await client.get("endorsement", "example-endorsement");
 * console.log(read.etag, read.value.instrumentId);
 * ```
 */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/**
 * Options of a creation: its idempotency key.
 *
 * @example
 * ```ts
 * import { createClient, type WriteOptions } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const options: WriteOptions = { idempotencyKey: "import-2024-06-01-row-17" };
 * const { pledges } = await import("@bluehelm/data/pledges");
 * const pledge = pledges[0];
 * if (pledge) console.log(options.idempotencyKey, pledge.id);
 * ```
 */
export interface WriteOptions {
  /** For creations: makes retries safe; default a new random key per call. */
  readonly idempotencyKey?: string;
}

/**
 * A pledge's status as of a date, with its history, as the API answers `/v1/pledges/{id}/status`.
 *
 * @example
 * ```ts
 * import { createClient, type PledgeStatusAnswer } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const answer: PledgeStatusAnswer = await client.pledgeStatus("can-2017-aviation-task-force", { asOf: "2019-01-01" });
 * console.log(answer.status, answer.since, answer.history.length);
 * ```
 */
export type PledgeStatusAnswer = Readonly<z.infer<typeof PledgeStatusAnswerSchema>>;

/**
 * The holder of a bearer token, as `/v1/me` tells it: the token's id (never its secret), name and role.
 *
 * @example
 * ```ts
 * import { createClient, type TokenHolder } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.BLUEHELM_TOKEN });
 * const me: TokenHolder = await client.me();
 * if (me.role === "reader") console.log("This token cannot write.");
 * ```
 */
export type TokenHolder = Readonly<z.infer<typeof TokenHolderSchema>>;

/**
 * A bearer token as `GET /v1/tokens` lists it (never its secret): id, name, role, when it was made and revoked.
 *
 * @example
 * ```ts
 * import { createClient, type TokenInfo } from "@bluehelm/client";
 *
 * const admin = createClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.BLUEHELM_TOKEN });
 * const valid: TokenInfo[] = (await admin.listTokens()).filter((t) => t.revokedAt === null);
 * console.log(valid.map((t) => `${t.name}: ${t.role}`));
 * ```
 */
export type TokenInfo = Readonly<z.infer<typeof TokenInfoSchema>>;

/**
 * A token just made by `POST /v1/tokens`: as listed, with its secret, which the API shows this once.
 *
 * @example
 * ```ts
 * import { createClient, type CreatedToken } from "@bluehelm/client";
 *
 * const admin = createClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.BLUEHELM_TOKEN });
 * const made: CreatedToken = await admin.createToken({ name: "desk officer", role: "editor" });
 * console.log(`Keep it now: ${made.token}`);
 * ```
 */
export type CreatedToken = Readonly<z.infer<typeof CreatedTokenSchema>>;

/**
 * An entry of the API's audit log: who did what to which record, with the record before and after.
 *
 * @example
 * ```ts
 * import { createClient, type AuditEntry } from "@bluehelm/client";
 *
 * const admin = createClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.BLUEHELM_TOKEN });
 * const entries: AuditEntry[] = await admin.audit({ resource: "pledges", limit: 20 });
 * for (const e of entries) console.log(e.at, e.actor, e.action, e.recordId);
 * ```
 */
export type AuditEntry = Readonly<z.infer<typeof AuditEntrySchema>>;

/**
 * The analytics endpoints under `/v1/analytics/`: the names of the core's question registry.
 *
 * @example
 * ```ts
 * import { createClient, type AnalyticsName } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const name: AnalyticsName = "poc-coverage";
 * const answer = await client.analytics(name, { asOf: "2024-01-01" });
 * console.log(answer.value, answer.sources);
 * ```
 */
export type AnalyticsName = QuestionName;

/**
 * Options of {@link createClient}.
 *
 * @example
 * ```ts
 * import { createClient, type ClientOptions } from "@bluehelm/client";
 *
 * const options: ClientOptions = { baseUrl: "https://api.example.org", token: process.env.BLUEHELM_TOKEN, retries: 5, maxRetryDelayMs: 10_000 };
 * const client = createClient(options);
 * console.log((await client.list("instrument")).total);
 * ```
 */
export interface ClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:8080`. */
  readonly baseUrl: string;
  /** A bearer token, for writes (and for reads on a server whose reads are private). */
  readonly token?: string;
  /** The fetch to use; default the global one. */
  readonly fetch?: typeof fetch;
  /** Retries on 429 and 503 (and on network errors for requests safe to repeat); default 3. */
  readonly retries?: number;
  /** The longest wait between retries, whatever Retry-After says; default 30 s. */
  readonly maxRetryDelayMs?: number;
  /** Extra headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The URL segment of an entity kind: `pledges`, `actor-roles`.
 *
 * @example
 * ```ts
 * import { resourcePath } from "@bluehelm/client";
 *
 * console.log(resourcePath("actor-role")); // "actor-roles"
 * ```
 */
export const resourcePath = (kind: EntityKind): string => ENTITY_PATHS[kind];

function listParams(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, value] of Object.entries(query.filter ?? {})) {
    for (const v of Array.isArray(value) ? (value as readonly Scalar[]) : [value as Scalar]) params.append(field, String(v));
  }
  for (const [field, bounds] of Object.entries(query.range ?? {})) {
    if (bounds.gte !== undefined) params.append(`${field}.gte`, String(bounds.gte));
    if (bounds.lte !== undefined) params.append(`${field}.lte`, String(bounds.lte));
  }
  if (query.sort !== undefined) params.set("sort", query.sort);
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.cursor !== undefined) params.set("cursor", query.cursor);
  if (query.asOf !== undefined) params.set("asOf", query.asOf);
  return params;
}

/** The wait a Retry-After header asks for, in milliseconds (seconds or an HTTP date). */
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const newKey = (): string =>
  typeof globalThis.crypto?.randomUUID === "function" ? globalThis.crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * What tells the server how to read a UCDP GED file: its release (when the file name does not say it), its
 * name, and the source id its events cite (default the registry's entry of the release).
 *
 * @example
 * ```ts
 * import type { GedFileParams } from "@bluehelm/client";
 *
 * const params: GedFileParams = { release: "24.1", fileName: "Mali.csv" };
 * console.log(params.release);
 * ```
 */
export type GedFileParams = {
  readonly release?: string;
  readonly fileName?: string;
  readonly source?: string;
};

/**
 * What an import of a UCDP GED file did.
 *
 * @example
 * ```ts
 * import { createClient, type GedImport } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.BLUEHELM_TOKEN });
 * const done: GedImport = await client.importGed("id,relid,...", { release: "24.1" });
 * console.log(`${done.inserted} events from a ${done.layout} file of release ${done.release}`);
 * ```
 */
export type GedImport = Readonly<z.infer<typeof GedImportSchema>>;

/**
 * The client of the Bluehelm API that {@link createClient} returns: reads, writes, analytics, validation and the audit log.
 *
 * @example
 * ```ts
 * import { createClient, type BluehelmClient } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const client2: BluehelmClient = client;
 * for await (const mandate of client2.iterate("mandate", { filter: { poc: "core" } })) console.log(mandate.missionId, mandate.resolution);
 * ```
 */
export interface BluehelmClient {
  /** One page of the records of a kind. */
  list<K extends EntityKind>(kind: K, query?: ListQuery): Promise<Page<Item<K>>>;
  /** Every page of a list, following the cursors. */
  pages<K extends EntityKind>(kind: K, query?: Omit<ListQuery, "cursor">): AsyncIterableIterator<Page<Item<K>>>;
  /** Every record of a list, page after page. */
  iterate<K extends EntityKind>(kind: K, query?: Omit<ListQuery, "cursor">): AsyncIterableIterator<Item<K>>;
  /** One record by id, with its ETag (a 404 BluehelmError when there is none). */
  get<K extends EntityKind>(kind: K, id: string, options?: { readonly asOf?: string }): Promise<Versioned<Item<K>>>;
  /** A pledge's events in the order they were appended. */
  pledgeEvents(pledgeId: string): Promise<PledgeEvent[]>;
  /** A pledge's status as of a date (default today), with its history. */
  pledgeStatus(pledgeId: string, options?: { readonly asOf?: string }): Promise<PledgeStatusAnswer>;
  /** Creates a pledge (editor token); retried safely with its idempotency key. */
  createPledge(pledge: Pledge, options?: WriteOptions): Promise<Versioned<Item<"pledge">>>;
  /** Replaces a pledge; `ifMatch` is the ETag read (a 412 BluehelmError when it changed since). */
  updatePledge(pledge: Pledge, options: { readonly ifMatch: string }): Promise<Versioned<Item<"pledge">>>;
  /** Appends an event to a pledge's history, if the lifecycle allows it (editor token). */
  appendPledgeEvent(event: PledgeEvent, options?: WriteOptions): Promise<Versioned<PledgeEvent>>;
  /** Records an endorsement (editor token). */
  createEndorsement(endorsement: Endorsement, options?: WriteOptions): Promise<Versioned<Endorsement>>;
  /** Replaces an endorsement; `ifMatch` is the ETag read (a 412 BluehelmError when it changed since). */
  updateEndorsement(endorsement: Endorsement, options: { readonly ifMatch: string }): Promise<Versioned<Endorsement>>;
  /**
   * Asks one of the framework's questions; the parameters are those of the core's `QUESTIONS[name].params`,
   * and the answer's value is typed by the question (`QuestionValue<N>` of `@bluehelm/core`).
   */
  analytics<N extends AnalyticsName>(name: N, params?: Readonly<Record<string, Scalar | undefined>>): Promise<Answer<QuestionValue<N>>>;
  /** The core validation report of a record of a kind, or of a dataset when no kind is given. */
  validate(input: unknown, kind?: EntityKind): Promise<ValidationReport>;
  /**
   * Early warning on new events: the `alerts` question asked of a UCDP GED file (CSV, HDX CSV, web export or
   * GeoJSON, as text) instead of the stored events. Nothing is stored. A file with errors is a 422 BluehelmError
   * whose `report` gives each row and column.
   */
  screenAlerts(file: string, params?: Readonly<Record<string, Scalar | undefined>> & GedFileParams): Promise<Answer<QuestionValue<"alerts">>>;
  /** Imports a UCDP GED file as conflict events, all or nothing (editor token). */
  importGed(file: string, params?: GedFileParams): Promise<GedImport>;
  /** Entries of the audit log (admin token), oldest first. */
  audit(query?: { readonly resource?: string; readonly recordId?: string; readonly after?: number; readonly limit?: number }): Promise<AuditEntry[]>;
  /** Who the client's token belongs to (any role): check a token before writing. A 401 BluehelmError when it is missing, wrong or revoked. */
  me(): Promise<TokenHolder>;
  /** Every token, revoked ones too, without secrets (admin token). */
  listTokens(): Promise<TokenInfo[]>;
  /** Makes a token (admin token); its secret is in the answer only. Audited. */
  createToken(input: { readonly name: string; readonly role: Role }): Promise<CreatedToken>;
  /** Revokes a token by id (admin token): it stops working at once. A 404 BluehelmError when no valid token has the id. Audited. */
  revokeToken(id: string): Promise<void>;
}

/**
 * Creates a client of the Bluehelm API.
 *
 * @example
 * ```ts
 * import { createClient } from "@bluehelm/client";
 *
 * const client = createClient({ baseUrl: "http://127.0.0.1:8080" });
 * const coverage = await client.analytics("endorsement-coverage", { population: "top-contributors", n: 30, asOf: "2017-11-15" });
 * console.log(coverage.value);
 * for await (const mission of client.iterate("mission", { filter: { francophoneEnvironment: "yes" } })) console.log(mission.acronym);
 * ```
 */
export function createClient(options: ClientOptions): BluehelmClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = Math.max(0, options.retries ?? 3);
  const maxDelay = options.maxRetryDelayMs ?? 30_000;

  async function request(method: string, path: string, init: { body?: unknown; text?: string; headers?: Record<string, string>; repeatable?: boolean } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers, ...init.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers["content-type"] = "application/json";
    } else if (init.text !== undefined) {
      body = init.text;
      headers["content-type"] = /^\s*[{[]/.test(init.text) ? "application/geo+json" : "text/csv";
    }
    const repeatable = init.repeatable ?? (method === "GET" || method === "PUT");
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await doFetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
      } catch (error) {
        if (repeatable && attempt < retries) {
          await sleep(Math.min(maxDelay, 250 * 2 ** attempt));
          continue;
        }
        throw new BluehelmError(`Could not reach ${base}: ${error instanceof Error ? error.message : String(error)}`, 0);
      }
      if ((res.status === 429 || res.status === 503) && attempt < retries) {
        const wait = retryAfterMs(res.headers.get("retry-after")) ?? 500 * 2 ** attempt;
        await res.body?.cancel().catch(() => undefined);
        await sleep(Math.min(maxDelay, wait));
        continue;
      }
      if (res.ok || res.status === 304) return res;
      let problem: ProblemDetails | undefined;
      const type = res.headers.get("content-type") ?? "";
      if (/json/.test(type)) problem = (await res.json().catch(() => undefined)) as ProblemDetails | undefined;
      else await res.body?.cancel().catch(() => undefined);
      const detail = problem?.detail ?? problem?.title ?? res.statusText;
      throw new BluehelmError(`${method} ${path}: ${res.status} ${detail}`, res.status, problem, res);
    }
  }

  const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
  const query = (params: Readonly<Record<string, Scalar | undefined>>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
    const text = q.toString();
    return text ? `?${text}` : "";
  };
  const versioned = async <T>(res: Response): Promise<Versioned<T>> => ({ value: await json<T>(res), etag: res.headers.get("etag") ?? "" });
  const write = <T>(method: "POST" | "PUT", path: string, body: unknown, headers: Record<string, string>) =>
    request(method, path, { body, headers, repeatable: method === "PUT" || headers["idempotency-key"] !== undefined }).then((r) => versioned<T>(r));
  const idem = (o?: WriteOptions) => ({ "idempotency-key": o?.idempotencyKey ?? newKey() });
  const strip = (pledge: Pledge): Pledge => {
    const { status: _status, statusSince: _since, ...rest } = pledge as Pledge & { status?: unknown; statusSince?: unknown };
    return rest;
  };

  const client: BluehelmClient = {
    async list(kind, query = {}) {
      const q = listParams(query).toString();
      return json(await request("GET", `/v1/${resourcePath(kind)}${q ? `?${q}` : ""}`));
    },
    async *pages(kind, query = {}) {
      let cursor: string | undefined;
      for (let i = 0; i < 1_000_000; i++) {
        const page = await client.list(kind, { ...query, ...(cursor !== undefined ? { cursor } : {}) });
        yield page;
        if (!page.nextCursor) return;
        cursor = page.nextCursor;
      }
    },
    async *iterate(kind, query = {}) {
      for await (const page of client.pages(kind, query)) yield* page.items;
    },
    async get(kind, id, o = {}) {
      const q = o.asOf !== undefined ? `?asOf=${encodeURIComponent(o.asOf)}` : "";
      return versioned(await request("GET", `/v1/${resourcePath(kind)}/${encodeURIComponent(id)}${q}`));
    },
    async pledgeEvents(pledgeId) {
      return (await json<{ items: PledgeEvent[] }>(await request("GET", `/v1/pledges/${encodeURIComponent(pledgeId)}/events`))).items;
    },
    async pledgeStatus(pledgeId, o = {}) {
      const q = o.asOf !== undefined ? `?asOf=${encodeURIComponent(o.asOf)}` : "";
      return json(await request("GET", `/v1/pledges/${encodeURIComponent(pledgeId)}/status${q}`));
    },
    createPledge: (pledge, o) => write("POST", "/v1/pledges", strip(pledge), idem(o)),
    updatePledge: (pledge, o) => write("PUT", `/v1/pledges/${encodeURIComponent(pledge.id)}`, strip(pledge), { "if-match": o.ifMatch }),
    appendPledgeEvent: (event, o) => write("POST", "/v1/pledge-events", event, idem(o)),
    createEndorsement: (e, o) => write("POST", "/v1/endorsements", e, idem(o)),
    updateEndorsement: (e, o) => write("PUT", `/v1/endorsements/${encodeURIComponent(e.id)}`, e, { "if-match": o.ifMatch }),
    async analytics(name, params = {}) {
      return json(await request("GET", `/v1/analytics/${name}${query(params)}`));
    },
    async screenAlerts(file, params = {}) {
      return json(await request("POST", `/v1/analytics/alerts${query(params)}`, { text: file, repeatable: true }));
    },
    async importGed(file, params = {}) {
      return json(await request("POST", `/v1/imports/ucdp-ged${query(params)}`, { text: file }));
    },
    async validate(input, kind) {
      return json(await request("POST", `/v1/validate${kind ? `?kind=${kind}` : ""}`, { body: input, repeatable: true }));
    },
    async audit(q = {}) {
      return (await json<{ items: AuditEntry[] }>(await request("GET", `/v1/audit${query(q)}`))).items;
    },
    async me() {
      return json<TokenHolder>(await request("GET", "/v1/me"));
    },
    async listTokens() {
      return (await json<{ items: TokenInfo[] }>(await request("GET", "/v1/tokens"))).items;
    },
    async createToken(input) {
      return json<CreatedToken>(await request("POST", "/v1/tokens", { body: { name: input.name, role: input.role } }));
    },
    async revokeToken(id) {
      const res = await request("DELETE", `/v1/tokens/${encodeURIComponent(id)}`, { repeatable: false });
      await res.body?.cancel().catch(() => undefined);
    },
  };
  return client;
}
