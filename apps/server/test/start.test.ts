// `npm start` (tooling/scripts/start.mjs): starts the built server on the
// embedded store with the built web client, prints the URLs, and stops
// cleanly on Ctrl-C (SIGINT).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");

describe("npm start", () => {
  it("prints the URLs of a working API and web client and stops cleanly on Ctrl-C", async () => {
    if (!existsSync(join(root, "apps", "server", "dist", "node.js"))) {
      execFileSync("npx", ["--yes", "pnpm@10.34.8", "exec", "turbo", "run", "build", "--filter", "@bluehelm/server...", "--output-logs=errors-only"], { cwd: root, stdio: "pipe" });
    }
    if (!existsSync(join(root, "apps", "web", "dist", "index.html"))) {
      execFileSync("npx", ["--yes", "pnpm@10.34.8", "--filter", "@bluehelm/web", "build"], { cwd: root, stdio: "pipe" });
    }
    const dir = mkdtempSync(join(tmpdir(), "bluehelm-start-"));
    try {
      const child = spawn(process.execPath, [join(root, "tooling", "scripts", "start.mjs"), "--no-install", "--no-build", "--port", "0", "--db", join(dir, "db")], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
      let url: string | undefined;
      for (let i = 0; i < 600 && !url; i++) {
        url = /Bluehelm is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 100));
        if (child.exitCode !== null) break;
      }
      expect(url, out).toBeDefined();
      expect(out).toContain(`Web client: ${url}/`);
      const page = await fetch(`${url}/pledges?lang=fr`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await page.text()).toContain('<div id="app"></div>');
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const pledges = (await (await fetch(`${url}/v1/pledges?asOf=9999-12-31`)).json()) as { total: number };
      expect(pledges.total).toBeGreaterThan(0);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(out).toContain("Bluehelm stopped.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
