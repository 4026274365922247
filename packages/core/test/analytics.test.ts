import { validateDataset, DatasetSchema, type DatasetInput } from "@bluehelm/core";
import { capabilityGaps, conductRates, conductRatesFrom, createIndex, endorsementCoverage, endorsementEffect, endorsersAsOf, francophoneEnvironments, genderShares, overduePledges, pledgesAsOf, pledgesPage, pledgeSummary, pledgeTally, pocCoverage, policingGaps, topContributors, timeSeries, personnelByYear, contributionInputsOf, contributorYears, missionYears, personnelByYearFrom, topContributorsFrom } from "@bluehelm/core/analytics";
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
  it("tally the days to deployment and fulfilment as counts, and the statuses present", () => {
    const t = pledgeTally(index, MID_2021, {});
    expect(t.daysToDeployment).toEqual([[182, 1], [198, 1]]);
    expect(t.daysToFulfilment).toEqual([[563, 1]]);
    expect(t.byStatus).toEqual({ fulfilled: 1, registered: 1, withdrawn: 1, deployed: 1 });
    expect(pledgeTally(index, "2018-12-31", {}).daysToDeployment).toEqual([[198, 1]]);
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

/**
 * The analytics world with its pledges replaced by six for paging, given out of id order. By 2021-06-30
 * five are announced: a-10, a-2, a.1 (aaa), b-1, c (bbb); a-5 (aaa) is announced in 2022. In code-unit
 * order "-" sorts before "." and "10" before "2". a-2 is deployed on 2020-01-01, b-1 registered on
 * 2019-05-01, c withdrawn on 2020-02-02. Each pledge and event cites a source of its own.
 */
function pagingInput(): DatasetInput {
  const input = analyticsInput();
  const own = (id: string) => ({ sources: [id], confidence: "verified" as const });
  const training = (id: string, actorId: string, announcedOn: string, source: string) => ({ id, actorId, announcedOn, kind: "training" as const, title: { en: `Training ${id}` }, ...own(source) });
  input.sources = ["s1", "s-a10", "s-a2", "s-a2-d", "s-a5", "s-a1", "s-b1", "s-b1-r", "s-c", "s-c-w"].map((id) => ({ id, title: id, confidence: "verified" as const }));
  input.pledges = [
    training("c", "bbb", "2019-03-01", "s-c"),
    training("a-2", "aaa", "2018-01-01", "s-a2"),
    training("a-5", "aaa", "2022-01-01", "s-a5"),
    training("b-1", "bbb", "2018-06-01", "s-b1"),
    training("a.1", "aaa", "2018-03-01", "s-a1"),
    training("a-10", "aaa", "2017-11-15", "s-a10"),
  ];
  input.pledgeEvents = [
    { id: "c-w", pledgeId: "c", type: "withdrawn", date: "2020-02-02", ...own("s-c-w") },
    { id: "a-2-d", pledgeId: "a-2", type: "deployed", date: "2020-01-01", ...own("s-a2-d") },
    { id: "b-1-r", pledgeId: "b-1", type: "registered", date: "2019-05-01", ...own("s-b1-r") },
  ];
  return input;
}

describe("a page of pledges", () => {
  // pagingInput(): five pledges announced by mid-2021 and one announced after it (a-5), given out of order.
  const paging = createIndex(DatasetSchema.parse(pagingInput()));
  const ids = (rows: readonly { pledge: { id: string } }[]) => rows.map((r) => r.pledge.id);

  it("is built on a valid dataset", () => {
    expect(validateDataset(pagingInput()).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("lists the first ids in code-unit order, with the total and the id to read on from", () => {
    const a = pledgesPage(paging, { asOf: MID_2021, limit: 2 });
    expect(ids(a.value.pledges)).toEqual(["a-10", "a-2"]);
    expect(a.value.total).toBe(5);
    expect(a.value.next).toBe("a-2");
    expect(a.value.pledges[1]).toMatchObject({ status: "deployed", since: "2020-01-01", deployedOn: "2020-01-01", fulfilledOn: undefined });
  });
  it("walks every pledge once by following next; the last page has no next", () => {
    const pages: string[][] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = pledgesPage(paging, { asOf: MID_2021, limit: 2, after }).value;
      expect(page.total).toBe(5);
      pages.push(ids(page.pledges));
      if (page.next === undefined) {
        expect("next" in page).toBe(false);
        break;
      }
      after = page.next;
    }
    expect(pages).toEqual([["a-10", "a-2"], ["a.1", "b-1"], ["c"]]);
  });
  it("starts after an id that is not a pledge's, and gives an empty page after the last id", () => {
    expect(ids(pledgesPage(paging, { asOf: MID_2021, after: "a-3" }).value.pledges)).toEqual(["a.1", "b-1", "c"]);
    expect(pledgesPage(paging, { asOf: MID_2021, limit: 2, after: "c" }).value).toEqual({ total: 5, pledges: [] });
    expect(pledgesPage(paging, { asOf: MID_2021, after: "zzz" }).value).toEqual({ total: 5, pledges: [] });
  });
  it("counts and lists only the pledges that pass the filter", () => {
    const deployed = pledgesPage(paging, { asOf: MID_2021, filter: { status: "deployed" } }).value;
    expect(deployed).toMatchObject({ total: 1 });
    expect(ids(deployed.pledges)).toEqual(["a-2"]);
    const bbb = pledgesPage(paging, { asOf: MID_2021, limit: 1, filter: { actorId: "bbb" } }).value;
    expect(bbb).toMatchObject({ total: 2, next: "b-1" });
    expect(ids(bbb.pledges)).toEqual(["b-1"]);
  });
  it("follows the date: a-5 counts once announced", () => {
    const a = pledgesPage(paging, { asOf: "2022-03-01" }).value;
    expect(a.total).toBe(6);
    expect(ids(a.pledges)).toEqual(["a-10", "a-2", "a-5", "a.1", "b-1", "c"]);
  });
  it("cites the sources of the page's pledges and of their events by the date only", () => {
    expect(pledgesPage(paging, { asOf: MID_2021, limit: 2 }).sources).toEqual(["s-a10", "s-a2", "s-a2-d"]);
    expect(pledgesPage(paging, { asOf: MID_2021, limit: 2, after: "a-2" }).sources).toEqual(["s-a1", "s-b1", "s-b1-r"]);
    expect(pledgesPage(paging, { asOf: "2019-01-01", limit: 2, after: "a-2" }).sources).toEqual(["s-a1", "s-b1"]);
    expect(pledgesPage(paging, { asOf: MID_2021, after: "c" }).sources).toEqual([]);
  });
  it("says in its method that the list is paged by id", () => {
    const { method } = pledgesPage(paging, { asOf: MID_2021 });
    expect(method.en).toMatch(/by id in pages/);
    expect(method.fr).toMatch(/par identifiant, page par page/);
  });
  it("lists 100 pledges a page by default", () => {
    const input = pagingInput();
    input.pledges = Array.from({ length: 101 }, (_, i) => ({
      id: `q-${String(i + 1).padStart(3, "0")}`,
      actorId: "aaa",
      announcedOn: "2020-01-01",
      kind: "training" as const,
      title: { en: "Training" },
      sources: ["s1"],
      confidence: "verified" as const,
    }));
    input.pledgeEvents = [];
    const a = pledgesPage(createIndex(DatasetSchema.parse(input)), { asOf: MID_2021 }).value;
    expect(a.total).toBe(101);
    expect(a.pledges).toHaveLength(100);
    expect(a.pledges[99]!.pledge.id).toBe("q-100");
    expect(a.next).toBe("q-100");
  });
  it("pages in id order an index whose pledges are not sorted", () => {
    const built = createIndex(DatasetSchema.parse(pagingInput()));
    const shuffled = { ...built, pledges: [...built.pledges].reverse() };
    expect(ids(pledgesPage(shuffled, { asOf: MID_2021, limit: 3 }).value.pledges)).toEqual(["a-10", "a-2", "a.1"]);
    expect(ids(pledgesAsOf(shuffled, { asOf: MID_2021 }).value)).toEqual(["a-10", "a-2", "a.1", "b-1", "c"]);
  });
  it("lists every matching pledge with pledgesAsOf, unpaged", () => {
    expect(ids(pledgesAsOf(paging, { asOf: MID_2021 }).value)).toEqual(["a-10", "a-2", "a.1", "b-1", "c"]);
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
  it("SEA rates: an 'all' record counted instead of its period's categories, the sources of the mission-years counted only", async () => {
    const base = analyticsDataset();
    const c1 = base.contributions.find((c) => c.id === "c1")!;
    const ix = createIndex(
      DatasetSchema.parse({
        ...base,
        sources: [...base.sources, { ...base.sources[0]!, id: "s-troops" }, { ...base.sources[0]!, id: "s-2020" }],
        contributions: [
          ...base.contributions,
          // aaa's troops in m1 in 2021, within its "all" record of 600: not added. m2 in 2020: no statistic needs it.
          { ...c1, id: "c1-troops", category: "troops", total: 550, women: 50, men: 500, sources: ["s-troops"] },
          { ...c1, id: "m2-2020", missionId: "m2", periodStart: "2020-01-01", periodEnd: "2020-12-31", total: 999, sources: ["s-2020"] },
        ],
        conductStats: [...base.conductStats, { ...base.conductStats[0]!, id: "sea-m3", missionId: "m3", allegations: 1 }, { ...base.conductStats[0]!, id: "sea-m4", missionId: "m4", year: 2020 }],
      }),
    );
    const rates = conductRates(ix);
    // m1: 600 + 100 + 120 = 820 still; m3: 50 (ddd), 1 per 50 → 20 per 1,000; m4 has no contributions.
    expect(rates.value.map((r) => [r.missionId, r.year, r.personnel])).toEqual([
      ["m1", 2021, 820],
      ["m3", 2021, 50],
      ["m4", 2020, undefined],
    ]);
    expect(rates.value.map((r) => r.per1000)).toEqual([expect.closeTo(4.87804878, 8), expect.closeTo(20, 12), undefined]);
    expect(rates.sources).toContain("s-troops");
    expect(rates.sources).not.toContain("s-2020");
    const inputs = contributionInputsOf(ix);
    for (const options of [{}, { missionId: "m1" }, { year: 2020 }, { missionId: "m3", year: 2021 }, { missionId: "no-such-mission" }]) {
      expect(await conductRatesFrom(inputs, options), JSON.stringify(options)).toEqual(conductRates(ix, options));
    }
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
  it("contributor-years: per contributor and year, the sum over the missions asked, sorted by contributor", () => {
    // The m1 figures of the test above, as rows.
    expect(contributorYears(index.dataset.contributions, { measure: "annual-mean", missionId: "m1", from: 2021, to: 2021, sameYear: true })).toEqual([
      { contributorId: "aaa", year: 2021, total: 600, women: 60 },
      { contributorId: "ccc", year: 2021, total: 100, women: 20 },
      { contributorId: "eee", year: 2021, total: 120, women: 30 },
    ]);
    expect(contributorYears(index.dataset.contributions, { measure: "annual-mean", from: 2022 })).toEqual([]);
  });
  it("mission-years: per mission and year, the sum over contributors, women only when every record has them", () => {
    // m1: 600 + 100 + 120 (60 + 20 + 30 women); m2: 300 (25); m3: 50 (0). The snapshots have no mission.
    expect(missionYears(index.dataset.contributions, { measure: "annual-mean", from: 2021, to: 2021, sameYear: true })).toEqual([
      { missionId: "m1", year: 2021, total: 820, women: 110 },
      { missionId: "m2", year: 2021, total: 300, women: 25 },
      { missionId: "m3", year: 2021, total: 50, women: 0 },
    ]);
    expect(missionYears(index.dataset.contributions, { measure: "annual-mean", contributorId: "eee" })).toEqual([{ missionId: "m1", year: 2021, total: 120, women: 30 }]);
    expect(missionYears(index.dataset.contributions, { measure: "snapshot" })).toEqual([]);
  });
  it("gives the same answers from contribution inputs as from the index", async () => {
    const inputs = contributionInputsOf(index);
    for (const options of [{ from: 2021, to: 2021, n: 3 }, { from: 2021, to: 2021, n: 5, missionId: "m1" }, { from: 2015, to: 2025 }, { from: 2021, to: 2021, missionId: "no-such-mission" }]) {
      expect(await topContributorsFrom(inputs, options)).toEqual(topContributors(index, options));
    }
    const m1 = await topContributorsFrom(inputs, { from: 2021, to: 2021, n: 5, missionId: "m1" });
    expect(m1.value.map((r) => [r.contributorId, r.personnel, r.women])).toEqual([
      ["aaa", 600, 60],
      ["eee", 120, 30],
      ["ccc", 100, 20],
    ]);
    for (const options of [{}, { contributorId: "aaa" }, { missionId: "m2" }, { contributorId: "bbb", missionId: "m1" }]) {
      expect(await personnelByYearFrom(inputs, options)).toEqual(personnelByYear(index, options));
    }
    expect((await personnelByYearFrom(inputs)).value).toEqual([{ year: 2021, total: 1170, women: 135 }]);
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
