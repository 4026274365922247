import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createClient } from "@bluehelm/client";
import { contributions } from "@bluehelm/data/contributions";
import { missions } from "@bluehelm/data/missions";
import { createApp, listen, type RunningServer } from "@bluehelm/server";
import { openStore, type Store } from "@bluehelm/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allMissionsByHand, yearlyContributions } from "../src/paging.js";

// A real API on the embedded store, seeded with the reference dataset.
const dataDir = mkdtempSync(join(tmpdir(), "bluehelm-client-paging-"));
let store: Store;
let server: RunningServer;
beforeAll(async () => {
  store = await openStore({ dataDir });
  server = await listen(createApp({ store, logger: false, rateLimit: false }).fetch, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("paging through the API with @bluehelm/client", () => {
  it("follows nextCursor by hand until the last page, seeing every mission once, in order", async () => {
    const { pages, acronyms } = await allMissionsByHand(createClient({ baseUrl: server.url }), 20);
    expect(pages).toBe(Math.ceil(missions.length / 20));
    expect(acronyms).toHaveLength(missions.length);
    expect(new Set(acronyms).size).toBe(missions.length);
    expect(acronyms).toEqual([...acronyms].sort());
  });

  it("sums a contributor's yearly means over every page exactly as the dataset does", async () => {
    const years = await yearlyContributions(createClient({ baseUrl: server.url }), "rwa");
    const expected = new Map<number, number>();
    for (const c of contributions) {
      if (c.contributorId !== "rwa" || c.measure !== "annual-mean") continue;
      const year = Number(c.periodStart.slice(0, 4));
      expected.set(year, (expected.get(year) ?? 0) + c.total);
    }
    expect(years.map((y) => [y.year, Math.round(y.total)])).toEqual([...expected].sort((a, b) => a[0] - b[0]).map(([y, t]) => [y, Math.round(t)]));
    expect(years.length).toBeGreaterThan(5);
  });

  it("runs as a script against the API", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/index.ts", "--api", server.url, "--contributor", "bgd"], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
    });
    expect(stdout).toMatch(new RegExp(`^${missions.length} missions in \\d+ pages: `));
    expect(stdout).toMatch(/^20\d\d +\d+ uniformed personnel, +\d+ women$/m);
  });
});
