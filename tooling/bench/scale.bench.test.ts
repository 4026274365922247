// Keeps the scale benchmark working at a tiny size (no duration is asserted).
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { formatGrowth, parseScales, runScaleBench, type ScaleRun } from "./scale.bench.js";

describe("the scale benchmark", () => {
  it("loads a scratch PostgreSQL database, measures reads, exports, writes and the plans, and removes it", async () => {
    const printed: string[] = [];
    const [run] = await runScaleBench({
      engine: "postgres",
      scales: [0.01],
      requests: 3,
      probeSeconds: 0.1,
      writes: 3,
      match: /^(get a pledge|deep cursor page|status as of a date, list|analytics pledge-summary)/,
      print: (t) => printed.push(t),
    });
    expect(run!.loaded).toMatch(/postgres at 0\.01×: reference dataset \+ 20 pledges, 100 pledge events, 400 contributions; loaded in [\d.]+ s through the store's importRecords/);
    expect(run!.probes.map((p) => [p.name, p.status, p.non2xx])).toEqual([
      ["get a pledge", 200, 0],
      ["deep cursor page (after 90 %)", 200, 0],
      ["status as of a date, list", 200, 0],
      ["analytics pledge-summary", 200, 0],
      ["analytics pledge-summary, as of a date", 200, 0],
    ]);
    for (const p of run!.probes) expect(p.ratio).toBeCloseTo(p.p99Ms / p.bareP99Ms, 9);
    // every contribution: the reference dataset's and the 400 synthetic ones
    const contributions = loadDataset().contributions.length + 400;
    expect(run!.exports.map((e) => [e.format, e.rows])).toEqual([
      ["ndjson", contributions],
      ["csv", contributions],
    ]);
    expect(run!.writes).toMatchObject({ n: 3, status5xx: 0, otherNon2xx: 0 });
    expect(run!.explain).toMatch(/event append\s+insert the event/);
    expect(run!.explain).toContain("Execution Time:");
    expect(run!.explain).toMatch(/pledge-summary\s+counts, as of a date/);
    expect(printed.join("\n")).toMatch(/deep cursor page \(after 90 %\)\s+200/);
  });

  it("gives each figure's ratio to the smallest scale of the run", () => {
    const run = (scale: number, peak: number, p99: number): ScaleRun => ({
      engine: "postgres",
      scale,
      loaded: "",
      rssStartMiB: 100,
      peakRssMiB: peak,
      probes: [{ name: "get a pledge", path: "/v1/pledges/x", status: 200, bytes: 10, firstMs: 5, n: 10, p50Ms: 1, p99Ms: p99, bareP99Ms: 1, ratio: p99, non2xx: 0 }],
      exports: [],
    });
    const text = formatGrowth([run(1, 200, 4), run(10, 300, 6)]);
    expect(text).toMatch(/10×\s+100\s+–\s+300\s+1\.50/);
    expect(text).toMatch(/10×\s+5\.0\s+6\.0\s+1\.00\s+6\.0\s+1\.50/);
  });

  it("refuses scales that are not numbers above 0", () => {
    expect(parseScales("1, 10,100")).toEqual([1, 10, 100]);
    expect(() => parseScales("1,0")).toThrow(/scales are numbers above 0/);
  });
});
