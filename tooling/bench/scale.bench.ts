// The API at growing data sizes: for each scale (1×, 10×, 100× of synthetic.ts)
// a scratch store is loaded (scale-data.ts), the API is started on it in a
// child process (rendered-response cache off unless --cache), and measured:
// - reads: the first call of each endpoint after start-up and the p50/p99 of
//   warm calls one after the other — single records, list pages (filtered,
//   deep cursor), pledge status as of a date, every analytics endpoint — each
//   next to a bare node:http server answering the same bytes, measured the
//   same way in the same run, and their ratio;
// - the server's memory (RSS) after start-up, after the reads and at peak;
// - exports: NDJSON and CSV of every contribution, rows/s and peak RSS, next
//   to the bare server streaming the same bytes;
// - writes: appending a pledge event, p50/p99 and the 5xx answers, next to
//   the bare server answering the same bytes to the same POST;
// - on PostgreSQL, EXPLAIN (ANALYZE, BUFFERS) of the hot queries (explain.ts).
// A summary at the end gives each figure by scale and its ratio to the
// smallest scale of the run, so growth is visible.
//
// Usage: pnpm --filter @bluehelm/bench bench:scale [--engine postgres|pglite] [--scales 1,10,100]
//   [--load import|copy] [--requests 100] [--probe-seconds 5] [--writes 200] [--only reads,export,writes,explain]
//   [--match REGEXP] [--cache] [--minutes 90]
// Environment: BENCH_SCALES, BENCH_ENGINE, BENCH_LOAD stand for the options of the same name.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { QUESTIONS } from "@bluehelm/core/analytics";
import { explainHotQueries, formatExplain, type ExplainTarget } from "./explain.js";
import { deadline, describeScratch, scratchStore, type Engine, type LoadMethod, type ScratchStore } from "./scale-data.js";
import { commandLine, fixed, memoryOf, percentile, sequential, startServer, stop, table, timedFetch, watchRss, type RunningChild } from "./server.js";
import { PER_SCALE, QUESTION_PARAMS, syntheticContributions } from "./synthetic.js";

export type Section = "reads" | "export" | "writes" | "explain";
export const SECTIONS: readonly Section[] = ["reads", "export", "writes", "explain"];

export interface ScaleOptions {
  readonly engine: Engine;
  readonly scales: readonly number[];
  readonly load?: LoadMethod;
  /** Warm calls per endpoint, at most (also bounded by probeSeconds). */
  readonly requests?: number;
  /** Seconds of warm calls per endpoint, at most (at least 3 calls are made). */
  readonly probeSeconds?: number;
  /** Pledge events appended (each to a new pledge). */
  readonly writes?: number;
  readonly only?: readonly Section[];
  /** Keep the API's rendered-response cache on (default off: every read goes to the store). */
  readonly cache?: boolean;
  /** Only the read endpoints whose name matches (default all). */
  readonly match?: RegExp;
  /** Called with each part of the output as soon as it is ready. */
  readonly print?: (text: string) => void;
}

export interface ProbeFigures {
  readonly name: string;
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
  readonly firstMs: number;
  readonly n: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The bare node:http server's p99 for the same bytes, measured the same way. */
  readonly bareP99Ms: number;
  /** p99 ÷ bare p99. */
  readonly ratio: number;
  /** Answers other than 2xx among the warm calls. */
  readonly non2xx: number;
}

export interface ExportFigures {
  readonly format: "ndjson" | "csv";
  readonly rows: number;
  readonly bytes: number;
  readonly ms: number;
  readonly rowsPerSecond: number;
  readonly bareRowsPerSecond: number;
  /** rows/s ÷ the bare server's rows/s. */
  readonly ratio: number;
  readonly rssBeforeMiB: number;
  readonly peakRssMiB: number;
}

export interface WriteFigures {
  readonly n: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly bareP99Ms: number;
  readonly ratio: number;
  readonly status5xx: number;
  readonly otherNon2xx: number;
}

