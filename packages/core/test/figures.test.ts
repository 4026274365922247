// Partial adoption dates of mandates, reported figures against computed ones, world totals and
// codelist definitions. Expected values are written out by hand.
import { DatasetSchema, MandateSchema, PCRS_LEVELS, POC_LEVELS, ReportedFigureSchema, definitionOf, toJsonSchema, validateDataset, type DatasetInput } from "@bluehelm/core";
import { QUESTIONS, codeDefinitions, contributionInputsOf, createIndex, mandateInForce, mandateInForceFrom, mandateStanding, pocCoverage, reportedVsComputed, worldPersonnel, worldPersonnelFrom } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";

const p = { sources: ["src-a"], confidence: "verified" as const };

function dataset(): DatasetInput {
  return {
    sources: [{ id: "src-a", title: "A source", confidence: "verified" }],
    missions: [{ id: "m1", acronym: "MONE", names: { en: "Mission One" }, startDate: "2010-01-01", francophoneEnvironment: "no", ...p }],
    mandates: [
      { id: "m1-2023", missionId: "m1", resolution: "S/RES/2701 (2023)", adoptedOn: "2023-06-01", poc: "none", ...p },
      { id: "m1-2024", missionId: "m1", resolution: "S/RES/2760 (2024)", adoptedIn: { precision: "year", date: "2024", qualifier: "on" }, poc: "core", ...p },
      { id: "m1-2025", missionId: "m1", resolution: "S/RES/2790 (2025)", adoptedIn: { precision: "month", date: "2025-02", qualifier: "on" }, poc: "limited", ...p },
    ],
    instruments: [{ id: "kp", kind: "principles", title: { en: "Kigali Principles" }, adoptedOn: "2015-05-29", ...p }],
    endorsements: [
      { id: "e1", actorId: "a1", instrumentId: "kp", date: { precision: "day", date: "2015-05-29", qualifier: "on" }, ...p },
      { id: "e2", actorId: "a2", instrumentId: "kp", date: { precision: "day", date: "2016-05-11", qualifier: "on" }, ...p },
      { id: "e3", actorId: "a3", instrumentId: "kp", date: { precision: "month", date: "2016-11", qualifier: "by" }, ...p },
    ],
    reportedFigures: [
      { id: "f-2016-05", measure: "endorsers", subjectKind: "instrument", subjectId: "kp", value: 2, date: { precision: "day", date: "2016-05-11", qualifier: "on" }, ...p },
      { id: "f-2016-11", measure: "endorsers", subjectKind: "instrument", subjectId: "kp", value: 40, date: { precision: "month", date: "2016-11", qualifier: "on" }, ...p },
      { id: "f-more", measure: "endorsers", subjectKind: "instrument", subjectId: "kp", value: 2, qualifier: "more-than", date: { precision: "year", date: "2016", qualifier: "on" }, ...p },
      { id: "f-undated", measure: "endorsers", subjectKind: "instrument", subjectId: "kp", value: 100, qualifier: "close-to", ...p },
      { id: "f-delegates", measure: "delegates", subjectKind: "instrument", subjectId: "kp", value: 200, ...p },
    ],
    worldTotals: [
      { id: "world-total.1991", year: 1991, date: { precision: "year", date: "1991", qualifier: "on" }, origin: "historical-compilation", missions: 14, total: 15300, ...p },
      { id: "world-total.1998", year: 1998, date: { precision: "month", date: "1998-11", qualifier: "on" }, origin: "un-december-report", missions: 18, total: 14347, police: 2718, militaryObservers: 921, troops: 10708, ...p },
    ],
  };
}

