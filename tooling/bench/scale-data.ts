// A scratch store holding the reference dataset and the synthetic records of
// a scale (synthetic.ts), on either engine, made for one benchmark run and
// removed after it (a PostgreSQL database created and dropped, or a temporary
// data directory).
//
// Two ways to load the synthetic records, and the output says which:
// - "import": through the store's own `importRecords`, in chunks, as a user's
//   import would (every record checked, audited);
// - "copy": straight into the store's tables with COPY (pg-copy-streams on
//   PostgreSQL, PGlite's /dev/blob on the embedded store), the pledges'
//   status history folded by the core's `pledgeStatus`, as the store keeps it.
//   No audit entries are written for these rows.
// Either way the store is first opened once, so that its own migrations make
// the tables and it seeds the reference dataset; the tables are analyzed after.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pledgeStatus, type EntityKind, type PledgeEvent, type ReadonlyDataset } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { effectiveDate, openStore } from "@bluehelm/store";
import { dropDatabaseSql, freshDatabase, pgUrl } from "@bluehelm/test-utils";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PER_SCALE, syntheticContributions, syntheticPledgeEvents, syntheticPledges } from "./synthetic.js";

export type Engine = "pglite" | "postgres";
export type LoadMethod = "copy" | "import";

export interface ScratchStore {
  readonly engine: Engine;
  readonly scale: number;
  readonly method: LoadMethod;
  /** A postgres:// URL or an embedded data directory, as `openStore` and api-server.ts take it. */
  readonly where: string;
  /** Milliseconds to load the synthetic records (after the store made its tables and seeded the reference dataset). */
  readonly loadMs: number;
  /** Synthetic records loaded, by kind. */
  readonly counts: Readonly<Record<"pledge" | "pledge-event" | "contribution", number>>;
  /** The reference dataset the store was seeded with. */
  readonly base: ReadonlyDataset;
  drop(): Promise<void>;
}

/** Cleanups of scratch stores still in place, run synchronously if the process is stopped or runs out of time. */
const pending = new Map<string, () => void>();

function cleanUpNow(): void {
  for (const [key, fn] of pending) {
    try {
      fn();
    } catch {
      // best effort on the way out
    }
    pending.delete(key);
  }
}

/**
 * Bounds a benchmark in time: after `minutes` it removes its scratch stores,
 * kills the given children and exits with status 1. Also on SIGINT/SIGTERM.
 */
export function deadline(minutes: number, children: () => readonly { kill: (signal: NodeJS.Signals) => boolean }[] = () => []): void {
  const abort = (why: string) => {
    process.stderr.write(`${why}: removing the scratch stores and stopping\n`);
    for (const c of children()) c.kill("SIGKILL");
    cleanUpNow();
    process.exit(1);
  };
  setTimeout(() => abort(`time limit of ${minutes} min reached`), minutes * 60_000).unref();
  process.once("SIGINT", () => abort("interrupted"));
  process.once("SIGTERM", () => abort("terminated"));
}

const csvField = (value: string | null): string => (value === null ? "" : `"${value.replace(/"/g, '""')}"`);
const csvLine = (fields: readonly (string | null)[]): string => fields.map(csvField).join(",") + "\n";

/** The rows of the `records` table for the synthetic records of a scale, as CSV lines, in batches. */
function* recordLines(base: ReadonlyDataset, scale: number, batch = 2000): Generator<string> {
  let buf: string[] = [];
  const push = (kind: EntityKind, record: { id: string }) => {
    buf.push(csvLine([kind, record.id, JSON.stringify(record), effectiveDate(kind, record as never) ?? null]));
    if (buf.length >= batch) {
      const out = buf.join("");
      buf = [];
      return out;
    }
    return undefined;
  };
  for (const p of syntheticPledges(base, scale)) {
    const out = push("pledge", p);
    if (out) yield out;
  }
  for (const e of syntheticPledgeEvents(base, scale)) {
    const out = push("pledge-event", e);
    if (out) yield out;
  }
  for (const c of syntheticContributions(base, scale)) {
    const out = push("contribution", c);
    if (out) yield out;
  }
  if (buf.length > 0) yield buf.join("");
}

/** The rows of `pledge_status` for the synthetic pledges: each pledge's status history folded from its events. */
function* statusLines(base: ReadonlyDataset, scale: number, batch = 2000): Generator<string> {
  const events: Iterator<PledgeEvent> = syntheticPledgeEvents(base, scale);
  let pendingEvent: PledgeEvent | undefined;
  let buf: string[] = [];
  for (const pledge of syntheticPledges(base, scale)) {
    const own: PledgeEvent[] = [];
    for (;;) {
      const step = pendingEvent ? undefined : events.next();
      const next: PledgeEvent | undefined = pendingEvent ?? (step && !step.done ? step.value : undefined);
      pendingEvent = undefined;
      if (!next) break;
      if (next.pledgeId !== pledge.id) {
        pendingEvent = next;
        break;
      }
      own.push(next);
    }
    const folded = pledgeStatus(pledge, own, { asOf: "9999-12-31" });
    // Each status holds from its day until the next one begins (the store's status intervals).
    folded.history.forEach((h, ord) => buf.push(csvLine([pledge.id, String(ord), h.status, h.since, folded.history[ord + 1]?.since ?? null, h.eventId ?? null])));
    if (buf.length >= batch) {
      yield buf.join("");
      buf = [];
    }
  }
  if (buf.length > 0) yield buf.join("");
}

