// Keeps the CLI benchmark working (no duration is asserted).
import { describe, expect, it } from "vitest";
import { runCliBench } from "./cli.bench.js";

describe("the CLI benchmark", () => {
  it("measures start-up against node -e 0 and import against psql \\copy, in the same run", async () => {
    const r = await runCliBench(1);
    expect(r.startup.bluehelmMs).toBeGreaterThan(0);
    expect(r.startup.ratio).toBeCloseTo(r.startup.bluehelmMs / r.startup.nodeMs, 9);
    expect(r.importing.rows).toBeGreaterThan(5000);
    expect(r.importing.bluehelmRowsPerS).toBeGreaterThan(0);
    expect(r.importing.ratio).toBeCloseTo(r.importing.bluehelmRowsPerS / r.importing.copyRowsPerS, 9);
  });
});
