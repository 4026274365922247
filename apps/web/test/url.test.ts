import fc from "fast-check";
import { PLEDGE_KINDS, PLEDGE_STATUSES } from "@bluehelm/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGS, type Lang } from "../src/i18n.js";
import { PLEDGE_SORTS, asOfOf, href, isIsoDate, linkFrom, viewDate, langOf, parsePledgeView, parseRoute, pledgeListQuery, pledgeViewParams, withLang, type PledgeView } from "../src/url.js";

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const view: fc.Arbitrary<PledgeView> = fc.record(
  {
    actorId: id,
    kind: fc.constantFrom(...(Object.keys(PLEDGE_KINDS) as (keyof typeof PLEDGE_KINDS)[])),
    status: fc.constantFrom(...(Object.keys(PLEDGE_STATUSES) as (keyof typeof PLEDGE_STATUSES)[])),
    eventId: id,
    missionId: id,
    sort: fc.constantFrom(...PLEDGE_SORTS),
    asOf: date,
  },
  { requiredKeys: ["sort"] },
);

/** The URL of a view, as the explorer writes it, then read back as a page load would. */
const roundTrip = (v: PledgeView, lang: Lang) => {
  const url = new URL(href("/pledges", lang, pledgeViewParams(v)), "http://x");
  return { route: parseRoute(url.pathname), lang: langOf(url.searchParams), view: parsePledgeView(url.searchParams) };
};

describe("the URL state", () => {
  it("a pledge view survives the round trip through its URL, in either language", () => {
    fc.assert(
      fc.property(view, fc.constantFrom(...LANGS), (v, lang) => {
        const back = roundTrip(v, lang);
        expect(back.route).toEqual({ page: "pledges" });
        expect(back.lang).toBe(lang);
        expect(back.view).toEqual(v);
      }),
    );
  });

  it("switching the language keeps the path and every parameter", () => {
    fc.assert(
      fc.property(view, (v) => {
        const fr = withLang("/pledges", `?${new URLSearchParams(Object.entries(pledgeViewParams(v)).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`, "fr");
        const url = new URL(fr, "http://x");
        expect(langOf(url.searchParams)).toBe("fr");
        expect(parsePledgeView(url.searchParams)).toEqual(v);
        const en = new URL(withLang(url.pathname, url.search, "en"), "http://x");
        expect(en.searchParams.has("lang")).toBe(false);
        expect(parsePledgeView(en.searchParams)).toEqual(v);
      }),
    );
  });

  it("drops values that are not valid instead of passing them to the API", () => {
    const v = parsePledgeView(new URLSearchParams("actorId=Not%20An%20Id&kind=bogus&status=done&sort=drop table&asOf=2024-13-01&missionId=monusco"));
    expect(v).toEqual({ sort: "-announcedOn", missionId: "monusco" });
    expect(asOfOf(new URLSearchParams("asOf=2024-02-30"))).toBeUndefined();
    expect(asOfOf(new URLSearchParams("asOf=2024-02-29"))).toBe("2024-02-29");
  });

  it("asks the API for the same filters and sort", () => {
    expect(pledgeListQuery({ sort: "kind", actorId: "can", status: "announced" })).toEqual({ filter: { actorId: "can", status: "announced" }, sort: "kind", limit: 1000 });
    expect(pledgeListQuery({ sort: "-announcedOn", asOf: "2020-01-01" })).toEqual({ filter: {}, sort: "-announcedOn", limit: 1000, asOf: "2020-01-01" });
  });

  it("routes every page and refuses the rest", () => {
    expect(parseRoute("/")).toEqual({ page: "overview" });
    expect(parseRoute("/states/fra")).toEqual({ page: "state", id: "fra" });
    expect(parseRoute("/missions/monusco/")).toEqual({ page: "mission", id: "monusco" });
    for (const p of ["map", "states", "missions", "principles", "events", "pledges", "editor"]) expect(parseRoute(`/${p}`)).toEqual({ page: p });
    for (const p of ["/nope", "/states/FRA", "/states/fra/x", "/pledges/x", "/states/%E0%A4%A", "/states/fra--x", `/missions/${"a".repeat(121)}`]) expect(parseRoute(p)).toEqual({ page: "not-found" });
    expect(parseRoute(`/missions/${"a".repeat(120)}`)).toEqual({ page: "mission", id: "a".repeat(120) });
  });

  it("links carry the language only when it is French", () => {
    expect(href("/pledges", "en", { status: "announced", kind: undefined, actorId: "" })).toBe("/pledges?status=announced");
    expect(href("/", "fr")).toBe("/?lang=fr");
  });

  it("links carry the view's valid date, unless they set or drop it", () => {
    const from = (q: string) => new URLSearchParams(q);
    expect(linkFrom(from("asOf=2017-06-30&lang=fr&layer=women"), "/principles")).toBe("/principles?asOf=2017-06-30&lang=fr");
    expect(linkFrom(from("asOf=2017-06-30"), "/pledges", { status: "announced" })).toBe("/pledges?status=announced&asOf=2017-06-30");
    expect(linkFrom(from("asOf=2017-06-30"), "/map", { asOf: "2016-12-31" })).toBe("/map?asOf=2016-12-31");
    expect(linkFrom(from("asOf=2017-06-30"), "/pledges", { asOf: undefined })).toBe("/pledges");
    expect(linkFrom(from("asOf=2017-02-30"), "/missions")).toBe("/missions");
    expect(linkFrom(from("asOf=%3Cscript%3E"), "/missions")).toBe("/missions");
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("a view answers for its valid date, else for today (UTC)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-03-04T23:30:00Z"));
    expect(viewDate(new URLSearchParams("asOf=2017-06-30"))).toBe("2017-06-30");
    expect(viewDate(new URLSearchParams("asOf=2017-13-01"))).toBe("2025-03-04");
    expect(viewDate(new URLSearchParams("asOf=2021-02-30"))).toBe("2025-03-04");
    expect(viewDate(new URLSearchParams(""))).toBe("2025-03-04");
  });

  it("takes a date only when it is a real calendar day, by the core's rule", () => {
    for (const day of ["2021-02-28", "2024-02-29", "2000-02-29", "2021-12-31", "1990-01-01"]) expect(isIsoDate(day), day).toBe(true);
    for (const text of ["2021-02-30", "2023-02-29", "2100-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-2-3", "20210203", "2021-02-03T00:00:00Z", " 2021-02-03", ""]) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(asOfOf(new URLSearchParams("asOf=2021-02-30"))).toBeUndefined();
    expect(asOfOf(new URLSearchParams("asOf=2023-02-29"))).toBeUndefined();
    expect(asOfOf(new URLSearchParams("asOf=2021-02-28"))).toBe("2021-02-28");
    expect(parsePledgeView(new URLSearchParams("asOf=2021-02-30"))).toEqual({ sort: "-announcedOn" });
  });
});
