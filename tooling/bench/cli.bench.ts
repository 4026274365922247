// CLI benchmark, each figure next to a baseline measured in the same run:
// - start-up: `bluehelm --version` against `node -e 0`;
// - a query: `bluehelm missions list --json` on the embedded store and on
//   PostgreSQL (each seeded with the reference dataset first, not timed),
//   against `node -e 0`, with the peak memory (maximum RSS) of each process;
// - import: rows/s of `bluehelm import` of the real CountryByYear.csv into a
//   fresh PostgreSQL database, against psql's `\copy` of the same rows into a
//   plain table (both timed as whole processes).
// - the engines' own floor, in the same run: a bare Node process that opens the same
//   embedded data directory with PGlite (the buffer pool the CLI asks for) and runs one
//   query, and one that connects to the same PostgreSQL database with pg and runs one query;
//   the CLI's cost beyond them is its own.
// Every process is timed whole, through /usr/bin/time (which also gives its maximum RSS).
// The CLI runs from apps/cli/dist: build it first (pnpm --filter bluehelm build).
// Usage: pnpm --filter @bluehelm/bench bench:cli [--quick]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { freshDatabase } from "@bluehelm/test-utils";
import { SHORT_LIVED_SHARED_BUFFERS_MIB } from "@bluehelm/store";
import { median, ms } from "./measure.js";
import { commandLine, fixed, table } from "./server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "apps", "cli", "dist", "bin.js");
const CSV = join(ROOT, "data", "external", "un-pk-contributions-2021", "CountryByYear.csv");

function timed(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): { ms: number; stdout: string; stderr: string; code: number; maxRssMiB: number } {
  const t0 = performance.now();
  // GNU time writes the maximum RSS (KiB) as the last line of standard error.
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", env, maxBuffer: 256 * 1024 * 1024, ...(cwd ? { cwd } : {}) });
  const ms = performance.now() - t0;
  const lines = r.stderr.trimEnd().split("\n");
  const maxRssMiB = Number(lines.at(-1)) / 1024;
  return { ms, stdout: r.stdout, stderr: lines.slice(0, -1).join("\n"), code: r.status ?? -1, maxRssMiB };
}

