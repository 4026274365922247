// Validation benchmark: while 20 clients each post the largest body
// `POST /v1/validate` takes (a dataset of synthetic pledges, pledge events
// and contributions with the reference actors, sources and missions they
// refer to, filled up to the body limit), again and again for the duration,
// a client asks `GET /healthz` one request after the other; its p99 is
// printed next to the p99 of the same client on the idle server, measured
// in the same run, with their ratio. The validations' answers are counted by
// status (the server's limits answer 429 past its rate and 503 past its queue).
// The server runs with its default validation limits (or none: --no-limits).
// Usage: pnpm --filter @bluehelm/bench bench:validate [--duration 10] [--clients 20] [--body-bytes 1048576] [--no-limits]
import { Agent, get } from "node:http";
import { parseArgs } from "node:util";
import type { ReadonlyDataset } from "@bluehelm/core";
import { deadline, scratchStore } from "./scale-data.js";
import { commandLine, fixed, percentile, startServer, stop, table, timedFetch, type RunningChild } from "./server.js";
import { syntheticContributions, syntheticPledgeEvents, syntheticPledges } from "./synthetic.js";

export interface ValidateBench {
  readonly bodyBytes: number;
  readonly records: number;
  readonly clients: number;
  readonly durationSec: number;
  readonly limits: boolean;
  readonly idle: { readonly n: number; readonly p50Ms: number; readonly p99Ms: number };
  readonly loaded: { readonly n: number; readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number };
  /** loaded p99 ÷ idle p99. */
  readonly ratio: number;
  readonly validations: { readonly statuses: Readonly<Record<string, number>>; readonly p50Ms: number; readonly p99Ms: number };
}

/**
 * The largest body under `limit` bytes: the reference actors, sources and
 * missions, then synthetic pledges with their events and contributions added
 * in turn until the next would not fit.
 */
export function worstCaseBody(base: ReadonlyDataset, limit: number): { body: string; records: number } {
  const head = { actors: base.actors, sources: base.sources, missions: base.missions };
  const fixedPart = JSON.stringify(head).slice(0, -1); // without the closing brace
  const lists: Record<"pledges" | "pledgeEvents" | "contributions", string[]> = { pledges: [], pledgeEvents: [], contributions: [] };
  let size = Buffer.byteLength(fixedPart) + ',"pledges":[],"pledgeEvents":[],"contributions":[]}'.length;
  const pledges = syntheticPledges(base, 100);
  const events = syntheticPledgeEvents(base, 100);
  const contributions = syntheticContributions(base, 100);
  const add = (list: keyof typeof lists, record: unknown): boolean => {
    const text = JSON.stringify(record);
    const extra = Buffer.byteLength(text) + (lists[list].length > 0 ? 1 : 0);
    if (size + extra > limit) return false;
    lists[list].push(text);
    size += extra;
    return true;
  };
  for (;;) {
    const p = pledges.next();
    if (p.done || !add("pledges", p.value)) break;
    let full = false;
    for (let i = 0; i < 5 && !full; i++) full = !add("pledgeEvents", events.next().value);
    for (let i = 0; i < 20 && !full; i++) full = !add("contributions", contributions.next().value);
    if (full) break;
  }
  const body = `${fixedPart},"pledges":[${lists.pledges.join(",")}],"pledgeEvents":[${lists.pledgeEvents.join(",")}],"contributions":[${lists.contributions.join(",")}]}`;
  const records = head.actors.length + head.sources.length + head.missions.length + lists.pledges.length + lists.pledgeEvents.length + lists.contributions.length;
  return { body, records };
}

