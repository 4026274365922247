// Keeps the benchmark working (it is not a timed test: no duration is asserted).
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { runAnalyticsBench } from "./analytics.bench.js";

describe("the analytics benchmark", () => {
  it("measures the index and every query against the JSON.parse baseline of the same run", () => {
    const { baselineMs, rows } = runAnalyticsBench(loadDataset(), 1);
    expect(baselineMs).toBeGreaterThan(0);
    expect(rows.map((r) => r.name)).toContain("createIndex (whole dataset)");
    expect(rows.length).toBeGreaterThanOrEqual(14);
    for (const r of rows) {
      expect(Number.isFinite(r.medianMs) && r.medianMs >= 0).toBe(true);
      expect(r.ratio).toBeCloseTo(r.medianMs / baselineMs, 9);
    }
  });
});
