// A small world for the analytics tests. Every expected value in
// analytics.test.ts is worked out by hand from these records.
import { DatasetSchema, type Dataset, type DatasetInput, type OifStatus, type RegionalGroup } from "@bluehelm/core";

const p = { sources: ["s1"], confidence: "verified" as const };
const state = (id: string, group: RegionalGroup, oif: OifStatus, languages: string[], since?: string) => ({
  kind: "state" as const,
  id,
  names: { en: id.toUpperCase(), fr: id.toUpperCase() },
  iso2: id.slice(0, 2).toUpperCase(),
  iso3: id.toUpperCase(),
  m49: 100 + id.charCodeAt(0),
  regionalGroup: group,
  languages,
  oif,
  ...(since ? { since } : {}),
  ...p,
});
const year = (y: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, measure: "annual-mean" as const });

export function analyticsInput(): DatasetInput {
  return structuredClone({
    sources: [{ id: "s1", title: "Source one", confidence: "verified" }],
    actors: [
      state("aaa", "african", "member", ["fr"]),
      state("bbb", "african", "none", ["en"]),
      state("ccc", "weog", "none", ["fr", "de"]),
      state("ddd", "asia-pacific", "none", ["en"]),
      state("eee", "weog", "none", ["en"]),
      state("fff", "african", "none", ["en"], "2011-07-14"),
    ],
    instruments: [{ id: "kp", kind: "principles", title: { en: "Kigali Principles" }, adoptedOn: "2015-05-29", ...p }],
    endorsements: [
      { id: "e-a", actorId: "aaa", instrumentId: "kp", date: { precision: "month", date: "2015-05", qualifier: "on" }, ...p },
      { id: "e-b", actorId: "bbb", instrumentId: "kp", date: { precision: "day", date: "2016-11-30", qualifier: "by" }, ...p },
      { id: "e-c1", actorId: "ccc", instrumentId: "kp", date: { precision: "day", date: "2016-05-11", qualifier: "by" }, ...p },
      { id: "e-c2", actorId: "ccc", instrumentId: "kp", date: { precision: "day", date: "2016-04-18", qualifier: "on" }, ...p },
    ],
    missions: [
      { id: "m1", acronym: "MONE", names: { en: "Mission one" }, startDate: "2010-01-01", francophoneEnvironment: "yes", ...p },
      { id: "m2", acronym: "MTWO", names: { en: "Mission two" }, startDate: "2012-01-01", francophoneEnvironment: "no", ...p },
      { id: "m3", acronym: "MTHREE", names: { en: "Mission three" }, startDate: "2014-01-01", francophoneEnvironment: "partial", ...p },
      { id: "m4", acronym: "MFOUR", names: { en: "Mission four" }, startDate: "2000-01-01", endDate: "2009-12-31", francophoneEnvironment: "yes", ...p },
    ],
    mandates: [
      { id: "m1-a", missionId: "m1", adoptedOn: "2010-05-28", poc: "limited", ...p },
      { id: "m1-b", missionId: "m1", adoptedOn: "2020-12-18", poc: "core", ceilings: { individualPolice: 400, formedPoliceUnits: 3 }, ...p },
      { id: "m2-a", missionId: "m2", adoptedOn: "2011-12-01", poc: "none", ...p },
      { id: "m4-a", missionId: "m4", adoptedOn: "2000-01-01", poc: "core", ...p },
    ],
    contributions: [
      { id: "c1", contributorId: "aaa", missionId: "m1", ...year(2021), category: "all", women: 60, men: 540, total: 600, ...p },
      { id: "c2", contributorId: "ccc", missionId: "m1", ...year(2021), category: "all", women: 20, men: 80, total: 100, ...p },
      { id: "c3", contributorId: "eee", missionId: "m1", ...year(2021), category: "individual-police", women: 30, men: 90, total: 120, ...p },
      { id: "c4", contributorId: "bbb", missionId: "m2", ...year(2021), category: "all", women: 25, men: 275, total: 300, ...p },
      { id: "c5", contributorId: "ddd", missionId: "m3", ...year(2021), category: "all", women: 0, men: 50, total: 50, ...p },
      // The ranking of 31 January 2021 (all missions).
      ...([["aaa", 1, 1000], ["bbb", 2, 800], ["ddd", 3, 500], ["eee", 4, 100]] as const).map(([id, rank, total]) => ({
        id: `r-${id}`,
        contributorId: id,
        periodStart: "2021-01-31",
        periodEnd: "2021-01-31",
        measure: "snapshot" as const,
        category: "all" as const,
        total,
        rank,
        ...p,
      })),
    ],
    pledges: [
      { id: "p1", actorId: "aaa", announcedOn: "2017-11-15", kind: "unit", title: { en: "Hospital" }, themeIds: [], unit: { unitType: "level-2-hospital", quantity: 1 }, missionId: "m1", ...p },
      { id: "p2", actorId: "bbb", announcedOn: "2017-11-15", kind: "unit", title: { en: "Helicopters" }, unit: { unitType: "utility-helicopter-unit", quantity: 1, women: 4 }, missionId: "m1", ...p },
      { id: "p3", actorId: "ccc", announcedOn: "2019-01-01", kind: "training", title: { en: "Training" }, ...p },
      { id: "p4", actorId: "ddd", announcedOn: "2020-01-01", kind: "unit", title: { en: "FPUs" }, unit: { unitType: "formed-police-unit", quantity: 2, languages: ["fr"] }, missionId: "m1", ...p },
    ],
    pledgeEvents: [
      { id: "p1-d", pledgeId: "p1", type: "deployed", date: "2018-06-01", ...p },
      { id: "p1-f", pledgeId: "p1", type: "fulfilled", date: "2019-06-01", ...p },
      { id: "p2-r", pledgeId: "p2", type: "registered", date: "2018-01-10", ...p },
      { id: "p3-w", pledgeId: "p3", type: "withdrawn", date: "2019-06-01", ...p },
      { id: "p4-d", pledgeId: "p4", type: "deployed", date: "2020-07-01", ...p },
    ],
    capabilityRequirements: [
      { id: "r1", missionId: "m1", unitType: "utility-helicopter-unit", quantity: 3, languages: ["fr"], womenMinimum: 10, publishedOn: "2019-01-01", ...p },
      { id: "r2", missionId: "m1", unitType: "level-2-hospital", quantity: 1, publishedOn: "2017-01-01", ...p },
    ],
    genderTargets: [
      { id: "g1", strategy: "UGPS", category: "all", year: 2020, share: 0.1, ...p },
      { id: "g2", strategy: "UGPS", category: "individual-police", year: 2021, share: 0.2, ...p },
      { id: "g3", strategy: "UGPS", category: "all", year: 2028, share: 0.15, ...p },
    ],
    conductStats: [{ id: "sea-1", missionId: "m1", year: 2021, category: "sea", allegations: 4, ...p }],
  } satisfies DatasetInput);
}

export function analyticsDataset(): Dataset {
  return DatasetSchema.parse(analyticsInput());
}
