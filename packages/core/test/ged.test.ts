import { type ValidationIssue } from "@bluehelm/core";
import { readGed } from "@bluehelm/core/tabular";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The headers as the real files spell them (written out here, not taken from the reader).
const OFFICIAL =
  "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";
const HDX = OFFICIAL.replace(",country,country_id,", ",country,iso3,country_id,");
const HXL =
  ",,#date+year,,,,,,,,,,,,#group+name+first,,,#group+name+second,,#meta+source,,,#description,,,#loc+name,,#adm1+name,#adm2+name,#geo+lat,#geo+lon,,,#country+name,#country+code,,#region+name,,,#date+start,#date+end,,,,,#affected+killed,,,,";
const WEB =
  "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best_est,high_est,low_est";

// South Sudan 22.1 (HDX), event 64133: a quoted where_description with a line break inside.
const SSD_ROW =
  '64133,SSD-2012-3-626-12,2012,1,Clear,3,113,708,Government of South Sudan - Civilians,113,1175,Government of South Sudan - Civilians,113,113,Government of South Sudan,9999,1,Civilians,1,"""HRW “THEY ARE KILLING US”,2014-09-29,."""' +
  ',HRW “THEY ARE KILLING US”,2014-09-29,.,,2,Gumuruk town,"Lotho village, near\nGumuruk town",Jonglei state,Pibor county,6.643600,32.823600,POINT (32.8236 6.6436),139386,South Sudan,SSD,626,Africa,1,1,2012-12-04 00:00:00.000,2012-12-04 00:00:00.000,0,0,13,0,13,13,13,626,';
const SSD_ROW2 =
  "64200,SSD-2012-1-626-13,2012,1,Clear,1,113,708,South Sudan: Government,113,1175,Government of South Sudan - SSDM/A,113,113,Government of South Sudan,9999,1,SSDM/A,2,x,,,,,1,Pibor town,Pibor,Jonglei state,Pibor county,6.8,33.13,POINT (33.13 6.8),139387,South Sudan,SSD,626,Africa,1,1,2012-12-05 00:00:00.000,2012-12-07 00:00:00.000,2,3,0,0,5,6,5,626,";
// Mali 24.1 (UCDP web export), event 235799: US dates, False, a trailing empty field.
const MALI_ROW =
  '235799,CHA-2016-2-244-0,2016,False,Clear,2,5391,4781,Fulani - Tuareg,5391,5391,Fulani - Tuareg,607,607,Fulani,937,937,Tuareg,1,"""Maghreb and Sahel. Sand, Tea, and Guns,2016-06-01,Mali: AQIM and Security Related Incidents in May 2016""","Maghreb and Sahel. Sand, Tea, and Guns",2016-06-01,Mali: AQIM and Security Related Incidents in May 2016,,3,Ansongo cercle,30km south of In-Tellit,Gao region,Ansongo cercle,15.736902,0.780081,POINT (0.780081 15.736902),152282,Mali,432,Africa,1,1,05/26/2016 00:00:00,05/26/2016 00:00:00,0,2,0,0,2,2,2,';
// An official CSV row (Central African Republic, 23.1 layout).
const CAF_ROW =
  "244657,CEN-2017-3-1133-2,2017,1,Clear,3,1133,1133,UPC - Civilians,1133,1133,UPC - Civilians,1133,1133,UPC,9999,1,Civilians,2,x,,,,,1,Alindao town,Alindao,Basse-Kotto prefecture,Alindao sub-prefecture,5.0276,21.2088,POINT (21.2088 5.0276),142155,Central African Republic,482,Africa,1,1,2017-05-08 00:00:00.000,2017-05-08 00:00:00.000,0,0,130,0,130,130,130,,";

const geojson = (properties: Record<string, unknown>, coordinates: unknown = [26.486881, 5.399784]) =>
  JSON.stringify({
    type: "FeatureCollection",
    name: "GEDEvent_v23_1",
    features: [{ type: "Feature", properties, geometry: { type: "Point", coordinates } }],
  });
const CAF_FEATURE = {
  id: 36210, relid: 0, year: 2009, active_year: 1, code_status: "Clear", type_of_violence: 1, conflict_dset_id: "314", conflict_new_id: 314,
  conflict_name: "Uganda: Government", dyad_dset_id: "688", dyad_new_id: 688, dyad_name: "Government of Uganda - LRA", side_a_dset_id: "90",
  side_a_new_id: 90, side_a: "Government of Uganda", side_b_dset_id: "488", side_b_new_id: 488, side_b: "LRA", number_of_sources: -1,
  source_article: "Reuters  25/2-09", source_office: "", source_date: "", source_headline: "", source_original: "anonymous CAR army colonel",
  where_prec: 5, where_coordinates: "Southeast Central African Republic", where_description: "Central African Republic remote southeast",
  adm_1: "", adm_2: "", priogrid_gid: 137213, country: "Central African Republic", country_id: 482, region: "Africa", event_clarity: 1,
  date_prec: 1, date_start: "2009-02-20T00:00:00", date_end: "2009-02-20T00:00:00", deaths_a: 0, deaths_b: 3, deaths_civilians: 0,
  deaths_unknown: 0, best: 3, high: 3, low: 3, gwnoa: "500", gwnob: "",
};

