import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@bluehelm/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHostApp } from "../src/hono-host.js";
import { createHostServer } from "../src/node-host.js";

const dataDir = mkdtempSync(join(tmpdir(), "bluehelm-embed-"));
let store: Store;
beforeAll(async () => {
  store = await openStore({ dataDir: join(dataDir, "db") });
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface MissionPage {
  items: { id: string; acronym: string }[];
  total: number;
  nextCursor?: string;
}

describe("the API inside an existing Hono app", () => {
  it("keeps the host's routes and serves the API under /peacekeeping, links included", async () => {
    const app = createHostApp(store);
    expect(await (await app.request("/about")).text()).toContain("Peacekeeping desk");
    const res = await app.request("/peacekeeping/v1/missions?limit=2&sort=acronym");
    expect(res.status).toBe(200);
    const page = (await res.json()) as MissionPage;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(60);
    expect(res.headers.get("link")).toMatch(/^<\/peacekeeping\/v1\/missions\?.*cursor=[^>]+>; rel="next"$/);
    const next = await app.request(/^<([^>]+)>/.exec(res.headers.get("link")!)![1]!);
    expect(((await next.json()) as MissionPage).items[0]!.acronym >= page.items[1]!.acronym).toBe(true);
  });

  it("answers problems and the OpenAPI document under the prefix", async () => {
    const app = createHostApp(store);
    const missing = await app.request("/peacekeeping/v1/missions/no-such-mission");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(((await missing.json()) as { instance: string }).instance).toBe("/peacekeeping/v1/missions/no-such-mission");
    expect(((await (await app.request("/peacekeeping/openapi.json")).json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
  });
});

describe("the API inside an existing Node HTTP server", () => {
  it("serves its own /status and hands /peacekeeping/ to the API", async () => {
    const server = createHostServer(store).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/status`)).json()).toEqual({ ok: true });
      const monusco = await fetch(`${base}/peacekeeping/v1/missions/monusco`);
      expect(monusco.status).toBe(200);
      expect(monusco.headers.get("etag")).toBeTruthy();
      expect(((await monusco.json()) as { acronym: string }).acronym).toBe("MONUSCO");
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("the runnable script", () => {
  it("starts the Hono host on the built packages, prints its URL and serves the API", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts", "hono", "--port", "0", "--db", join(dataDir, "script-db")], {
      cwd: join(import.meta.dirname, ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        // The URL may come split over two chunks: match on everything read so far, up to a line's end.
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const line = /(http:\/\/\S+)\r?\n/.exec(out);
          if (line) resolve(line[1]!);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}`)));
      });
      const page = (await (await fetch(`${url}?limit=1`)).json()) as MissionPage;
      expect(page.items).toHaveLength(1);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("close", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
  });
});
