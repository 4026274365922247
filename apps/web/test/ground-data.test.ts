import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConflictEvent, DeploymentSite } from "@bluehelm/core";
import type { NearSitesYear } from "@bluehelm/core/analytics";
import { LANGS, type Lang } from "../src/i18n.js";
import { eventRows, fitTarget, nearSeries, pickYear, scaleBarKm, siteRows, yearChoices, yearRanges, yearsToCount } from "../src/pages/ground-data.js";
import { groundViewParams, href, langOf, parseGroundView, parseRoute, type GroundView } from "../src/url.js";

const site = (id: string, place: string, total: number | undefined, contributors: { actorId: string; total?: number }[] = []): DeploymentSite =>
  ({
    id,
    dataset: "radpko",
    missionId: "minusca",
    place,
    coordinates: { lat: 4, lon: 18 },
    periodStart: "2015-01-01",
    periodEnd: "2015-12-31",
    year: 2015,
    personnel: total === undefined ? {} : { total },
    contributors,
    capabilities: [],
    sources: ["s"],
    confidence: "reported",
  });

describe("the ground views' URL", () => {
  const view: fc.Arbitrary<GroundView> = fc.record(
    {
      missionId: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8})?$/),
      siteSet: fc.constantFrom("radpko" as const, "geo-pko" as const),
      violence: fc.constantFrom("one-sided" as const, "all" as const),
      year: fc.integer({ min: 1945, max: 2100 }),
      scope: fc.constantFrom("mission" as const, "all" as const),
      asOf: fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    },
    { requiredKeys: ["siteSet", "violence", "scope"] },
  );

  it("a ground view survives the round trip through its URL, in either language", () => {
    fc.assert(
      fc.property(view, fc.constantFrom<Lang>(...LANGS), (v, lang) => {
        const url = new URL(href("/ground", lang, groundViewParams(v)), "http://x");
        expect(parseRoute(url.pathname)).toEqual({ page: "ground" });
        expect(langOf(url.searchParams)).toBe(lang);
        expect(parseGroundView(url.searchParams)).toEqual(v);
      }),
    );
  });

  it("leaves the defaults out and refuses values that are not valid", () => {
    expect(href("/ground", "en", groundViewParams({ siteSet: "radpko", violence: "one-sided", scope: "mission" }))).toBe("/ground");
    expect(parseGroundView(new URLSearchParams("siteSet=acled&violence=some&year=20x5&missionId=Bad%20Id&scope=x&asOf=2019-02-30"))).toEqual({ siteSet: "radpko", violence: "one-sided", scope: "mission" });
  });
});

describe("the ground views' data", () => {
  it("offers the years with data up to the view's, once each, ascending, and picks the one asked for or the latest", () => {
    expect(yearChoices([2019, 2015, 2017, 2015, 2021], 2019)).toEqual([2015, 2017, 2019]);
    expect(pickYear([2015, 2017, 2019], 2017)).toBe(2017);
    expect(pickYear([2015, 2017, 2019], 2016)).toBe(2019);
    expect(pickYear([], 2016)).toBeUndefined();
    expect(yearsToCount(2014, 2019, [2015, 2016, 2017, 2018, 2019])).toEqual([2014]);
    expect(yearsToCount(undefined, 2019, [])).toEqual([]);
  });

  it("fits the map to every point with a margin, and never to less than the minimum span", () => {
    expect(fitTarget([])).toBeUndefined();
    const box = fitTarget([
      { lat: 4, lon: 18 },
      { lat: 8, lon: 22 },
    ])!;
    expect(box.coordinates).toEqual([
      [17.5, 3.5],
      [22.5, 3.5],
      [22.5, 8.5],
      [17.5, 8.5],
    ]);
    // One site alone: a box 2° wide and high around it.
    expect(fitTarget([{ lat: 4, lon: 18 }])!.coordinates).toEqual([
      [17, 3],
      [19, 3],
      [19, 5],
      [17, 5],
    ]);
    fc.assert(
      fc.property(fc.array(fc.record({ lat: fc.double({ min: -60, max: 60, noNaN: true }), lon: fc.double({ min: -170, max: 170, noNaN: true }) }), { minLength: 1, maxLength: 20 }), (points) => {
        const [[w, s], , [e, n]] = fitTarget(points)!.coordinates as [[number, number], unknown, [number, number]];
        for (const p of points) expect(p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n).toBe(true);
        expect(e - w).toBeGreaterThanOrEqual(2 - 1e-9);
      }),
    );
  });

  it("picks a round scale bar no longer than asked", () => {
    expect(scaleBarKm(260)).toBe(250);
    expect(scaleBarKm(99)).toBe(50);
    expect(scaleBarKm(0.5)).toBe(1);
  });

  it("lists the sites with most personnel first, those without a figure last, and their contributors the same way", () => {
    const rows = siteRows([site("a", "Bria", 300), site("b", "Bangui", 3200, [{ actorId: "npl" }, { actorId: "rwa", total: 900 }, { actorId: "ban", total: 2300 }]), site("c", "Birao", undefined)]);
    expect(rows.map((r) => r.place)).toEqual(["Bangui", "Bria", "Birao"]);
    expect(rows[0]!.contributors).toEqual([
      { actorId: "ban", total: 2300 },
      { actorId: "rwa", total: 900 },
      { actorId: "npl", total: undefined },
    ]);
  });

  it("counts the events and their deaths by type of violence", () => {
    const ev = (type: ConflictEvent["typeOfViolence"], civilians: number, best: number) => ({ typeOfViolence: type, deaths: { sideA: 0, sideB: 0, unknown: 0, civilians, best, low: best, high: best } });
    expect(eventRows([ev("3", 4, 4), ev("1", 0, 12), ev("3", 10, 11)])).toEqual([
      { type: "1", events: 1, civilianDeaths: 0, bestDeaths: 12 },
      { type: "3", events: 2, civilianDeaths: 14, bestDeaths: 15 },
    ]);
    expect(eventRows([])).toEqual([]);
  });

  it("makes the chart's series of near and beyond from the answer's years", () => {
    const tally = (events: number, civilianDeaths: number) => ({ events, civilianDeaths, bestDeaths: civilianDeaths });
    const years: NearSitesYear[] = [
      { year: 2015, activeSites: 10, near: tally(30, 99), beyond: tally(62, 243), nearShare: 30 / 92 },
      { year: 2016, activeSites: 12, near: tally(17, 110), beyond: tally(32, 265), nearShare: 17 / 49 },
    ];
    expect(nearSeries(years, "civilianDeaths")).toEqual({
      years: [2015, 2016],
      series: [
        { key: "near", values: [99, 110] },
        { key: "beyond", values: [243, 265] },
      ],
    });
  });
});

describe("yearRanges", () => {
  it("writes runs of years as ranges", () => {
    expect(yearRanges([2015, 2010, 2011, 2012])).toBe("2010–2012, 2015");
    expect(yearRanges([2019])).toBe("2019");
    expect(yearRanges([])).toBe("");
  });
});
