// The engines every store test runs against: embedded PGlite in a temporary
// directory, and the local PostgreSQL server in a fresh database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshDatabase } from "./postgres.js";

export interface EngineUnderTest {
  readonly name: "pglite" | "postgres";
  /** Where to open a store: `{ dataDir }` or `{ url }`; the same place on every call until `cleanup`. */
  setup(): Promise<{ url?: string; dataDir?: string }>;
  cleanup(): Promise<void>;
}

export function pgliteEngine(): EngineUnderTest {
  let dir: string | undefined;
  return {
    name: "pglite",
    setup() {
      dir ??= mkdtempSync(join(tmpdir(), "bluehelm-pglite-"));
      return Promise.resolve({ dataDir: join(dir, "db") });
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

export const ENGINES: readonly (() => EngineUnderTest)[] = [pgliteEngine, postgresEngine];
