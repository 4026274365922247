import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GEO_PKO_CONTRIBUTORS, GEO_PKO_COUNTRIES, RADPKO_CONTRIBUTORS } from "../curated/ground-names.js";
import { buildActors } from "../importers/actors.js";
import { importGeoPko } from "../importers/geo-pko.js";
import { importMissions } from "../importers/missions.js";
import { importRadpko } from "../importers/radpko.js";
import { GEO_PKO_FILES } from "../importers/paths.js";
import { actors } from "../src/actors.js";
import { conflictEvents } from "../src/conflict-events.js";
import { deploymentSites } from "../src/deployment-sites.js";
import { peacekeeperFatalities } from "../src/peacekeeper-fatalities.js";
import { EXTERNAL, readRaw, readRawRecords } from "./raw.js";

const actorIds = new Set(actors.map((a) => a.id));
const scratch = mkdtempSync(join(tmpdir(), "bluehelm-ground-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

describe("RADPKO → deployment sites", () => {
  const raw = readRaw("radpko-bases/radpko_bases_cc_y.csv");
  const sites = deploymentSites.filter((s) => s.dataset === "radpko");
  const header = Object.keys(raw[0]!);
  const names = header.filter((c) => c.endsWith("_pko") && !["afr_pko", "asian_pko", "west_pko"].includes(c)).map((c) => c.slice(0, -4));

  it("writes one site per row with coordinates: 2,652 rows, 3 without coordinates, 2,649 sites", () => {
    expect(raw).toHaveLength(2652);
    const located = raw.filter((r) => r.latitude !== "NaN" && r.longitude !== "NaN");
    expect(raw.length - located.length).toBe(3);
    expect(sites).toHaveLength(located.length);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
    const sum = (list: readonly number[]) => list.reduce((s, n) => s + n, 0);
    expect(close(sum(sites.map((s) => s.personnel.total ?? 0)), sum(located.map((r) => Number(r.pko_deployed))))).toBe(true);
  });

  it("maps every contributor name of the file to an actor", () => {
    expect(names).toHaveLength(69);
    for (const name of names) {
      expect(RADPKO_CONTRIBUTORS[name], name).toBeDefined();
      expect(actorIds.has(RADPKO_CONTRIBUTORS[name]!), name).toBe(true);
    }
  });

  it("attributes to each actor exactly the personnel of its columns (no personnel dropped)", () => {
    const located = raw.filter((r) => r.latitude !== "NaN");
    const expected = new Map<string, number>();
    for (const r of located) for (const n of names) expected.set(RADPKO_CONTRIBUTORS[n]!, (expected.get(RADPKO_CONTRIBUTORS[n]!) ?? 0) + Number(r[`${n}_pko`]));
    const got = new Map<string, number>();
    for (const s of sites) for (const c of s.contributors) got.set(c.actorId, (got.get(c.actorId) ?? 0) + (c.total ?? 0));
    for (const [id, n] of expected) expect(close(got.get(id) ?? 0, n), id).toBe(true);
  });

  it("keeps MINUSCA in Bambari, 2018, as published", () => {
    const r = raw.find((x) => x.mission === "MINUSCA" && x.base === "bambari" && x.year === "2018")!;
    const site = sites.find((s) => s.id === "radpko.minusca.caf.bambari.2018")!;
    expect(site.personnel).toEqual({
      total: Number(r.pko_deployed), troops: Number(r.untrp), police: Number(r.unpol), militaryObservers: Number(r.unmob),
      womenTroops: Number(r.f_untrp), womenPolice: Number(r.f_unpol), womenMilitaryObservers: Number(r.f_unmob),
    });
    expect(site.personnel.total).toBeCloseTo(555.3976, 3);
    expect(site.contributors.map((c) => [c.actorId, c.total])).toEqual([
      ["mrt", Number(r.mauritania_pko)],
      ["cog", Number(r.congo_pko)],
      ["npl", Number(r.nepal_pko)],
      ["cod", Number(r["democratic.republic.of.the.congo_pko"])],
    ]);
    expect([site.measure, site.periodStart, site.periodEnd, site.hostId, site.hostName]).toEqual(["annual-mean", r.date, "2018-12-31", "caf", "Central African Republic"]);
  });

  it("reads yugoslavia as Serbia, with a note, and fails loudly on a name it does not know, naming the column", () => {
    const bangui = sites.find((s) => s.id === "radpko.minusca.caf.bangui.2016")!;
    expect(bangui.contributors.find((c) => c.actorId === "srb")?.total).toBeCloseTo(71.83, 2);
    expect(bangui.note).toMatch(/yugoslavia.*Serbia/);
    const text = readFileSync(join(EXTERNAL, "radpko-bases/radpko_bases_cc_y.csv"), "utf8");
    const file = join(scratch, "radpko.csv");
    writeFileSync(file, text.replace(",zambia,zambia_pko,zambia_untrp,zambia_unpol,zambia_unmob", ",freedonia,freedonia_pko,freedonia_untrp,freedonia_unpol,freedonia_unmob"));
    const a = buildActors();
    expect(() => importRadpko(a, importMissions(a).missions, file)).toThrow(/column "freedonia_pko": "freedonia" is not in the name table/);
  });
});

describe("Geo-PKO → deployment sites", () => {
  const front = readRaw("geo-pko-v2.3-aggregates/FrontMap_v.2.3.csv");
  const tcc = readRaw("geo-pko-v2.3-aggregates/TCCMap_v.2.3.csv");
  const sites = deploymentSites.filter((s) => s.dataset === "geo-pko");
  const leftOut = new Set(["BINUB", "UNIOSIL"]);

  it("merges the repeated rows: 8,783 rows, 5 of missions left out, one site per mission, year, location, country and coordinates", () => {
    expect(front).toHaveLength(8783);
    expect(front.filter((r) => leftOut.has(r.mission!))).toHaveLength(5);
    const groups = new Set(front.filter((r) => !leftOut.has(r.mission!)).map((r) => [r.mission, r.year, r.location, r.country, r.latitude, r.longitude].join("|")));
    expect(front.length - 5 - groups.size).toBe(1407);
    expect(sites).toHaveLength(groups.size);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it("maps every contributor name of TCCMap and every country name of FrontMap", () => {
    const names = new Set(tcc.flatMap((r) => r["year.overview"]!.split(/, (?=[^,()]+ \()/).map((p) => p.replace(/ \((?:\d+|size unknown)\)$/, ""))));
    expect(names.size).toBe(110);
    for (const name of names) {
      const entry = GEO_PKO_CONTRIBUTORS[name];
      expect(entry, name).toBeDefined();
      if (typeof entry === "string") expect(actorIds.has(entry), name).toBe(true);
      else expect(entry!.reason.length, name).toBeGreaterThan(10);
    }
    for (const country of new Set(front.map((r) => r.country!))) {
      const entry = GEO_PKO_COUNTRIES[country];
      expect(entry, country).toBeDefined();
      if (typeof entry === "string") expect(actorIds.has(entry), country).toBe(true);
    }
  });

  it("keeps MINURCA in Bangui, 1998: the yearly mean of troops, the highest hq code, the contributors of TCCMap", () => {
    const rows = front.filter((r) => r.mission === "MINURCA" && r.year === "1998" && r.location === "Bangui");
    const overview = tcc.find((r) => r.mission === "MINURCA" && r.year === "1998" && r.location === "Bangui")!["year.overview"];
    expect(overview).toContain("Cote d'Ivoire (300)");
    const site = sites.find((s) => s.id === "geo-pko.minurca.caf.bangui.1998")!;
    expect(site.personnel.troops).toBe(Number(rows[0]!["ave.no.troops"]));
    expect(site.headquartersCode).toBe(Math.max(...rows.map((r) => Number(r.hq))));
    expect(site.headquartersCode).toBe(3);
    expect(site.capabilities).toContain("headquarters");
    expect(site.contributors.find((c) => c.actorId === "civ")).toEqual({ actorId: "civ", total: 300, troops: 300 });
    expect(site.contributors).toHaveLength(Number(tcc.find((r) => r.mission === "MINURCA" && r.year === "1998" && r.location === "Bangui")!["No.TCC"]));
  });

  it("fails loudly on a contributor name it does not know", () => {
    const file = join(scratch, "tcc.csv");
    writeFileSync(file, readFileSync(GEO_PKO_FILES.contributors, "utf8").replace("Nepal (size unknown)", "Freedonia (size unknown)"));
    const a = buildActors();
    expect(() => importGeoPko(a, importMissions(a).missions, { ...GEO_PKO_FILES, contributors: file })).toThrow(/"Freedonia" is not in the name table/);
  });
});

describe("UCDP GED → conflict events", () => {
  const csvFiles = [
    ["ucdp-ged-extracts/sudan_ged241_hdx/conflict_data_sdn.csv", "24.1", 1],
    ["ucdp-ged-extracts/south_sudan_ged221_hdx/conflict_data_ssd.csv", "22.1", 1],
    ["ucdp-ged-extracts/mali_ged241_webexport/Mali.csv", "24.1", 0],
  ] as const;

  it("writes one event per data row of each CSV file (HXL row left out) and per GeoJSON feature", () => {
    let total = 0;
    for (const [path, release, hxl] of csvFiles) {
      const { header, records } = readRawRecords(path);
      const data = records.slice(hxl);
      const ids = new Set(data.map((r) => Number(r[header.indexOf("id")])));
      expect(ids.size, path).toBe(data.length);
      const mine = conflictEvents.filter((e) => ids.has(e.ucdpId));
      expect(mine.length, path).toBe(data.length);
      for (const e of mine) expect(e.release, path).toBe(release);
      total += data.length;
    }
    expect(readRawRecords(csvFiles[0][0]).records).toHaveLength(3823);
    const features = (JSON.parse(readFileSync(join(EXTERNAL, "ucdp-ged-extracts/car_ged231_optgeo/GEDEvent_v23_1.geojson"), "utf8")) as { features: { properties: { id: number } }[] }).features;
    expect(features).toHaveLength(1848);
    expect(conflictEvents.filter((e) => e.release === "23.1")).toHaveLength(1848);
    expect(conflictEvents).toHaveLength(total + features.length);
    expect(total + features.length).toBe(8731);
  });

  it("keeps each event's deaths as UCDP gives them (Sudan 71697, South Sudan 64133)", () => {
    const { header, records } = readRawRecords("ucdp-ged-extracts/sudan_ged241_hdx/conflict_data_sdn.csv");
    const row = records.find((r) => r[0] === "71697")!;
    const col = (name: string) => Number(row[header.indexOf(name)]);
    const e = conflictEvents.find((x) => x.id === "ucdp-ged.71697")!;
    expect([e.deaths.low, e.deaths.best, e.deaths.high]).toEqual([118, 118, 0]);
    expect(e.deaths).toEqual({ sideA: col("deaths_a"), sideB: col("deaths_b"), civilians: col("deaths_civilians"), unknown: col("deaths_unknown"), best: col("best"), low: col("low"), high: col("high") });
    expect(conflictEvents.find((x) => x.id === "ucdp-ged.64133")).toMatchObject({ hostId: "ssd", typeOfViolence: "3", deaths: { civilians: 13 }, place: "Gumuruk town" });
  });

  it("reads the GeoJSON coordinates from the geometry and the web export's dates", () => {
    const e = conflictEvents.find((x) => x.id === "ucdp-ged.36210")!;
    expect([e.coordinates, e.relid, e.dateStart]).toEqual([{ lat: 5.399784, lon: 26.486881 }, undefined, "2009-02-20"]);
    expect(conflictEvents.find((x) => x.id === "ucdp-ged.235799")).toMatchObject({ dateStart: "2016-05-26", activeYear: false, hostId: "mli" });
  });
});

describe("UN fatalities → peacekeeper fatalities", () => {
  const raw = readRaw("un-psdh-fatalities/DPPADPOSS-FATALITIES.csv");

  it("writes one record per casualty: 4,429 rows, 6 casualties listed twice, 4,423 records", () => {
    expect(raw).toHaveLength(4429);
    const distinct = new Set(raw.map((r) => r.casualty_id));
    expect(raw.length - distinct.size).toBe(6);
    expect(peacekeeperFatalities).toHaveLength(distinct.size);
    expect(new Set(peacekeeperFatalities.map((f) => f.casualtyId))).toEqual(distinct);
  });

  it("maps the personnel types (trailing spaces trimmed) and incident types: the counts agree with the file", () => {
    const first = new Map<string, Record<string, string>>();
    for (const r of raw) if (!first.has(r.casualty_id!)) first.set(r.casualty_id!, r);
    const count = (f: (r: Record<string, string>) => boolean) => [...first.values()].filter(f).length;
    expect(peacekeeperFatalities.filter((f) => f.personnelType === "local-civilian").length).toBe(count((r) => r.casualty_personnel_type === "Local "));
    expect(peacekeeperFatalities.filter((f) => f.personnelType === "military").length).toBe(count((r) => r.casualty_personnel_type === "Military"));
    expect(peacekeeperFatalities.filter((f) => f.incidentType === "malicious-act").length).toBe(count((r) => r.type_of_incident === "Malicious Act"));
    expect(peacekeeperFatalities.filter((f) => f.nationality === undefined).length).toBe(count((r) => r.casualty_nationality === "ZZ [Undetermined]" || r.casualty_nationality === ""));
  });

  it("keeps the first fatality as the file gives it", () => {
    expect(peacekeeperFatalities[0]).toEqual({
      id: "psdh-fatality.untso-1948-07-02408", casualtyId: "UNTSO-1948-07-02408", incidentDate: "1948-07-06", missionAcronym: "UNTSO", missionId: "untso",
      personnelType: "military", incidentType: "malicious-act", gender: "male", nationality: "France", nationalityId: "fra", sources: ["psdh-fatalities"], confidence: "verified",
    });
  });
});