export interface ScaleRun {
  readonly engine: Engine;
  readonly scale: number;
  readonly loaded: string;
  readonly rssStartMiB: number;
  readonly rssAfterReadsMiB?: number;
  readonly peakRssMiB: number;
  readonly probes: readonly ProbeFigures[];
  readonly exports: readonly ExportFigures[];
  readonly writes?: WriteFigures;
  readonly explain?: string;
}

/**
 * A cursor for the page after the record `id` (sorted by id), made from a real
 * cursor the API gave: the same encoding, with the id replaced.
 */
async function cursorAfter(api: string, id: string): Promise<string> {
  const page = (await (await fetch(`${api}/v1/contributions?limit=1`)).json()) as { items: { id: string }[]; nextCursor: string | null };
  const first = page.items[0]?.id;
  const decoded: unknown = page.nextCursor ? JSON.parse(Buffer.from(page.nextCursor, "base64url").toString("utf8")) : undefined;
  if (!first || !Array.isArray(decoded) || decoded[decoded.length - 1] !== first) {
    throw new Error(`The API's cursors no longer end with the id of the last record (got ${page.nextCursor} after ${first}); update cursorAfter in scale.bench.ts.`);
  }
  return Buffer.from(JSON.stringify([...(decoded as unknown[]).slice(0, -1), id]), "utf8").toString("base64url");
}

interface Targets {
  readonly contributionId: string;
  readonly pledgeId: string;
  readonly missionId: string;
  /** The contribution at 90 % of the id order: the deep cursor page starts after it. */
  readonly deepAfter: string;
  readonly statusDate: string;
}

function targetsOf(s: ScratchStore): Targets {
  const n = s.counts.contribution;
  if (n === 0) throw new Error("scale must be above 0");
  const ids: string[] = [];
  let missionId = "";
  for (const c of syntheticContributions(s.base, s.scale)) {
    if (!missionId && c.missionId) missionId = c.missionId;
    ids.push(c.id);
  }
  ids.sort();
  return {
    contributionId: `synthetic-contribution-${Math.floor(n / 2)}`,
    pledgeId: `synthetic-pledge-${Math.floor(s.counts.pledge / 2)}`,
    missionId,
    deepAfter: ids[Math.floor(ids.length * 0.9)]!,
    statusDate: "2017-06-30",
  };
}

function probesOf(t: Targets, deepCursor: string): { name: string; path: string }[] {
  const reads = [
    { name: "get a contribution", path: `/v1/contributions/${t.contributionId}` },
    { name: "get a pledge", path: `/v1/pledges/${t.pledgeId}` },
    { name: "list page, contributions", path: "/v1/contributions?limit=50" },
    { name: "filtered list page, contributions", path: `/v1/contributions?missionId=${t.missionId}&category=troops&limit=50` },
    { name: "filtered list page, pledges", path: "/v1/pledges?kind=training&limit=50" },
    { name: "deep cursor page (after 90 %)", path: `/v1/contributions?limit=50&cursor=${deepCursor}` },
    { name: "status as of a date, list", path: `/v1/pledges?status=deployed&asOf=${t.statusDate}&limit=50` },
    { name: "status as of a date, one pledge", path: `/v1/pledges/${t.pledgeId}/status?asOf=${t.statusDate}` },
  ];
  const analytics = Object.keys(QUESTIONS).map((q) => {
    const params = QUESTION_PARAMS[q] ? `?${new URLSearchParams(QUESTION_PARAMS[q]).toString()}` : "";
    return { name: `analytics ${q}`, path: `/v1/analytics/${q}${params}` };
  });
  // The pledge summary on a date before most synthetic histories end (each pledge read from its steps), beside
  // the one of today above (each read from its row).
  const pastSummary = { name: "analytics pledge-summary, as of a date", path: `/v1/analytics/pledge-summary?asOf=${t.statusDate}` };
  return [...reads, ...analytics, pastSummary];
}

/** Warm calls, one after the other: up to `max` of them or `seconds`, at least 3. */
async function warm(url: string, max: number, seconds: number, init?: RequestInit): Promise<{ ms: number[]; non2xx: number }> {
  const ms: number[] = [];
  let non2xx = 0;
  const until = performance.now() + seconds * 1000;
  while (ms.length < max && (ms.length < 3 || performance.now() < until)) {
    const r = await timedFetch(url, init);
    ms.push(r.ms);
    if (r.status < 200 || r.status > 299) non2xx++;
  }
  return { ms, non2xx };
}

