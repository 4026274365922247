// The real server (from sources) on a copy of the seeded embedded store,
// serving the built web client, and Debian's chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createApp, listen } from "@bluehelm/server";
import { openStore, type Store } from "@bluehelm/store";
import { pgliteEngine } from "@bluehelm/test-utils";
import { afterAll, beforeAll, expect } from "vitest";

export const WEB_DIST = join(import.meta.dirname, "..", "dist");
export const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Fails, saying what to do, when the web client is not built. */
export function requireBuild(): void {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error(`The web client is not built (${WEB_DIST}/index.html is missing): run \`npx pnpm@10.34.8 --filter @bluehelm/web build\` first (npm test builds it).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`);
}

export interface WebServer {
  readonly url: string;
  readonly store: Store;
  readonly editorToken: string;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  requireBuild();
  const engine = pgliteEngine();
  const store = await openStore(await engine.setup());
  const app = createApp({ store, logger: false, rateLimit: false, web: { dir: WEB_DIST } });
  const running = await listen(app.fetch);
  const { token } = await store.createToken({ name: "web e2e editor", role: "editor" });
  return {
    url: running.url,
    store,
    editorToken: token,
    async close() {
      await running.close(2000);
      await store.close();
      await engine.cleanup();
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile in a temporary directory. */
export async function launchBrowser(): Promise<Browser> {
  requireBuild();
  const profile = mkdtempSync(join(tmpdir(), "bluehelm-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  // Generous: the whole test suite may run beside this one on a small machine.
  context.setDefaultTimeout(60_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects what a page reports as errors: console errors, uncaught exceptions, failed requests. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // Downloads of blob URLs end as "aborted" requests by design.
    if (!r.url().startsWith("blob:")) errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/** Waits until the page shows its heading and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => document.querySelectorAll("main .loading").length === 0 && document.querySelector("main h1") !== null, undefined, { timeout: 60_000 });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Opens a path of the server in a new page of the browser, watching its errors, once the page has settled. */
export async function openPage(browser: Browser, server: WebServer, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + path);
  await settled(page);
  return { page, errors };
}

/** A suite's server and browser, started before its tests and closed after them. */
export interface WebSession {
  readonly server: WebServer;
  readonly browser: Browser;
  /** Opens a path of the server in a new page, as {@link openPage} does. */
  readonly open: (path: string) => Promise<{ page: Page; errors: string[] }>;
  /** The server's JSON answer to a GET of the path, after checking it is a 200. */
  readonly json: <T>(path: string) => Promise<T>;
}

/** Starts the server and the browser before the suite's tests (`beforeAll`) and closes them after (`afterAll`). */
export function webSession(): WebSession {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} of the web session is used before the suite started it (beforeAll).`);
    return value;
  };
  const session: WebSession = {
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
    open: (path) => openPage(session.browser, session.server, path),
    json: async <T>(path: string): Promise<T> => {
      const response = await fetch(`${session.server.url}${path}`);
      expect(response.status, path).toBe(200);
      return (await response.json()) as T;
    },
  };
  return session;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { readonly target: unknown; readonly failureSummary?: string }[];
}

/** Runs axe-core in the page (evaluated, so the page's CSP does not apply to it). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await a.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