describe("mandates with a partial adoption date", () => {
  const index = createIndex(DatasetSchema.parse(dataset()));

  it("count from the last day the month or year can stand for", () => {
    expect(mandateInForceFrom({ adoptedIn: { precision: "year", date: "2024", qualifier: "on" } })).toBe("2024-12-31");
    expect(mandateInForceFrom({ adoptedIn: { precision: "month", date: "2025-02", qualifier: "on" } })).toBe("2025-02-28");
    expect(mandateInForceFrom({ adoptedOn: "2023-06-01" })).toBe("2023-06-01");
  });

  it("leave the earlier mandate in force until then, and name the later one as uncertain", () => {
    expect(mandateInForce(index, "m1", "2024-06-30")?.id).toBe("m1-2023");
    expect(mandateStanding(index, "m1", "2024-06-30").uncertain.map((m) => m.id)).toEqual(["m1-2024"]);
    expect(mandateInForce(index, "m1", "2024-12-30")?.id).toBe("m1-2023");
    expect(mandateInForce(index, "m1", "2024-12-31")?.id).toBe("m1-2024");
    expect(mandateStanding(index, "m1", "2024-12-31").uncertain).toEqual([]);
    expect(mandateInForce(index, "m1", "2025-02-27")?.id).toBe("m1-2024");
    expect(mandateStanding(index, "m1", "2025-02-10").uncertain.map((m) => m.id)).toEqual(["m1-2025"]);
    expect(mandateInForce(index, "m1", "2025-02-28")?.id).toBe("m1-2025");
    expect(mandateInForce(index, "m1", "2023-05-31")).toBeUndefined();
  });

  it("show in the PoC coverage answer: the level in force, its adoption date and the uncertain mandates", () => {
    const june = pocCoverage(index, { asOf: "2024-06-30" }).value.missions[0];
    expect(june).toMatchObject({ poc: "none", mandateId: "m1-2023", mandateAdopted: { precision: "day", date: "2023-06-01", qualifier: "on" }, uncertainMandateIds: ["m1-2024"] });
    const december = pocCoverage(index, { asOf: "2024-12-31" }).value.missions[0];
    expect(december).toMatchObject({ poc: "core", mandateId: "m1-2024", mandateAdopted: { precision: "year", date: "2024" }, uncertainMandateIds: [] });
    expect(pocCoverage(index, { asOf: "2024-06-30" }).method.en).toContain("last day of that month or year");
  });

  it("need exactly one of adoptedOn and adoptedIn, and a month or a year in adoptedIn", () => {
    const base = { id: "x", missionId: "m1", poc: "core", ...p };
    expect(MandateSchema.safeParse(base).success).toBe(false);
    expect(MandateSchema.safeParse({ ...base, adoptedOn: "2024-01-01", adoptedIn: { precision: "year", date: "2024", qualifier: "on" } }).success).toBe(false);
    expect(MandateSchema.safeParse({ ...base, adoptedIn: { precision: "day", date: "2024-01-01", qualifier: "on" } }).success).toBe(false);
    expect(MandateSchema.safeParse({ ...base, adoptedIn: { precision: "month", date: "2024-11", qualifier: "on" } }).success).toBe(true);
  });

  it("are checked against the resolution year and the expiry by the days they can stand for", () => {
    const d = dataset();
    d.mandates![1] = { ...d.mandates![1]!, resolution: "S/RES/2760 (2023)" };
    d.mandates![2] = { ...d.mandates![2]!, expiresOn: "2025-02-15" };
    const rules = validateDataset(d).issues.map((i) => `${i.rule}@${i.path.join(".")}`);
    expect(rules).toContain("mandate.resolution-year@mandates.1.resolution");
    expect(rules).not.toContain("mandate.expiry-before-adoption@mandates.2.expiresOn");
    d.mandates![2] = { ...d.mandates![2], expiresOn: "2025-01-31" };
    expect(validateDataset(d).issues.map((i) => `${i.rule}@${i.path.join(".")}`)).toContain("mandate.expiry-before-adoption@mandates.2.expiresOn");
  });
});

describe("reported figures against computed ones", () => {
  const index = createIndex(DatasetSchema.parse(dataset()));
  const { value } = reportedVsComputed(index, { asOf: "2020-01-01" });

  it("compare each dated figure with the endorsements certain on its last possible day", () => {
    const byId = Object.fromEntries(value.rows.map((r) => [r.figureId, r]));
    expect(byId["f-2016-05"]).toMatchObject({ countedOn: "2016-05-11", computed: 2, standing: "agrees" });
    expect(byId["f-2016-11"]).toMatchObject({ countedOn: "2016-11-30", computed: 3, standing: "fewer-recorded" });
    expect(byId["f-more"]).toMatchObject({ countedOn: "2016-12-31", computed: 3, standing: "agrees" });
    expect(byId["f-undated"]).toMatchObject({ countedOn: "2020-01-01", computed: 3, standing: "undated" });
    expect(byId["f-delegates"]).toBeUndefined();
    expect(value.compared).toBe(3);
    expect(value.disagreeing).toBe(1);
  });

  it("keep the qualifier and range rules of the schema", () => {
    const f = { id: "r", measure: "endorsers", subjectKind: "instrument", subjectId: "kp", value: 54, ...p };
    expect(ReportedFigureSchema.safeParse({ ...f, qualifier: "range", valueHigh: 55 }).success).toBe(true);
    expect(ReportedFigureSchema.safeParse({ ...f, qualifier: "range" }).success).toBe(false);
    expect(ReportedFigureSchema.safeParse({ ...f, valueHigh: 55 }).success).toBe(false);
  });

  it("report a figure about a record that does not exist", () => {
    const d = dataset();
    d.reportedFigures![0] = { ...d.reportedFigures![0]!, subjectId: "no-such-instrument" };
    expect(validateDataset(d).issues.map((i) => `${i.rule}@${i.path.join(".")}`)).toContain("reference.dangling@reportedFigures.0.subjectId");
  });
});

