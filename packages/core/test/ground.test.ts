// The ground questions on small worlds whose answers are worked out by hand.
// Distances: 0.1° of latitude is 11.12 km, 0.3° is 33.36 km (Earth radius 6,371 km).
import { DatasetSchema, type ConflictEvent, type DatasetInput } from "@bluehelm/core";
import { contributionInputsOf, createIndex, distanceKm, earlyWarning, endorsementOnGround, peacekeeperFatalities, peacekeeperFatalitiesFrom, pledgesAsOf, presenceComparison, spatialIndex, violenceNearSites } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";

const p = { sources: ["s1"], confidence: "reported" as const };
const state = (id: string) => ({
  kind: "state" as const,
  id,
  names: { en: id.toUpperCase(), fr: id.toUpperCase() },
  iso2: id.slice(0, 2).toUpperCase(),
  iso3: id.toUpperCase(),
  m49: 100 + id.charCodeAt(0) + id.charCodeAt(1),
  regionalGroup: "african" as const,
  languages: ["en"],
  oif: "none" as const,
  ...p,
});
const site = (id: string, lat: number, lon: number, year: number, total: number, contributors: { actorId: string; total: number }[] = []) => ({
  id: `radpko.m.hhh.${id}.${year}`,
  dataset: "radpko" as const,
  missionId: "m",
  place: id,
  hostId: "hhh",
  coordinates: { lat, lon },
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
  year,
  measure: "annual-mean" as const,
  personnel: { total },
  contributors,
  ...p,
});
let nextId = 1;
const event = (o: { lat: number; lon: number; date: string; type?: "1" | "2" | "3"; precision?: "1" | "2" | "3" | "4"; civilians?: number; best?: number; host?: string }) => {
  const id = nextId++;
  const civilians = o.civilians ?? 0;
  const best = o.best ?? civilians;
  return {
    id: `ucdp-ged.${id}`,
    ucdpId: id,
    release: "24.1",
    year: Number(o.date.slice(0, 4)),
    typeOfViolence: o.type ?? "3",
    sideA: "Armed group",
    sideB: "Civilians",
    dateStart: o.date,
    dateEnd: o.date,
    datePrecision: "1" as const,
    coordinates: { lat: o.lat, lon: o.lon },
    locationPrecision: o.precision ?? "1",
    country: (o.host ?? "hhh").toUpperCase(),
    countryId: 1,
    hostId: o.host ?? "hhh",
    deaths: { sideA: 0, sideB: 0, civilians, unknown: best - civilians, best, low: best, high: best },
    ...p,
  };
};
const base = (): DatasetInput => ({
  sources: [{ id: "s1", title: "Source one", confidence: "reported" }],
  actors: [state("hhh"), state("zzz"), state("aaa"), state("bbb")],
  missions: [{ id: "m", acronym: "M", names: { en: "Mission" }, hostIds: ["hhh"], startDate: "2010-01-01", francophoneEnvironment: "no", ...p }],
});

describe("distanceKm and spatialIndex", () => {
  it("measures great-circle distances", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ lat: 0, lon: 20 }, { lat: 0.3, lon: 20 })).toBeCloseTo(33.36, 1);
  });

  it("finds the points within a radius, nearest first, across the antimeridian", () => {
    const index = spatialIndex([
      { id: "far", coordinates: { lat: 0, lon: 1 } },
      { id: "east", coordinates: { lat: 0, lon: 179.9 } },
      { id: "near", coordinates: { lat: 0, lon: -179.95 } },
    ]);
    expect(index.near({ lat: 0, lon: -179.99 }, 25).map((n) => n.item.id)).toEqual(["near", "east"]);
    expect(index.near({ lat: 0, lon: -179.99 }, 5).map((n) => n.item.id)).toEqual(["near"]);
    expect(spatialIndex([]).near({ lat: 0, lon: 0 }, 100)).toEqual([]);
  });
});

