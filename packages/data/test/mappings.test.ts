// The converter that tools use to import CountryByYear-layout files must read
// them exactly as the dataset does, and fail loudly on unknown names.
import { contributions } from "@bluehelm/data/contributions";
import { COUNTRY_BY_YEAR_MISSIONS, KEPT_YEARS, MappingError, countryByYearContribution } from "@bluehelm/data/mappings";
import { describe, expect, it } from "vitest";
import { readRaw } from "./raw.js";

const rows = readRaw("un-pk-contributions-2021/CountryByYear.csv");

describe("countryByYearContribution", () => {
  const results = rows.map((r) => countryByYearContribution(r));

  it("reproduces every shipped yearly record for the kept years, and no other", () => {
    const converted = results.flatMap((r) => (r.kind === "record" && KEPT_YEARS.includes(Number(r.record.periodStart.slice(0, 4))) ? [r.record] : []));
    const shipped = contributions.filter((c) => c.id.startsWith("cby-"));
    expect(converted.length).toBe(shipped.length);
    const byId = new Map(shipped.map((c) => [c.id, c]));
    for (const c of converted) expect(c).toEqual(byId.get(c.id));
  });
  it("marks the partial years unverified, with the reason", () => {
    const r2017 = results.find((r) => r.kind === "record" && r.record.periodStart === "2017-01-01");
    expect(r2017).toMatchObject({ kind: "record", record: { confidence: "unverified", note: expect.stringMatching(/partial year/) as string } });
  });
  it("leaves out the rows of the missions the dataset excludes, with the reason, and reports all-zero rows", () => {
    const zero = (r: Record<string, string>) => r.Female === "0" && r.Male === "0" && r.Total === "0";
    const excluded = results.filter((r) => r.kind === "excluded");
    const spmRows = rows.filter((r) => "excluded" in COUNTRY_BY_YEAR_MISSIONS[r.Mission!]! && !zero(r));
    expect(excluded.length).toBe(spmRows.length);
    expect(spmRows.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.kind === "empty").length).toBe(rows.filter(zero).length);
  });
  it("throws a MappingError naming an unknown contributor or mission, and a bad number", () => {
    const row = { Year: "2019", Country: "Atlantis", Mission: "UNMISS", Female: "1", Male: "2", Total: "3" };
    expect(() => countryByYearContribution(row)).toThrow(MappingError);
    expect(() => countryByYearContribution(row)).toThrow(/Atlantis/);
    try {
      countryByYearContribution({ ...row, Country: "Rwanda", Mission: "UNXYZ" });
    } catch (e) {
      expect(e).toBeInstanceOf(MappingError);
      expect((e as MappingError).column).toBe("Mission");
    }
    expect(() => countryByYearContribution({ ...row, Country: "Rwanda", Total: "3,5" })).toThrow(/not a whole number/);
  });
});
