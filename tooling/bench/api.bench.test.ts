// Keeps the API benchmark working (it is not a timed test: no figure is asserted).
import { describe, expect, it } from "vitest";
import { formatApiBench, runApiBench } from "./api.bench.js";

describe("the API benchmark", () => {
  it("measures a list page and a record, uncached, and a bare node:http server in the same run and prints both with their ratio", async () => {
    const results = await runApiBench({ engine: "pglite", scale: 0, durationSec: 1, connections: 2, rounds: 2, cache: false, paths: ["/v1/missions?limit=50", "/v1/missions/minusca"] });
    expect(results.map((r) => [r.engine, r.path, r.cache])).toEqual([
      ["pglite", "/v1/missions?limit=50", false],
      ["pglite", "/v1/missions/minusca", false],
    ]);
    for (const r of results) {
      expect(r.bare.requestsPerSecond).toBeGreaterThan(0);
      expect(r.bluehelm.requestsPerSecond).toBeGreaterThan(0);
      expect(r.bluehelm.non2xx + r.bluehelm.errors).toBe(0);
      expect(r.throughputRatio).toBeCloseTo(r.bluehelm.requestsPerSecond / r.bare.requestsPerSecond, 9);
      expect(r.storeAlone.requestsPerSecond).toBeGreaterThan(0);
      expect(r.storeAlone.non2xx + r.storeAlone.errors).toBe(0);
      expect(r.storeRatio).toBeCloseTo(r.storeAlone.requestsPerSecond / r.bare.requestsPerSecond, 9);
    }
    const text = formatApiBench(results, 1, 2);
    expect(text).toContain("2 alternating rounds of 1 s each");
    expect(text).toContain("response cache off");
    expect(text).toMatch(/pglite\s+0×\s+\/v1\/missions\/minusca\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+0/);
  });

  it("refuses a path whose store read the store-alone server cannot make, before loading anything", async () => {
    await expect(runApiBench({ engine: "pglite", scale: 0, durationSec: 1, rounds: 1, paths: ["/v1/missions?limit=50&region=africa"] })).rejects.toThrow(
      /bare-store reads a record \(\/v1\/<kind>\/<id>\) or a list page \(\/v1\/<kind>\?limit=N\), not \/v1\/missions\?limit=50&region=africa/,
    );
  });

  it("refuses a number of rounds that is not a whole number ≥ 1", async () => {
    await expect(runApiBench({ rounds: 0 })).rejects.toThrow(/rounds must be a whole number ≥ 1, got 0/);
  });
});
