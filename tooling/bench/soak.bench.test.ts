// Keeps the soak benchmark working at a tiny size (no figure is asserted).
import { describe, expect, it } from "vitest";
import { formatSoak, runSoakBench } from "./soak.bench.js";

describe("the soak benchmark", () => {
  it("runs the mixed load on both stores and gives the throughput ratio", async () => {
    const b = await runSoakBench(["postgres", "pglite"], { durationSec: 3, connections: 2, scale: 0.01 });
    expect(b.results.map((r) => r.engine)).toEqual(["postgres", "pglite"]);
    for (const r of b.results) {
      expect(r.requests).toBeGreaterThan(0);
      expect(r.writes).toBeGreaterThan(0);
      expect(r.status5xx + r.other + r.errors).toBe(0);
      expect(r.rssStartMiB).toBeGreaterThan(0);
      expect(r.rssByQuarterMiB.length).toBeGreaterThanOrEqual(2);
      expect(r.rssByQuarterMiB.length).toBeLessThanOrEqual(4);
      for (const m of r.rssByQuarterMiB) expect(m).toBeGreaterThan(0);
    }
    expect(b.pgliteOverPostgres).toBeCloseTo(b.results[1]!.requestsPerSecond / b.results[0]!.requestsPerSecond, 9);
    expect(formatSoak(b)).toMatch(/20 % writes[^\n]*\nstore\s+requests\s+req\/s\s+writes/);
    expect(formatSoak(b)).toMatch(/RSS MiB at 25 %, 50 %, 75 % and 100 % of the run [^\n]*postgres \d+( → \d+)+; pglite \d+( → \d+)+/);
  });
});
