import { readFileSync } from "node:fs";
import type { Actor, DeploymentSite, Mission, SiteCapability, SiteContributor } from "@bluehelm/core";
import { GEO_PKO_CONTRIBUTORS, GEO_PKO_COUNTRIES } from "../curated/ground-names.js";
import { GEO_PKO_LEFT_OUT_MISSIONS } from "../curated/ground.js";
import { parseCsv } from "./csv.js";
import { byId, coordinatesDecimals, isActor, lookup, number, slug } from "./ground-common.js";
import { GEO_PKO_FILES } from "./paths.js";

type Fields = Readonly<Record<string, string>>;

/** The TTMap unit columns → site capabilities. */
const UNIT_COLUMNS = [
  ["eng", "engineering"],
  ["med", "medical"],
  ["sig", "signals"],
  ["av", "aviation"],
  ["riv", "riverine"],
  ["maint", "maintenance"],
  ["trans", "transport"],
] as const satisfies readonly (readonly [string, SiteCapability])[];

export interface GeoPkoImport {
  readonly sites: DeploymentSite[];
  readonly frontRows: number;
  readonly troopTypeRows: number;
  readonly contributorRows: number;
  /** FrontMap rows that repeat the mission, year, location, country and coordinates of an earlier row (merged into one site). */
  readonly repeatedRows: number;
  /** Of those, groups whose rows differ in the hq code (the highest kept). */
  readonly hqDiffers: number;
  /** Location-years that appear with two sets of coordinates (kept as two sites, the second id suffixed). */
  readonly coordinateVariants: number;
  /** FrontMap rows left out by mission, with the reason. */
  readonly leftOut: Readonly<Record<string, { rows: number; reason: string }>>;
  /** Sites by host name that is not a State. */
  readonly noHost: Readonly<Record<string, number>>;
  /** Contributor entries by name that is not a State: how many and the troops they give. */
  readonly notStates: Readonly<Record<string, { entries: number; troops: number; reason: string }>>;
  /** Contributor names of TCCMap with their actor (or null). */
  readonly names: readonly { name: string; actorId: string | null }[];
  /** Contributor entries given as "size unknown". */
  readonly sizeUnknown: number;
  /** Sites with no troop figure (ave.no.troops NA). */
  readonly noTroopFigure: number;
  /** Sites whose unit cells are "NA", by column (no capability read from them). */
  readonly naCells: Readonly<Record<string, number>>;
}

const KEY = (f: Fields) => [f.mission, f.year, f.location, f.latitude, f.longitude].map((v) => v!.trim()).join("|");

