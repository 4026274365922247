// Keeps the benchmark working (it is not a timed test: no duration is asserted).
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "@bluehelm/core/analytics";
import { runAnalyticsBench, runQuestionsAtScales } from "./analytics.bench.js";
import { PER_SCALE } from "./synthetic.js";

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

  it("asks every question of the registry at each scale, on datasets that grow with it", () => {
    const [small, larger] = runQuestionsAtScales([0, 0.01], 1);
    expect(small!.rows.map((r) => r.question)).toEqual(Object.keys(QUESTIONS));
    const base = loadDataset();
    const reference = Object.values(base).reduce((n, list) => n + (list as readonly unknown[]).length, 0);
    expect(small!.records).toBe(reference);
    expect(larger!.records).toBe(reference + 0.01 * (PER_SCALE.pledges + PER_SCALE.pledgeEvents + PER_SCALE.contributions));
    for (const r of [...small!.rows, ...larger!.rows]) expect(Number.isFinite(r.firstMs) && Number.isFinite(r.medianMs)).toBe(true);
  });
});
