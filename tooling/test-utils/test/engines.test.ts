// The shared harnesses: the seeded template handed from the global setup to
// the engines, the embedded engine's directories, and a fresh PostgreSQL database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEMPLATE_ENV, dropDatabase, dropDatabaseSql, freshDatabase, pgUrl, pgliteEngine, postgresEngine, seededTemplateSetup } from "../src/index.js";

describe("the seeded template and the embedded engine", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[TEMPLATE_ENV];
    delete process.env[TEMPLATE_ENV];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[TEMPLATE_ENV];
    else process.env[TEMPLATE_ENV] = saved;
  });

  it("seeds one directory in a temporary folder, hands its path on through the environment, and removes it at the end of the run", async () => {
    const seeded: string[] = [];
    const teardown = await seededTemplateSetup((dataDir) => {
      seeded.push(dataDir);
      mkdirSync(dataDir);
      return Promise.resolve();
    })();
    expect(seeded).toHaveLength(1);
    expect(seeded[0]!.startsWith(join(tmpdir(), "bluehelm-template-"))).toBe(true);
    expect(seeded[0]!.endsWith("/db")).toBe(true);
    expect(process.env[TEMPLATE_ENV]).toBe(seeded[0]);
    expect(existsSync(seeded[0]!)).toBe(true);
    teardown();
    expect(existsSync(dirname(seeded[0]!))).toBe(false);
  });

  it("copies the seeded data directory for each engine, the same place until cleanup", async () => {
    const teardown = await seededTemplateSetup((dataDir) => {
      mkdirSync(dataDir);
      writeFileSync(join(dataDir, "PG_VERSION"), "17\n");
      return Promise.resolve();
    })();
    try {
      const template = process.env[TEMPLATE_ENV]!;
      expect(template.startsWith(join(tmpdir(), "bluehelm-template-"))).toBe(true);
      const a = pgliteEngine();
      const b = pgliteEngine();
      const first = await a.setup();
      expect(await a.setup()).toEqual(first);
      const other = await b.setup();
      expect(first.dataDir).not.toBe(template);
      expect(other.dataDir).not.toBe(first.dataDir);
      expect(readFileSync(join(first.dataDir!, "PG_VERSION"), "utf8")).toBe("17\n");
      // A copy: writing to one store's directory leaves the template and the others alone.
      writeFileSync(join(first.dataDir!, "PG_VERSION"), "changed");
      expect(readFileSync(join(template, "PG_VERSION"), "utf8")).toBe("17\n");
      expect(readFileSync(join(other.dataDir!, "PG_VERSION"), "utf8")).toBe("17\n");
      await a.cleanup();
      await b.cleanup();
      expect(existsSync(dirname(first.dataDir!))).toBe(false);
      expect(existsSync(dirname(other.dataDir!))).toBe(false);
    } finally {
      teardown();
    }
    expect(existsSync(process.env[TEMPLATE_ENV]!)).toBe(false);
  });

  it("refuses to copy a template when the run has none, saying how to get one", async () => {
    await expect(pgliteEngine().setup()).rejects.toThrow(
      "pgliteEngine() copies the seeded data directory that the test project's global setup makes (BLUEHELM_TEST_PGLITE_TEMPLATE is not set): add packages/store/test/global-setup.ts to the project's globalSetup, or use pgliteEngine({ fresh: true }).",
    );
  });

  it("gives a fresh engine a directory that does not exist yet, without a template", async () => {
    const engine = pgliteEngine({ fresh: true });
    const { dataDir } = await engine.setup();
    expect(dataDir!.endsWith("/db")).toBe(true);
    expect(existsSync(dataDir!)).toBe(false);
    expect(existsSync(dirname(dataDir!))).toBe(true);
    await engine.cleanup();
    expect(existsSync(dirname(dataDir!))).toBe(false);
  });
});

describe("the local PostgreSQL server", () => {
  async function databaseExists(name: string): Promise<boolean> {
    const client = new pg.Client({ connectionString: pgUrl("postgres") });
    await client.connect();
    try {
      return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    } finally {
      await client.end();
    }
  }

  it("creates a fresh, empty database as the test role, and drops it", async () => {
    const db = await freshDatabase("bluehelm_tu");
    expect(db.name).toMatch(/^bluehelm_tu_[0-9a-f]{12}$/);
    expect(db.url).toBe(pgUrl(db.name));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows[0]).toEqual({ n: 0 });
    } finally {
      await client.end();
    }
    expect(await databaseExists(db.name)).toBe(true);
    await db.drop();
    expect(await databaseExists(db.name)).toBe(false);
  });

  it("drops a database while the test role still holds sessions on it, and leaves other databases alone", async () => {
    const db = await freshDatabase("bluehelm_tu");
    const other = await freshDatabase("bluehelm_tu");
    const left = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    const ended: unknown[] = [];
    for (const c of left) {
      c.on("error", (e) => ended.push(e));
      await c.connect();
    }
    await left[0]!.query("CREATE TABLE t (x int); INSERT INTO t SELECT generate_series(1, 1000)");
    await dropDatabase(db.name);
    expect(await databaseExists(db.name)).toBe(false);
    expect(await databaseExists(other.name)).toBe(true);
    // The sessions were ended by the server, not by the test.
    await expect(left[1]!.query("SELECT 1")).rejects.toThrow();
    for (const c of left) await c.end().catch(() => undefined);
    await other.drop();
    expect(await databaseExists(other.name)).toBe(false);
  });

  it("refuses to build the drop statement for a name that is not a plain identifier", () => {
    expect(() => dropDatabaseSql("x; DROP DATABASE postgres")).toThrow(/not a test database name/);
  });

  it("gives the postgres engine one database until cleanup", async () => {
    const engine = postgresEngine();
    const { url } = await engine.setup();
    expect(await engine.setup()).toEqual({ url });
    const name = new URL(url!).pathname.slice(1);
    expect(await databaseExists(name)).toBe(true);
    await engine.cleanup();
    expect(await databaseExists(name)).toBe(false);
  });

  it("builds URLs from the template in the environment when there is one", () => {
    const saved = process.env.BLUEHELM_TEST_DATABASE_URL_TEMPLATE;
    process.env.BLUEHELM_TEST_DATABASE_URL_TEMPLATE = "postgres://someone:pw@db.example:6543/{db}";
    try {
      expect(pgUrl("bluehelm_x")).toBe("postgres://someone:pw@db.example:6543/bluehelm_x");
    } finally {
      if (saved === undefined) delete process.env.BLUEHELM_TEST_DATABASE_URL_TEMPLATE;
      else process.env.BLUEHELM_TEST_DATABASE_URL_TEMPLATE = saved;
    }
  });
});
