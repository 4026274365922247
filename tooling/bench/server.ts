// Servers of the benchmarks as child processes (api-server.ts), their memory
// read from /proc, and latency sampling helpers shared by the benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const here = import.meta.dirname;
export const ROOT = join(here, "..", "..");

export interface RunningChild {
  readonly child: ChildProcess;
  readonly url: string;
  /** The editor token the server made, when asked for one. */
  readonly token?: string;
}

/** Starts api-server.ts with these arguments; resolves when it listens. */
export function startServer(args: readonly string[], options: { cache?: boolean; token?: boolean; validateLimits?: boolean; timeoutMs?: number } = {}): Promise<RunningChild> {
  // BLUEHELM_BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BLUEHELM_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BLUEHELM_BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "--conditions=@bluehelm/source", join(here, "api-server.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, BLUEHELM_BENCH_CACHE: options.cache === false ? "off" : "on", BLUEHELM_BENCH_TOKEN: options.token ? "editor" : "", BLUEHELM_BENCH_VALIDATE_LIMITS: options.validateLimits === false ? "off" : "on" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("a benchmark server did not start in time"));
    }, options.timeoutMs ?? 600_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`a benchmark server exited (${code}) before listening`));
    };
    child.once("exit", onExit);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.off("exit", onExit);
        const token = /^token (\S+)$/m.exec(out)?.[1];
        resolve({ child, url: m[1]!, ...(token ? { token } : {}) });
      }
    });
  });
}

/** Stops a child: SIGTERM, then SIGKILL after five seconds. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** A process's resident memory now and its peak so far, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMiB: kib("VmRSS") / 1024, peakMiB: kib("VmHWM") / 1024 };
}

/** Samples a process's RSS every `everyMs` until `stop()`; returns the largest seen. */
export function watchRss(pid: number, everyMs = 50): { stop: () => number } {
  let max = memoryOf(pid).rssMiB;
  const timer = setInterval(() => {
    try {
      max = Math.max(max, memoryOf(pid).rssMiB);
    } catch {
      // the process has exited
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      try {
        max = Math.max(max, memoryOf(pid).rssMiB);
      } catch {
        // the process has exited
      }
      return max;
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One timed HTTP request: milliseconds, status and body length. The body is read to the end. */
export async function timedFetch(url: string, init?: RequestInit): Promise<{ ms: number; status: number; bytes: number; body: Uint8Array }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body = new Uint8Array(await res.arrayBuffer());
  return { ms: performance.now() - t0, status: res.status, bytes: body.length, body };
}

/** `n` requests one after the other (a warm, unloaded server): each one's milliseconds and the statuses seen. */
export async function sequential(url: string, n: number, init?: RequestInit): Promise<{ ms: number[]; statuses: Map<number, number> }> {
  const ms: number[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = await timedFetch(url, init);
    ms.push(r.ms);
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  }
  return { ms, statuses };
}

/**
 * The exact command line of this run, for the top of a benchmark's output: the
 * package script with its arguments when run through one, and the process itself.
 */
export function commandLine(): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  const args = process.argv.slice(2).map(quote).join(" ");
  const script = process.argv[1] ? process.argv[1].replace(ROOT + "/", "") : "";
  const direct = `node --import tsx --conditions=@bluehelm/source ${script}${args ? ` ${args}` : ""}`;
  const event = process.env.npm_lifecycle_event;
  return event?.startsWith("bench") ? `pnpm --filter @bluehelm/bench ${event}${args ? ` ${args}` : ""}   (${direct})` : direct;
}

/** A plain text table: columns padded, numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export const fixed = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : "–");
