import { type Contribution, type GenderTarget } from "@bluehelm/core";
import { contributionsByMissionYear, lastYearEndedBy, latestPersonnelYear, latestWomenFigure, parityTargetsFor, womenShareByKey, type PersonnelYear } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";

const target = (category: GenderTarget["category"], year: number, share: number): GenderTarget => ({
  id: `${category}-${year}`,
  strategy: "Uniformed Gender Parity Strategy",
  category,
  year,
  share,
  sources: ["s"],
  confidence: "reported",
});

const contribution = (missionId: string | undefined, year: number, total: number, extra: Partial<Contribution> = {}): Contribution => ({
  id: `c-${missionId ?? "all"}-${year}-${total}`,
  contributorId: "rwa",
  missionId,
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
  measure: "annual-mean",
  category: "all",
  total,
  sources: ["s"],
  confidence: "reported",
  ...extra,
});

describe("lastYearEndedBy", () => {
  it("is the date's year only from 31 December, else the year before", () => {
    expect(lastYearEndedBy("2019-12-31")).toBe(2019);
    expect(lastYearEndedBy("2019-12-30")).toBe(2018);
    expect(lastYearEndedBy("2017-06-30")).toBe(2016);
    expect(lastYearEndedBy("2017-01-01")).toBe(2016);
  });
});

describe("latestWomenFigure", () => {
  const points: PersonnelYear[] = [
    { year: 2016, total: 10, women: 1 },
    { year: 2018, total: 20, women: 2 },
    { year: 2019, total: 0, women: 0 },
    { year: 2020, total: 20, women: 3 },
    { year: 2021, total: 20, women: undefined },
  ];

  it("takes the latest year with a women's figure that had ended by the date", () => {
    expect(latestWomenFigure(points, "2026-03-01")).toEqual({ year: 2020, total: 20, women: 3 });
    expect(latestWomenFigure(points, "2020-12-31")?.year).toBe(2020);
  });

  it("never a year not yet over, nor one without personnel", () => {
    // 2020 is not over in mid-2020, and 2019 has no personnel: 2018.
    expect(latestWomenFigure(points, "2020-06-30")?.year).toBe(2018);
    expect(latestWomenFigure(points, "2020-12-30")?.year).toBe(2018);
    expect(latestWomenFigure(points, "2017-06-30")?.year).toBe(2016);
    expect(latestWomenFigure(points, "2016-12-30")).toBeUndefined();
    expect(latestWomenFigure([], "2026-01-01")).toBeUndefined();
  });

  it("does not depend on the order of the points", () => {
    expect(latestWomenFigure([...points].reverse(), "2026-03-01")?.year).toBe(2020);
  });
});

describe("latestPersonnelYear", () => {
  const points: PersonnelYear[] = [
    { year: 2017, total: 40, women: undefined },
    { year: 2018, total: 0, women: undefined },
    { year: 2019, total: 30, women: 2 },
  ];

  it("takes the latest year with personnel that had ended by the date, with or without a women's figure", () => {
    expect(latestPersonnelYear(points, "2025-01-01")?.year).toBe(2019);
    expect(latestPersonnelYear(points, "2019-12-31")?.year).toBe(2019);
    // 2019 is not over and 2018 has no personnel: 2017, which has no women's figure.
    expect(latestPersonnelYear(points, "2019-12-30")).toEqual({ year: 2017, total: 40, women: undefined });
    expect(latestPersonnelYear(points, "2017-12-30")).toBeUndefined();
  });
});

describe("parityTargetsFor", () => {
  const list = [target("troops", 2020, 0.06), target("troops", 2022, 0.08), target("troops", 2028, 0.15), target("staff-officers", 2025, 0.25), target("all", 2021, 0.1)];

  it("takes the target in force in each category, by category code", () => {
    expect(parityTargetsFor(list, 2023).inForce.map((t) => t.id)).toEqual(["all-2021", "troops-2022"]);
    expect(parityTargetsFor(list, 2028).inForce.map((t) => t.id)).toEqual(["all-2021", "staff-officers-2025", "troops-2028"]);
    expect(parityTargetsFor(list, 2019).inForce).toEqual([]);
  });

  it("lists the targets set for later years, by category then year", () => {
    expect(parityTargetsFor(list, 2021).later.map((t) => t.id)).toEqual(["staff-officers-2025", "troops-2022", "troops-2028"]);
    expect(parityTargetsFor(list, 2028).later).toEqual([]);
  });
});

describe("contributionsByMissionYear", () => {
  it("pivots the annual means of all personnel by mission and year, adding up those of the same cell", () => {
    const { years, rows } = contributionsByMissionYear([
      contribution("unmiss", 2020, 3),
      contribution("monusco", 2020, 12),
      contribution("monusco", 2019, 10),
      contribution("monusco", 2019, 5, { id: "c-monusco-2019-second-source" }),
      // Left out: an all-mission total, another measure, one category.
      contribution(undefined, 2020, 99),
      contribution("unmiss", 2020, 50, { measure: "snapshot" }),
      contribution("unmiss", 2018, 7, { category: "troops" }),
    ]);
    expect(years).toEqual([2019, 2020]);
    expect(rows.map((r) => [r.missionId, Object.fromEntries(r.byYear)])).toEqual([
      ["monusco", { 2019: 15, 2020: 12 }],
      ["unmiss", { 2020: 3 }],
    ]);
  });

  it("is empty without annual means", () => {
    expect(contributionsByMissionYear([contribution("unmiss", 2020, 50, { measure: "snapshot" })])).toEqual({ years: [], rows: [] });
  });
});

describe("womenShareByKey", () => {
  const row = (key: string, category: GenderTarget["category"], women: number, total: number) => ({ key, category, women, total });

  it("gives each key one share: the 'all' row wherever it comes, else the categories added up", () => {
    const shares = womenShareByKey([
      row("fra", "troops", 10, 100),
      row("fra", "all", 30, 300),
      row("fra", "individual-police", 20, 200),
      row("gha", "troops", 10, 100),
      row("gha", "staff-officers", 30, 100),
      row("nul", "troops", 0, 0),
    ]);
    expect(Object.fromEntries(shares)).toEqual({ fra: 0.1, gha: 0.2 });
  });

  it("keeps shares between 0 and 1", () => {
    expect(womenShareByKey([row("odd", "all", 12, 10)]).get("odd")).toBe(1);
  });
});
