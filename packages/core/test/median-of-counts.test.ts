import { describe, expect, it } from "vitest";
import { median, medianOfCounts, seededRandom } from "../src/analytics/stats.js";

describe("medianOfCounts", () => {
  it("is the median of the numbers the pairs list", () => {
    expect(medianOfCounts([])).toBeUndefined();
    expect(medianOfCounts([[0, 0]])).toBeUndefined();
    expect(medianOfCounts([[7, 1]])).toBe(7);
    // 1, 3, 3, 10: the middle two are 3 and 3.
    expect(medianOfCounts([[1, 1], [3, 2], [10, 1]])).toBe(3);
    // 1, 2, 2, 5, 5, 5: the middle two are 2 and 5.
    expect(medianOfCounts([[1, 1], [2, 2], [5, 3]])).toBe(3.5);
    // 4, 4, 9: odd.
    expect(medianOfCounts([[4, 2], [9, 1]])).toBe(4);
  });
  it("agrees with the median of the expanded list on random histograms", () => {
    const next = seededRandom(42);
    for (let round = 0; round < 300; round++) {
      const pairs: [number, number][] = [];
      const values: number[] = [];
      let v = Math.floor(next() * 10);
      for (let k = Math.floor(next() * 6); k > 0; k--) {
        v += 1 + Math.floor(next() * 50);
        const c = Math.floor(next() * 4);
        pairs.push([v, c]);
        for (let i = 0; i < c; i++) values.push(v);
      }
      expect(medianOfCounts(pairs)).toBe(median(values));
    }
  });
});
