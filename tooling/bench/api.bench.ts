// API benchmark: requests per second and p99 latency of endpoints of the
// Bluehelm API (by default a list page and a single record, on each store,
// with the synthetic data of a scale), next to a bare node:http server
// answering the same bytes, measured in the same run on loopback, with their
// ratio. Each server runs in its own process; autocannon drives the load.
// A third server, "store alone", answers the same bytes with node:http after
// making the read the API makes of the store (store.get or store.list): what
// is left between it and the API is the framework, the rendering and the
// checks of the request; between it and bare, the store and its database.
// The three are measured in alternating rounds (bare, store, Bluehelm, then
// Bluehelm, store, bare, …) and each figure is the median of its rounds, so a
// change in the load of the machine during the run weighs on all alike.
// The API keeps rendered GET responses until the next write; --no-cache
// measures every request through the store instead.
// Usage: pnpm --filter @bluehelm/bench bench:api [--engine both|pglite|postgres] [--scale 1] [--duration 10] [--rounds 3]
//   [--connections 10] [--path /v1/contributions?limit=50 --path …] [--no-cache]
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { deadline, describeScratch, scratchStore, type Engine } from "./scale-data.js";
import { commandLine, fixed, startServer, stop, table, type RunningChild } from "./server.js";
import { storeReadOf } from "./store-read.js";

