import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type * as StoreApi from "@bluehelm/store";
import type { ResourceInfo, Store } from "@bluehelm/store";
import { storeBackend, type Backend } from "./backend.js";
import { CliError, EXIT } from "./errors.js";
import { t, type Lang } from "./i18n.js";
import type { Io, OutputFormat } from "./output.js";

/** `BLUEHELM_MAX_RECORDS`: a positive whole number, or the store's default (what the heap allows) when unset. */
export function parseMaxRecords(lang: Lang, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^[1-9][0-9]*$/.test(value.trim())) throw new CliError(EXIT.usage, t(lang, "badMaxRecords", { value: JSON.stringify(value) }));
  return Number(value.trim());
}

/** The store package, loaded only when a command needs it. */
export type StoreModule = typeof StoreApi;

/** The global options, shared by every command. */
export interface Globals {
  db?: string;
  api?: string;
  token?: string;
  lang?: string;
  json?: boolean;
  csv?: boolean;
  ndjson?: boolean;
  color?: boolean;
  seed?: "reference" | "framework" | "none";
}

/** The version of the package, from its manifest. */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** What every command gets: where to write, the language, the global options and the backend, opened once on first use. */
export interface Context {
  readonly io: Io;
  readonly lang: Lang;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal (progress bars). */
  readonly isTTY: boolean | undefined;
  readonly program: Command;
  globals(): Globals;
  /** The output format chosen by --json, --csv or --ndjson; a table otherwise. */
  format(): OutputFormat;
  /**
   * The database (--db) or the remote server (--api), opened on first use. The embedded store is opened with
   * a small buffer pool (the store's `SHORT_LIVED_SHARED_BUFFERS_MIB`) unless `serving`: a command reads or writes once
   * and exits, the server keeps the pages it reads.
   */
  openBackend(options?: { readonly serving?: boolean }): Promise<Backend>;
  /** The store package, when it has been loaded (to recognise its errors). */
  loadedStoreModule(): StoreModule | undefined;
  loadStoreModule(): Promise<StoreModule>;
  /** The resource of a path of the API (`missions`, `pledge-events`…); exit 2 when there is none. */
  resourceInfo(path: string): Promise<ResourceInfo>;
  /** Closes the backend when one was opened. */
  close(): Promise<void>;
}

/** The context of one run of `main`. */
export function createContext(program: Command, io: Io, env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): Context {
  const { lang } = io;
  let backend: Backend | undefined;
  let storeModule: StoreModule | undefined;
  const globals = () => program.opts<Globals>();
  const loadStoreModule = async () => (storeModule ??= await import("@bluehelm/store"));
  return {
    io,
    lang,
    env,
    isTTY,
    program,
    globals,
    format() {
      const g = globals();
      return g.json ? "json" : g.csv ? "csv" : g.ndjson ? "ndjson" : "table";
    },
    async openBackend(options = {}) {
      if (backend) return backend;
      const g = globals();
      if (g.api) {
        const { remoteBackend } = await import("./remote.js");
        backend = await remoteBackend(g.api, g.token ?? env.BLUEHELM_TOKEN);
        return backend;
      }
      const maxRecords = parseMaxRecords(lang, env.BLUEHELM_MAX_RECORDS);
      const mod = await loadStoreModule();
      const url = g.db ?? env.DATABASE_URL;
      const target = url && /^postgres(ql)?:\/\//.test(url) ? { url } : { dataDir: url ?? mod.DEFAULT_DATA_DIR, ...(options.serving ? {} : { sharedBuffersMiB: mod.SHORT_LIVED_SHARED_BUFFERS_MIB }) };
      let store: Store;
      try {
        const seedWith = g.seed ?? "reference";
        const seed = seedWith === "none" ? false : seedWith === "framework" ? { ...(await import("@bluehelm/data")).loadDataset(), contributions: [] } : undefined;
        store = await mod.openStore(seed === undefined ? target : { ...target, seed });
      } catch (e) {
        throw new CliError(EXIT.unavailable, t(lang, "unreachable", { what: url ?? mod.DEFAULT_DATA_DIR, reason: e instanceof Error ? e.message : String(e) }));
      }
      backend = storeBackend(store, url ?? mod.DEFAULT_DATA_DIR, maxRecords === undefined ? {} : { maxRecords });
      return backend;
    },
    loadedStoreModule: () => storeModule,
    loadStoreModule,
    async resourceInfo(path) {
      const mod = await loadStoreModule();
      const info = mod.resourceByPath(path);
      if (!info) throw new CliError(EXIT.usage, t(lang, "unknownResource", { r: path }));
      return info;
    },
    close: async () => {
      await backend?.close();
    },
  };
}
