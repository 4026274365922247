// Keeps the import benchmark working at a tiny size (no duration is asserted).
import { describe, expect, it } from "vitest";
import { formatImportBench, runImportBench } from "./import.bench.js";

describe("the import benchmark", () => {
  it("imports through the store on both engines and copies the same rows with psql, in the same run", async () => {
    const b = await runImportBench({ rows: 1000, rounds: 1 });
    expect(b.results.map((r) => [r.engine, r.rows])).toEqual([
      ["postgres", 1000],
      ["pglite", 1000],
    ]);
    const [pg, lite] = b.results;
    expect(pg!.ratio).toBeCloseTo(pg!.rowsPerSecond / pg!.copyRowsPerSecond!, 9);
    expect(lite!.copyMs).toBeUndefined();
    expect(b.pgliteOverPostgres).toBeCloseTo(lite!.importMs / pg!.importMs, 9);
    expect(formatImportBench(b)).toMatch(/postgres\s+1000\s+[\d.]+\s+\d+\s+[\d.]+\s+\d+\s+[\d.]+\npglite\s+1000\s+[\d.]+\s+\d+\s+–\s+–\s+–/);
  });
});