/** Dropping right after the CLI's processes exit can race their disconnection: retry a few times. */
async function dropWithRetry(drop: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await drop();
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

const BENCH_DIR = import.meta.dirname;

/** A bare Node process opening the embedded data directory with PGlite and running one query, as the CLI's commands open it. */
function pgliteFloor(dataDir: string, sharedBuffersMiB: number) {
  const code = `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create(${JSON.stringify(dataDir)}, { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=${sharedBuffersMiB}MB"] });
const { rows } = await db.query("SELECT count(*)::int AS n FROM records");
process.stdout.write(String(rows[0].n));
await db.close();`;
  return timed(process.execPath, ["--input-type=module", "-e", code], { ...process.env }, BENCH_DIR);
}

/** A bare Node process connecting to the database with pg and running one query. */
function postgresFloor(url: string) {
  const code = `import pg from "pg";
const client = new pg.Client({ connectionString: ${JSON.stringify(url)} });
await client.connect();
const { rows } = await client.query("SELECT count(*)::int AS n FROM records");
process.stdout.write(String(rows[0].n));
await client.end();`;
  return timed(process.execPath, ["--input-type=module", "-e", code], { ...process.env }, BENCH_DIR);
}

export interface QueryFigures {
  readonly store: "pglite" | "postgres";
  /** Median wall time of `bluehelm missions list --json`. */
  readonly ms: number;
  /** ms ÷ the median of `node -e 0`. */
  readonly ratio: number;
  /** The largest maximum RSS of its runs. */
  readonly peakMiB: number;
  readonly missions: number;
  /** The engine's floor: a bare process opening the same store and running one query. */
  readonly floor: { readonly ms: number; readonly ratio: number; readonly peakMiB: number };
  /** ms ÷ the floor's ms. */
  readonly overFloor: number;
}

export interface CliBench {
  readonly startup: { bluehelmMs: number; nodeMs: number; ratio: number; nodePeakMiB: number };
  readonly query: readonly QueryFigures[];
  readonly importing: { rows: number; bluehelmRowsPerS: number; copyRowsPerS: number; ratio: number };
}

export async function runCliBench(runs: number): Promise<CliBench> {
  const version = Array.from({ length: runs }, () => timed(process.execPath, [BIN, "--version"]).ms);
  const bareRuns = Array.from({ length: runs }, () => timed(process.execPath, ["-e", "0"]));
  const bare = bareRuns.map((r) => r.ms);
  const startup = { bluehelmMs: median(version), nodeMs: median(bare), ratio: median(version) / median(bare), nodePeakMiB: Math.max(...bareRuns.map((r) => r.maxRssMiB)) };

  const scratch = mkdtempSync(join(tmpdir(), "bluehelm-bench-"));
  const query: QueryFigures[] = [];
  const pgQuery = await freshDatabase("bluehelm_bench");
  try {
    for (const [store, db] of [
      ["pglite", join(scratch, "db")],
      ["postgres", pgQuery.url],
    ] as const) {
      // Created and seeded by a first run, not timed.
      const open = timed(process.execPath, [BIN, "--db", db, "missions", "list", "--json"]);
      if (open.code !== 0) throw new Error(`bluehelm could not open the ${store} store: ${open.stderr.slice(-2000)}`);
      const listed = Array.from({ length: runs }, () => timed(process.execPath, [BIN, "--db", db, "missions", "list", "--json"]));
      const failed = listed.find((r) => r.code !== 0);
      if (failed) throw new Error(`bluehelm missions list failed: ${failed.stderr.slice(-2000)}`);
      const parsed: unknown = JSON.parse(listed[0]!.stdout);
      const missions = Array.isArray(parsed) ? parsed.length : Array.isArray((parsed as { items?: unknown }).items) ? (parsed as { items: unknown[] }).items.length : 0;
      const ms = median(listed.map((r) => r.ms));
      const floors = Array.from({ length: runs }, () => (store === "pglite" ? pgliteFloor(db, SHORT_LIVED_SHARED_BUFFERS_MIB) : postgresFloor(db)));
      const floorFailed = floors.find((r) => r.code !== 0 || !(Number(r.stdout) > 0));
      if (floorFailed) throw new Error(`the ${store} floor process failed: ${floorFailed.stderr.slice(-2000)}`);
      const floorMs = median(floors.map((r) => r.ms));
      const floor = { ms: floorMs, ratio: floorMs / startup.nodeMs, peakMiB: Math.max(...floors.map((r) => r.maxRssMiB)) };
      query.push({ store, ms, ratio: ms / startup.nodeMs, peakMiB: Math.max(...listed.map((r) => r.maxRssMiB)), missions, floor, overFloor: ms / floorMs });
    }
  } finally {
    await dropWithRetry(pgQuery.drop);
  }

  const importMs: number[] = [];
  const copyMs: number[] = [];
  let rows = 0;
  try {
    for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
      const db = await freshDatabase("bluehelm_bench");
      try {
        // Create and seed the database first, so that only the import is timed.
        const open = timed(process.execPath, [BIN, "--db", db.url, "--seed", "framework", "missions", "list", "--limit", "1"]);
        if (open.code !== 0) throw new Error(`bluehelm could not open ${db.name}: ${open.stderr}`);
        const imp = timed(process.execPath, [BIN, "--db", db.url, "--seed", "framework", "import", CSV, "--profile", "un-country-by-year"]);
        if (imp.code !== 0) throw new Error(`bluehelm import failed: ${imp.stderr.slice(-2000)}`);
        // The count may be written with thousands separators (5,430).
        rows = Number(/Imported (\d[\d,\u00a0\u202f ]*)/.exec(imp.stdout)?.[1]?.replace(/\D/g, ""));
        importMs.push(imp.ms);
        // The same rows as plain CSV, copied into a plain table.
        const listed = timed(process.execPath, [BIN, "--db", db.url, "contributions", "list", "--ndjson"]);
        const records = listed.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, string | number>);
        const cols = ["id", "contributorId", "missionId", "periodStart", "periodEnd", "measure", "category", "women", "men", "total"];
        const file = join(scratch, `rows-${i}.csv`);
        writeFileSync(file, records.map((r) => cols.map((c) => String(r[c] ?? "")).join(",")).join("\n") + "\n");
        const create = timed("psql", [db.url, "-q", "-c", "CREATE TABLE plain (id text, contributor text, mission text, period_start date, period_end date, measure text, category text, women numeric, men numeric, total numeric)"]);
        if (create.code !== 0) throw new Error(`psql failed: ${create.stderr}`);
        const copy = timed("psql", [db.url, "-q", "-c", `\\copy plain FROM '${file}' CSV`]);
        if (copy.code !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
        copyMs.push(copy.ms);
      } finally {
        await dropWithRetry(db.drop);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const bluehelmRowsPerS = rows / (median(importMs) / 1000);
  const copyRowsPerS = rows / (median(copyMs) / 1000);
  return { startup, query, importing: { rows, bluehelmRowsPerS, copyRowsPerS, ratio: bluehelmRowsPerS / copyRowsPerS } };
}

async function main() {
  const runs = process.argv.includes("--quick") ? 3 : 15;
  const r = await runCliBench(runs);
  console.log(`$ ${commandLine()}`);
  console.log(`CLI benchmark — Node ${process.version}, medians of ${runs} runs, each process timed whole`);
  console.log(`start-up: bluehelm --version ${ms(r.startup.bluehelmMs)} ms, node -e 0 ${ms(r.startup.nodeMs)} ms, ratio ${r.startup.ratio.toFixed(2)}`);
  console.log("query: bluehelm missions list --json, against node -e 0 (the baseline row) and against the engine's floor (a bare process opening the same store, one query)");
  console.log(
    table(
      ["process", "store", "missions", "wall ms", "÷ node -e 0", "÷ floor", "peak RSS MiB"],
      [
        ["node -e 0", "–", "–", ms(r.startup.nodeMs), "1.00", "–", fixed(r.startup.nodePeakMiB, 1)],
        ...r.query.flatMap((q) => [
          [q.store === "pglite" ? `floor: PGlite open + 1 query (${SHORT_LIVED_SHARED_BUFFERS_MIB} MiB buffers)` : "floor: pg connect + 1 query", q.store, "–", ms(q.floor.ms), q.floor.ratio.toFixed(2), "1.00", fixed(q.floor.peakMiB, 1)],
          ["bluehelm missions list --json", q.store, String(q.missions), ms(q.ms), q.ratio.toFixed(2), q.overFloor.toFixed(2), fixed(q.peakMiB, 1)],
        ]),
      ],
    ),
  );
  console.log(
    `import of ${r.importing.rows} CountryByYear rows into PostgreSQL: bluehelm import ${Math.round(r.importing.bluehelmRowsPerS)} rows/s, psql \\copy ${Math.round(r.importing.copyRowsPerS)} rows/s, ratio ${r.importing.ratio.toFixed(3)}`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await main();
