// Keeps the CLI benchmark working (no duration is asserted).
import { describe, expect, it } from "vitest";
import { runCliBench } from "./cli.bench.js";

describe("the CLI benchmark", () => {
  it("measures start-up and a query on each store against node -e 0, and import against psql \\copy, in the same run", async () => {
    const r = await runCliBench(1);
    expect(r.startup.bluehelmMs).toBeGreaterThan(0);
    expect(r.startup.ratio).toBeCloseTo(r.startup.bluehelmMs / r.startup.nodeMs, 9);
    expect(r.query.map((q) => q.store)).toEqual(["pglite", "postgres"]);
    for (const q of r.query) {
      expect(q.missions).toBeGreaterThan(0);
      expect(q.ratio).toBeCloseTo(q.ms / r.startup.nodeMs, 9);
      expect(q.peakMiB).toBeGreaterThan(r.startup.nodePeakMiB);
      // The floor opened the same store: a real process, measured, with its own ratios.
      expect(q.floor.ms).toBeGreaterThan(0);
      expect(q.floor.peakMiB).toBeGreaterThan(r.startup.nodePeakMiB);
      expect(q.floor.ratio).toBeCloseTo(q.floor.ms / r.startup.nodeMs, 9);
      expect(q.overFloor).toBeCloseTo(q.ms / q.floor.ms, 9);
    }
    expect(r.importing.rows).toBeGreaterThan(5000);
    expect(r.importing.bluehelmRowsPerS).toBeGreaterThan(0);
    expect(r.importing.ratio).toBeCloseTo(r.importing.bluehelmRowsPerS / r.importing.copyRowsPerS, 9);
  });
});