/** GET /healthz one after the other, on connections of its own (not shared with the validations'). */
async function healthz(url: string, seconds: number, min = 20): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      get(`${url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`/healthz answered ${res.statusCode}`))));
      }).on("error", reject);
    });
  const ms: number[] = [];
  const until = performance.now() + seconds * 1000;
  try {
    while (ms.length < min || performance.now() < until) ms.push(await once());
  } finally {
    agent.destroy();
  }
  return ms;
}

export async function runValidateBench(options: { durationSec?: number; clients?: number; bodyBytes?: number; limits?: boolean } = {}): Promise<ValidateBench> {
  const durationSec = options.durationSec ?? 10;
  const clients = options.clients ?? 20;
  const bodyBytes = options.bodyBytes ?? 1024 * 1024;
  const limits = options.limits ?? true;
  const s = await scratchStore("postgres", 0);
  let api: RunningChild | undefined;
  try {
    api = await startServer(["bluehelm", s.where], { validateLimits: limits });
    const { body, records } = worstCaseBody(s.base, bodyBytes);
    const post = () => timedFetch(`${api!.url}/v1/validate`, { method: "POST", headers: { "content-type": "application/json" }, body });
    // One validation first, so the worker threads have started and the body is known to be taken.
    const first = await post();
    if (first.status !== 200) throw new Error(`POST /v1/validate of ${Buffer.byteLength(body)} bytes answered ${first.status}: ${new TextDecoder().decode(first.body).slice(0, 300)}`);
    const idle = await healthz(api.url, Math.min(5, durationSec));
    const statuses: Record<string, number> = {};
    const validationMs: number[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const r = await post().catch(() => ({ status: "connection error", ms: 0 }));
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 200) validationMs.push(r.ms);
        // A refused validation is retried after a short pause, as a client honouring Retry-After would, sooner.
        if (r.status === 429 || r.status === 503) await new Promise((res) => setTimeout(res, 200));
      }
    };
    const load = Array.from({ length: clients }, client);
    let loaded: number[];
    try {
      await new Promise((res) => setTimeout(res, 200));
      loaded = await healthz(api.url, durationSec);
    } finally {
      running = false;
      await Promise.all(load);
    }
    const idleP99 = percentile(idle, 99);
    const loadedP99 = percentile(loaded, 99);
    return {
      bodyBytes: Buffer.byteLength(body),
      records,
      clients,
      durationSec,
      limits,
      idle: { n: idle.length, p50Ms: percentile(idle, 50), p99Ms: idleP99 },
      loaded: { n: loaded.length, p50Ms: percentile(loaded, 50), p99Ms: loadedP99, maxMs: Math.max(...loaded) },
      ratio: loadedP99 / idleP99,
      validations: { statuses, p50Ms: percentile(validationMs, 50), p99Ms: percentile(validationMs, 99) },
    };
  } finally {
    if (api) await stop(api.child);
    await s.drop();
  }
}

export function formatValidateBench(b: ValidateBench): string {
  const statuses = Object.entries(b.validations.statuses)
    .map(([k, v]) => `${v} × ${k}`)
    .join(", ");
  return [
    `validation under load: ${b.clients} clients posting a ${b.bodyBytes}-byte dataset (${b.records} records) to POST /v1/validate for ${b.durationSec} s, server's validation limits ${b.limits ? "on (defaults)" : "off"}; GET /healthz one after the other meanwhile, and on the idle server before`,
    table(
      ["GET /healthz", "n", "p50 ms", "p99 ms", "max ms"],
      [
        ["idle", String(b.idle.n), fixed(b.idle.p50Ms, 2), fixed(b.idle.p99Ms, 2), ""],
        ["under validations", String(b.loaded.n), fixed(b.loaded.p50Ms, 2), fixed(b.loaded.p99Ms, 2), fixed(b.loaded.maxMs, 1)],
      ],
    ),
    `ratio p99 under validations ÷ idle: ${fixed(b.ratio, 2)}`,
    `validations answered: ${statuses}; 200s took p50 ${fixed(b.validations.p50Ms, 0)} ms, p99 ${fixed(b.validations.p99Ms, 0)} ms`,
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: { duration: { type: "string" }, clients: { type: "string" }, "body-bytes": { type: "string" }, "no-limits": { type: "boolean" }, minutes: { type: "string" } },
  });
  deadline(Number(values.minutes ?? 10));
  console.log(`$ ${commandLine()}`);
  const b = await runValidateBench({
    durationSec: Number(values.duration ?? process.env.BENCH_DURATION ?? 10),
    clients: Number(values.clients ?? 20),
    bodyBytes: Number(values["body-bytes"] ?? 1024 * 1024),
    limits: values["no-limits"] !== true,
  });
  console.log(formatValidateBench(b));
  process.exit(0);
}
