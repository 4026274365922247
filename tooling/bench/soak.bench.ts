// Soak benchmark: the API under a steady mixed load on each store — by
// default 60 s, 50 connections, one request in five a write (each connection
// cycles through four reads and the creation of a new pledge) — on the
// reference dataset and the synthetic data of a scale. For each store: the
// requests per second, errors and 5xx answers, the requests that took over
// 2 s, the server's RSS at the start and the end (and its peak); and the
// ratio of PGlite's throughput to PostgreSQL's, measured in the same run.
// Usage: pnpm --filter @bluehelm/bench bench:soak [--duration 60] [--connections 50] [--scale 1] [--engine both|pglite|postgres]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { deadline, describeScratch, scratchStore, type Engine } from "./scale-data.js";
import { commandLine, fixed, memoryOf, startServer, stop, table, type RunningChild } from "./server.js";

export interface SoakFigures {
  readonly engine: Engine;
  readonly loaded: string;
  readonly durationSec: number;
  readonly connections: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly writes: number;
  readonly p99Ms: number;
  readonly over2s: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly status5xx: number;
  /** Answers other than 2xx and 5xx (a 409 would be a benchmark bug; a 429 a limit). */
  readonly other: number;
  readonly rssStartMiB: number;
  readonly rssEndMiB: number;
  readonly peakRssMiB: number;
  /** The RSS at a quarter, half and three quarters of the run, and at its end: whether it levels off. */
  readonly rssByQuarterMiB: readonly number[];
}

export interface SoakBench {
  readonly results: readonly SoakFigures[];
  /** PGlite req/s ÷ PostgreSQL req/s, when both ran. */
  readonly pgliteOverPostgres?: number;
}

/** The cycle of each connection: a read, a write, three reads (20 % writes). */
function cycle(token: string, base: { actorId: string; source: string }, run: string): autocannon.Request[] {
  let n = 0;
  return [
    { method: "GET", path: "/v1/pledges?limit=50" },
    {
      method: "POST",
      path: "/v1/pledges",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      setupRequest: (request) => {
        const i = n++;
        const pledge = { id: `soak-${run}-${i}`, actorId: base.actorId, announcedOn: "2019-01-15", kind: "training", title: { en: `Soak pledge ${i}` }, themeIds: [], partnerIds: [], sources: [base.source], confidence: "unverified" };
        return { ...request, body: JSON.stringify(pledge) };
      },
    },
    { method: "GET", path: "/v1/contributions?limit=50&category=troops" },
    { method: "GET", path: "/v1/missions/minusca" },
    { method: "GET", path: "/v1/analytics/pledge-summary" },
  ];
}

export async function runSoak(engine: Engine, options: { durationSec?: number; connections?: number; scale?: number } = {}): Promise<SoakFigures> {
  const durationSec = options.durationSec ?? 60;
  const connections = options.connections ?? 50;
  const s = await scratchStore(engine, options.scale ?? 1);
  let api: RunningChild | undefined;
  try {
    api = await startServer(["bluehelm", s.where], { token: true });
    const pid = api.child.pid!;
    const actorId = s.base.actors.find((a) => a.kind === "state")!.id;
    const source = s.base.sources[0]!.id;
    const rssStart = memoryOf(pid).rssMiB;
    await (await fetch(`${api.url}/v1/pledges?limit=1`)).arrayBuffer(); // the first connection to the store
    let over2s = 0;
    let writes = 0;
    let status5xx = 0;
    let other = 0;
    const rssByQuarter: number[] = [];
    const sampler = setInterval(() => {
      if (rssByQuarter.length < 3) rssByQuarter.push(memoryOf(pid).rssMiB);
    }, (durationSec * 1000) / 4);
    const instance = autocannon({ url: api.url, connections, duration: durationSec, requests: cycle(api.token!, { actorId, source }, Date.now().toString(36)) });
    // autocannon's tracker emits (client, statusCode, bytes, responseTime) for every response.
    (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (responseTime > 2000) over2s++;
      if (status === 201) writes++;
      if (status >= 500) status5xx++;
      else if (status < 200 || status > 299) other++;
    });
    let result: autocannon.Result;
    try {
      result = await instance;
    } finally {
      clearInterval(sampler);
    }
    const mem = memoryOf(pid);
    rssByQuarter.push(mem.rssMiB);
    return {
      engine,
      loaded: describeScratch(s),
      durationSec,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      writes,
      p99Ms: result.latency.p99,
      over2s,
      errors: result.errors + result.timeouts,
      status5xx,
      other,
      rssStartMiB: rssStart,
      rssEndMiB: mem.rssMiB,
      peakRssMiB: mem.peakMiB,
      rssByQuarterMiB: rssByQuarter,
    };
  } finally {
    if (api) await stop(api.child);
    await s.drop();
  }
}

