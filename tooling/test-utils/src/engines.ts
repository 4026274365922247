// The engines every store test runs against: embedded PGlite in a temporary
// directory, and the local PostgreSQL server in a fresh database.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshDatabase } from "./postgres.js";

/** The environment variable through which a test run's global setup hands the seeded data directory to the test files. */
export const TEMPLATE_ENV = "BLUEHELM_TEST_PGLITE_TEMPLATE";

/**
 * A vitest global setup that makes one data directory seeded with the
 * reference dataset for a whole test run (`seed` opens a store there and
 * closes it); the engines copy it instead of running initdb and the seeding
 * for every store they open. Removed when the run ends.
 */
export function seededTemplateSetup(seed: (dataDir: string) => Promise<void>): () => Promise<() => void> {
  return async () => {
    const parent = mkdtempSync(join(tmpdir(), "bluehelm-template-"));
    const dir = join(parent, "db");
    await seed(dir);
    process.env[TEMPLATE_ENV] = dir;
    return () => rmSync(parent, { recursive: true, force: true });
  };
}

/** The seeded data directory of this test run. */
function seededTemplate(): Promise<string> {
  const shared = process.env[TEMPLATE_ENV];
  if (shared) return Promise.resolve(shared);
  return Promise.reject(
    new Error(
      `pgliteEngine() copies the seeded data directory that the test project's global setup makes (${TEMPLATE_ENV} is not set): add packages/store/test/global-setup.ts to the project's globalSetup, or use pgliteEngine({ fresh: true }).`,
    ),
  );
}

export interface EngineUnderTest {
  readonly name: "pglite" | "postgres";
  /** Where to open a store: `{ dataDir }` or `{ url }`; the same place on every call until `cleanup`. */
  setup(): Promise<{ url?: string; dataDir?: string }>;
  cleanup(): Promise<void>;
}

/** The embedded store in a temporary directory: a copy of the seeded one, or (`fresh`) a new one seeded on first open. */
export function pgliteEngine(options: { fresh?: boolean } = {}): EngineUnderTest {
  let dir: string | undefined;
  return {
    name: "pglite",
    async setup() {
      if (dir === undefined) {
        const template = options.fresh ? undefined : await seededTemplate();
        dir = mkdtempSync(join(tmpdir(), "bluehelm-pglite-"));
        if (template !== undefined) cpSync(template, join(dir, "db"), { recursive: true });
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

/** The local PostgreSQL server, in a database of its own created on first setup and dropped by `cleanup`. */
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
