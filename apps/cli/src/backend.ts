import type { EntityKind, ReadonlyDataset } from "@bluehelm/core";
import type { QuestionResult } from "@bluehelm/core/analytics";
import type { Filter, Page, Role, Store, StoredRecord, TokenInfo } from "@bluehelm/store";

/** A list query as the CLI builds it. */
export interface Query {
  readonly filters: readonly Filter[];
  readonly sort?: string;
  readonly asOf?: string;
  readonly limit?: number;
}

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
  list(kind: EntityKind, query: Query): Promise<{ items: Printed[]; total: number }>;
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

/** A backend over a store (PGlite directory or PostgreSQL URL). */
export function storeBackend(store: Store, label: string): Backend {
  return {
    label,
    store,
    tokens: {
      list: () => store.listTokens(),
      create: (input) => store.createToken(input, "cli"),
      revoke: (id) => store.revokeToken(id, "cli"),
    },
    async list(kind, query) {
      const items: Printed[] = [];
      let total = 0;
      let cursor: string | undefined;
      do {
        const want = query.limit === undefined ? 1000 : Math.min(1000, query.limit - items.length);
        const page: Page = await store.list(kind, { filters: query.filters, sort: query.sort, asOf: query.asOf, limit: want, cursor });
        total = page.total;
        items.push(...page.items.map(flatten));
        cursor = page.nextCursor;
      } while (cursor !== undefined && (query.limit === undefined || items.length < query.limit));
      return { items, total };
    },
    async get(kind, id, asOf) {
      const found = await store.get(kind, id, asOf === undefined ? {} : { asOf });
      return found && flatten(found);
    },
    async ask(name, params) {
      const { askQuestion, createIndex } = await import("@bluehelm/core/analytics");
      return askQuestion(createIndex(await store.dataset()), name, params);
    },
    async screen(file, params) {
      const [{ createIndex, screenEvents }, { readGed }] = await Promise.all([import("@bluehelm/core/analytics"), import("@bluehelm/core/tabular")]);
      const dataset = await store.dataset();
      // New events are screened, not stored: an id already stored is no conflict here.
      const read = readGed(file.text, { fileName: file.fileName, context: { ...dataset, conflictEvents: [] }, ...(file.release ? { release: file.release } : {}), ...(file.source ? { sources: [file.source] } : {}) });
      if (!read.report.valid) return { ok: false, report: read.report };
      return screenEvents(createIndex(dataset), params, read.records);
    },
    dataset: () => store.dataset(),
    close: () => store.close(),
  };
}