/** One mission, one active and one empty base in 2014, events placed around them. */
function nearWorld() {
  nextId = 1;
  const input = base();
  input.deploymentSites = [site("a", 0, 20, 2014, 500), site("b", 1, 20, 2014, 0)];
  input.conflictEvents = [
    event({ lat: 0.1, lon: 20, date: "2014-06-01", civilians: 5, best: 6 }), // 1: 11 km from a: near
    event({ lat: 0.3, lon: 20, date: "2014-03-01", precision: "2", civilians: 3 }), // 2: 33 km: beyond
    event({ lat: 1.05, lon: 20, date: "2014-04-01", civilians: 2 }), // 3: near the empty base only: beyond
    event({ lat: 0.05, lon: 20, date: "2014-07-01", type: "1", civilians: 1 }), // 4: state-based
    event({ lat: 0.05, lon: 20, date: "2014-08-01", precision: "4", civilians: 4 }), // 5: imprecise
    event({ lat: 0.1, lon: 20.1, date: "2014-01-15", civilians: 7, host: "zzz" }), // 6: across the border, 15.7 km: near
    event({ lat: 5, lon: 25, date: "2014-05-01", civilians: 9, host: "zzz" }), // 7: elsewhere
    event({ lat: 0.02, lon: 20, date: "2015-02-01", civilians: 1 }), // 8: a year without site data
  ];
  input.pledges = [
    { id: "rp", actorId: "aaa", announcedOn: "2013-01-01", kind: "unit", title: { en: "Battalion" }, unit: { unitType: "infantry-battalion", quantity: 1 }, ...p },
  ];
  input.pledgeEvents = [{ id: "rp-r", pledgeId: "rp", type: "rapid-deployment", date: "2014-03-01", ...p }];
  return createIndex(DatasetSchema.parse(input));
}

describe("violenceNearSites", () => {
  it("counts one-sided violence near and beyond the active sites, per year", () => {
    const { value, method } = violenceNearSites(nearWorld(), { missionId: "m", asOf: "2024-01-01" });
    expect(value.years).toEqual([
      {
        year: 2014,
        activeSites: 1,
        near: { events: 2, civilianDeaths: 12, bestDeaths: 13 },
        beyond: { events: 2, civilianDeaths: 5, bestDeaths: 5 },
        nearShare: 0.5,
      },
    ]);
    expect(value.total.near.events).toBe(2);
    expect(method.en).toContain("location precision 1, 2");
    expect(method.en).toContain("within 25 km");
  });

  it("follows the radius, the precisions and the types asked", () => {
    const ix = nearWorld();
    const wider = violenceNearSites(ix, { missionId: "m", radiusKm: 40, asOf: "2024-01-01" }).value.years[0]!;
    expect([wider.near.events, wider.near.civilianDeaths, wider.beyond.events, wider.beyond.civilianDeaths]).toEqual([3, 15, 1, 2]);
    const imprecise = violenceNearSites(ix, { missionId: "m", precision: ["1", "2", "3", "4"], asOf: "2024-01-01" }).value.years[0]!;
    expect([imprecise.near.events, imprecise.near.civilianDeaths]).toEqual([3, 16]);
    const all = violenceNearSites(ix, { missionId: "m", violence: ["1", "3"], asOf: "2024-01-01" }).value.years[0]!;
    expect([all.near.events, all.near.civilianDeaths]).toEqual([3, 13]);
  });

  it("answers for its date: nothing after it counts", () => {
    const early = violenceNearSites(nearWorld(), { missionId: "m", asOf: "2014-05-31" }).value.years[0]!;
    // Events 1 (June) is not yet known; 6 (January) is.
    expect([early.near.events, early.near.civilianDeaths]).toEqual([1, 7]);
    expect(violenceNearSites(nearWorld(), { missionId: "m", asOf: "2013-12-31" }).value.years).toEqual([]);
  });
});

