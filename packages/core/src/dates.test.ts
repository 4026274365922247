import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPartialDate, happenedBy, isIsoDate, partialDateRange } from "./dates.js";
import { isId } from "./ids.js";
import { IdSchema, IsoDateSchema } from "./schemas/common.js";

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

describe("isIsoDate and isId, the checks without zod", () => {
  const digit = fc.constantFrom(..."0123456789");
  const dateLike = fc
    .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
    .map(([y, m, d]) => `${y.join("")}-${m.join("")}-${d.join("")}`);
  it("agree with IsoDateSchema on any date-shaped text and any text", () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string()), (text) => isIsoDate(text) === IsoDateSchema.safeParse(text).success), { numRuns: 5000 });
  });
  it("decide the days that do and do not exist", () => {
    expect(["2024-02-29", "2000-02-29", "2021-12-31", "1947-01-01"].map(isIsoDate)).toEqual([true, true, true, true]);
    expect(["2021-02-30", "2023-02-29", "2100-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021-2-3", " 2021-02-03"].map(isIsoDate)).toEqual([false, false, false, false, false, false, false, false]);
  });
  it("isId agrees with IdSchema", () => {
    const idLike = fc.stringMatching(/^[a-zA-Z0-9.\- ]{0,130}$/);
    fc.assert(fc.property(fc.oneof(idLike, fc.string()), (text) => isId(text) === IdSchema.safeParse(text).success), { numRuns: 5000 });
    expect([isId("a".repeat(120)), isId("a".repeat(121)), isId("rwa"), isId("RWA"), isId("a--b")]).toEqual([true, false, true, false, false]);
  });
});
