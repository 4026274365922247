// Violence near deployments on the real data, against an independent
// computation from the raw files: RADPKO bases with personnel in a year,
// UCDP one-sided violence (type 3) that year, deaths_civilians, within 25 km
// by a haversine written here — none of the product's importers or spatial code.
import { type LocationPrecision } from "@bluehelm/core";
import { createIndex, earlyWarning, endorsementOnGround, peacekeeperFatalities, presenceComparison, violenceNearSites } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { haversineKm, rawFatalitiesByYear, readRadpko, readUcdp } from "./ground-raw.js";

const index = createIndex(loadDataset());
const bases = readRadpko();
const events = readUcdp();

/** Near and beyond, per year, computed from the raw rows. */
function independent(mission: string, hostCountryIds: readonly number[], precisions: readonly number[], radiusKm = 25) {
  const years = [...new Set(bases.filter((b) => b.mission === mission && b.personnel > 0).map((b) => b.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const active = bases.filter((b) => b.mission === mission && b.year === year && b.personnel > 0);
    let nearEvents = 0;
    let nearCivilians = 0;
    let beyondEvents = 0;
    let beyondCivilians = 0;
    for (const e of events) {
      if (e.year !== year || e.type !== 3 || !precisions.includes(e.precision)) continue;
      if (active.some((b) => haversineKm(b.lat, b.lon, e.lat, e.lon) <= radiusKm)) {
        nearEvents++;
        nearCivilians += e.civilians;
      } else if (hostCountryIds.includes(e.countryId)) {
        beyondEvents++;
        beyondCivilians += e.civilians;
      }
    }
    return { year, activeSites: active.length, nearEvents, nearCivilians, beyondEvents, beyondCivilians };
  });
}

const product = (missionId: string, precision?: LocationPrecision[]) =>
  violenceNearSites(index, { missionId, radiusKm: 25, asOf: "2025-01-01", ...(precision ? { precision } : {}) }).value.years.map((y) => ({
    year: y.year,
    activeSites: y.activeSites,
    nearEvents: y.near.events,
    nearCivilians: y.near.civilianDeaths,
    beyondEvents: y.beyond.events,
    beyondCivilians: y.beyond.civilianDeaths,
  }));

// UCDP country ids: Central African Republic 482, Sudan 625, South Sudan 626.
const MISSIONS = [
  { id: "minusca", raw: "MINUSCA", hosts: [482] },
  { id: "unmiss", raw: "UNMISS", hosts: [626] },
  { id: "unamid", raw: "UNAMID", hosts: [625] },
] as const;

describe.each(MISSIONS)("violence near the RADPKO bases of $raw, against the raw files", ({ id, raw, hosts }) => {
  it("matches year by year with the default precisions (1, 2)", () => {
    const expected = independent(raw, hosts, [1, 2]);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(expected.some((y) => y.nearEvents > 0)).toBe(true);
    expect(product(id)).toEqual(expected);
  });
  it("matches with every precision kept", () => {
    expect(product(id, ["1", "2", "3", "4", "5", "6", "7"])).toEqual(independent(raw, hosts, [1, 2, 3, 4, 5, 6, 7]));
  });
});

describe("the other ground questions on the real data", () => {
  it("compares places with and without peacekeepers for MINUSCA, with n and an interval", () => {
    const { value } = presenceComparison(index, { missionId: "minusca", asOf: "2025-01-01", iterations: 300 });
    expect(value.firstYear).toBe(2015);
    expect(value.withPresence.n).toBeGreaterThan(0);
    expect(value.without.n).toBeGreaterThan(value.withPresence.n);
    expect(value.enoughData).toBe(true);
    expect(value.difference.eventsCi95![0]).toBeLessThanOrEqual(value.difference.events!);
    expect(value.difference.eventsCi95![1]).toBeGreaterThanOrEqual(value.difference.events!);
    expect(value.statement.en.length).toBeGreaterThan(20);
  });
  it("compares endorsers' bases with the others from 2015, with n, intervals and the before/after", () => {
    const { value, sources } = endorsementOnGround(index, { instrumentId: "kigali-principles", asOf: "2025-01-01", iterations: 300 });
    expect(value.firstYear).toBe(2015);
    expect(value.lastYear).toBe(2019);
    expect(value.crossSection.endorsers.n + value.crossSection.nonEndorsers.n).toBeGreaterThan(100);
    expect(value.beforeAfter.treatedSites + value.beforeAfter.controlSites).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(2);
  });
  it("raises alerts in 2019 near active sites, each site within the radius", () => {
    const { value } = earlyWarning(index, { since: "2019-01-01", until: "2019-12-31", asOf: "2025-01-01" });
    expect(value.alerts.length).toBeGreaterThan(0);
    for (const a of value.alerts) {
      for (const s of a.sites) expect(s.distanceKm).toBeLessThanOrEqual(25);
      const site = index.sitesByMission.get(a.sites[0]!.missionId)!.find((x) => x.id === a.sites[0]!.siteId)!;
      expect(haversineKm(site.coordinates.lat, site.coordinates.lon, a.event.coordinates.lat, a.event.coordinates.lon)).toBeCloseTo(a.sites[0]!.distanceKm, 6);
    }
  });
  it("counts MINUSMA's fatalities by year as the raw file does, with a rate where personnel figures exist", () => {
    const rows = peacekeeperFatalities(index, { missionId: "minusma", asOf: "2025-12-31" }).value;
    expect(new Map(rows.map((r) => [r.year, r.fatalities]))).toEqual(rawFatalitiesByYear("MINUSMA"));
    expect(rows.some((r) => r.per1000 !== undefined)).toBe(true);
  });
});