describe("earlyWarning", () => {
  it("lists the events that harmed civilians near active sites, with the units at the rapid deployment level", () => {
    const { value } = earlyWarning(nearWorld(), { asOf: "2024-01-01" });
    expect(value.screened).toBe(7);
    expect(value.alerts.map((a) => a.event.id)).toEqual(["ucdp-ged.8", "ucdp-ged.4", "ucdp-ged.1", "ucdp-ged.6"]);
    const [e8, , e1, e6] = value.alerts;
    expect(e8!.sitesFromEarlierYear).toBe(true);
    expect(e8!.sites[0]!.year).toBe(2014);
    expect(e1!.sitesFromEarlierYear).toBe(false);
    expect(e1!.sites.map((s) => s.siteId)).toEqual(["radpko.m.hhh.a.2014"]);
    expect(e1!.sites[0]!.distanceKm).toBeCloseTo(11.12, 1);
    expect(e1!.rapidDeployment.map((u) => [u.pledgeId, u.unitType, u.since])).toEqual([["rp", "infantry-battalion", "2014-03-01"]]);
    expect(e6!.rapidDeployment).toEqual([]); // before the pledge reached the level
  });

  it("lists the units on standby on each event's date, as pledgesAsOf answers for that date", () => {
    const world = nearWorld();
    // A second battalion on standby from mid-May to its deployment in late June 2014.
    const pledges = [
      ...world.dataset.pledges,
      { id: "rq", actorId: "bbb", announcedOn: "2013-06-01", kind: "unit" as const, title: { en: "Second battalion" }, unit: { unitType: "infantry-battalion" as const, quantity: 1 }, ...p },
    ];
    const pledgeEvents = [
      ...world.dataset.pledgeEvents,
      { id: "rq-r", pledgeId: "rq", type: "rapid-deployment" as const, date: "2014-05-15", ...p },
      { id: "rq-d", pledgeId: "rq", type: "deployed" as const, date: "2014-06-20", ...p },
    ];
    const ix = createIndex(DatasetSchema.parse({ ...world.dataset, pledges, pledgeEvents }));
    const standby = (asOf: string) =>
      new Map(earlyWarning(ix, { asOf }).value.alerts.map((a) => [a.event.dateStart, a.rapidDeployment.map((u) => `${u.pledgeId} since ${u.since}`)]));
    // The alerts of the test above: events 8, 4, 1 and 6, newest first; rq deployed between events 1 and 4.
    expect(standby("2024-01-01")).toEqual(
      new Map([
        ["2015-02-01", ["rp since 2014-03-01"]],
        ["2014-07-01", ["rp since 2014-03-01"]],
        ["2014-06-01", ["rp since 2014-03-01", "rq since 2014-05-15"]],
        ["2014-01-15", []],
      ]),
    );
    // As of 2014-06-10 the deployment of rq is not yet known: on standby on every later date.
    expect(standby("2014-06-10").get("2015-02-01")).toEqual(["rp since 2014-03-01", "rq since 2014-05-15"]);
    for (const asOf of ["2014-06-10", "2024-01-01"]) {
      for (const a of earlyWarning(ix, { asOf }).value.alerts) {
        const on = a.event.dateStart < asOf ? a.event.dateStart : asOf;
        const expected = pledgesAsOf(ix, { asOf: on, filter: { status: "rapid-deployment" } }).value.map((x) => [x.pledge.id, x.since]);
        expect(a.rapidDeployment.map((u) => [u.pledgeId, u.since])).toEqual(expected);
      }
    }
  });

  it("screens new events given to it, within the window", () => {
    nextId = 100;
    const fresh = [event({ lat: 0.01, lon: 20.01, date: "2016-05-02", civilians: 3 }), event({ lat: 0.01, lon: 20.01, date: "2016-06-02", best: 2, type: "1" })] as ConflictEvent[];
    const { value } = earlyWarning(nearWorld(), { events: fresh, since: "2016-01-01", until: "2016-12-31", asOf: "2024-01-01" });
    expect(value.screened).toBe(2);
    expect(value.alerts.map((a) => a.event.id)).toEqual(["ucdp-ged.100"]);
    expect(earlyWarning(nearWorld(), { events: fresh, since: "2016-06-01" }).value.alerts).toEqual([]);
  });
});

describe("presenceComparison", () => {
  it("compares cell-years with and without peacekeepers, and says when there are too few", () => {
    const { value } = presenceComparison(nearWorld(), { missionId: "m", asOf: "2024-01-01", iterations: 200 });
    expect(value.cells).toBe(2);
    expect(value.withPresence).toEqual({ n: 1, meanEvents: 2, meanCivilianDeaths: 8 });
    expect(value.without).toEqual({ n: 1, meanEvents: 1, meanCivilianDeaths: 2 });
    expect(value.enoughData).toBe(false);
    expect(value.difference.eventsCi95).toBeUndefined();
    expect(value.statement.en).toMatch(/^Too few to say/);
  });

  it("finds fewer events where peacekeepers are, when the data say so", () => {
    nextId = 1;
    const input = base();
    input.deploymentSites = [];
    input.conflictEvents = [];
    for (let i = 0; i < 12; i++) {
      // A site and one event in cell i; three events in a cell with no site, 3° away.
      input.deploymentSites.push(site(`s${i}`, 0.2, i + 0.2, 2014, 100));
      input.conflictEvents.push(event({ lat: 0.25, lon: i + 0.25, date: "2014-05-01", civilians: 1 }));
      for (let k = 0; k < 3; k++) input.conflictEvents.push(event({ lat: 3.25, lon: i + 0.25, date: "2014-05-01", civilians: 2 }));
    }
    const { value } = presenceComparison(createIndex(DatasetSchema.parse(input)), { missionId: "m", asOf: "2024-01-01", iterations: 200 });
    expect([value.withPresence.n, value.without.n]).toEqual([12, 12]);
    expect(value.difference.events).toBe(-2);
    expect(value.difference.civilianDeaths).toBe(-5);
    expect(value.difference.eventsCi95).toEqual([-2, -2]);
    expect(value.enoughData).toBe(true);
    expect(value.statement.en).toMatch(/^Fewer events with peacekeepers than without/);
    expect(value.statement.en).toContain("not proof");
  });
});