const opts = { sources: ["ucdp-ged-22-1"] };
const located = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.rule, i.row, i.column]);

describe("readGed: the four layouts", () => {
  it("reads an HDX extract: skips the HXL row, keeps line breaks inside quotes, CRLF between records, host from iso3", () => {
    const text = [HDX, HXL, SSD_ROW, SSD_ROW2].join("\r\n") + "\r\n";
    const { layout, records, report, rows, hxlRow, release } = readGed(text, { ...opts, fileName: "conflict_data_ssd.csv", release: "22.1" });
    expect([layout, rows, hxlRow, release, report.valid]).toEqual(["hdx-csv", 2, true, "22.1", true]);
    expect(records.map((r) => r.id)).toEqual(["ucdp-ged.64133", "ucdp-ged.64200"]);
    const e = records[0]!;
    expect(e).toMatchObject({
      ucdpId: 64133, relid: "SSD-2012-3-626-12", year: 2012, activeYear: true, typeOfViolence: "3", sideA: "Government of South Sudan", sideB: "Civilians",
      dateStart: "2012-12-04", dateEnd: "2012-12-04", datePrecision: "1", coordinates: { lat: 6.6436, lon: 32.8236 }, locationPrecision: "2",
      place: "Gumuruk town", adm1: "Jonglei state", adm2: "Pibor county", priogridId: 139386, country: "South Sudan", countryId: 626, hostId: "ssd",
      deaths: { sideA: 0, sideB: 0, civilians: 13, unknown: 0, best: 13, low: 13, high: 13 }, sources: ["ucdp-ged-22-1"], confidence: "reported",
    });
  });

  it("locates rows after a quoted line break by their line in the file, counting the HXL row", () => {
    const text = [HDX, HXL, SSD_ROW, SSD_ROW2.replace(",6.8,33.13,", ",96.8,33.13,")].join("\n");
    const { report, records } = readGed(text, { ...opts, release: "22.1" });
    // Header line 1, HXL line 2, event 64133 on lines 3–4 (a line break inside quotes), event 64200 on line 5.
    expect(located(report.issues)).toEqual([["file.cell-invalid", 5, "latitude"]]);
    expect(records).toEqual([]);
  });

  it("reads the UCDP web export: best_est/high_est/low_est, MM/DD/YYYY dates, True/False, a trailing empty field", () => {
    const { layout, records, report } = readGed(`${WEB}\n${MALI_ROW}\n`, { sources: ["ucdp-ged-24-1"], release: "24.1" });
    expect([layout, report.issues]).toEqual(["web-export", []]);
    expect(records[0]).toMatchObject({
      id: "ucdp-ged.235799", activeYear: false, typeOfViolence: "2", dateStart: "2016-05-26", dateEnd: "2016-05-26", hostId: "mli", countryId: 432,
      coordinates: { lat: 15.736902, lon: 0.780081 }, deaths: { sideA: 0, sideB: 2, civilians: 0, unknown: 0, best: 2, low: 2, high: 2 }, release: "24.1",
    });
  });

  it("reads the official CSV, host from the country id, the release from a UCDP file name", () => {
    const { layout, records, report, release } = readGed(`${OFFICIAL}\n${CAF_ROW}\n`, { sources: ["ucdp-ged-23-1"], fileName: "ged231.csv" });
    expect([layout, release, report.issues]).toEqual(["ged-csv", "23.1", []]);
    expect(records[0]).toMatchObject({ id: "ucdp-ged.244657", hostId: "caf", release: "23.1", deaths: { civilians: 130, best: 130 } });
  });

  it("reads GeoJSON: coordinates from the geometry [lon, lat], the zeroed relid left out, the release from the file name", () => {
    const { layout, records, report } = readGed(geojson(CAF_FEATURE), { sources: ["ucdp-ged-23-1"], fileName: "GEDEvent_v23_1.geojson" });
    expect([layout, report.issues]).toEqual(["geojson", []]);
    const e = records[0]!;
    expect(e.coordinates).toEqual({ lat: 5.399784, lon: 26.486881 });
    expect(e.relid).toBeUndefined();
    expect(e).toMatchObject({ id: "ucdp-ged.36210", release: "23.1", numberOfSources: -1, hostId: "caf", dateStart: "2009-02-20", sideB: "LRA" });
    expect(e.adm1).toBeUndefined();
  });

  it("leaves hostId out for a country it cannot map", () => {
    const row = CAF_ROW.replace(",Central African Republic,482,", ",Atlantis,9999,");
    expect(readGed(`${OFFICIAL}\n${row}\n`, { ...opts, release: "23.1" }).records[0]?.hostId).toBeUndefined();
  });
});

