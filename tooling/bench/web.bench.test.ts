// Keeps the web benchmark working (it is not a timed test: no figure is asserted).
import { describe, expect, it } from "vitest";
import { formatWebBench, runWebBench } from "./web.bench.js";

describe("the web benchmark", () => {
  it("measures the overview's first render and a static page of the same size in the same run and prints both with their ratio", async () => {
    const result = await runWebBench({ runs: 1 });
    expect(result.baselineFirstPaintMs).toBeGreaterThan(0);
    expect(result.overviewFirstPaintMs).toBeGreaterThan(0);
    expect(result.overviewRenderedMs).toBeGreaterThan(0);
    expect(result.renderedRatio).toBeCloseTo(result.overviewRenderedMs / result.baselineFirstPaintMs, 9);
    const text = formatWebBench(result);
    expect(text).toMatch(/baseline static page \(\d+ bytes\)\s+first paint\s+[\d.]+ ms/);
    expect(text).toMatch(/overview\s+figures rendered\s+[\d.]+ ms/);
    expect(text).toMatch(/ratio overview ÷ baseline: first paint [\d.]+, figures rendered [\d.]+/);
  });
});
