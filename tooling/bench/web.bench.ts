// Web benchmark: the time to first render of the overview in chromium on
// loopback, next to a static HTML page of the same size (the bytes of the
// overview's index.html, CSS and initial JavaScript) served by the same server
// in the same run, with their ratio. Every load is in a fresh browser context
// (cold cache); runs alternate between the two pages and the medians are kept.
//   overview, first paint:       the first-contentful-paint entry
//   overview, figures rendered:  the `bluehelm:overview-rendered` mark (every headline figure on screen)
//   baseline:                    the static page's first-contentful-paint entry
// Usage: pnpm --filter @bluehelm/bench bench:web [--runs 10]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { createApp, listen } from "@bluehelm/server";
import { openStore } from "@bluehelm/store";
import { median, ms } from "./measure.js";

const root = join(import.meta.dirname, "..", "..");
const WEB_DIST = join(root, "apps", "web", "dist");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface WebBenchResult {
  readonly runs: number;
  /** Bytes of the static baseline page (= index.html + CSS + initial JS of the overview). */
  readonly bytes: number;
  readonly baselineFirstPaintMs: number;
  readonly overviewFirstPaintMs: number;
  readonly overviewRenderedMs: number;
  /** overview first paint ÷ baseline first paint. */
  readonly firstPaintRatio: number;
  /** overview figures rendered ÷ baseline first paint. */
  readonly renderedRatio: number;
}

/** The files the overview needs before it can render: index.html and what it links (scripts, styles). */
function initialBytes(dist: string): number {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return statSync(join(dist, "index.html")).size + linked.reduce((n, p) => n + statSync(join(dist, p)).size, 0);
}

function baselinePage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><h1>Bluehelm</h1><p>A static page of the same size as the overview's first load.</p><!--`;
  const tail = `--></body></html>`;
  return head + "x".repeat(Math.max(0, bytes - head.length - tail.length)) + tail;
}

async function firstPaint(browser: Browser, url: string, waitFor?: string): Promise<{ paint: number; rendered: number | undefined }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 60_000 });
    return await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
      rendered: performance.getEntriesByName("bluehelm:overview-rendered")[0]?.startTime,
    }));
  } finally {
    await context.close();
  }
}

export async function runWebBench(options: { runs?: number } = {}): Promise<WebBenchResult> {
  const runs = options.runs ?? 10;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number ≥ 1, got ${runs}`);
  if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`The web client is not built (${WEB_DIST}/index.html is missing): run \`npx pnpm@10.34.8 --filter @bluehelm/web build\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium.`);
  const dir = mkdtempSync(join(tmpdir(), "bluehelm-bench-web-"));
  let close: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  try {
    // The build plus the baseline page, served by the same server.
    const web = join(dir, "web");
    cpSync(WEB_DIST, web, { recursive: true });
    const bytes = initialBytes(WEB_DIST);
    writeFileSync(join(web, "baseline.html"), baselinePage(bytes));
    const store = await openStore({ dataDir: join(dir, "db") });
    const running = await listen(createApp({ store, logger: false, rateLimit: false, web: { dir: web } }).fetch);
    close = async () => {
      await running.close(2000);
      await store.close();
    };
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    // One unmeasured load of each warms the server's caches and the browser.
    await firstPaint(browser, `${running.url}/baseline.html`);
    await firstPaint(browser, `${running.url}/`, '[data-ready="overview"]');
    const base: number[] = [];
    const paint: number[] = [];
    const rendered: number[] = [];
    for (let i = 0; i < runs; i++) {
      const measureBase = async () => base.push((await firstPaint(browser!, `${running.url}/baseline.html`)).paint);
      const measureApp = async () => {
        const r = await firstPaint(browser!, `${running.url}/`, '[data-ready="overview"]');
        if (r.rendered === undefined) throw new Error("the overview did not mark bluehelm:overview-rendered");
        paint.push(r.paint);
        rendered.push(r.rendered);
      };
      if (i % 2 === 0) {
        await measureBase();
        await measureApp();
      } else {
        await measureApp();
        await measureBase();
      }
    }
    const b = median(base);
    const p = median(paint);
    const r = median(rendered);
    return { runs, bytes, baselineFirstPaintMs: b, overviewFirstPaintMs: p, overviewRenderedMs: r, firstPaintRatio: p / b, renderedRatio: r / b };
  } finally {
    await browser?.close();
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatWebBench(r: WebBenchResult): string {
  const base = `baseline static page (${r.bytes} bytes)`;
  const row = (name: string, what: string, value: number) => `  ${name.padEnd(base.length)}   ${what.padEnd(16)} ${ms(value).padStart(8)} ms`;
  return [
    `Web benchmark: time to first render in chromium (headless) on loopback, ${r.runs} alternating cold loads each (medians)`,
    row(base, "first paint", r.baselineFirstPaintMs),
    row("overview", "first paint", r.overviewFirstPaintMs),
    row("overview", "figures rendered", r.overviewRenderedMs),
    `  ratio overview ÷ baseline: first paint ${r.firstPaintRatio.toFixed(2)}, figures rendered ${r.renderedRatio.toFixed(2)}`,
  ].join("\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")), options: { runs: { type: "string" } } });
  const result = await runWebBench({ runs: Number(values.runs ?? 10) });
  console.log(formatWebBench(result));
}
