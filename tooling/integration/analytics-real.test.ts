// The core analytics on the real reference dataset, against independent
// counts of the raw files.
import { validateDataset } from "@bluehelm/core";
import { createIndex, endorsementCoverage, pocCoverage, rankingInForce, topContributors } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { readRankCsv } from "./raw.js";

const dataset = loadDataset();
const index = createIndex(dataset);
const raw = readRankCsv();

describe("the ranking of 31 January 2021 through the analytics", () => {
  const ranking = rankingInForce(index, "2021-02-15");

  it("is the ranking in force in February 2021, and none is in force before it", () => {
    expect(ranking?.date).toBe("2021-01-31");
    expect(rankingInForce(index, "2021-01-30")).toBeUndefined();
  });
  it("totals 81,932 uniformed personnel and 5,763 women over 122 contributors, as the raw file sums", () => {
    const entries = ranking!.entries;
    expect(entries.length).toBe(raw.length);
    expect(raw.length).toBe(122);
    const total = entries.reduce((s, c) => s + c.total, 0);
    const women = entries.reduce((s, c) => s + (c.women ?? 0), 0);
    expect(total).toBe(raw.reduce((s, r) => s + r.total, 0));
    expect(women).toBe(raw.reduce((s, r) => s + r.women, 0));
    expect([total, women]).toEqual([81_932, 5_763]);
  });
  it("has the top five of the raw file, in order", () => {
    const top = ranking!.entries.slice(0, 5).map((c) => [c.contributorId, c.total]);
    const rawTop = [...raw].sort((a, b) => a.rank - b.rank).slice(0, 5).map((r) => [r.iso3.toLowerCase(), r.total]);
    expect(top).toEqual(rawTop);
    expect(top).toEqual([
      ["bgd", 6711],
      ["rwa", 6378],
      ["eth", 6297],
      ["npl", 5711],
      ["ind", 5429],
    ]);
  });
  it("defines the top-30 population for coverage questions", () => {
    const kigali = dataset.instruments.find((i) => i.kind === "principles" && /kigali/i.test(i.title.en));
    expect(kigali).toBeDefined();
    const cov = endorsementCoverage(index, kigali!.id, { kind: "top-contributors", n: 30 }, { asOf: "2021-02-01" }).value;
    const rawTop30 = [...raw].sort((a, b) => a.rank - b.rank).slice(0, 30).map((r) => r.iso3.toLowerCase()).sort();
    expect([...cov.endorsers, ...cov.nonEndorsers].sort()).toEqual(rawTop30);
    expect(cov.size).toBe(30);
    expect(cov.share).toBe(cov.endorsers.length / 30);
  });
});

describe("the real dataset", () => {
  it("answers every question with shares in [0, 1] and cites known sources", () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const asOf of ["2015-01-01", "2018-06-30", "2021-06-30", "2025-06-30"]) {
      const poc = pocCoverage(index, { asOf });
      for (const s of [poc.value.missionShare, poc.value.personnelShare]) expect(s === undefined || (s >= 0 && s <= 1)).toBe(true);
      for (const id of poc.sources) expect(known.has(id)).toBe(true);
    }
  });
  it("has a top contributor list for 2019 led by states of the 2021 ranking's top ten", () => {
    const top = topContributors(index, { from: 2019, to: 2019, n: 5 }).value;
    expect(top.length).toBe(5);
    const topTen = new Set([...raw].sort((a, b) => a.rank - b.rank).slice(0, 10).map((r) => r.iso3.toLowerCase()));
    expect(top.filter((t) => topTen.has(t.contributorId)).length).toBeGreaterThanOrEqual(3);
  });
  it("validates with no error", () => {
    expect(validateDataset(dataset).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