async function measureReads(api: RunningChild, t: Targets, deepCursor: string, requests: number, seconds: number, scratch: string, match: RegExp | undefined): Promise<ProbeFigures[]> {
  const probes = probesOf(t, deepCursor).filter((p) => !match || match.test(p.name));
  const measured: { name: string; path: string; status: number; body: Uint8Array; type: string; firstMs: number; ms: number[]; non2xx: number }[] = [];
  for (const p of probes) {
    const t0 = performance.now();
    const res = await fetch(api.url + p.path);
    const body = new Uint8Array(await res.arrayBuffer());
    const firstMs = performance.now() - t0;
    const w = await warm(api.url + p.path, requests, seconds);
    measured.push({ ...p, status: res.status, body, type: res.headers.get("content-type") ?? "application/json", firstMs, ms: w.ms, non2xx: w.non2xx });
  }
  // The bare server answers /N with the bytes of probe N.
  const dir = join(scratch, "bodies");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  measured.forEach((m, i) => {
    writeFileSync(join(dir, String(i)), m.body);
    writeFileSync(join(dir, `${i}.type`), m.type);
  });
  const bare = await startServer(["bare-dir", dir]);
  try {
    const out: ProbeFigures[] = [];
    for (const [i, m] of measured.entries()) {
      const b = await sequential(`${bare.url}/${i}`, m.ms.length);
      const p99 = percentile(m.ms, 99);
      const bareP99 = percentile(b.ms, 99);
      out.push({ name: m.name, path: m.path, status: m.status, bytes: m.body.length, firstMs: m.firstMs, n: m.ms.length, p50Ms: percentile(m.ms, 50), p99Ms: p99, bareP99Ms: bareP99, ratio: p99 / bareP99, non2xx: m.non2xx });
    }
    return out;
  } finally {
    await stop(bare.child);
  }
}

async function download(url: string, file: string): Promise<{ ms: number; bytes: number; lines: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const out = createWriteStream(file);
  let bytes = 0;
  let lines = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { ms: performance.now() - t0, bytes, lines, status: res.status };
}

async function measureExports(api: RunningChild, scratch: string): Promise<ExportFigures[]> {
  const out: ExportFigures[] = [];
  for (const format of ["ndjson", "csv"] as const) {
    const file = join(scratch, `export.${format}`);
    const pid = api.child.pid!;
    const rssBefore = memoryOf(pid).rssMiB;
    const watch = watchRss(pid);
    const got = await download(`${api.url}/v1/contributions?format=${format}`, file);
    const peak = watch.stop();
    if (got.status !== 200) throw new Error(`the ${format} export answered ${got.status}`);
    const rows = format === "csv" ? got.lines - 1 : got.lines;
    const bare = await startServer(["bare-stream", file, format === "csv" ? "text/csv" : "application/x-ndjson"]);
    let bareMs: number;
    try {
      bareMs = (await download(`${bare.url}/`, `${file}.bare`)).ms;
    } finally {
      await stop(bare.child);
      rmSync(`${file}.bare`, { force: true });
    }
    rmSync(file, { force: true });
    const rowsPerSecond = rows / (got.ms / 1000);
    const bareRowsPerSecond = rows / (bareMs / 1000);
    out.push({ format, rows, bytes: got.bytes, ms: got.ms, rowsPerSecond, bareRowsPerSecond, ratio: rowsPerSecond / bareRowsPerSecond, rssBeforeMiB: rssBefore, peakRssMiB: peak });
  }
  return out;
}

