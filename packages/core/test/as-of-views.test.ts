import { describe, expect, it } from "vitest";
import { cumulativeByYear, latestDataDate, missionStanding, periodsEndedBy, yearEndsThrough, yearsEndedBy } from "../src/analytics/index.js";

describe("views as of a date", () => {
  it("defaults to the last day of the latest year with personnel", () => {
    expect(latestDataDate([{ year: 2019, total: 10 }, { year: 2021, total: 0 }, { year: 2020, total: 5 }])).toBe("2020-12-31");
    expect(latestDataDate([{ year: 2019, total: 0 }])).toBeUndefined();
    expect(latestDataDate([])).toBeUndefined();
  });

  it("keeps only the annual figures of years over by the date", () => {
    const points = [{ year: 2016 }, { year: 2017 }, { year: 2018 }];
    expect(yearsEndedBy(points, "2017-11-15")).toEqual([{ year: 2016 }]);
    expect(yearsEndedBy(points, "2017-12-31")).toEqual([{ year: 2016 }, { year: 2017 }]);
    expect(yearsEndedBy(points, "2015-06-01")).toEqual([]);
  });

  it("keeps only the periods over by the date", () => {
    const rows = [{ id: "a", periodEnd: "2016-12-31" }, { id: "b", periodEnd: "2017-12-31" }, { id: "c", periodEnd: "2017-11-15" }];
    expect(periodsEndedBy(rows, "2017-11-15").map((r) => r.id)).toEqual(["a", "c"]);
  });

  it("says whether a mission had started, was active or had closed on a date", () => {
    expect(missionStanding({ startDate: "2011-07-09", endDate: undefined }, "2011-07-08")).toBe("not-started");
    expect(missionStanding({ startDate: "2011-07-09", endDate: undefined }, "2011-07-09")).toBe("active");
    expect(missionStanding({ startDate: "1999-10-22", endDate: "2006-12-31" }, "2006-12-31")).toBe("active");
    expect(missionStanding({ startDate: "1999-10-22", endDate: "2006-12-31" }, "2007-01-01")).toBe("closed");
    expect(missionStanding({ startDate: undefined, endDate: undefined }, "2020-01-01")).toBe("not-started");
  });

  it("counts dates by year up to the date, never after it", () => {
    expect(cumulativeByYear(["2016-03-01", "2015-05-29", "2019-01-01", "2015-12-31"], 2015, "2017-06-30")).toEqual([
      { year: 2015, count: 2 },
      { year: 2016, count: 3 },
      { year: 2017, count: 3 },
    ]);
    expect(cumulativeByYear(["2017-11-16"], 2017, "2017-11-15")).toEqual([{ year: 2017, count: 0 }]);
  });

  it("runs year-ends through the date, ending on the date itself", () => {
    expect(yearEndsThrough(2015, "2017-11-15")).toEqual(["2015-12-31", "2016-12-31", "2017-11-15"]);
    expect(yearEndsThrough(2018, "2017-11-15")).toEqual([]);
  });
});
