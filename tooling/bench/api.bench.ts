// API benchmark: requests per second and p99 latency of a list endpoint of
// the Bluehelm API (on the embedded store), next to a bare node:http server
// answering the same bytes, measured in the same run on loopback, with their
// ratio. Each server runs in its own process; autocannon drives the load.
// The two are measured in alternating rounds (bare, Bluehelm, Bluehelm, bare,
// …) and each figure is the median of its rounds, so a change in the load of
// the machine during the run weighs on both alike.
// The API keeps rendered GET responses until the next write; --no-cache
// measures every request through the store instead.
// Usage: pnpm --filter @bluehelm/bench bench:api [--duration 10] [--rounds 3] [--connections 10] [--path /v1/missions?limit=50] [--no-cache]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

export interface ServerFigures {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface ApiBenchResult {
  readonly path: string;
  readonly bytes: number;
  readonly cache: boolean;
  readonly rounds: number;
  readonly bare: ServerFigures;
  readonly bluehelm: ServerFigures;
  /** bluehelm req/s ÷ bare req/s. */
  readonly throughputRatio: number;
  /** bluehelm p99 ÷ bare p99. */
  readonly p99Ratio: number;
}

const here = import.meta.dirname;
const root = join(here, "..", "..");

function startServer(args: string[], cache = true): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@bluehelm/source", join(here, "api-server.ts"), ...args], {
    cwd: root,
    env: { ...process.env, BLUEHELM_BENCH_CACHE: cache ? "on" : "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("a benchmark server did not start in time")), 120_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`a benchmark server exited (${code}) before listening`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
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

export async function runApiBench(options: { durationSec?: number; connections?: number; path?: string; cache?: boolean; rounds?: number } = {}): Promise<ApiBenchResult> {
  const rounds = options.rounds ?? 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a whole number ≥ 1, got ${rounds}`);
  const durationSec = options.durationSec ?? 10;
  const connections = options.connections ?? 10;
  const path = options.path ?? "/v1/missions?limit=50";
  const dir = mkdtempSync(join(tmpdir(), "bluehelm-bench-api-"));
  const children: ChildProcess[] = [];
  try {
    const api = await startServer(["bluehelm", join(dir, "db")], options.cache ?? true);
    children.push(api.child);
    const sample = await fetch(api.url + path);
    if (sample.status !== 200) throw new Error(`${path} answered ${sample.status}`);
    const bytes = new Uint8Array(await sample.arrayBuffer());
    const bodyFile = join(dir, "body");
    writeFileSync(bodyFile, bytes);
    const bare = await startServer(["bare", bodyFile, sample.headers.get("content-type") ?? "application/json"]);
    children.push(bare.child);
    // Both servers are idle but for the one being measured; rounds alternate
    // which goes first (ABBA…), so neither always runs on a warmer machine.
    await warmUp(bare.url + path, durationSec, connections);
    await warmUp(api.url + path, durationSec, connections);
    const bareRounds: ServerFigures[] = [];
    const apiRounds: ServerFigures[] = [];
    for (let round = 0; round < rounds; round++) {
      const measureBare = () => load("bare node:http", bare.url + path, durationSec, connections).then((f) => bareRounds.push(f));
      const measureApi = () => load("bluehelm", api.url + path, durationSec, connections).then((f) => apiRounds.push(f));
      if (round % 2 === 0) {
        await measureBare();
        await measureApi();
      } else {
        await measureApi();
        await measureBare();
      }
    }
    const bareFigures = medianFigures("bare node:http", bareRounds);
    const apiFigures = medianFigures("bluehelm", apiRounds);
    return {
      path,
      bytes: bytes.length,
      cache: options.cache ?? true,
      rounds,
      bare: bareFigures,
      bluehelm: apiFigures,
      throughputRatio: apiFigures.requestsPerSecond / bareFigures.requestsPerSecond,
      p99Ratio: apiFigures.p99Ms / Math.max(bareFigures.p99Ms, 0.001),
    };
  } finally {
    for (const child of children) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatApiBench(r: ApiBenchResult, durationSec: number, connections: number): string {
  const row = (f: ServerFigures) =>
    `  ${f.name.padEnd(16)} ${f.requestsPerSecond.toFixed(0).padStart(8)} req/s   p99 ${f.p99Ms.toFixed(2).padStart(7)} ms${f.errors + f.non2xx > 0 ? `   (${f.errors} errors, ${f.non2xx} non-2xx)` : ""}`;
  return [
    `API benchmark: GET ${r.path} (${r.bytes} bytes), ${connections} connections, ${r.rounds} alternating rounds of ${durationSec} s each (medians), loopback, response cache ${r.cache ? "on" : "off"}`,
    row(r.bare),
    row(r.bluehelm),
    `  ratio bluehelm ÷ bare: throughput ${r.throughputRatio.toFixed(2)}, p99 latency ${r.p99Ratio.toFixed(2)}`,
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
    options: { duration: { type: "string" }, connections: { type: "string" }, rounds: { type: "string" }, path: { type: "string" }, "no-cache": { type: "boolean" } },
  });
  const durationSec = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 10);
  const rounds = Number(values.rounds ?? 3);
  const result = await runApiBench({ durationSec, connections, rounds, cache: values["no-cache"] !== true, ...(values.path ? { path: values.path } : {}) });
  console.log(formatApiBench(result, durationSec, connections));
}