const RECORDS_COPY = "COPY records (resource, id, data, effective_date) FROM STDIN WITH (FORMAT csv)";
const STATUS_COPY = "COPY pledge_status (pledge_id, ord, status, since, until, event_id) FROM STDIN WITH (FORMAT csv)";

async function copyIntoPostgres(url: string, base: ReadonlyDataset, scale: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(Readable.from(recordLines(base, scale)), client.query(copyFrom(RECORDS_COPY)));
    await pipeline(Readable.from(statusLines(base, scale)), client.query(copyFrom(STATUS_COPY)));
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

async function copyIntoPglite(dataDir: string, base: ReadonlyDataset, scale: number): Promise<void> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  try {
    // PGlite reads a COPY from a blob; a blob per 50,000 rows keeps memory bounded.
    const copy = async (sql: string, lines: Generator<string>) => {
      let parts: string[] = [];
      let rows = 0;
      const flush = async () => {
        if (parts.length === 0) return;
        await db.query(sql.replace("STDIN", "'/dev/blob'"), [], { blob: new Blob(parts) });
        parts = [];
        rows = 0;
      };
      for (const chunk of lines) {
        parts.push(chunk);
        rows += 2000;
        if (rows >= 50_000) await flush();
      }
      await flush();
    };
    await copy(RECORDS_COPY, recordLines(base, scale));
    await copy(STATUS_COPY, statusLines(base, scale));
    await db.exec("ANALYZE");
  } finally {
    await db.close();
  }
}

async function importThroughStore(location: { url: string } | { dataDir: string }, base: ReadonlyDataset, scale: number, chunk = 50_000): Promise<void> {
  const store = await openStore({ ...location, seed: false });
  try {
    const ctx = { actor: "system:bench" };
    const run = async <K extends EntityKind>(kind: K, records: Iterable<unknown>) => {
      let batch: unknown[] = [];
      for (const r of records) {
        batch.push(r);
        if (batch.length >= chunk) {
          await store.importRecords(kind, batch, ctx);
          batch = [];
        }
      }
      if (batch.length > 0) await store.importRecords(kind, batch, ctx);
    };
    await run("pledge", syntheticPledges(base, scale));
    // 50,000 events are the whole histories of 10,000 pledges: a chunk never splits one.
    await run("pledge-event", syntheticPledgeEvents(base, scale));
    await run("contribution", syntheticContributions(base, scale));
  } finally {
    await store.close();
  }
}

/** Drops a database of the test server synchronously (psql), for the way out. */
function dropSync(name: string): void {
  execFileSync("psql", [pgUrl("postgres"), "-q", ...dropDatabaseSql(name).flatMap((sql) => ["-c", sql])], { stdio: "ignore", timeout: 30_000 });
}

/** Dropping right after a server's connections close can race their disconnection: retry a few times. */
async function retry(fn: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

/**
 * A scratch store at a scale: the reference dataset (seeded by the store) and
 * the synthetic records (loaded by `method`). `scale` 0 loads nothing.
 */
export async function scratchStore(engine: Engine, scale: number, method: LoadMethod = "import"): Promise<ScratchStore> {
  const base = loadDataset();
  const counts = {
    pledge: Math.round(PER_SCALE.pledges * scale),
    "pledge-event": Math.round(PER_SCALE.pledgeEvents * scale),
    contribution: Math.round(PER_SCALE.contributions * scale),
  };
  if (engine === "postgres") {
    const db = await freshDatabase("bluehelm_bench");
    pending.set(db.name, () => dropSync(db.name));
    try {
      await (await openStore({ url: db.url })).close();
      const t0 = performance.now();
      if (scale > 0) await (method === "copy" ? copyIntoPostgres(db.url, base, scale) : importThroughStore({ url: db.url }, base, scale));
      const loadMs = performance.now() - t0;
      return {
        engine,
        scale,
        method,
        where: db.url,
        loadMs,
        counts,
        base,
        drop: async () => {
          await retry(db.drop);
          pending.delete(db.name);
        },
      };
    } catch (error) {
      await retry(db.drop).catch(() => undefined);
      pending.delete(db.name);
      throw error;
    }
  }
  const parent = mkdtempSync(join(tmpdir(), "bluehelm-bench-scale-"));
  pending.set(parent, () => rmSync(parent, { recursive: true, force: true }));
  const dataDir = join(parent, "db");
  try {
    await (await openStore({ dataDir })).close();
    const t0 = performance.now();
    if (scale > 0) await (method === "copy" ? copyIntoPglite(dataDir, base, scale) : importThroughStore({ dataDir }, base, scale));
    const loadMs = performance.now() - t0;
    return {
      engine,
      scale,
      method,
      where: dataDir,
      loadMs,
      counts,
      base,
      drop: () => {
        rmSync(parent, { recursive: true, force: true });
        pending.delete(parent);
        return Promise.resolve();
      },
    };
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    pending.delete(parent);
    throw error;
  }
}

/** One line telling what a scratch store holds and how it was loaded. */
export function describeScratch(s: ScratchStore): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const how =
    s.method === "copy"
      ? "COPY straight into the store's tables (records, pledge_status; no audit entries), after the store's own migrations and seeding"
      : "the store's importRecords, 50,000 records a call";
  return `${s.engine} at ${s.scale}×: reference dataset + ${n(s.counts.pledge)} pledges, ${n(s.counts["pledge-event"])} pledge events, ${n(s.counts.contribution)} contributions; loaded in ${(s.loadMs / 1000).toFixed(1)} s through ${how}`;
}
