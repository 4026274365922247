// The engines every store test runs against: embedded PGlite in a temporary
// directory, and the local PostgreSQL server in a fresh database.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/index.js";
import { freshDatabase } from "./postgres.js";

let template: Promise<string> | undefined;

/**
 * A data directory seeded with the reference dataset, made once per test run
 * (global-setup.ts) or else once per test file, and copied for each store:
 * initdb and seeding are the slow part of opening a new embedded store.
 */
function seededTemplate(): Promise<string> {
  const shared = process.env.BLUEHELM_TEST_PGLITE_TEMPLATE;
  if (shared) return Promise.resolve(shared);
  template ??= (async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "bluehelm-template-")), "db");
    const store = await openStore({ dataDir: dir });
    await store.close();
    process.once("exit", () => rmSync(join(dir, ".."), { recursive: true, force: true }));
    return dir;
  })();
  return template;
}

export interface EngineUnderTest {
  readonly name: "pglite" | "postgres";
  /** Where to open a store: `{ dataDir }` or `{ url }`; the same place on every call until `cleanup`. */
  setup(): Promise<{ url?: string; dataDir?: string }>;
  cleanup(): Promise<void>;
}

/** The embedded store in a temporary directory: a copy of a seeded one, or (`fresh`) a new one seeded on first open. */
export function pgliteEngine(options: { fresh?: boolean } = {}): EngineUnderTest {
  let dir: string | undefined;
  return {
    name: "pglite",
    async setup() {
      if (dir === undefined) {
        dir = mkdtempSync(join(tmpdir(), "bluehelm-pglite-"));
        if (!options.fresh) cpSync(await seededTemplate(), join(dir, "db"), { recursive: true });
      }
      return { dataDir: join(dir, "db") };
    },
    cleanup() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
      return Promise.resolve();
    },
  };
}

export function postgresEngine(): EngineUnderTest {
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  return {
    name: "postgres",
    async setup() {
      db ??= await freshDatabase();
      return { url: db.url };
    },
    async cleanup() {
      await db?.drop();
      db = undefined;
    },
  };
}

export const ENGINES: readonly (() => EngineUnderTest)[] = [() => pgliteEngine(), postgresEngine];
