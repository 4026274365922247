import { validateDataset, DatasetSchema } from "@bluehelm/core";
import { capabilityGaps, conductRates, createIndex, endorsementCoverage, endorsementEffect, endorsersAsOf, francophoneEnvironments, genderShares, overduePledges, pledgeSummary, pocCoverage, policingGaps, topContributors, timeSeries, personnelByYear } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";
import { analyticsDataset, analyticsInput } from "./analytics-fixture.js";

const index = createIndex(analyticsDataset());
const MID_2021 = "2021-06-30";

describe("the analytics fixture", () => {
  it("is a valid dataset", () => {
    expect(validateDataset(analyticsInput()).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("endorsements", () => {
  it("count an endorsement once its latest possible day has passed", () => {
    expect(endorsersAsOf(index, "kp", { asOf: "2015-05-30" }).value).toEqual([]);
    expect(endorsersAsOf(index, "kp", { asOf: "2015-05-31" }).value.map((e) => e.actorId)).toEqual(["aaa"]);
  });
  it("count an actor once, from its earliest certain date", () => {
    const value = endorsersAsOf(index, "kp", { asOf: "2016-04-18" }).value;
    expect(value).toEqual([
      { actorId: "aaa", endorsementId: "e-a", certainBy: "2015-05-31" },
      { actorId: "ccc", endorsementId: "e-c2", certainBy: "2016-04-18" },
    ]);
  });
  it("cite their sources and method", () => {
    const a = endorsersAsOf(index, "kp", { asOf: "2020-01-01" });
    expect(a.sources).toEqual(["s1"]);
    expect(a.method.en).toMatch(/latest possible date/);
    expect(a.method.fr.length).toBeGreaterThan(20);
  });
  it("coverage among Member States: 1 of 6 in June 2015, 3 of 6 in 2017", () => {
    expect(endorsementCoverage(index, "kp", { kind: "member-states" }, { asOf: "2015-06-01" }).value).toMatchObject({ size: 6, share: 1 / 6 });
    expect(endorsementCoverage(index, "kp", { kind: "member-states" }, { asOf: "2017-01-01" }).value).toMatchObject({ size: 6, share: 3 / 6 });
  });
  it("coverage among a State that did not exist yet leaves it out of the population", () => {
    expect(endorsementCoverage(index, "kp", { kind: "member-states" }, { asOf: "2011-01-01" }).value.size).toBe(5);
  });
  it("coverage in a regional group", () => {
    const v = endorsementCoverage(index, "kp", { kind: "regional-group", group: "african" }, { asOf: "2017-01-01" }).value;
    expect(v).toMatchObject({ size: 3, endorsers: ["aaa", "bbb"], nonEndorsers: ["fff"], share: 2 / 3 });
  });
  it("coverage among the top 3 of the ranking in force: none before the ranking, 2 of 3 after", () => {
    expect(endorsementCoverage(index, "kp", { kind: "top-contributors", n: 3 }, { asOf: "2020-12-31" }).value).toMatchObject({ size: 0, share: undefined });
    const v = endorsementCoverage(index, "kp", { kind: "top-contributors", n: 3 }, { asOf: MID_2021 }).value;
    expect(v).toMatchObject({ size: 3, endorsers: ["aaa", "bbb"], nonEndorsers: ["ddd"], share: 2 / 3 });
  });
});

describe("PoC coverage", () => {
  it("in mid-2021: 3 active missions, 1 with PoC of the 2 with a known mandate; 820 of 1,120 personnel", () => {
    const v = pocCoverage(index, { asOf: MID_2021 }).value;
    expect(v.missions.map((m) => [m.missionId, m.poc, m.personnel])).toEqual([
      ["m1", "core", 820],
      ["m2", "none", 300],
      ["m3", undefined, 50],
    ]);
    expect(v).toMatchObject({ active: 3, withPoc: 1, unknown: 1, missionShare: 0.5, personnelUnderPoc: 820, personnelCounted: 1120 });
    expect(v.personnelShare).toBeCloseTo(820 / 1120, 12);
  });
  it("never counts a mission with no known start date as active, and validates it", () => {
    const input = analyticsInput();
    input.missions!.push({ id: "m5", acronym: "MFIVE", names: { en: "Undated" }, francophoneEnvironment: "no", sources: ["s1"], confidence: "reported" });
    expect(validateDataset(input).valid).toBe(true);
    const v = pocCoverage(createIndex(DatasetSchema.parse(input)), { asOf: MID_2021 }).value;
    expect(v.missions.map((m) => m.missionId)).toEqual(["m1", "m2", "m3"]);
  });
  it("uses the mandate in force on the date", () => {
    expect(pocCoverage(index, { asOf: "2015-01-01" }).value.missions.find((m) => m.missionId === "m1")).toMatchObject({ poc: "limited", mandateId: "m1-a" });
    expect(pocCoverage(index, { asOf: "2005-01-01" }).value.missions.map((m) => m.missionId)).toEqual(["m4"]);
  });
});

describe("pledges", () => {
  it("summarize status, kind, actor and rates in mid-2021", () => {
    const v = pledgeSummary(index, { asOf: MID_2021 }).value;
    expect(v.total).toBe(4);
    expect(v.byStatus).toMatchObject({ fulfilled: 1, registered: 1, withdrawn: 1, deployed: 1, announced: 0 });
    expect(v.byKind).toMatchObject({ unit: 3, training: 1 });
    expect(v.byActor).toEqual({ aaa: 1, bbb: 1, ccc: 1, ddd: 1 });
    expect(v.fulfilmentRate).toBe(0.25);
    expect(v.deploymentRate).toBe(0.5);
    // 2017-11-15 → 2018-06-01 is 198 days; 2020-01-01 → 2020-07-01 is 182 days.
    expect(v.medianDaysToDeployment).toBe(190);
    expect(v.medianDaysToFulfilment).toBe(563);
  });
  it("follow the date: in 2018 one pledge is deployed and none fulfilled", () => {
    const v = pledgeSummary(index, { asOf: "2018-12-31" }).value;
    expect(v).toMatchObject({ total: 2, fulfilmentRate: 0, deploymentRate: 0.5, medianDaysToDeployment: 198 });
  });
  it("filter by actor and kind", () => {
    expect(pledgeSummary(index, { asOf: MID_2021, filter: { kind: "training" } }).value.total).toBe(1);
    expect(pledgeSummary(index, { asOf: MID_2021, filter: { actorId: "bbb" } }).value.byStatus.registered).toBe(1);
  });
  it("find the overdue: registered since 2018-01-10, 1,267 days in mid-2021", () => {
    expect(overduePledges(index, { asOf: MID_2021 }).value).toEqual([{ pledgeId: "p2", actorId: "bbb", status: "registered", since: "2018-01-10", days: 1267 }]);
    expect(overduePledges(index, { asOf: MID_2021, thresholdDays: 2000 }).value).toEqual([]);
  });
});

describe("capability gaps", () => {
  it("requirement − deployed − pledged, with languages and women", () => {
    const v = capabilityGaps(index, "m1", { asOf: MID_2021 }).value;
    expect(v).toEqual([
      { unitType: "level-2-hospital", required: 1, deployed: 0, pledged: 0, gap: 1, languages: { required: [], missing: [] }, women: { required: 0, offered: 0, gap: 0 } },
      { unitType: "utility-helicopter-unit", required: 3, deployed: 0, pledged: 1, gap: 2, languages: { required: ["fr"], missing: ["fr"] }, women: { required: 10, offered: 4, gap: 6 } },
    ]);
  });
  it("count a deployed hospital before it was fulfilled", () => {
    const v = capabilityGaps(index, "m1", { asOf: "2018-12-31" }).value;
    expect(v).toEqual([expect.objectContaining({ unitType: "level-2-hospital", deployed: 1, gap: 0 })]);
  });
});

describe("gender", () => {
  it("by contributor in 2021, against the targets in force", () => {
    const v = genderShares(index, { year: 2021, by: "contributor" }).value;
    expect(v.map((r) => [r.key, r.category, r.share, r.target, r.standing])).toEqual([
      ["aaa", "all", 0.1, 0.1, "meets"],
      ["bbb", "all", 25 / 300, 0.1, "close"],
      ["ccc", "all", 0.2, 0.1, "meets"],
      ["ddd", "all", 0, 0.1, "no-women"],
      ["eee", "individual-police", 0.25, 0.2, "meets"],
    ]);
  });
  it("by mission", () => {
    const v = genderShares(index, { year: 2021, by: "mission" }).value;
    expect(v.find((r) => r.key === "m1" && r.category === "all")).toMatchObject({ women: 80, total: 700 });
  });
  it("with no target before any is set", () => {
    const input = analyticsInput();
    input.genderTargets = [];
    const v = genderShares(createIndex(DatasetSchema.parse(input)), { year: 2021, by: "contributor" }).value;
    expect(v.find((r) => r.key === "aaa")!.standing).toBe("no-target");
  });
});

describe("francophone environments, policing, conduct", () => {
  it("share of personnel from francophone contributors and French-capable units", () => {
    const v = francophoneEnvironments(index, { asOf: MID_2021 }).value;
    expect(v).toEqual([
      { missionId: "m1", environment: "yes", personnel: 820, francophonePersonnel: 700, share: 700 / 820, frenchCapableUnits: 2 },
      { missionId: "m3", environment: "partial", personnel: 50, francophonePersonnel: 0, share: 0, frenchCapableUnits: 0 },
    ]);
  });
  it("police against ceilings", () => {
    expect(policingGaps(index, { asOf: MID_2021 }).value).toEqual([
      {
        missionId: "m1",
        mandateId: "m1-b",
        ceilings: { individualPolice: 400, formedPoliceUnits: 3, formedPolicePersonnel: undefined, police: undefined },
        deployed: { individualPolice: 120, formedPolicePersonnel: undefined },
        formedPoliceUnits: { deployed: 2, pledged: 0 },
        gaps: { individualPolice: 280, formedPolicePersonnel: undefined, formedPoliceUnits: 1 },
      },
    ]);
  });
  it("SEA allegations per 1,000 personnel", () => {
    const [row] = conductRates(index).value;
    expect(row).toMatchObject({ missionId: "m1", year: 2021, allegations: 4, personnel: 820 });
    expect(row!.per1000).toBeCloseTo((4 / 820) * 1000, 12);
  });
});

describe("contributors and series", () => {
  it("top contributors of 2021", () => {
    expect(topContributors(index, { from: 2021, to: 2021, n: 3 }).value.map((r) => [r.contributorId, r.personnel])).toEqual([
      ["aaa", 600],
      ["bbb", 300],
      ["eee", 120],
    ]);
    // One mission: m1 holds aaa 600, eee 120 (police only) and ccc 100; bbb serves in m2 only.
    const m1 = topContributors(index, { from: 2021, to: 2021, n: 5, missionId: "m1" });
    expect(m1.value.map((r) => [r.contributorId, r.personnel, r.women])).toEqual([
      ["aaa", 600, 60],
      ["eee", 120, 30],
      ["ccc", 100, 20],
    ]);
    expect(m1.sources.length).toBeGreaterThan(0);
    expect(m1.method.en).toContain("in m1");
    expect(topContributors(index, { from: 2021, to: 2021, missionId: "no-such-mission" }).value).toEqual([]);
  });
  it("personnel by year and a time series of any indicator", () => {
    expect(personnelByYear(index).value).toEqual([{ year: 2021, total: 1170, women: 135 }]);
    const series = timeSeries(2020, 2021, (y) => pocCoverage(index, { asOf: `${y}-06-30` }), (v) => v.personnelShare);
    expect(series.value.map((p) => p.year)).toEqual([2020, 2021]);
    expect(series.value[0]!.value).toBeUndefined();
    expect(series.value[1]!.value).toBeCloseTo(820 / 1120, 12);
  });
});

describe("endorsement effect", () => {
  it("says plainly when the samples are too small", () => {
    const v = endorsementEffect(index, { instrumentId: "kp", asOf: MID_2021, indicator: (id) => (id === "fff" ? undefined : 1) }).value;
    expect(v).toMatchObject({ enoughData: false, ci95: undefined, pValue: undefined, endorsers: { n: 3 }, nonEndorsers: { n: 2 } });
    expect(v.statement.en).toMatch(/Too few/);
  });

  const big = () => {
    const input = analyticsInput();
    input.actors = Array.from({ length: 24 }, (_, i) => ({
      kind: "state" as const,
      id: `s${i}`,
      names: { en: `S${i}`, fr: `S${i}` },
      iso2: `Q${String.fromCharCode(65 + i)}`,
      iso3: `QQ${String.fromCharCode(65 + i)}`,
      m49: 900 + i,
      regionalGroup: "african" as const,
      languages: [],
      oif: "none" as const,
      sources: ["s1"],
      confidence: "verified" as const,
    }));
    input.endorsements = input.actors.slice(0, 12).map((a) => ({
      id: `e-${a.id}`,
      actorId: a.id,
      instrumentId: "kp",
      date: { precision: "year" as const, date: "2016", qualifier: "on" as const },
      sources: ["s1"],
      confidence: "verified" as const,
    }));
    return createIndex(DatasetSchema.parse({ ...input, contributions: [], pledges: [], pledgeEvents: [], conductStats: [], mandates: [] }));
  };
  it("finds a clear difference: endorsers 10 higher, reproducibly", () => {
    const idx = big();
    const indicator = (id: string) => {
      const i = Number(id.slice(1));
      return (i < 12 ? 10 : 0) + (i % 3);
    };
    const a = endorsementEffect(idx, { instrumentId: "kp", asOf: "2020-01-01", indicator }).value;
    expect(a.enoughData).toBe(true);
    expect(a.difference).toBeCloseTo(10, 12);
    expect(a.pValue!).toBeLessThan(0.01);
    expect(a.ci95![0]).toBeGreaterThan(8);
    expect(a.ci95![1]).toBeLessThan(12);
    expect(a.statement.en).toMatch(/differ/);
    expect(endorsementEffect(idx, { instrumentId: "kp", asOf: "2020-01-01", indicator }).value).toEqual(a);
  });
  it("finds no difference when the groups are alike", () => {
    const a = endorsementEffect(big(), { instrumentId: "kp", asOf: "2020-01-01", indicator: (id) => Number(id.slice(1)) % 4 }).value;
    expect(a.difference).toBe(0);
    expect(a.pValue!).toBeGreaterThan(0.5);
    expect(a.ci95![0]).toBeLessThan(0);
    expect(a.ci95![1]).toBeGreaterThan(0);
    expect(a.statement.en).toMatch(/No clear difference/);
  });
});
