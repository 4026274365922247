// daysBetween counts days by arithmetic on the digits; Date.UTC is the independent count it must agree with.
import { describe, expect, it } from "vitest";
import { daysBetween } from "../src/analytics/stats.js";

const utcDays = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const iso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

describe("daysBetween", () => {
  it("counts across leap days, century years and year ends, as written out", () => {
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
    expect(daysBetween("2019-02-28", "2019-03-01")).toBe(1);
    expect(daysBetween("1900-02-28", "1900-03-01")).toBe(1);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
    expect(daysBetween("2016-12-31", "2017-01-01")).toBe(1);
    expect(daysBetween("2015-09-28", "2017-11-15")).toBe(779);
    expect(daysBetween("2017-11-15", "2015-09-28")).toBe(-779);
    expect(daysBetween("1970-01-01", "1970-01-01")).toBe(0);
  });

  it("agrees with Date.UTC on every day from 1945 to 2100, against a fixed day and the next", () => {
    const start = utcDays("1945-01-01");
    const end = utcDays("2100-12-31");
    for (let day = start; day <= end; day++) {
      const date = iso(day);
      expect(daysBetween("1970-01-01", date)).toBe(day);
      if (day < end) expect(daysBetween(date, iso(day + 1))).toBe(1);
    }
  });
});
