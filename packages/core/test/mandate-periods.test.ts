import { mandatePeriods, mandatesAdoptedBy } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";

const mandate = (id: string, adoptedOn: string, expiresOn?: string) => ({ id, adoptedOn, expiresOn });
const spans = (periods: ReturnType<typeof mandatePeriods>) => periods.map((p) => [p.mandate.id, p.from, p.to]);

describe("mandatePeriods", () => {
  it("lays mandates end to end by adoption: each until the next one's adoption, the last until its expiry", () => {
    expect(spans(mandatePeriods([mandate("b", "2020-06-01", "2021-06-30"), mandate("a", "2019-06-01", "2020-06-30")], "2024-01-01"))).toEqual([
      ["a", "2019-06-01", "2020-06-01"],
      ["b", "2020-06-01", "2021-06-30"],
    ]);
  });

  it("runs the last mandate to the end when it expires later or not at all", () => {
    expect(spans(mandatePeriods([mandate("a", "2019-06-01", "2030-06-30")], "2024-01-01"))).toEqual([["a", "2019-06-01", "2024-01-01"]]);
    expect(spans(mandatePeriods([mandate("a", "2019-06-01")], "2024-01-01"))).toEqual([["a", "2019-06-01", "2024-01-01"]]);
  });

  it("orders mandates adopted the same day by id, and never ends a period before it starts", () => {
    expect(spans(mandatePeriods([mandate("y", "2020-01-10"), mandate("x", "2020-01-10")], "2021-01-01"))).toEqual([
      ["x", "2020-01-10", "2020-01-10"],
      ["y", "2020-01-10", "2021-01-01"],
    ]);
    // An end before the adoption: the period is the day of adoption alone.
    expect(spans(mandatePeriods([mandate("a", "2020-01-10")], "2019-12-31"))).toEqual([["a", "2020-01-10", "2020-01-10"]]);
    expect(mandatePeriods([], "2024-01-01")).toEqual([]);
  });

  it("counts a mandate adopted in a month or a year from that month's or year's last day", () => {
    const list = [mandate("a", "2019-06-01", "2020-06-30"), { id: "b", adoptedIn: { precision: "month" as const, date: "2020-02", qualifier: "on" as const } }, { id: "c", adoptedIn: { precision: "year" as const, date: "2021", qualifier: "by" as const } }];
    expect(spans(mandatePeriods(list, "2024-01-01"))).toEqual([
      ["a", "2019-06-01", "2020-02-29"],
      ["b", "2020-02-29", "2021-12-31"],
      ["c", "2021-12-31", "2024-01-01"],
    ]);
  });
});

describe("mandatesAdoptedBy", () => {
  it("keeps the mandates adopted on or before the date, the day itself included, by adoption", () => {
    const list = [mandate("c", "2021-06-30"), mandate("a", "2019-06-01"), mandate("b", "2020-06-01")];
    expect(mandatesAdoptedBy(list, "2020-06-01").map((m) => m.id)).toEqual(["a", "b"]);
    expect(mandatesAdoptedBy(list, "2020-05-31").map((m) => m.id)).toEqual(["a"]);
    expect(mandatesAdoptedBy(list, "2019-05-31")).toEqual([]);
  });

  it("keeps a mandate adopted in a month or a year only once that month or year is over", () => {
    const list = [mandate("a", "2019-06-01"), { id: "b", adoptedIn: { precision: "year" as const, date: "2020", qualifier: "on" as const } }];
    expect(mandatesAdoptedBy(list, "2020-12-30").map((m) => m.id)).toEqual(["a"]);
    expect(mandatesAdoptedBy(list, "2020-12-31").map((m) => m.id)).toEqual(["a", "b"]);
  });
});
