import type { Contribution, GenderTarget, Mandate, PersonnelCategory } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { mandatePeriods, parityTargets, pivotContributions, yearEndedBy, type YearPoint } from "../src/model.js";
import { bucketOf, layerOf, layerYear, legendOf, womenShares } from "../src/pages/map-data.js";
import { translate } from "../src/i18n.js";

describe("the pages' figures", () => {
  it("take the latest year with a women's figure that had ended by the date, never a later-dated one", () => {
    const points: YearPoint[] = [
      { year: 2016, total: 10, women: 1 },
      { year: 2018, total: 20, women: 2 },
      { year: 2020, total: 20, women: 3 },
      { year: 2021, total: 20, women: undefined },
    ];
    expect(yearEndedBy(points, "2026-03-01")?.year).toBe(2020);
    expect(yearEndedBy(points, "2020-12-31")?.year).toBe(2020);
    // 2020's annual mean is dated after mid-2020: the previous year with figures is shown.
    expect(yearEndedBy(points, "2020-06-30")?.year).toBe(2018);
    expect(yearEndedBy(points, "2017-06-30")?.year).toBe(2016);
    expect(yearEndedBy(points, "2016-12-30")).toBeUndefined();
  });

  it("take the parity target in force per category (the core's rule) and list the later ones", () => {
    const t = (category: string, year: number, share: number) => ({ id: `${category}-${year}`, category, year, share }) as unknown as GenderTarget;
    const list = [t("troops", 2020, 0.06), t("troops", 2022, 0.08), t("troops", 2028, 0.15), t("staff-officers", 2025, 0.25)];
    expect(parityTargets(list, 2023).inForce.map((x) => x.id)).toEqual(["troops-2022"]);
    expect(parityTargets(list, 2028).inForce.map((x) => x.id)).toEqual(["staff-officers-2025", "troops-2028"]);
    expect(parityTargets(list, 2019).inForce).toEqual([]);
    expect(parityTargets(list, 2022).later.map((x) => x.id)).toEqual(["staff-officers-2025", "troops-2028"]);
  });

  it("pivot a contributor's annual means by mission and year", () => {
    const c = (missionId: string | undefined, year: number, total: number, measure = "annual-mean") =>
      ({ missionId, periodStart: `${year}-01-01`, measure, category: "all", total }) as unknown as Contribution;
    const { years, rows } = pivotContributions([c("monusco", 2019, 10), c("monusco", 2020, 12), c("unmiss", 2020, 3), c(undefined, 2020, 99), c("unmiss", 2020, 50, "monthly")]);
    expect(years).toEqual([2019, 2020]);
    expect(rows.map((r) => [r.missionId, Object.fromEntries(r.byYear)])).toEqual([
      ["monusco", { 2019: 10, 2020: 12 }],
      ["unmiss", { 2020: 3 }],
    ]);
  });

  it("lay mandates end to end on the timeline", () => {
    const m = (id: string, adoptedOn: string, expiresOn?: string) => ({ id, adoptedOn, expiresOn, poc: "core" }) as unknown as Mandate;
    expect(mandatePeriods([m("b", "2020-06-01", "2021-06-30"), m("a", "2019-06-01", "2020-06-30")], "2024-01-01").map((p) => [p.mandate.id, p.from, p.to])).toEqual([
      ["a", "2019-06-01", "2020-06-01"],
      ["b", "2020-06-01", "2021-06-30"],
    ]);
  });

  it("give each contributor one women's share on the map, whatever the categories of its rows", () => {
    const row = (key: string, category: PersonnelCategory, women: number, total: number) => ({ key, category, women, total });
    const shares = womenShares([
      // Two categories and their "all": the "all" row, wherever it comes.
      row("fra", "troops", 10, 100),
      row("fra", "all", 30, 300),
      row("fra", "individual-police", 20, 200),
      // Two categories and no "all": summed.
      row("gha", "troops", 10, 100),
      row("gha", "staff-officers", 30, 100),
      // No personnel: no share.
      row("nul", "troops", 0, 0),
    ]);
    expect(Object.fromEntries(shares)).toEqual({ fra: 0.1, gha: 0.2 });
  });

  it("map annual means only for years that had ended by the date; endorsements on the day", () => {
    expect(layerYear("contributions", "2019-12-31")).toBe(2019);
    expect(layerYear("women", "2017-06-30")).toBe(2016);
    expect(layerYear("contributions", "2017-01-01")).toBe(2016);
    expect(layerYear("endorsements", "2017-06-30")).toBe(2017);
  });

  it("colour the map by classes with a legend in each language", () => {
    expect(layerOf("women")).toBe("women");
    expect(layerOf("nonsense")).toBe("endorsements");
    expect([undefined, 0, 1].map((v) => bucketOf("endorsements", v))).toEqual([0, 1, 4]);
    expect([50, 500, 2000, 9000].map((v) => bucketOf("contributions", v))).toEqual([1, 2, 3, 4]);
    expect([0.01, 0.07, 0.15, 0.5].map((v) => bucketOf("women", v))).toEqual([1, 2, 3, 4]);
    expect(legendOf("women", "fr", (k) => translate("fr", k)).map((l) => l.label.replace(/\s/g, " "))).toEqual(["< 5 %", "5 % – 10 %", "10 % – 20 %", "≥ 20 %", "Pas de données"]);
  });
});
