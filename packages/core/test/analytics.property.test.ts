import fc from "fast-check";
import { DatasetSchema, type Dataset } from "@bluehelm/core";
import { capabilityGaps, conductRates, createIndex, endorsementCoverage, endorsersAsOf, francophoneEnvironments, genderShares, overduePledges, pledgeSummary, pocCoverage, policingGaps, topContributors, type DatasetIndex } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";
import { analyticsInput } from "./analytics-fixture.js";

const day = fc.integer({ min: 0, max: 9000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** Every question, asked of an index on a date, as plain JSON. */
function everything(index: DatasetIndex, asOf: string) {
  const year = Number(asOf.slice(0, 4));
  return JSON.parse(
    JSON.stringify({
      endorsers: endorsersAsOf(index, "kp", { asOf }),
      members: endorsementCoverage(index, "kp", { kind: "member-states" }, { asOf }),
      top: endorsementCoverage(index, "kp", { kind: "top-contributors", n: 3 }, { asOf }),
      poc: pocCoverage(index, { asOf }),
      pledges: pledgeSummary(index, { asOf }),
      overdue: overduePledges(index, { asOf }),
      gaps: capabilityGaps(index, "m1", { asOf }),
      gender: genderShares(index, { year, by: "contributor" }),
      francophone: francophoneEnvironments(index, { asOf }),
      policing: policingGaps(index, { asOf }),
      conduct: conductRates(index, { year }),
      topContributors: topContributors(index, { from: year - 1, to: year }),
    }),
  ) as Record<string, unknown>;
}

/** A copy of the dataset with every collection in another order. */
function shuffled(d: Dataset, seed: number): Dataset {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out: Record<string, unknown[]> = {};
  for (const [k, list] of Object.entries(d)) {
    const copy = [...(list as unknown[])];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    out[k] = copy;
  }
  return out as unknown as Dataset;
}

/** A random sub-dataset: drops some endorsements, contributions and pledge events. */
const subset = fc.record({
  endorsements: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  contributions: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  pledgeEvents: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
});

function pick(keep: { endorsements: boolean[]; contributions: boolean[]; pledgeEvents: boolean[] }): Dataset {
  const input = analyticsInput();
  input.endorsements = input.endorsements!.filter((_, i) => keep.endorsements[i]);
  input.contributions = input.contributions!.filter((_, i) => keep.contributions[i]);
  input.pledgeEvents = input.pledgeEvents!.filter((_, i) => keep.pledgeEvents[i]);
  return DatasetSchema.parse(input);
}

const inUnit = (x: number | undefined) => x === undefined || (x >= 0 && x <= 1);

describe("analytics properties", () => {
  it("coverage shares stay in [0, 1] on any sub-dataset and date", () => {
    fc.assert(
      fc.property(subset, day, fc.integer({ min: 0, max: 8 }), (keep, asOf, n) => {
        const index = createIndex(pick(keep));
        expect(inUnit(endorsementCoverage(index, "kp", { kind: "member-states" }, { asOf }).value.share)).toBe(true);
        expect(inUnit(endorsementCoverage(index, "kp", { kind: "top-contributors", n }, { asOf }).value.share)).toBe(true);
        const poc = pocCoverage(index, { asOf }).value;
        expect(inUnit(poc.missionShare) && inUnit(poc.personnelShare)).toBe(true);
        const p = pledgeSummary(index, { asOf }).value;
        expect(inUnit(p.fulfilmentRate) && inUnit(p.deploymentRate)).toBe(true);
        for (const f of francophoneEnvironments(index, { asOf }).value) expect(inUnit(f.share)).toBe(true);
        for (const g of genderShares(index, { year: Number(asOf.slice(0, 4)), by: "mission" }).value) expect(inUnit(g.share)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("an asOf before any data gives empty answers, not errors", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (n) => {
        const asOf = new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        if (asOf >= "1999-12-31") return;
        const all = everything(createIndex(DatasetSchema.parse(analyticsInput())), asOf);
        const value = (k: string) => (all[k] as { value: unknown }).value;
        expect(value("endorsers")).toEqual([]);
        expect(value("members")).toMatchObject({ endorsers: [], share: 0 });
        expect(value("top")).toMatchObject({ size: 0 });
        expect((value("top") as { share?: number }).share).toBeUndefined();
        expect(value("poc")).toMatchObject({ missions: [], active: 0 });
        expect(value("pledges")).toMatchObject({ total: 0 });
        expect(value("overdue")).toEqual([]);
        expect(value("gaps")).toEqual([]);
        expect(value("gender")).toEqual([]);
        expect(value("francophone")).toEqual([]);
        expect(value("policing")).toEqual([]);
        expect(value("conduct")).toEqual([]);
        expect(value("topContributors")).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("answers do not depend on the order of the input records", () => {
    const base = DatasetSchema.parse(analyticsInput());
    fc.assert(
      fc.property(fc.integer(), day, (seed, asOf) => {
        expect(everything(createIndex(shuffled(base, seed)), asOf)).toEqual(everything(createIndex(base), asOf));
      }),
      { numRuns: 100 },
    );
  });
});
