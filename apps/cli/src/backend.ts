import type { EntityKind, ReadonlyDataset } from "@bluehelm/core";
import type { QuestionResult } from "@bluehelm/core/analytics";
import type { Filter, Role, Store, StoredRecord, TokenInfo } from "@bluehelm/store";

/** A list query as the CLI builds it. */
export interface Query {
  readonly filters: readonly Filter[];
  /** A field, `-` first for descending; the store's order (by id, byte by byte) when absent. */
  readonly sort?: string;
  readonly asOf?: string;
  /** At most this many records: the store reads no further. */
  readonly limit?: number;
}

/** The page size of the store and the API: the most records one query returns. */
export const PAGE_SIZE = 1000;

/** A UCDP GED file as read from disk, with what tells its release. */
export interface GedFile {
  readonly text: string;
  readonly fileName: string;
  readonly release?: string;
  readonly source?: string;
}

/** A record as printed: the core record, plus the status for pledges. */
export type Printed = Record<string, unknown>;

/** The administration of API tokens: on the database, or through a server's admin endpoints. */
export interface TokenAdmin {
  list(): Promise<TokenInfo[]>;
  create(input: { readonly name: string; readonly role: Role }): Promise<{ token: string; info: TokenInfo }>;
  /** False when no active token has the id. */
  revoke(id: string): Promise<boolean>;
}

/** Where the CLI reads and writes: a database (--db) or a remote server (--api). */
export interface Backend {
  readonly label: string;
  /**
   * The records matching the query, in the store's order; with `limit`, the first `limit` of them that `keep`
   * accepts (every record when it is absent), reading no further than they are.
   */
  list(kind: EntityKind, query: Query, keep?: (record: Printed) => boolean): Promise<Printed[]>;
  get(kind: EntityKind, id: string, asOf?: string): Promise<Printed | undefined>;
  /** Asks a question of the core registry (the server answers it through --api). */
  ask(name: string, params: Readonly<Record<string, string | undefined>>): Promise<QuestionResult>;
  /** Screens the events of a UCDP GED file for alerts (the `alerts` question on new events); a report when the file has errors. */
  screen(file: GedFile, params: Readonly<Record<string, string | undefined>>): Promise<QuestionResult>;
  /** The whole dataset, to validate files against; only a database has it at hand. */
  dataset(): Promise<ReadonlyDataset>;
  /** The store, when the backend is a database. */
  readonly store?: Store;
  /** The API tokens: in the database, or through the server's admin endpoints. */
  readonly tokens: TokenAdmin;
  close(): Promise<void>;
}

/** The record as printed: the core record, plus the status for pledges (as the API serves it). */
export function flatten(s: StoredRecord): Printed {
  return s.status === undefined ? { ...(s.record as object) } : { ...(s.record as object), status: s.status, statusSince: s.statusSince ?? null };
}

/**
 * The first `limit` records of a stream (all of them without a limit) that `keep` accepts, as printed; the stream is
 * left as soon as there are enough, so that nothing more is read.
 */
export async function take<T>(source: AsyncIterable<T>, print: (record: T) => Printed, limit: number | undefined, keep?: (record: Printed) => boolean): Promise<Printed[]> {
  const out: Printed[] = [];
  if (limit === 0) return out;
  for await (const record of source) {
    const printed = print(record);
    if (keep && !keep(printed)) continue;
    out.push(printed);
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}

/**
 * A backend over a store (PGlite directory or PostgreSQL URL). `maxRecords`: the most records the commands that
 * need the whole dataset (analytics, alerts, file checks) load in memory; the store's default when not given.
 */
export function storeBackend(store: Store, label: string, options: { readonly maxRecords?: number } = {}): Backend {
  const whole = () => store.dataset(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords });
  return {
    label,
    store,
    tokens: {
      list: () => store.listTokens(),
      create: (input) => store.createToken(input, "cli"),
      revoke: (id) => store.revokeToken(id, "cli"),
    },
    async list(kind, query, keep) {
      // Pages as large as the limit when every record read is kept, so that `--limit 3` reads three.
      const pageSize = query.limit === undefined || keep ? PAGE_SIZE : Math.min(PAGE_SIZE, query.limit);
      return take(
        store.iterate(kind, { filters: query.filters, ...(query.sort !== undefined ? { sort: query.sort } : {}), ...(query.asOf !== undefined ? { asOf: query.asOf } : {}), limit: pageSize }),
        flatten,
        query.limit,
        keep,
      );
    },
    async get(kind, id, asOf) {
      const found = await store.get(kind, id, asOf === undefined ? {} : { asOf });
      return found && flatten(found);
    },
    async ask(name, params) {
      const { askQuestion, askQuestionFrom, createIndex } = await import("@bluehelm/core/analytics");
      // The questions the store answers from its tables kept on write need no dataset in memory.
      return (await askQuestionFrom(store, name, params)) ?? askQuestion(createIndex(await whole()), name, params);
    },
    async screen(file, params) {
      const [{ createIndex, screenEvents }, { readGed }] = await Promise.all([import("@bluehelm/core/analytics"), import("@bluehelm/core/tabular")]);
      const dataset = await whole();
      // New events are screened, not stored: an id already stored is no conflict here.
      const read = readGed(file.text, { fileName: file.fileName, context: { ...dataset, conflictEvents: [] }, ...(file.release ? { release: file.release } : {}), ...(file.source ? { sources: [file.source] } : {}) });
      if (!read.report.valid) return { ok: false, report: read.report };
      return screenEvents(createIndex(dataset), params, read.records);
    },
    dataset: whole,
    close: () => store.close(),
  };
}