async function measureWrites(api: RunningChild, s: ScratchStore, n: number, scratch: string): Promise<WriteFigures> {
  const token = api.token;
  if (!token) throw new Error("the server made no token");
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const actorId = s.base.actors.find((a) => a.kind === "state")!.id;
  const source = s.base.sources[0]!.id;
  const run = Date.now().toString(36);
  // The pledges the events are appended to, made first (not timed).
  for (let i = 0; i < n; i++) {
    const pledge = { id: `bench-${run}-${i}`, actorId, announcedOn: "2019-01-15", kind: "training", title: { en: `Benchmark pledge ${i}` }, themeIds: [], partnerIds: [], sources: [source], confidence: "unverified" };
    const r = await timedFetch(`${api.url}/v1/pledges`, { method: "POST", headers, body: JSON.stringify(pledge) });
    if (r.status !== 201) throw new Error(`creating a pledge answered ${r.status}: ${new TextDecoder().decode(r.body).slice(0, 500)}`);
  }
  const ms: number[] = [];
  let status5xx = 0;
  let otherNon2xx = 0;
  let lastBody: Uint8Array = new Uint8Array();
  let lastEvent = "";
  for (let i = 0; i < n; i++) {
    const event = { id: `bench-${run}-${i}-registered`, pledgeId: `bench-${run}-${i}`, type: "registered", date: "2019-02-01", sources: [source], confidence: "unverified" };
    lastEvent = JSON.stringify(event);
    const r = await timedFetch(`${api.url}/v1/pledge-events`, { method: "POST", headers, body: lastEvent });
    ms.push(r.ms);
    if (r.status >= 500) status5xx++;
    else if (r.status < 200 || r.status > 299) otherNon2xx++;
    lastBody = r.body;
  }
  const dir = join(scratch, "write-body");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "0"), lastBody);
  writeFileSync(join(dir, "0.type"), "application/json");
  const bare = await startServer(["bare-dir", dir]);
  let bareMs: number[];
  try {
    bareMs = (await sequential(`${bare.url}/0`, n, { method: "POST", headers, body: lastEvent })).ms;
  } finally {
    await stop(bare.child);
  }
  const p99 = percentile(ms, 99);
  const bareP99 = percentile(bareMs, 99);
  return { n, p50Ms: percentile(ms, 50), p99Ms: p99, maxMs: Math.max(...ms), bareP99Ms: bareP99, ratio: p99 / bareP99, status5xx, otherNon2xx };
}

