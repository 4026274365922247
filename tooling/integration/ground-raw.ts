// Independent readers of the raw ground files (RADPKO bases, the four UCDP
// GED extracts) and an independent great-circle test, written apart from the
// importers and from the core's spatial code, so that the tests compare two
// separate computations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXTERNAL } from "./raw.js";

/** Splits a whole CSV text into rows of cells: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c !== ""));
}

function readCsv(relative: string): Record<string, string>[] {
  const [header, ...rows] = csvRows(readFileSync(join(EXTERNAL, relative), "utf8").replace(/^\uFEFF/, ""));
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ""])));
}

export interface RawBase {
  readonly mission: string;
  readonly year: number;
  readonly lat: number;
  readonly lon: number;
  readonly personnel: number;
}

/** RADPKO base-years. */
export function readRadpko(): RawBase[] {
  return readCsv("radpko-bases/radpko_bases_cc_y.csv").map((r) => ({
    mission: r.mission!,
    year: Number(r.year),
    lat: Number(r.latitude),
    lon: Number(r.longitude),
    personnel: Number(r.pko_deployed),
  }));
}

export interface RawEvent {
  readonly id: number;
  readonly year: number;
  readonly type: number;
  readonly precision: number;
  readonly lat: number;
  readonly lon: number;
  readonly civilians: number;
  readonly countryId: number;
}

/** Every event of the four extracts, once per UCDP id (the first file read wins). */
export function readUcdp(): RawEvent[] {
  const events = new Map<number, RawEvent>();
  const fromCsv = (relative: string, yearOf: (r: Record<string, string>) => number) => {
    for (const r of readCsv(relative)) {
      if (r.id === "" || r.id!.startsWith("#")) continue; // the HXL row has an empty id
      const id = Number(r.id);
      if (!Number.isInteger(id) || events.has(id)) continue;
      events.set(id, {
        id,
        year: yearOf(r),
        type: Number(r.type_of_violence),
        precision: Number(r.where_prec),
        lat: Number(r.latitude),
        lon: Number(r.longitude),
        civilians: Number(r.deaths_civilians),
        countryId: Number(r.country_id),
      });
    }
  };
  fromCsv("ucdp-ged-extracts/sudan_ged241_hdx/conflict_data_sdn.csv", (r) => Number(r.date_start!.slice(0, 4)));
  fromCsv("ucdp-ged-extracts/south_sudan_ged221_hdx/conflict_data_ssd.csv", (r) => Number(r.date_start!.slice(0, 4)));
  // The web export writes MM/DD/YYYY HH:MM:SS.
  fromCsv("ucdp-ged-extracts/mali_ged241_webexport/Mali.csv", (r) => Number(r.date_start!.split(" ")[0]!.split("/")[2]));
  const geo = JSON.parse(readFileSync(join(EXTERNAL, "ucdp-ged-extracts/car_ged231_optgeo/GEDEvent_v23_1.geojson"), "utf8")) as {
    features: { properties: Record<string, string | number>; geometry: { coordinates: [number, number] } }[];
  };
  for (const f of geo.features) {
    const p = f.properties;
    const id = Number(p.id);
    if (events.has(id)) continue;
    events.set(id, {
      id,
      year: Number(String(p.date_start).slice(0, 4)),
      type: Number(p.type_of_violence),
      precision: Number(p.where_prec),
      lat: f.geometry.coordinates[1],
      lon: f.geometry.coordinates[0],
      civilians: Number(p.deaths_civilians),
      countryId: Number(p.country_id),
    });
  }
  return [...events.values()];
}

/** Haversine distance in km on a sphere of radius 6,371 km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Fatalities per year of one mission, from the UN file (values trimmed). */
export function rawFatalitiesByYear(missionAcronym: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of readCsv("un-psdh-fatalities/DPPADPOSS-FATALITIES.csv")) {
    if (r.mission_acronym!.trim() !== missionAcronym) continue;
    const year = Number(r.incident_date!.trim().slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}
