// Import benchmark: the store's importRecords of N synthetic contributions
// (default 50,000) into a fresh store, on PostgreSQL and on PGlite, next to
// psql's `\copy` of the same rows (resource, id, data, effective_date as CSV)
// into a table of the same shape as the store's records table (`CREATE TABLE
// … (LIKE records INCLUDING ALL)`: its columns, defaults and indexes) in the
// same database, in the same run. Each figure is the median of its rounds,
// each round on a new scratch store.
// Usage: pnpm --filter @bluehelm/bench bench:import [--rows 50000] [--rounds 3] [--engine both|postgres|pglite]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Contribution } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { effectiveDate, openStore } from "@bluehelm/store";
import { median } from "./measure.js";
import { deadline, scratchStore, type Engine } from "./scale-data.js";
import { commandLine, fixed, table } from "./server.js";
import { PER_SCALE, syntheticContributions } from "./synthetic.js";

export interface ImportFigures {
  readonly engine: Engine;
  readonly rows: number;
  /** Median milliseconds of the store's importRecords. */
  readonly importMs: number;
  readonly rowsPerSecond: number;
  /** Median milliseconds of psql \copy of the same rows (PostgreSQL only). */
  readonly copyMs?: number;
  readonly copyRowsPerSecond?: number;
  /** import rows/s ÷ \copy rows/s. */
  readonly ratio?: number;
}

export interface ImportBench {
  readonly rounds: number;
  readonly results: readonly ImportFigures[];
  /** PGlite import time ÷ PostgreSQL import time, when both ran. */
  readonly pgliteOverPostgres?: number;
}

const csvField = (v: string | null) => (v === null ? "" : `"${v.replace(/"/g, '""')}"`);

export async function runImportBench(options: { rows?: number; rounds?: number; engines?: readonly Engine[] } = {}): Promise<ImportBench> {
  const rows = options.rows ?? 50_000;
  const rounds = options.rounds ?? 3;
  const engines = options.engines ?? ["postgres", "pglite"];
  const records: Contribution[] = [...syntheticContributions(loadDataset(), rows / PER_SCALE.contributions)];
  if (records.length !== rows) throw new Error(`made ${records.length} contributions, not ${rows}`);
  const dir = mkdtempSync(join(tmpdir(), "bluehelm-bench-import-"));
  const csv = join(dir, "rows.csv");
  writeFileSync(csv, records.map((r) => [csvField("contribution"), csvField(r.id), csvField(JSON.stringify(r)), csvField(effectiveDate("contribution", r) ?? null)].join(",") + "\n").join(""));
  const results: ImportFigures[] = [];
  try {
    for (const engine of engines) {
      const importMs: number[] = [];
      const copyMs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const s = await scratchStore(engine, 0);
        try {
          const store = await openStore(engine === "postgres" ? { url: s.where } : { dataDir: s.where });
          try {
            await store.dataset(); // the cached collections the checks read, as in a running server
            const t0 = performance.now();
            const { inserted } = await store.importRecords("contribution", records, { actor: "system:bench" });
            importMs.push(performance.now() - t0);
            if (inserted !== rows) throw new Error(`importRecords inserted ${inserted}, not ${rows}`);
          } finally {
            await store.close();
          }
          if (engine === "postgres") {
            execFileSync("psql", [s.where, "-q", "-v", "ON_ERROR_STOP=1", "-c", `CREATE TABLE plain (LIKE records INCLUDING ALL)`], { stdio: "pipe" });
            const t0 = performance.now();
            execFileSync("psql", [s.where, "-q", "-v", "ON_ERROR_STOP=1", "-c", `\\copy plain (resource, id, data, effective_date) FROM '${csv}' WITH (FORMAT csv)`], { stdio: "pipe" });
            copyMs.push(performance.now() - t0);
          }
        } finally {
          await s.drop();
        }
      }
      const ms = median(importMs);
      const rowsPerSecond = rows / (ms / 1000);
      if (copyMs.length > 0) {
        const c = median(copyMs);
        const copyRowsPerSecond = rows / (c / 1000);
        results.push({ engine, rows, importMs: ms, rowsPerSecond, copyMs: c, copyRowsPerSecond, ratio: rowsPerSecond / copyRowsPerSecond });
      } else results.push({ engine, rows, importMs: ms, rowsPerSecond });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = results.find((r) => r.engine === "postgres");
  const lite = results.find((r) => r.engine === "pglite");
  return { rounds, results, ...(pg && lite ? { pgliteOverPostgres: lite.importMs / pg.importMs } : {}) };
}

export function formatImportBench(b: ImportBench): string {
  const rows = b.results.map((r) => [
    r.engine,
    String(r.rows),
    fixed(r.importMs / 1000, 2),
    fixed(r.rowsPerSecond, 0),
    r.copyMs !== undefined ? fixed(r.copyMs / 1000, 2) : "–",
    r.copyRowsPerSecond !== undefined ? fixed(r.copyRowsPerSecond, 0) : "–",
    r.ratio !== undefined ? fixed(r.ratio, 3) : "–",
  ]);
  return [
    `import benchmark: the store's importRecords of synthetic contributions into a fresh store, against psql \\copy of the same rows into a table LIKE records INCLUDING ALL in the same database; medians of ${b.rounds} rounds`,
    table(["store", "rows", "import s", "import rows/s", "\\copy s", "\\copy rows/s", "import ÷ \\copy (rows/s)"], rows),
    ...(b.pgliteOverPostgres !== undefined ? [`PGlite import time ÷ PostgreSQL import time: ${fixed(b.pgliteOverPostgres, 2)}`] : []),
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: { rows: { type: "string" }, rounds: { type: "string" }, engine: { type: "string" }, minutes: { type: "string" } },
  });
  const engineText = values.engine ?? process.env.BENCH_ENGINE ?? "both";
  if (!["both", "pglite", "postgres"].includes(engineText)) throw new Error(`--engine is both, pglite or postgres (got ${engineText})`);
  deadline(Number(values.minutes ?? 30));
  console.log(`$ ${commandLine()}`);
  const b = await runImportBench({
    rows: Number(values.rows ?? process.env.BENCH_ROWS ?? 50_000),
    rounds: Number(values.rounds ?? 3),
    engines: engineText === "both" ? ["postgres", "pglite"] : [engineText as Engine],
  });
  console.log(formatImportBench(b));
  process.exit(0);
}
