import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatNumber, languageName, pluralForm } from "./format.js";

// The expected strings are written out by hand, as Node 20's ICU writes them:
// French separates thousands with a narrow no-break space (U+202F).
const NNBSP = "\u202f";
// …and a no-break space (U+00A0) before the percent sign.
const NBSP = "\u00a0";
const PLEDGES = { one: "pledge", other: "pledges" } as const;
const ENGAGEMENTS = { one: "engagement", other: "engagements" } as const;

describe("formatCount and pluralForm", () => {
  it("follow English plural rules: only 1 is singular", () => {
    expect(formatCount(0, "en", PLEDGES)).toBe("0 pledges");
    expect(formatCount(1, "en", PLEDGES)).toBe("1 pledge");
    expect(formatCount(2, "en", PLEDGES)).toBe("2 pledges");
    expect(formatCount(1.5, "en", PLEDGES)).toBe("1.5 pledges");
    expect(formatCount(12345, "en", PLEDGES)).toBe("12,345 pledges");
  });
  it("follow French plural rules: 0, 1 and 1.5 are singular", () => {
    expect(formatCount(0, "fr", ENGAGEMENTS)).toBe("0 engagement");
    expect(formatCount(1, "fr", ENGAGEMENTS)).toBe("1 engagement");
    expect(formatCount(1.5, "fr", ENGAGEMENTS)).toBe("1,5 engagement");
    expect(formatCount(2, "fr", ENGAGEMENTS)).toBe("2 engagements");
    expect(formatCount(12345, "fr", ENGAGEMENTS)).toBe(`12${NNBSP}345 engagements`);
  });
  it("give the form alone", () => {
    expect(pluralForm(1, "en", PLEDGES)).toBe("pledge");
    expect(pluralForm(0, "en", PLEDGES)).toBe("pledges");
    expect(pluralForm(0, "fr", ENGAGEMENTS)).toBe("engagement");
    expect(pluralForm(3, "fr", ENGAGEMENTS)).toBe("engagements");
  });
  it("use a category's own form when given, and `other` for a category not given", () => {
    // Arabic has zero, one, two, few, many and other.
    const forms = { zero: "Z", one: "O", two: "T", few: "F", other: "X" } as const;
    expect(pluralForm(0, "ar", forms)).toBe("Z");
    expect(pluralForm(2, "ar", forms)).toBe("T");
    expect(pluralForm(3, "ar", forms)).toBe("F");
    expect(pluralForm(11, "ar", forms)).toBe("X"); // "many", not given
  });
  it("take the number's options for the number and its plural", () => {
    expect(formatCount(1, "en", PLEDGES, { minimumFractionDigits: 1 })).toBe("1.0 pledges");
    expect(formatCount(1000, "fr", ENGAGEMENTS, { useGrouping: false })).toBe("1000 engagements");
  });
  it("refuse what is not a number", () => {
    expect(() => formatCount(Number.NaN, "en", PLEDGES)).toThrow(/pluralForm|formatNumber/);
    expect(() => pluralForm("3" as unknown as number, "en", PLEDGES)).toThrow(/expected a number, got 3/);
  });
});

describe("formatNumber", () => {
  it("writes numbers the locale's way", () => {
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.891");
    expect(formatNumber(1234567.891, "fr")).toBe(`1${NNBSP}234${NNBSP}567,891`);
    expect(formatNumber(0.125, "fr", { style: "percent", maximumFractionDigits: 1 })).toBe(`12,5${NBSP}%`);
    expect(formatNumber(0.125, "en", { style: "percent", maximumFractionDigits: 1 })).toBe("12.5%");
    expect(formatNumber(-3, "en")).toBe("-3");
  });
  it("passes other BCP 47 tags through", () => {
    expect(formatNumber(1234.5, "de-DE")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en-US")).toBe("1,234.5");
  });
});

describe("formatDate", () => {
  it("writes a day, day first, in both languages", () => {
    expect(formatDate("2024-03-05", "en")).toBe("5 March 2024");
    expect(formatDate("2024-03-05", "fr")).toBe("5 mars 2024");
    expect(formatDate("2024-03-05", "en", "medium")).toBe("5 Mar 2024");
    expect(formatDate("2024-03-05", "fr", "medium")).toBe("5 mars 2024");
    expect(formatDate("2024-03-05", "en", "short")).toBe("05/03/2024");
    expect(formatDate("2024-03-05", "fr", "short")).toBe("05/03/2024");
  });
  it("writes the first of a month 1er in French", () => {
    expect(formatDate("2017-11-01", "fr")).toBe("1er novembre 2017");
    expect(formatDate("2017-11-01", "en")).toBe("1 November 2017");
    expect(formatDate("2017-11-11", "fr")).toBe("11 novembre 2017");
  });
  it("is in UTC: the last and first days of a year stay on their day", () => {
    expect(formatDate("2015-12-31", "en")).toBe("31 December 2015");
    expect(formatDate("2016-01-01", "en")).toBe("1 January 2016");
    expect(formatDate("2024-02-29", "fr")).toBe("29 février 2024");
  });
  it("writes a month or a year at its precision, never inventing a day", () => {
    expect(formatDate("2015-05", "en")).toBe("May 2015");
    expect(formatDate("2015-05", "fr")).toBe("mai 2015");
    expect(formatDate("2015-05", "en", "medium")).toBe("May 2015");
    expect(formatDate("2015-09", "en", "medium")).toBe("Sept 2015");
    expect(formatDate("2015-05", "fr", "short")).toBe("05/2015");
    expect(formatDate("2016", "en")).toBe("2016");
    expect(formatDate("2016", "fr", "short")).toBe("2016");
  });
  it("writes partial date records with their qualifier", () => {
    expect(formatDate({ precision: "month", date: "2016-11", qualifier: "by" }, "en")).toBe("by November 2016");
    expect(formatDate({ precision: "month", date: "2016-11", qualifier: "by" }, "fr")).toBe("au plus tard en novembre 2016");
    expect(formatDate({ precision: "day", date: "2016-11-30", qualifier: "by" }, "fr")).toBe("au plus tard le 30 novembre 2016");
    expect(formatDate({ precision: "year", date: "2016", qualifier: "by" }, "fr")).toBe("au plus tard en 2016");
    expect(formatDate({ precision: "year", date: "2015", qualifier: "on" }, "en")).toBe("2015");
  });
  it("refuses what is not a date, naming it, in English and French", () => {
    expect(() => formatDate("2021-02-30", "en")).toThrow(RangeError);
    expect(() => formatDate("2021-02-30", "en")).toThrow(/"2021-02-30" is not a date YYYY, YYYY-MM or YYYY-MM-DD.*« 2021-02-30 » n'est pas une date/);
    expect(() => formatDate("2021-13", "fr")).toThrow(/"2021-13"/);
    expect(() => formatDate("5 March 2024", "en")).toThrow(/"5 March 2024"/);
    expect(() => formatDate("2024-03-05T10:00:00Z", "en")).toThrow(RangeError);
  });
});

describe("languageName", () => {
  it("names languages in the locale", () => {
    expect(languageName("fr", "en")).toBe("French");
    expect(languageName("en", "fr")).toBe("anglais");
    expect(languageName("ar", "fr")).toBe("arabe");
    expect(languageName("es", "en")).toBe("Spanish");
  });
  it("falls back to the code", () => {
    expect(languageName("qaa", "en")).toBe("qaa");
    expect(languageName("not a code!", "en")).toBe("not a code!");
  });
});
