import { describe, expect, it } from "vitest";
import { contributions } from "../src/contributions.js";
import { missions } from "../src/missions.js";
import { CONTRIBUTOR_NAMES } from "../curated/contributor-names.js";
import { COUNTRY_BY_YEAR_MISSIONS } from "../curated/country-by-year.js";
import { contributorId, countryByYearMission } from "../importers/contributions.js";
import { readRaw } from "./raw.js";

const rank = readRaw("un-pk-contributions-2021/Rank.csv");
const cby = readRaw("un-pk-contributions-2021/CountryByYear.csv");

describe("Rank.csv: the ranking of 31 January 2021", () => {
  const snapshots = contributions.filter((c) => c.measure === "snapshot");

  it("has 122 ranked contributors whose totals match an independent sum of the file (81,932 personnel, 5,763 women)", () => {
    expect(rank).toHaveLength(122);
    expect(snapshots).toHaveLength(122);
    const rawTotal = rank.reduce((s, r) => s + Number(r.Total_Uniformed_Personnel), 0);
    const rawWomen = rank.reduce((s, r) => s + Number(r.Female_Personnel), 0);
    expect([rawTotal, rawWomen]).toEqual([81932, 5763]);
    expect(snapshots.reduce((s, c) => s + c.total, 0)).toBe(rawTotal);
    expect(snapshots.reduce((s, c) => s + (c.women ?? 0), 0)).toBe(rawWomen);
    for (const c of snapshots) {
      expect([c.category, c.periodStart, c.periodEnd, c.missionId]).toEqual(["all", "2021-01-31", "2021-01-31", undefined]);
      expect(c.rank).toBeGreaterThanOrEqual(1);
    }
  });

  it("ranks Bangladesh, Rwanda, Ethiopia, Nepal and India first", () => {
    const top = [...snapshots].sort((a, b) => a.rank! - b.rank!).slice(0, 5).map((c) => [c.contributorId, c.total, c.rank]);
    expect(top).toEqual([
      ["bgd", 6711, 1],
      ["rwa", 6378, 2],
      ["eth", 6297, 3],
      ["npl", 5711, 4],
      ["ind", 5429, 5],
    ]);
  });
});

describe("CountryByYear.csv", () => {
  const yearly = contributions.filter((c) => c.measure === "annual-mean");
  const pkoAcronyms = new Set(readRaw("un-psdh-pko-missions/DPPADPOSS-PKO.csv").map((r) => r.mission_acronym!.trim()));
  const keptYears = [2011, 2013, 2014, 2015, 2016, 2018, 2019, 2020];

  it("has 57,425 rows", () => {
    expect(cby).toHaveLength(57425);
  });

  it("imports per year exactly the independent sum of the file's peacekeeping-operation rows (women, men, total)", () => {
    for (const year of keptYears) {
      const rows = cby.filter((r) => Number(r.Year) === year && pkoAcronyms.has(r.Mission!));
      const sum = (col: string) => rows.reduce((s, r) => s + Number(r[col]), 0);
      const mine = yearly.filter((c) => c.periodStart === `${year}-01-01`);
      expect(mine.reduce((s, c) => s + c.total, 0), `total ${year}`).toBe(sum("Total"));
      expect(mine.reduce((s, c) => s + (c.women ?? 0), 0), `women ${year}`).toBe(sum("Female"));
      expect(mine.reduce((s, c) => s + (c.men ?? 0), 0), `men ${year}`).toBe(sum("Male"));
      expect(mine.length, `records ${year}`).toBe(rows.filter((r) => Number(r.Total) + Number(r.Female) + Number(r.Male) > 0).length);
    }
  });

  it("leaves out the partial years 2010, 2012, 2017 and 2021", () => {
    const years = new Set(yearly.map((c) => Number(c.periodStart.slice(0, 4))));
    expect([...years].sort()).toEqual(keptYears);
    for (const c of yearly) {
      expect(c.category).toBe("all");
      expect(c.periodEnd).toBe(`${c.periodStart.slice(0, 4)}-12-31`);
    }
  });

  it("flags UNIFIL 2011 as unverified", () => {
    const unifil2011 = yearly.filter((c) => c.missionId === "unifil" && c.periodStart === "2011-01-01");
    expect(unifil2011.length).toBeGreaterThan(0);
    for (const c of unifil2011) expect(c.confidence).toBe("unverified");
    expect(yearly.filter((c) => c.confidence === "unverified").every((c) => c.missionId === "unifil")).toBe(true);
  });
});

describe("name mapping tables", () => {
  it("map every contributor name of both files to an actor", () => {
    const names = new Set([...cby.map((r) => r.Country!), ...rank.map((r) => r.Contributing_Country!.trim())]);
    expect(names.size).toBeGreaterThan(140);
    for (const name of names) expect(CONTRIBUTOR_NAMES[name], name).toMatch(/^[a-z]{3}$/);
    for (const r of rank) expect(CONTRIBUTOR_NAMES[r.Contributing_Country!.trim()], r.Contributing_Country).toBe(r.ISOCode3!.toLowerCase());
  });

  it("map every mission name of CountryByYear.csv to a mission record or a stated exclusion", () => {
    const ids = new Set(missions.map((m) => m.id));
    const names = new Set(cby.map((r) => r.Mission!));
    expect(names.size).toBe(36);
    for (const name of names) {
      const entry = COUNTRY_BY_YEAR_MISSIONS[name];
      expect(entry, name).toBeDefined();
      if (entry && "missionId" in entry) {
        expect(ids.has(entry.missionId), name).toBe(true);
        expect(pkoName(name)).toBe(true);
      } else expect(pkoName(name), name).toBe(false);
    }
  });

  it("fail with a clear error naming an unknown name and its row", () => {
    expect(() => contributorId("Ruritania", "CountryByYear.csv row 7")).toThrow(/CountryByYear\.csv row 7: contributor name "Ruritania" is not in the name table/);
    expect(() => countryByYearMission("UNXYZ", "CountryByYear.csv row 9")).toThrow(/row 9: mission name "UNXYZ" is not in the mission table/);
    expect(contributorId("Côte d’Ivoire", "x")).toBe("civ");
  });
});

function pkoName(name: string): boolean {
  return readRaw("un-psdh-pko-missions/DPPADPOSS-PKO.csv").some((r) => r.mission_acronym!.trim() === name);
}