export interface ServerFigures {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface ApiBenchResult {
  readonly engine: Engine;
  readonly scale: number;
  readonly path: string;
  readonly bytes: number;
  readonly cache: boolean;
  readonly rounds: number;
  readonly bare: ServerFigures;
  /** node:http answering the same bytes after the store's read alone. */
  readonly storeAlone: ServerFigures;
  readonly bluehelm: ServerFigures;
  /** bluehelm req/s ÷ bare req/s. */
  readonly throughputRatio: number;
  /** bluehelm p99 ÷ bare p99 (a bare p99 under 1 ms, autocannon's unit, counts as 1 ms). */
  readonly p99Ratio: number;
  /** store alone req/s ÷ bare req/s: the most the API could reach with this store read. */
  readonly storeRatio: number;
}

async function warmUp(url: string, durationSec: number, connections: number): Promise<void> {
  await autocannon({ url, connections, duration: Math.max(1, Math.min(2, durationSec / 4)) });
}

async function load(name: string, url: string, durationSec: number, connections: number): Promise<ServerFigures> {
  const r = await autocannon({ url, connections, duration: durationSec });
  return { name, requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median figures of several rounds of one server; errors are summed. */
function medianFigures(name: string, rounds: readonly ServerFigures[]): ServerFigures {
  return {
    name,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
  };
}

export interface ApiBenchOptions {
  readonly engine?: Engine;
  /** The synthetic data loaded besides the reference dataset (synthetic.ts); default 0, none. */
  readonly scale?: number;
  readonly durationSec?: number;
  readonly connections?: number;
  /** Default the missions list page. */
  readonly paths?: readonly string[];
  readonly cache?: boolean;
  readonly rounds?: number;
  /** Called with the line telling what the store holds, once loaded. */
  readonly onLoaded?: (text: string) => void;
}

/** Each path on one store, next to the bare server answering its bytes. */
export async function runApiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult[]> {
  const rounds = options.rounds ?? 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a whole number ≥ 1, got ${rounds}`);
  const durationSec = options.durationSec ?? 10;
  const connections = options.connections ?? 10;
  const engine = options.engine ?? "pglite";
  const scale = options.scale ?? 0;
  const paths = options.paths ?? ["/v1/missions?limit=50"];
  for (const path of paths) storeReadOf(path);
  const store = await scratchStore(engine, scale);
  options.onLoaded?.(describeScratch(store));
  const dir = mkdtempSync(join(tmpdir(), "bluehelm-bench-api-"));
  const children: RunningChild[] = [];
  try {
    // The embedded store is opened by one process at a time: the store-alone server reads a copy of it, made
    // before the API opens it (the benchmark only reads).
    const aloneWhere = engine === "pglite" ? join(dir, "store-alone") : store.where;
    if (engine === "pglite") cpSync(store.where, aloneWhere, { recursive: true });
    const api = await startServer(["bluehelm", store.where], { cache: options.cache ?? true });
    children.push(api);
    const results: ApiBenchResult[] = [];
    for (const [i, path] of paths.entries()) {
      const sample = await fetch(api.url + path);
      if (sample.status !== 200) throw new Error(`${path} answered ${sample.status}`);
      const bytes = new Uint8Array(await sample.arrayBuffer());
      const bodyFile = join(dir, `body-${i}`);
      writeFileSync(bodyFile, bytes);
      const type = sample.headers.get("content-type") ?? "application/json";
      const bare = await startServer(["bare", bodyFile, type]);
      children.push(bare);
      const alone = await startServer(["bare-store", aloneWhere, path, bodyFile, type]);
      children.push(alone);
      // The servers are idle but for the one being measured; rounds alternate
      // their order (ABC, CBA, …), so none always runs on a warmer machine.
      await warmUp(bare.url + path, durationSec, connections);
      await warmUp(alone.url + path, durationSec, connections);
      await warmUp(api.url + path, durationSec, connections);
      const bareRounds: ServerFigures[] = [];
      const aloneRounds: ServerFigures[] = [];
      const apiRounds: ServerFigures[] = [];
      const measures = [
        () => load("bare node:http", bare.url + path, durationSec, connections).then((f) => bareRounds.push(f)),
        () => load("store alone", alone.url + path, durationSec, connections).then((f) => aloneRounds.push(f)),
        () => load("bluehelm", api.url + path, durationSec, connections).then((f) => apiRounds.push(f)),
      ];
      for (let round = 0; round < rounds; round++) {
        for (const measure of round % 2 === 0 ? measures : [...measures].reverse()) await measure();
      }
      await stop(bare.child);
      await stop(alone.child);
      const bareFigures = medianFigures("bare node:http", bareRounds);
      const aloneFigures = medianFigures("store alone", aloneRounds);
      const apiFigures = medianFigures("bluehelm", apiRounds);
      results.push({
        engine,
        scale,
        path,
        bytes: bytes.length,
        cache: options.cache ?? true,
        rounds,
        bare: bareFigures,
        storeAlone: aloneFigures,
        bluehelm: apiFigures,
        throughputRatio: apiFigures.requestsPerSecond / bareFigures.requestsPerSecond,
        // autocannon measures whole milliseconds: a bare p99 of 0 counts as 1 ms.
        p99Ratio: apiFigures.p99Ms / Math.max(bareFigures.p99Ms, 1),
        storeRatio: aloneFigures.requestsPerSecond / bareFigures.requestsPerSecond,
      });
    }
    return results;
  } finally {
    for (const c of children) await stop(c.child);
    rmSync(dir, { recursive: true, force: true });
    await store.drop();
  }
}

export function formatApiBench(results: readonly ApiBenchResult[], durationSec: number, connections: number): string {
  const first = results[0];
  if (!first) return "";
  const errors = (f: ServerFigures) => String(f.errors + f.non2xx);
  return [
    `API benchmark: ${connections} connections, ${first.rounds} alternating rounds of ${durationSec} s each (medians), loopback, response cache ${first.cache ? "on" : "off"}; bare = node:http answering the same bytes; store alone = the same, after the store's read that the API makes`,
    table(
      ["store", "scale", "GET", "bytes", "bare req/s", "store alone req/s", "÷ bare", "bluehelm req/s", "req/s ÷ bare", "bare p99 ms", "store alone p99 ms", "bluehelm p99 ms", "p99 ÷ bare", "errors + non-2xx"],
      results.map((r) => [
        r.engine,
        `${r.scale}×`,
        r.path,
        String(r.bytes),
        fixed(r.bare.requestsPerSecond, 0),
        fixed(r.storeAlone.requestsPerSecond, 0),
        fixed(r.storeRatio, 2),
        fixed(r.bluehelm.requestsPerSecond, 0),
        fixed(r.throughputRatio, 2),
        fixed(r.bare.p99Ms, 2),
        fixed(r.storeAlone.p99Ms, 2),
        fixed(r.bluehelm.p99Ms, 2),
        fixed(r.p99Ratio, 2),
        errors(r.bluehelm) === "0" && errors(r.storeAlone) === "0" ? "0" : `${errors(r.bluehelm)} (store alone ${errors(r.storeAlone)})`,
      ]),
    ),
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: {
      engine: { type: "string" },
      scale: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      rounds: { type: "string" },
      path: { type: "string", multiple: true },
      "no-cache": { type: "boolean" },
      minutes: { type: "string" },
    },
  });
  const engineText = values.engine ?? process.env.BENCH_ENGINE ?? "both";
  if (!["both", "pglite", "postgres"].includes(engineText)) throw new Error(`--engine is both, pglite or postgres (got ${engineText})`);
  const engines: Engine[] = engineText === "both" ? ["pglite", "postgres"] : [engineText as Engine];
  const scale = Number(values.scale ?? process.env.BENCH_SCALE ?? 1);
  const durationSec = Number(values.duration ?? process.env.BENCH_DURATION ?? 10);
  const connections = Number(values.connections ?? 10);
  const rounds = Number(values.rounds ?? 3);
  // A list page and a record from the middle of the synthetic contributions (a mission without them).
  const paths = values.path ?? (scale > 0 ? ["/v1/contributions?limit=50", `/v1/contributions/synthetic-contribution-${Math.floor((40_000 * scale) / 2)}`] : ["/v1/missions?limit=50", "/v1/missions/minusca"]);
  deadline(Number(values.minutes ?? 30));
  console.log(`$ ${commandLine()}`);
  const results: ApiBenchResult[] = [];
  for (const engine of engines) {
    results.push(...(await runApiBench({ engine, scale, durationSec, connections, rounds, paths, cache: values["no-cache"] !== true, onLoaded: (t) => console.log(t) })));
  }
  console.log(formatApiBench(results, durationSec, connections));
  process.exit(0);
}
