import { readFileSync } from "node:fs";
import type { Actor, DeploymentSite, Mission, SiteCapability, SiteContributor } from "@bluehelm/core";
import { RADPKO_CONTRIBUTORS, RADPKO_HOSTS, RADPKO_YUGOSLAVIA_NOTE } from "../curated/ground-names.js";
import { parseCsv } from "./csv.js";
import { byId, coordinatesDecimals, isActor, lookup, number, slug } from "./ground-common.js";
import { RADPKO_CSV } from "./paths.js";

const TABLE = "curated/ground-names.ts, RADPKO_CONTRIBUTORS";
const SUFFIXES = ["_pko", "_untrp", "_unpol", "_unmob"] as const;
/** The columns before the contributors' blocks. */
const FIXED = [
  "mission", "country", "base", "date", "year", "latitude", "longitude", "pko_deployed", "mltipko_deployed", "contributing_countries",
  "untrp", "unpol", "unmob", "f_untrp", "f_unpol", "f_unmob", "afr_pko", "afr_untrp", "afr_unpol", "afr_unmob", "asian_pko", "asian_untrp",
  "asian_unpol", "asian_unmob", "west_pko", "west_untrp", "west_unpol", "west_unmob", "cc_present", "afr_cc", "asian_cc", "west_cc",
];

export interface RadpkoImport {
  readonly sites: DeploymentSite[];
  readonly rows: number;
  /** Contributor names of the file (column prefixes), each with its actor. */
  readonly names: readonly { name: string; actorId: string }[];
  /** Rows whose base name is empty (kept, place "unnamed base"). */
  readonly unnamedBases: number;
  /** Rows whose contributors' personnel plus the unattributed (mltipko_deployed) fall short of the total. */
  readonly shortOfTotal: readonly { id: string; missing: number }[];
  /** Rows where troops + police + observers differ from the total. */
  readonly categoryMismatch: number;
  /** Rows with personnel not attributed to one contributor (mltipko_deployed > 0), and their sum. */
  readonly unattributed: { rows: number; personnel: number };
  /** Contributor presence with no personnel (a presence dummy > 0 and `_pko` 0): not contributors, counted. */
  readonly presenceWithoutPersonnel: readonly { name: string; rows: number }[];
  /** Rows left out: no coordinates in the file ("NaN"), with the personnel they carry. */
  readonly noCoordinates: readonly { row: number; mission: string; base: string; year: number; personnel: number }[];
  /** Rows of a host that is not a State (Abyei). */
  readonly noHost: Readonly<Record<string, number>>;
}

