// Keeps the spatial join benchmark working (not a timed test: no duration is asserted).
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { bruteJoin, indexedJoin, runGroundBench, scaled } from "./ground.bench.js";

describe("the spatial join benchmark", () => {
  it("finds the same pairs through the index and by brute force, at growing sizes", () => {
    const rows = runGroundBench(loadDataset(), [1, 2], 1);
    expect(rows.map((r) => r.scale)).toEqual([1, 2]);
    expect(rows[0]!.events).toBeGreaterThan(1000);
    expect(rows[1]!.events).toBe(2 * rows[0]!.events);
    expect(rows[0]!.pairs).toBeGreaterThan(0);
    for (const r of rows) expect(r.speedup).toBeCloseTo(r.bruteMs / r.indexMs, 9);
  });

  it("counts pairs on points placed by hand: 0.2° of latitude is 22.2 km, 0.3° is 33.4 km", () => {
    const sites = [{ year: 2014, coordinates: { lat: 0, lon: 0 } }];
    const events = [
      { year: 2014, coordinates: { lat: 0.2, lon: 0 } },
      { year: 2014, coordinates: { lat: 0.3, lon: 0 } },
      { year: 2015, coordinates: { lat: 0, lon: 0 } },
    ];
    expect(indexedJoin(events, sites, 25)).toBe(1);
    expect(bruteJoin(events, sites, 25)).toBe(1);
    expect(indexedJoin(events, sites, 40)).toBe(2);
  });

  it("scales the data by copies", () => {
    const one = scaled(loadDataset(), 1);
    const three = scaled(loadDataset(), 3);
    expect(three.events.length).toBe(3 * one.events.length);
    expect(three.sites.length).toBe(3 * one.sites.length);
  });
});