describe("endorsementOnGround", () => {
  it("compares endorsers' bases with the others, and before/after against bases that stayed", () => {
    nextId = 1;
    const input = base();
    input.instruments = [{ id: "kp", kind: "principles", title: { en: "Kigali Principles" }, adoptedOn: "2015-05-29", ...p }];
    input.endorsements = [{ id: "e-aaa", actorId: "aaa", instrumentId: "kp", date: { precision: "month", date: "2016-05", qualifier: "on" }, ...p }];
    input.deploymentSites = [];
    input.conflictEvents = [];
    const nearX = { 2014: 4, 2015: 4, 2016: 1, 2017: 1 };
    const nearY = { 2014: 2, 2015: 2, 2016: 2, 2017: 3 };
    for (const y of [2014, 2015, 2016, 2017] as const) {
      input.deploymentSites.push(site("x", 0, 30, y, 100, [{ actorId: "aaa", total: 100 }]));
      input.deploymentSites.push(site("y", 2, 30, y, 80, [{ actorId: "bbb", total: 80 }]));
      for (let k = 0; k < nearX[y]; k++) input.conflictEvents.push(event({ lat: 0.05, lon: 30, date: `${y}-06-01`, civilians: 1 }));
      for (let k = 0; k < nearY[y]; k++) input.conflictEvents.push(event({ lat: 2.05, lon: 30, date: `${y}-06-01`, civilians: 2 }));
    }
    const { value } = endorsementOnGround(createIndex(DatasetSchema.parse(input)), { instrumentId: "kp", asOf: "2024-01-01", iterations: 200 });
    expect([value.firstYear, value.lastYear]).toEqual([2015, 2017]);
    // Endorsers' base-years: x 2016, x 2017. The others from 2015: x 2015, y 2015–2017.
    expect(value.crossSection.endorsers).toEqual({ n: 2, meanEvents: 1, meanCivilianDeaths: 1 });
    expect(value.crossSection.nonEndorsers).toEqual({ n: 4, meanEvents: 11 / 4, meanCivilianDeaths: (4 + 4 + 4 + 6) / 4 });
    expect(value.crossSection.difference.events).toBeCloseTo(1 - 11 / 4, 12);
    expect(value.crossSection.enoughData).toBe(false);
    // x: 4 → 1 (−3); y over the same split: 2 → 2.5 (+0.5).
    expect(value.beforeAfter).toMatchObject({ treatedSites: 1, controlSites: 1, treatedChange: -3, controlChange: 0.5, difference: -3.5, enoughData: false });
    expect(value.beforeAfter.statement.en).toMatch(/^Too few to say/);
    // Without an adoption day, endorsing counts from the event that adopted the instrument.
    input.instruments = [{ id: "kp", kind: "principles", title: { en: "Kigali Principles" }, eventId: "conf", ...p }];
    input.events = [{ id: "conf", kind: "conference", title: { en: "Conference" }, startDate: "2016-05-28", endDate: "2016-05-29", ...p }];
    const fromEvent = endorsementOnGround(createIndex(DatasetSchema.parse(input)), { instrumentId: "kp", asOf: "2024-01-01", iterations: 200 }).value;
    expect([fromEvent.firstYear, fromEvent.crossSection.nonEndorsers.n]).toEqual([2016, 2]);
  });
});

