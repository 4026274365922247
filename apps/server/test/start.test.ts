// `npm start` (tooling/scripts/start.mjs): starts the built server on the
// embedded store, prints the URL, and stops cleanly on Ctrl-C (SIGINT).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");

describe("npm start", () => {
  it("prints the URL of a working API and stops cleanly on Ctrl-C", async () => {
    if (!existsSync(join(root, "apps", "server", "dist", "node.js"))) {
      execFileSync("npx", ["--yes", "pnpm@10.34.8", "exec", "turbo", "run", "build", "--filter", "@bluehelm/server...", "--output-logs=errors-only"], { cwd: root, stdio: "pipe" });
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
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      let url: string | undefined;
      for (let i = 0; i < 600 && !url; i++) {
        url = /Bluehelm is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 100));
        if (child.exitCode !== null) break;
      }
      expect(url, out).toBeDefined();
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