/** Reads RADPKO's yearly base aggregates: one deployment site per row (mission × host × base × year). */
export function importRadpko(actors: readonly Actor[], missions: readonly Mission[], file = RADPKO_CSV): RadpkoImport {
  const table = parseCsv(readFileSync(file, "utf8"), "radpko_bases_cc_y.csv");
  const actorIds = new Set(actors.map((a) => a.id));
  const missionIds = new Set(missions.map((m) => m.id));
  const header = table.header;
  FIXED.forEach((c, i) => {
    if (header[i] !== c) throw new Error(`radpko_bases_cc_y.csv: column ${i + 1} is "${header[i]}", expected "${c}"`);
  });
  // The contributors' blocks: <name>, <name>_pko, <name>_untrp, <name>_unpol, <name>_unmob.
  const names: { name: string; actorId: string }[] = [];
  for (let i = FIXED.length; i < header.length; i += 5) {
    const name = header[i]!;
    SUFFIXES.forEach((s, k) => {
      if (header[i + 1 + k] !== `${name}${s}`) throw new Error(`radpko_bases_cc_y.csv: column ${i + 2 + k} is "${header[i + 1 + k]}", expected "${name}${s}"`);
    });
    const actorId = lookup(RADPKO_CONTRIBUTORS, name, `radpko_bases_cc_y.csv column "${name}_pko"`, TABLE);
    if (!actorIds.has(actorId)) throw new Error(`radpko_bases_cc_y.csv column "${name}_pko": the name table maps it to ${actorId}, which is not an actor`);
    names.push({ name, actorId });
  }

  const sites: DeploymentSite[] = [];
  const seen = new Map<string, number>();
  const shortOfTotal: { id: string; missing: number }[] = [];
  const presence = new Map<string, number>();
  const noHost: Record<string, number> = {};
  let unnamedBases = 0;
  let categoryMismatch = 0;
  const unattributed = { rows: 0, personnel: 0 };
  const noCoordinates: { row: number; mission: string; base: string; year: number; personnel: number }[] = [];
  for (const { line, fileLine, fields } of table.rows) {
    const where = `radpko_bases_cc_y.csv row ${line} (line ${fileLine})`;
    const num = (column: string) => number(fields[column], `${where}, column ${column}`);
    // A deployment site needs coordinates: rows the file gives none ("NaN") are left out, counted with their personnel.
    if (fields.latitude!.trim() === "NaN" || fields.longitude!.trim() === "NaN") {
      noCoordinates.push({ row: line, mission: fields.mission!.trim(), base: fields.base!.trim(), year: num("year"), personnel: num("pko_deployed") });
      continue;
    }
    const missionId = fields.mission!.trim().toLowerCase();
    if (!missionIds.has(missionId)) throw new Error(`${where}: mission "${fields.mission}" is not a mission record`);
    const hostName = fields.country!.trim();
    const host = lookup(RADPKO_HOSTS, hostName, `${where}, column country`, "curated/ground-names.ts, RADPKO_HOSTS");
    if (!isActor(host)) noHost[hostName] = (noHost[hostName] ?? 0) + 1;
    const base = fields.base!.trim();
    if (base === "") unnamedBases++;
    const place = base === "" ? "unnamed base" : base;
    const year = num("year");
    const date = fields.date!.trim();
    if (!/^\d{4}-\d{2}-01$/.test(date) || Number(date.slice(0, 4)) !== year) throw new Error(`${where}: date "${date}" is not the first of a month of ${year}`);
    const id = `radpko.${missionId}.${isActor(host) ? host : slug(hostName)}.${slug(place)}.${year}`;
    const other = seen.get(id);
    if (other !== undefined) throw new Error(`${where}: the id ${id} is already used by row ${other}`);
    seen.set(id, line);

    const total = num("pko_deployed");
    const troops = num("untrp");
    const police = num("unpol");
    const observers = num("unmob");
    if (Math.abs(total - troops - police - observers) > 1e-6) categoryMismatch++;
    const mlti = num("mltipko_deployed");
    if (mlti > 0) {
      unattributed.rows++;
      unattributed.personnel += mlti;
    }
    const byActor = new Map<string, SiteContributor>();
    let attributed = 0;
    const notes: string[] = [];
    for (const { name, actorId } of names) {
      const pko = num(`${name}_pko`);
      if (pko <= 0) {
        if (num(name) > 0) presence.set(name, (presence.get(name) ?? 0) + 1);
        continue;
      }
      if (name === "yugoslavia") notes.push(RADPKO_YUGOSLAVIA_NOTE);
      attributed += pko;
      const c = { troops: num(`${name}_untrp`), police: num(`${name}_unpol`), militaryObservers: num(`${name}_unmob`) };
      const prev = byActor.get(actorId);
      const sum = (a: number | undefined, b: number) => (a ?? 0) + b;
      const merged = {
        total: sum(prev?.total, pko),
        troops: sum(prev?.troops, c.troops),
        police: sum(prev?.police, c.police),
        militaryObservers: sum(prev?.militaryObservers, c.militaryObservers),
      };
      byActor.set(actorId, {
        actorId,
        total: merged.total,
        ...(merged.troops > 0 ? { troops: merged.troops } : {}),
        ...(merged.police > 0 ? { police: merged.police } : {}),
        ...(merged.militaryObservers > 0 ? { militaryObservers: merged.militaryObservers } : {}),
      });
    }
    const missing = total - attributed - mlti;
    if (missing > 1e-6) shortOfTotal.push({ id, missing });
    const capabilities: SiteCapability[] = [];
    if (police > 0) capabilities.push("police");
    if (observers > 0) capabilities.push("military-observers");
    const lat = fields.latitude!.trim();
    const lon = fields.longitude!.trim();
    sites.push({
      id,
      dataset: "radpko",
      missionId,
      place,
      ...(isActor(host) ? { hostId: host } : {}),
      hostName,
      coordinates: { lat: number(lat, `${where}, column latitude`), lon: number(lon, `${where}, column longitude`) },
      ...coordinatesDecimals(lat, lon),
      periodStart: date,
      periodEnd: `${year}-12-31`,
      year,
      measure: "annual-mean",
      personnel: {
        total,
        troops,
        police,
        militaryObservers: observers,
        womenTroops: num("f_untrp"),
        womenPolice: num("f_unpol"),
        womenMilitaryObservers: num("f_unmob"),
      },
      contributors: [...byActor.values()].sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || (a.actorId < b.actorId ? -1 : 1)),
      capabilities,
      sources: ["radpko-2020"],
      confidence: "reported",
      ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
    });
  }
  sites.sort(byId);
  return {
    sites,
    rows: table.rows.length,
    noCoordinates,
    names,
    unnamedBases,
    shortOfTotal,
    categoryMismatch,
    unattributed,
    presenceWithoutPersonnel: [...presence.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, rows]) => ({ name, rows })),
    noHost,
  };
}