/** Splits a TCCMap overview "Nepal (850), Rwanda (size unknown)" into names and sizes. */
export function parseOverview(text: string, where: string): { name: string; size: number | undefined }[] {
  const parts = text.split(/, (?=[^,()]+ \()/);
  return parts.map((part) => {
    const m = /^(.+) \((\d+|size unknown)\)$/.exec(part.trim());
    if (!m) throw new Error(`${where}: "${part}" is not of the form "Name (123)" or "Name (size unknown)"`);
    return { name: m[1]!, size: m[2] === "size unknown" ? undefined : Number(m[2]) };
  });
}

/**
 * Reads the Geo-PKO v2.3 dashboard aggregates: one deployment site per
 * mission × year × location (FrontMap, its repeated rows merged), with the
 * troop types of TTMap and the contributors of TCCMap.
 */
export function importGeoPko(actors: readonly Actor[], missions: readonly Mission[], files = GEO_PKO_FILES): GeoPkoImport {
  const actorIds = new Set(actors.map((a) => a.id));
  const missionIds = new Set(missions.map((m) => m.id));
  const front = parseCsv(readFileSync(files.front, "utf8"), "FrontMap_v.2.3.csv");
  const tt = parseCsv(readFileSync(files.troopTypes, "utf8"), "TTMap_v.2.3.csv");
  const tcc = parseCsv(readFileSync(files.contributors, "utf8"), "TCCMap_v.2.3.csv");

  const troopTypes = new Map<string, Fields>();
  for (const { line, fields } of tt.rows) {
    const key = KEY(fields);
    if (troopTypes.has(key)) throw new Error(`TTMap_v.2.3.csv row ${line}: a second row for ${key}`);
    troopTypes.set(key, fields);
  }
  const names = new Map<string, string | null>();
  const notStates: Record<string, { entries: number; troops: number; reason: string }> = {};
  let sizeUnknown = 0;
  const contributorsAt = new Map<string, SiteContributor[]>();
  for (const { line, fields } of tcc.rows) {
    const where = `TCCMap_v.2.3.csv row ${line}`;
    const key = KEY(fields);
    if (contributorsAt.has(key)) throw new Error(`${where}: a second row for ${key}`);
    const entries = parseOverview(fields["year.overview"]!, `${where}, column year.overview`);
    if (entries.length !== number(fields["No.TCC"], `${where}, column No.TCC`)) throw new Error(`${where}: No.TCC ${fields["No.TCC"]} but ${entries.length} names`);
    const byActor = new Map<string, SiteContributor>();
    for (const { name, size } of entries) {
      const entry = lookup(GEO_PKO_CONTRIBUTORS, name, `${where}, column year.overview`, "curated/ground-names.ts, GEO_PKO_CONTRIBUTORS");
      if (size === undefined) sizeUnknown++;
      if (!isActor(entry)) {
        names.set(name, null);
        const n = (notStates[name] ??= { entries: 0, troops: 0, reason: entry.reason });
        n.entries++;
        n.troops += size ?? 0;
        continue;
      }
      if (!actorIds.has(entry)) throw new Error(`${where}: the name table maps "${name}" to ${entry}, which is not an actor`);
      names.set(name, entry);
      // Two names of one State at a location-year ("UK" and "Britain") are one contingent named differently: the larger figure is kept.
      const prev = byActor.get(entry);
      const best = prev?.total === undefined ? size : size === undefined ? prev.total : Math.max(prev.total, size);
      byActor.set(entry, { actorId: entry, ...(best !== undefined ? { total: best, troops: best } : {}) });
    }
    contributorsAt.set(key, [...byActor.values()].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || (a.actorId < b.actorId ? -1 : 1)));
  }

  // FrontMap: the dashboard script keeps one row per source map where the hq code or the map's troop count differ; merge them.
  const groups = new Map<string, { line: number; rows: Fields[] }>();
  const leftOut: Record<string, { rows: number; reason: string }> = {};
  for (const { line, fields } of front.rows) {
    const mission = fields.mission!.trim();
    const reason = GEO_PKO_LEFT_OUT_MISSIONS[mission];
    const missionId = slug(mission);
    if (reason !== undefined) {
      (leftOut[mission] ??= { rows: 0, reason }).rows++;
      continue;
    }
    if (!missionIds.has(missionId)) throw new Error(`FrontMap_v.2.3.csv row ${line}: mission "${mission}" is not a mission record; add it or leave it out with a reason (curated/ground.ts)`);
    const key = `${KEY(fields)}|${fields.country!.trim()}`;
    const g = groups.get(key);
    if (g) g.rows.push(fields);
    else groups.set(key, { line, rows: [fields] });
  }
  const sites: DeploymentSite[] = [];
  const noHost: Record<string, number> = {};
  let repeatedRows = 0;
  let hqDiffers = 0;
  let noTroopFigure = 0;
  const naCells: Record<string, number> = {};
  const joined = new Set<string>();
  const baseIds = new Map<string, DeploymentSite[]>();
  for (const { line, rows } of groups.values()) {
    const where = `FrontMap_v.2.3.csv row ${line}`;
    const f = rows[0]!;
    repeatedRows += rows.length - 1;
    // Every aggregated column must agree across the group; only NoTroops (the troops of one map) and hq may differ.
    for (const column of ["Infantry", "Reserve", "UNPOL", "Med", "Av", "UNMO", "ave.no.troops"]) {
      if (rows.some((r) => r[column] !== f[column])) throw new Error(`${where}: the repeated rows of ${KEY(f)} differ in ${column}`);
    }
    const hqs = rows.map((r) => number(r.hq, `${where}, column hq`));
    if (new Set(hqs).size > 1) hqDiffers++;
    const hq = Math.max(...hqs);
    const mission = f.mission!.trim();
    const missionId = slug(mission);
    const year = number(f.year, `${where}, column year`);
    const hostName = f.country!.trim();
    const host = lookup(GEO_PKO_COUNTRIES, hostName, `${where}, column country`, "curated/ground-names.ts, GEO_PKO_COUNTRIES");
    if (!isActor(host)) noHost[hostName] = (noHost[hostName] ?? 0) + 1;
    else if (!actorIds.has(host)) throw new Error(`${where}: the country table maps "${hostName}" to ${host}, which is not an actor`);
    const place = f.location!.trim();
    const key = KEY(f);
    if (joined.has(key)) throw new Error(`${where}: ${key} appears under two countries; the troop types and contributors cannot be joined`);
    joined.add(key);
    const types = troopTypes.get(key);
    // "NA" (not known) claims nothing: no capability, no count.
    const count = (fields: Fields | undefined, column: string) => {
      if (!fields) return 0;
      if (fields[column]!.trim() === "NA") {
        naCells[column] = (naCells[column] ?? 0) + 1;
        return 0;
      }
      return number(fields[column], `${where} (${column})`);
    };
    const capabilities = new Set<SiteCapability>();
    if (hq > 0) capabilities.add("headquarters");
    if (count(f, "Infantry") > 0) capabilities.add("infantry");
    if (count(f, "Reserve") > 0) capabilities.add("reserve");
    if (count(f, "UNPOL") > 0) capabilities.add("police");
    if (count(f, "UNMO") > 0) capabilities.add("military-observers");
    if (count(f, "Med") > 0) capabilities.add("medical");
    if (count(f, "Av") > 0) capabilities.add("aviation");
    const troopUnits: Partial<Record<SiteCapability, number>> = {};
    for (const [column, capability] of UNIT_COLUMNS) {
      const n = count(types, column);
      if (n > 0) {
        troopUnits[capability] = n;
        capabilities.add(capability);
      }
    }
    const average = f["ave.no.troops"]!.trim();
    if (average === "NA") noTroopFigure++;
    const lat = f.latitude!.trim();
    const lon = f.longitude!.trim();
    const baseId = `geo-pko.${missionId}.${isActor(host) ? host : slug(hostName)}.${slug(place)}.${year}`;
    const site: DeploymentSite = {
      id: baseId,
      dataset: "geo-pko",
      missionId,
      place,
      ...(isActor(host) ? { hostId: host } : {}),
      hostName,
      coordinates: { lat: number(lat, `${where}, column latitude`), lon: number(lon, `${where}, column longitude`) },
      ...coordinatesDecimals(lat, lon),
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      year,
      personnel: average === "NA" ? {} : { troops: number(average, `${where}, column ave.no.troops`) },
      contributors: contributorsAt.get(key) ?? [],
      capabilities: [...capabilities].sort(),
      ...(Object.keys(troopUnits).length > 0 ? { troopUnits } : {}),
      ...(hq > 0 ? { headquartersCode: hq } : {}),
      sources: ["geo-pko-v2-3"],
      confidence: "reported",
    };
    const list = baseIds.get(baseId) ?? [];
    list.push(site);
    baseIds.set(baseId, list);
  }
  let coordinateVariants = 0;
  for (const [baseId, list] of baseIds) {
    if (list.length > 1) coordinateVariants++;
    // Variants of one location-year: ordered by their coordinates, the second and later ids suffixed -2, -3…
    list.sort((a, b) => a.coordinates.lat - b.coordinates.lat || a.coordinates.lon - b.coordinates.lon);
    list.forEach((s, i) => {
      const place = slug(s.place);
      sites.push(i === 0 ? s : { ...s, id: baseId.replace(`.${place}.${s.year}`, `.${place}-${i + 1}.${s.year}`) });
    });
  }
  for (const key of [...troopTypes.keys(), ...contributorsAt.keys()]) {
    if (!joined.has(key) && !GEO_PKO_LEFT_OUT_MISSIONS[key.split("|")[0]!]) throw new Error(`TTMap/TCCMap: ${key} has no FrontMap location`);
  }
  sites.sort(byId);
  const ids = new Set(sites.map((s) => s.id));
  if (ids.size !== sites.length) throw new Error("Geo-PKO: two sites share an id");
  return {
    sites,
    frontRows: front.rows.length,
    troopTypeRows: tt.rows.length,
    contributorRows: tcc.rows.length,
    repeatedRows,
    hqDiffers,
    coordinateVariants,
    leftOut,
    noHost,
    notStates,
    names: [...names.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, actorId]) => ({ name, actorId })),
    sizeUnknown,
    noTroopFigure,
    naCells,
  };
}