describe("world totals", () => {
  it("give a yearly series apart from the contributions", () => {
    const { value, sources } = worldPersonnel(createIndex(DatasetSchema.parse(dataset())), { from: 1990 });
    expect(value.map((r) => [r.year, r.total, r.troops, r.origin])).toEqual([
      [1991, 15300, undefined, "historical-compilation"],
      [1998, 14347, 10708, "un-december-report"],
    ]);
    expect(value[1]?.contributionsTotal).toBeUndefined();
    expect(sources).toEqual(["src-a"]);
  });

  it("sum beside each year the annual-mean contributions by mission of that year only, with their sources", async () => {
    const d = dataset();
    const c = (id: string, contributorId: string, y: number, category: "all" | "individual-police", total: number, source: string, missionId: string | null = "m1") => ({
      id,
      contributorId,
      ...(missionId ? { missionId } : {}),
      periodStart: `${y}-01-01`,
      periodEnd: `${y}-12-31`,
      measure: "annual-mean" as const,
      category,
      total,
      sources: [source],
      confidence: "verified" as const,
    });
    d.contributions = [
      c("c91-aaa-all", "aaa", 1991, "all", 100, "src-b"),
      c("c91-bbb-police", "bbb", 1991, "individual-police", 40, "src-c"),
      // Counted in aaa's "all" record of the same mission and period: not added, but its source is behind the sum.
      c("c91-aaa-police", "aaa", 1991, "individual-police", 30, "src-d"),
      // 1995 has no world total; a record without a mission is in no mission's sum.
      c("c95-aaa-all", "aaa", 1995, "all", 500, "src-e"),
      c("c91-aaa-no-mission", "aaa", 1991, "all", 999, "src-f", null),
    ];
    const index = createIndex(DatasetSchema.parse(d));
    const got = worldPersonnel(index);
    expect(got.value.map((r) => [r.year, r.total, r.contributionsTotal])).toEqual([
      [1991, 15300, 140],
      [1998, 14347, undefined],
    ]);
    expect(got.sources).toEqual(["src-a", "src-b", "src-c", "src-d"]);
    expect(got.asOf).toBe("1998-11-30");
    const inputs = contributionInputsOf(index);
    for (const options of [{}, { from: 1990 }, { from: 1992, to: 1999 }, { from: 1995, to: 1997 }]) {
      expect(await worldPersonnelFrom(inputs, options)).toEqual(worldPersonnel(index, options));
    }
    expect(worldPersonnel(index, { from: 1992 }).sources).toEqual(["src-a"]);
  });

  it("are valid in the shared fixture", () => {
    expect(validateDataset(fixture()).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("codelist definitions", () => {
  it("say what each PCRS level requires, with a source", () => {
    expect(PCRS_LEVELS.rdl.definition.en).toContain("within 60 days of a UN request");
    expect(PCRS_LEVELS["level-2"].definition.en).toContain("Assessment and Advisory Visit");
    expect(PCRS_LEVELS.rdl.definition.sources.map((s) => s.url)).toContain("https://www.un.org/hi/node/237137");
    for (const code of ["level-1", "level-2", "level-3", "rdl"] as const) {
      expect(definitionOf(PCRS_LEVELS, code)?.sources.length).toBeGreaterThan(0);
      expect(definitionOf(PCRS_LEVELS, code)?.fr.length).toBeGreaterThan(20);
    }
  });

  it("say what each PoC level means, marking the unsourced one unverified", () => {
    expect(POC_LEVELS.limited.definition.en).toContain("imminent threat of physical violence");
    expect(POC_LEVELS.none.definition.confidence).toBe("unverified");
    expect(POC_LEVELS.none.definition.sources).toEqual([]);
    expect(POC_LEVELS.core.definition.confidence).toBe("verified");
  });

  it("are answered as a question, with the definitions' sources as the answer's", () => {
    const { value, sources } = codeDefinitions();
    expect(value.map((r) => `${r.list}:${r.code}`)).toEqual(["pcrs-levels:level-1", "pcrs-levels:level-2", "pcrs-levels:level-3", "pcrs-levels:rdl", "poc-levels:none", "poc-levels:limited", "poc-levels:core"]);
    expect(sources).toEqual(["gcr2p-peacekeeping-kigali-page", "jvl-res-1701-text", "un-manual-generation-deployment-2021", "un-press-sc16059", "un-rdl-workshop-article"]);
    expect(codeDefinitions({ list: "poc-levels" }).value).toHaveLength(3);
    expect(Object.keys(QUESTIONS)).toEqual(expect.arrayContaining(["code-definitions", "reported-vs-computed", "world-personnel"]));
  });

  it("reach the JSON Schema of the mandate and the pledge", () => {
    const mandate = JSON.stringify(toJsonSchema("mandate"));
    expect(mandate).toContain("limited: The mandate authorises the mission to protect civilians only under imminent threat");
    const pledge = JSON.stringify(toJsonSchema("pledge"));
    expect(pledge).toContain("rdl: The highest level");
  });
});