describe("readGed: bad input", () => {
  it("gives a header that is not GED one issue naming the unknown and missing columns, and no per-row issue", () => {
    const text = ["event,when,where", ...Array.from({ length: 50 }, (_, i) => `${i},2020-01-01,here`)].join("\n");
    const { report, records, layout } = readGed(text, { ...opts, release: "24.1" });
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect([issue!.rule, issue!.row, layout, records]).toEqual(["file.layout-unknown", 1, undefined, []]);
    expect(issue!.message.en).toMatch(/^The header is not a UCDP GED layout: unknown columns event, when, where; missing id, year, .*deaths_civilians.*; expected the UCDP GED columns id, relid, year/);
    expect(issue!.message.fr).toContain("colonnes inconnues event, when, where");
  });

  it("reports dates out of order, bad dates, non-integer deaths, unknown violence types, out-of-range coordinates with row and column; nothing is kept", () => {
    const rows = [
      CAF_ROW.replace("2017-05-08 00:00:00.000,2017-05-08 00:00:00.000", "2017-05-09 00:00:00.000,2017-05-08 00:00:00.000"),
      CAF_ROW.replace("244657,", "244658,").replace("2017-05-08 00:00:00.000,2017-05-08", "2017-02-30 00:00:00.000,2017-05-08"),
      CAF_ROW.replace("244657,", "244659,").replace(",0,0,130,0,130,130,130,", ",0,0,12.5,0,130,130,130,"),
      CAF_ROW.replace("244657,", "244660,").replace(",2017,1,Clear,3,", ",2017,1,Clear,5,"),
      CAF_ROW.replace("244657,", "244661,").replace(",5.0276,21.2088,", ",5.0276,181.5,"),
      CAF_ROW.replace("244657,", "244662,"),
    ];
    const { report, records } = readGed([OFFICIAL, ...rows].join("\n"), { ...opts, release: "23.1" });
    expect(located(report.issues)).toEqual([
      ["date.end-before-start", 2, "date_end"],
      ["file.cell-invalid", 3, "date_start"],
      ["file.cell-invalid", 4, "deaths_civilians"],
      ["file.cell-invalid", 5, "type_of_violence"],
      ["file.cell-invalid", 6, "longitude"],
    ]);
    expect(report.issues[2]!.message.en).toBe('Row 4, column deaths_civilians: "12.5" is not a whole number of deaths (0 or more).');
    expect(report.issues[1]!.message.fr).toContain("n'est pas une date");
    expect(report.valid).toBe(false);
    expect(records).toEqual([]);
  });

  it("names GeoJSON coordinates by geometry.coordinates and the feature's position", () => {
    const { report } = readGed(geojson(CAF_FEATURE, [26.4, 95.2]), { ...opts, release: "23.1" });
    expect(located(report.issues)).toEqual([["file.cell-invalid", 1, "geometry.coordinates"]]);
  });

  it("reports a duplicate UCDP id at its row; keeps the upstream estimates quirk as a warning with its row", () => {
    const dup = readGed([OFFICIAL, CAF_ROW, CAF_ROW].join("\n"), { ...opts, release: "23.1" });
    expect(located(dup.report.issues)).toEqual([["id.duplicate", 3, "id"]]);
    const quirk = readGed([OFFICIAL, CAF_ROW.replace(",130,130,130,,", ",130,0,130,,")].join("\n"), { ...opts, release: "23.1" });
    expect(quirk.report.issues.map((i) => [i.rule, i.severity, i.row])).toEqual([["conflict-event.estimates-out-of-order", "warning", 2]]);
    expect(quirk.records).toHaveLength(1);
  });

  it("reports a row of the wrong width and an unknown release", () => {
    expect(located(readGed(`${OFFICIAL}\n${CAF_ROW},extra,cells\n`, { ...opts, release: "23.1" }).report.issues)).toEqual([["file.syntax", 2, undefined]]);
    expect(readGed(`${OFFICIAL}\n${CAF_ROW}\n`, opts).report.issues.map((i) => i.rule)).toEqual(["file.release-unknown"]);
  });

  it("checks references against a context dataset when given one", () => {
    const context = { sources: [], actors: [] } as unknown as Parameters<typeof readGed>[1]["context"];
    const { report } = readGed(`${OFFICIAL}\n${CAF_ROW}\n`, { ...opts, release: "23.1", context });
    expect(located(report.issues)).toEqual([["reference.dangling", 2, undefined]]);
  });

  it("never throws, whatever the text", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("", "1", "-5", "2020-01-01", "13/45/2020", "True", "#x", '"', "\n", "3.5"));
    const header = fc.shuffledSubarray(OFFICIAL.split(","), { minLength: 0 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(header, fc.array(fc.array(cell, { maxLength: 52 }), { maxLength: 5 })).map(([h, rows]) => [h.join(","), ...rows.map((r) => r.join(","))].join("\n")), fc.json()), (text) => {
        const result = readGed(text, { sources: ["s"], release: "24.1" });
        expect(result.report.valid || result.records.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
