// Keeps the validation benchmark working at a tiny size (no duration is asserted).
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { formatValidateBench, runValidateBench, worstCaseBody } from "./validate.bench.js";

describe("the validation benchmark", () => {
  it("fills the body up to the limit and no further, with the records the synthetic ones refer to", () => {
    const { body, records } = worstCaseBody(loadDataset(), 300_000);
    const size = Buffer.byteLength(body);
    expect(size).toBeLessThanOrEqual(300_000);
    expect(size).toBeGreaterThan(299_000);
    const parsed = JSON.parse(body) as Record<string, unknown[]>;
    expect(Object.keys(parsed)).toEqual(["actors", "sources", "missions", "pledges", "pledgeEvents", "contributions"]);
    expect(Object.values(parsed).reduce((n, l) => n + l.length, 0)).toBe(records);
    expect(parsed.pledges!.length).toBeGreaterThan(0);
  });

  it("measures /healthz idle and under parallel validations, and counts the validations' answers", async () => {
    const b = await runValidateBench({ durationSec: 1, clients: 3, bodyBytes: 200_000 });
    expect(b.idle.n).toBeGreaterThanOrEqual(20);
    expect(b.loaded.n).toBeGreaterThanOrEqual(20);
    expect(b.ratio).toBeCloseTo(b.loaded.p99Ms / b.idle.p99Ms, 9);
    expect(b.validations.statuses["200"]).toBeGreaterThan(0);
    expect(formatValidateBench(b)).toMatch(/under validations\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
  });
});