describe("peacekeeperFatalities", () => {
  const world = () => {
    const input = base();
    const c = (id: string, actorId: string, total: number) => ({
      id,
      contributorId: actorId,
      missionId: "m",
      periodStart: "2014-01-01",
      periodEnd: "2014-12-31",
      measure: "annual-mean" as const,
      category: "all" as const,
      total,
      ...p,
    });
    input.contributions = [c("c1", "aaa", 600), c("c2", "bbb", 400)];
    const f = (id: string, date: string, personnelType: "military" | "international-civilian", incidentType: "malicious-act" | "illness", nationalityId?: string) => ({
      id: `psdh-fatality.${id}`,
      casualtyId: id.toUpperCase(),
      incidentDate: date,
      missionAcronym: "M",
      missionId: "m",
      personnelType,
      incidentType,
      ...(nationalityId ? { nationalityId, nationality: nationalityId.toUpperCase() } : {}),
      ...p,
    });
    input.peacekeeperFatalities = [
      f("f1", "2014-03-01", "military", "malicious-act", "aaa"),
      f("f2", "2014-04-01", "military", "malicious-act", "bbb"),
      f("f3", "2014-05-01", "international-civilian", "illness"),
      f("f4", "2013-05-01", "military", "illness", "aaa"),
    ];
    return createIndex(DatasetSchema.parse(input));
  };

  it("counts by mission and year, with uniformed fatalities per 1,000 uniformed personnel", () => {
    const { value } = peacekeeperFatalities(world(), { asOf: "2024-01-01" });
    expect(value).toEqual([
      { key: "m", year: 2013, fatalities: 1, byIncidentType: { illness: 1 }, personnel: undefined, per1000: undefined, uniformedFatalities: 1 },
      { key: "m", year: 2014, fatalities: 3, byIncidentType: { "malicious-act": 2, illness: 1 }, personnel: 1000, per1000: 2, uniformedFatalities: 2 },
    ]);
  });

  it("counts by contributor, and filters", () => {
    const ix = world();
    const byContributor = peacekeeperFatalities(ix, { by: "contributor", from: 2014, asOf: "2024-01-01" }).value;
    expect(byContributor.map((r) => [r.key, r.fatalities, r.personnel])).toEqual([
      ["aaa", 1, 600],
      ["bbb", 1, 400],
      ["undetermined", 1, undefined],
    ]);
    expect(byContributor[0]!.per1000).toBeCloseTo(1000 / 600, 12);
    expect(peacekeeperFatalities(ix, { incidentType: "illness", asOf: "2024-01-01" }).value.map((r) => r.fatalities)).toEqual([1, 1]);
    expect(peacekeeperFatalities(ix, { asOf: "2014-03-31" }).value.map((r) => r.fatalities)).toEqual([1, 1]);
  });

  it("counts an 'all categories' record instead of the category records of its period, and cites the contributions counted", () => {
    const input = world().dataset;
    const ix = createIndex(
      DatasetSchema.parse({
        ...input,
        contributions: [
          ...input.contributions,
          // aaa's troops within its 600 of 2014 (the "all" record stands), and bbb's 2013, which no fatality of bbb's nationality needs.
          { ...input.contributions[0]!, id: "c1-troops", category: "troops", total: 550, sources: ["src-troops"] },
          { ...input.contributions[1]!, id: "c2-2013", periodStart: "2013-01-01", periodEnd: "2013-12-31", total: 350, sources: ["src-2013"] },
        ],
        sources: [...(input.sources ?? []), ...["src-troops", "src-2013"].map((id) => ({ ...input.sources[0]!, id }))],
      }),
    );
    const byMission = peacekeeperFatalities(ix, { asOf: "2024-01-01" });
    // 2013: 350 (bbb); 2014: 600 + 400, the troops record not added to aaa's 600.
    expect(byMission.value.map((r) => [r.year, r.personnel])).toEqual([
      [2013, 350],
      [2014, 1000],
    ]);
    expect(byMission.sources).toContain("src-troops");
    // By nationality in 2013, aaa's only: bbb's 2013 contributions are in no row, so their source is not cited.
    const aaa2013 = peacekeeperFatalities(ix, { by: "contributor", to: 2013, asOf: "2024-01-01" });
    expect(aaa2013.value.map((r) => [r.key, r.year, r.personnel])).toEqual([["aaa", 2013, undefined]]);
    expect(aaa2013.sources).not.toContain("src-2013");
  });

  it("gives the same answers from question inputs as from the index", async () => {
    const ix = world();
    const inputs = contributionInputsOf(ix);
    for (const options of [
      { asOf: "2024-01-01" },
      { by: "contributor" as const, asOf: "2024-01-01" },
      { by: "contributor" as const, contributorId: "aaa", from: 2014, asOf: "2024-01-01" },
      { missionId: "m", incidentType: "illness" as const, asOf: "2024-01-01" },
      { asOf: "2014-03-31" },
      { from: 2030, asOf: "2024-01-01" },
    ]) {
      expect(await peacekeeperFatalitiesFrom(inputs, options), JSON.stringify(options)).toEqual(peacekeeperFatalities(ix, options));
    }
  });
});

