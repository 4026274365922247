import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPartialDate, happenedBy, partialDateRange } from "./dates.js";

describe("partialDateRange", () => {
  it("spans the whole month or year for 'on' dates", () => {
    expect(partialDateRange({ precision: "month", date: "2015-05", qualifier: "on" })).toEqual({ earliest: "2015-05-01", latest: "2015-05-31" });
    expect(partialDateRange({ precision: "month", date: "2016-02", qualifier: "on" })).toEqual({ earliest: "2016-02-01", latest: "2016-02-29" });
    expect(partialDateRange({ precision: "month", date: "1900-02", qualifier: "on" }).latest).toBe("1900-02-28");
    expect(partialDateRange({ precision: "year", date: "2016", qualifier: "on" })).toEqual({ earliest: "2016-01-01", latest: "2016-12-31" });
    expect(partialDateRange({ precision: "day", date: "2016-04-18", qualifier: "on" })).toEqual({ earliest: "2016-04-18", latest: "2016-04-18" });
  });
  it("has no earliest day for 'by' dates", () => {
    expect(partialDateRange({ precision: "month", date: "2016-11", qualifier: "by" })).toEqual({ earliest: undefined, latest: "2016-11-30" });
  });
  it("is certain only once the latest possible day has passed", () => {
    const may = { precision: "month", date: "2015-05", qualifier: "on" } as const;
    expect(happenedBy(may, "2015-05-30")).toBe(false);
    expect(happenedBy(may, "2015-05-31")).toBe(true);
  });
  it("always yields real calendar days with earliest ≤ latest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const r = partialDateRange({ precision: "month", date: `${y}-${String(m).padStart(2, "0")}`, qualifier: "on" });
        const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        expect(r.latest).toBe(last);
        expect(r.earliest! <= r.latest).toBe(true);
      }),
    );
  });
  it("formats in both languages", () => {
    expect(formatPartialDate({ precision: "day", date: "2016-11-30", qualifier: "by" })).toBe("by 2016-11-30");
    expect(formatPartialDate({ precision: "day", date: "2016-11-30", qualifier: "by" }, "fr")).toBe("au plus tard 2016-11-30");
  });
});