export async function runScaleBench(options: ScaleOptions): Promise<ScaleRun[]> {
  const only = new Set(options.only ?? SECTIONS);
  const print = options.print ?? (() => undefined);
  const runs: ScaleRun[] = [];
  for (const scale of options.scales) {
    const s = await scratchStore(options.engine, scale, options.load ?? "import");
    const scratch = mkdtempSync(join(tmpdir(), "bluehelm-bench-files-"));
    try {
      const loaded = describeScratch(s);
      print(`\n== ${loaded}`);
      const t = targetsOf(s);
      let api: RunningChild | undefined;
      try {
        api = await startServer(["bluehelm", s.where], { cache: options.cache ?? false, token: only.has("writes") });
        const pid = api.child.pid!;
        const rssStart = memoryOf(pid).rssMiB;
        const deepCursor = await cursorAfter(api.url, t.deepAfter);
        let probes: ProbeFigures[] = [];
        let rssAfterReads: number | undefined;
        if (only.has("reads")) {
          probes = await measureReads(api, t, deepCursor, options.requests ?? 100, options.probeSeconds ?? 5, scratch, options.match);
          rssAfterReads = memoryOf(pid).rssMiB;
          print(formatProbes(s, probes));
        }
        const exports = only.has("export") ? await measureExports(api, scratch) : [];
        if (exports.length > 0) print(formatExports(exports));
        const writes = only.has("writes") ? await measureWrites(api, s, options.writes ?? 200, scratch) : undefined;
        if (writes) print(formatWrites(writes));
        const mem = memoryOf(pid);
        print(`server memory: RSS ${fixed(rssStart, 0)} MiB after start-up${rssAfterReads !== undefined ? `, ${fixed(rssAfterReads, 0)} MiB after the reads` : ""}, ${fixed(mem.rssMiB, 0)} MiB at the end, peak ${fixed(mem.peakMiB, 0)} MiB`);
        await stop(api.child);
        api = undefined;
        let explain: string | undefined;
        if (only.has("explain") && s.engine === "postgres") {
          const target: ExplainTarget = { url: s.where, missionId: t.missionId, deepCursor, statusDate: t.statusDate, pledgeId: t.pledgeId, base: s.base };
          explain = formatExplain(await explainHotQueries(target), scale);
          print(explain);
        }
        runs.push({ engine: s.engine, scale, loaded, rssStartMiB: rssStart, ...(rssAfterReads !== undefined ? { rssAfterReadsMiB: rssAfterReads } : {}), peakRssMiB: mem.peakMiB, probes, exports, ...(writes ? { writes } : {}), ...(explain ? { explain } : {}) });
      } finally {
        if (api) await stop(api.child);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await s.drop();
    }
  }
  return runs;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function formatProbes(s: ScratchStore | { engine: Engine; scale: number }, probes: readonly ProbeFigures[]): string {
  return [
    `reads on ${s.engine} at ${s.scale}× — first call after start-up, then warm calls one after the other; bare = node:http answering the same bytes, measured the same way`,
    table(
      ["endpoint", "status", "bytes", "first ms", "n", "p50 ms", "p99 ms", "bare p99 ms", "p99 ÷ bare"],
      probes.map((p) => [p.name, String(p.status) + (p.non2xx > 0 ? `(${p.non2xx} non-2xx)` : ""), String(p.bytes), ms(p.firstMs), String(p.n), ms(p.p50Ms), ms(p.p99Ms), fixed(p.bareP99Ms, 2), fixed(p.ratio, 1)]),
    ),
  ].join("\n");
}

export function formatExports(exports: readonly ExportFigures[]): string {
  return [
    "exports of every contribution (GET /v1/contributions?format=…); bare = node:http streaming the same bytes from a file",
    table(
      ["format", "rows", "MB", "seconds", "rows/s", "bare rows/s", "÷ bare", "RSS before MiB", "peak RSS MiB"],
      exports.map((e) => [e.format, String(e.rows), fixed(e.bytes / 1e6, 1), fixed(e.ms / 1000, 1), fixed(e.rowsPerSecond, 0), fixed(e.bareRowsPerSecond, 0), fixed(e.ratio, 3), fixed(e.rssBeforeMiB, 0), fixed(e.peakRssMiB, 0)]),
    ),
  ].join("\n");
}

export function formatWrites(w: WriteFigures): string {
  return [
    "writes: POST /v1/pledge-events (a 'registered' event on a new pledge), one after the other; bare = node:http answering the same bytes to the same POST",
    table(
      ["n", "p50 ms", "p99 ms", "max ms", "bare p99 ms", "p99 ÷ bare", "5xx", "other non-2xx"],
      [[String(w.n), ms(w.p50Ms), ms(w.p99Ms), ms(w.maxMs), fixed(w.bareP99Ms, 2), fixed(w.ratio, 1), String(w.status5xx), String(w.otherNon2xx)]],
    ),
  ].join("\n");
}

/** Each figure by scale, with its ratio to the same figure at the smallest scale of the run. */
export function formatGrowth(runs: readonly ScaleRun[]): string {
  if (runs.length === 0) return "";
  const first = runs[0]!;
  const lines: string[] = [`\n== growth on ${first.engine}: each figure by scale, and ÷ ${first.scale}× (the smallest scale of this run)`];
  const memRows = runs.map((r) => [`${r.scale}×`, fixed(r.rssStartMiB, 0), r.rssAfterReadsMiB !== undefined ? fixed(r.rssAfterReadsMiB, 0) : "–", fixed(r.peakRssMiB, 0), fixed(r.peakRssMiB / first.peakRssMiB, 2)]);
  lines.push("server memory", table(["scale", "RSS start MiB", "RSS after reads MiB", "peak RSS MiB", `peak ÷ ${first.scale}×`], memRows));
  if (first.probes.length > 0) {
    const rows: string[][] = [];
    for (const [i, p] of first.probes.entries()) {
      for (const r of runs) {
        const q = r.probes[i];
        if (!q) continue;
        rows.push([r === first ? p.name : "", `${r.scale}×`, ms(q.firstMs), ms(q.p99Ms), fixed(q.bareP99Ms, 2), fixed(q.ratio, 1), fixed(q.p99Ms / p.p99Ms, 2)]);
      }
    }
    lines.push("reads", table(["endpoint", "scale", "first ms", "p99 ms", "bare p99 ms", "p99 ÷ bare", `p99 ÷ ${first.scale}×`], rows));
  }
  if (first.exports.length > 0) {
    const rows = runs.flatMap((r) => r.exports.map((e, i) => [e.format, `${r.scale}×`, String(e.rows), fixed(e.rowsPerSecond, 0), fixed(e.bareRowsPerSecond, 0), fixed(e.ratio, 3), fixed(e.peakRssMiB, 0), fixed(e.peakRssMiB / first.exports[i]!.peakRssMiB, 2)]));
    lines.push("exports", table(["format", "scale", "rows", "rows/s", "bare rows/s", "÷ bare", "peak RSS MiB", `peak ÷ ${first.scale}×`], rows));
  }
  if (first.writes) {
    const rows = runs.filter((r) => r.writes).map((r) => [`${r.scale}×`, ms(r.writes!.p99Ms), fixed(r.writes!.bareP99Ms, 2), fixed(r.writes!.ratio, 1), fixed(r.writes!.p99Ms / first.writes!.p99Ms, 2), String(r.writes!.status5xx)]);
    lines.push("writes (append a pledge event)", table(["scale", "p99 ms", "bare p99 ms", "p99 ÷ bare", `p99 ÷ ${first.scale}×`, "5xx"], rows));
  }
  return lines.join("\n");
}

export function parseScales(text: string): number[] {
  const scales = text.split(",").map((x) => Number(x.trim()));
  if (scales.length === 0 || scales.some((x) => !Number.isFinite(x) || x <= 0)) throw new Error(`scales are numbers above 0, comma-separated (got "${text}")`);
  return scales;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: {
      engine: { type: "string" },
      scales: { type: "string" },
      load: { type: "string" },
      requests: { type: "string" },
      "probe-seconds": { type: "string" },
      writes: { type: "string" },
      only: { type: "string" },
      cache: { type: "boolean" },
      match: { type: "string" },
      minutes: { type: "string" },
    },
  });
  const engineText = values.engine ?? process.env.BENCH_ENGINE ?? "postgres";
  if (engineText !== "postgres" && engineText !== "pglite") throw new Error(`--engine is postgres or pglite (got ${engineText})`);
  const engine: Engine = engineText;
  const scales = parseScales(values.scales ?? process.env.BENCH_SCALES ?? (engine === "postgres" ? "1,10,100" : "1,10"));
  const loadText = values.load ?? process.env.BENCH_LOAD ?? "import";
  if (loadText !== "copy" && loadText !== "import") throw new Error(`--load is copy or import (got ${loadText})`);
  const load: LoadMethod = loadText;
  const only = values.only ? (values.only.split(",") as Section[]) : undefined;
  if (only?.some((x) => !SECTIONS.includes(x))) throw new Error(`--only takes ${SECTIONS.join(", ")}`);
  deadline(Number(values.minutes ?? 90));
  console.log(`$ ${commandLine()}`);
  console.log(`scale benchmark — ${engine}, scales ${scales.join(", ")}, Node ${process.version}, ${new Date().toISOString()}; one unit of scale = ${PER_SCALE.pledges} pledges, ${PER_SCALE.pledgeEvents} pledge events, ${PER_SCALE.contributions} contributions; response cache ${values.cache ? "on" : "off"}`);
  const runs = await runScaleBench({
    engine,
    scales,
    load,
    ...(values.requests ? { requests: Number(values.requests) } : {}),
    ...(values["probe-seconds"] ? { probeSeconds: Number(values["probe-seconds"]) } : {}),
    ...(values.writes ? { writes: Number(values.writes) } : {}),
    ...(only ? { only } : {}),
    ...(values.match ? { match: new RegExp(values.match) } : {}),
    cache: values.cache === true,
    print: (text) => console.log(text),
  });
  console.log(formatGrowth(runs));
  process.exit(0);
}
