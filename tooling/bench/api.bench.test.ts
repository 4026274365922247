// Keeps the API benchmark working (it is not a timed test: no figure is asserted).
import { describe, expect, it } from "vitest";
import { formatApiBench, runApiBench } from "./api.bench.js";

describe("the API benchmark", () => {
  it("measures a list endpoint and a bare node:http server in the same run and prints both with their ratio", async () => {
    const result = await runApiBench({ durationSec: 1, connections: 2, rounds: 2 });
    const text = formatApiBench(result, 1, 2);
    expect(result.bare.requestsPerSecond).toBeGreaterThan(0);
    expect(result.bluehelm.requestsPerSecond).toBeGreaterThan(0);
    expect(result.bluehelm.non2xx + result.bluehelm.errors).toBe(0);
    expect(result.throughputRatio).toBeCloseTo(result.bluehelm.requestsPerSecond / result.bare.requestsPerSecond, 9);
    expect(text).toMatch(/bare node:http\s+\d+ req\/s\s+p99\s+[\d.]+ ms/);
    expect(text).toMatch(/bluehelm\s+\d+ req\/s\s+p99\s+[\d.]+ ms/);
    expect(text).toContain("2 alternating rounds");
    expect(text).toMatch(/ratio bluehelm ÷ bare: throughput [\d.]+, p99 latency [\d.]+/);
  });

  it("refuses a number of rounds that is not a whole number ≥ 1", async () => {
    await expect(runApiBench({ rounds: 0 })).rejects.toThrow(/rounds must be a whole number ≥ 1, got 0/);
  });
});