export async function runSoakBench(engines: readonly Engine[], options: { durationSec?: number; connections?: number; scale?: number; onResult?: (f: SoakFigures) => void } = {}): Promise<SoakBench> {
  const results: SoakFigures[] = [];
  for (const engine of engines) {
    const f = await runSoak(engine, options);
    options.onResult?.(f);
    results.push(f);
  }
  const pg = results.find((r) => r.engine === "postgres");
  const lite = results.find((r) => r.engine === "pglite");
  return { results, ...(pg && lite ? { pgliteOverPostgres: lite.requestsPerSecond / pg.requestsPerSecond } : {}) };
}

export function formatSoak(b: SoakBench): string {
  const first = b.results[0];
  if (!first) return "";
  return [
    `soak: ${first.durationSec} s, ${first.connections} connections, each cycling through 4 reads and 1 write (a new pledge): 20 % writes; response cache on (the server's default)`,
    table(
      ["store", "requests", "req/s", "writes", "p99 ms", "over 2 s", "errors", "5xx", "other non-2xx", "RSS start MiB", "RSS end MiB", "peak RSS MiB"],
      b.results.map((r) => [r.engine, String(r.requests), fixed(r.requestsPerSecond, 0), String(r.writes), fixed(r.p99Ms, 0), String(r.over2s), String(r.errors), String(r.status5xx), String(r.other), fixed(r.rssStartMiB, 0), fixed(r.rssEndMiB, 0), fixed(r.peakRssMiB, 0)]),
    ),
    `RSS MiB at 25 %, 50 %, 75 % and 100 % of the run (the dataset and the analytics index are loaded in the first seconds): ${b.results.map((r) => `${r.engine} ${r.rssByQuarterMiB.map((m) => fixed(m, 0)).join(" → ")}`).join("; ")}`,
    ...(b.pgliteOverPostgres !== undefined ? [`throughput PGlite ÷ PostgreSQL: ${fixed(b.pgliteOverPostgres, 2)}`] : []),
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: { duration: { type: "string" }, connections: { type: "string" }, scale: { type: "string" }, engine: { type: "string" }, minutes: { type: "string" } },
  });
  const engineText = values.engine ?? process.env.BENCH_ENGINE ?? "both";
  if (!["both", "pglite", "postgres"].includes(engineText)) throw new Error(`--engine is both, pglite or postgres (got ${engineText})`);
  deadline(Number(values.minutes ?? 20));
  console.log(`$ ${commandLine()}`);
  const b = await runSoakBench(engineText === "both" ? ["postgres", "pglite"] : [engineText as Engine], {
    durationSec: Number(values.duration ?? process.env.BENCH_DURATION ?? 60),
    connections: Number(values.connections ?? 50),
    scale: Number(values.scale ?? process.env.BENCH_SCALE ?? 1),
    onResult: (f) => console.log(f.loaded),
  });
  console.log(formatSoak(b));
  process.exit(0);
}