describe("the statements in French", () => {
  it("write decimals with a comma", () => {
    nextId = 1;
    const input = base();
    input.deploymentSites = [];
    input.conflictEvents = [];
    for (let i = 0; i < 12; i++) {
      input.deploymentSites.push(site(`s${i}`, 0.2, i + 0.2, 2014, 100));
      input.conflictEvents.push(event({ lat: 3.25, lon: i + 0.25, date: "2014-05-01", civilians: 1 }));
      if (i % 2 === 0) input.conflictEvents.push(event({ lat: 0.25, lon: i + 0.25, date: "2014-05-01", civilians: 1 }));
    }
    const { statement } = presenceComparison(createIndex(DatasetSchema.parse(input)), { missionId: "m", asOf: "2024-01-01", iterations: 200 }).value;
    // Half the site cells have one event, every other cell one: a difference of −0.5 per cell-year.
    expect(statement.en).toContain("-0.50");
    expect(statement.fr).toContain("-0,50");
    expect(statement.fr).not.toMatch(/\d\.\d/);
  });
});

describe("years that no stored event data covers", () => {
  it("are left out and listed, never counted as zero", () => {
    nextId = 1;
    const input = base();
    // Events in hhh from 2014 to 2015 only; sites in 2014 and 2017.
    input.deploymentSites = [site("a", 0, 20, 2014, 500), site("a", 0, 20, 2017, 500, [{ actorId: "aaa", total: 500 }])];
    input.conflictEvents = [event({ lat: 0.1, lon: 20, date: "2014-06-01", civilians: 5 }), event({ lat: 5, lon: 25, date: "2015-06-01", civilians: 1 })];
    const ix = createIndex(DatasetSchema.parse(input));
    expect(ix.eventCoverage.get("hhh")).toEqual({ first: 2014, last: 2015 });
    const near = violenceNearSites(ix, { missionId: "m", asOf: "2024-01-01" }).value;
    expect(near.years.map((y) => y.year)).toEqual([2014]);
    expect(near.uncoveredYears).toEqual([2017]);
    const presence = presenceComparison(ix, { missionId: "m", asOf: "2024-01-01", iterations: 100 }).value;
    expect(presence.uncoveredYears).toEqual([2017]);
    expect([presence.firstYear, presence.lastYear]).toEqual([2014, 2014]);
  });

  it("make the presence comparison say that nothing can be said when none is covered", () => {
    const input = base();
    input.deploymentSites = [site("a", 0, 20, 2014, 500)];
    input.conflictEvents = [];
    const { value } = presenceComparison(createIndex(DatasetSchema.parse(input)), { missionId: "m", asOf: "2024-01-01", iterations: 100 });
    expect(value.enoughData).toBe(false);
    expect(value.uncoveredYears).toEqual([2014]);
    expect(value.statement.en).toMatch(/^Nothing can be said: no stored conflict events cover/);
    expect(value.statement.fr).toMatch(/^Rien ne peut être dit/);
  });

  it("leave the uncovered base-years out of the endorsement comparison", () => {
    nextId = 1;
    const input = base();
    input.instruments = [{ id: "kp", kind: "principles", title: { en: "Kigali Principles" }, adoptedOn: "2015-05-29", ...p }];
    input.deploymentSites = [2015, 2016, 2017].map((y) => site("x", 0, 30, y, 100, [{ actorId: "aaa", total: 100 }]));
    input.conflictEvents = [event({ lat: 0.05, lon: 30, date: "2015-06-01", civilians: 1 }), event({ lat: 0.05, lon: 30, date: "2016-06-01", civilians: 1 })];
    const { value } = endorsementOnGround(createIndex(DatasetSchema.parse(input)), { instrumentId: "kp", asOf: "2024-01-01", iterations: 100 });
    expect(value.uncoveredSiteYears).toBe(1);
    expect(value.crossSection.nonEndorsers.n).toBe(2);
  });
});
