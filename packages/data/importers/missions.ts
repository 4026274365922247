import { readFileSync } from "node:fs";
import type { Actor, Mission } from "@bluehelm/core";
import { FRENCH_NAMES, MISSION_CORRECTIONS, MISSION_FACTS, MISSION_TYPE_FACTS, UNDATED_ROWS, type MissionCorrection } from "../curated/missions.js";
import { parseCsv } from "./csv.js";
import { MISSIONS_CSV } from "./paths.js";

/** The mission id of a PSDH acronym: lower case, spaces as hyphens ("UNOSOM II" → "unosom-ii"). */
export function missionId(acronym: string): string {
  return acronym.trim().toLowerCase().replace(/\s+/g, "-");
}

/** Parses a coordinate written with a decimal comma ("15,9833") or point. */
export function parseDecimal(cell: string, where: string): number {
  const text = cell.trim().replace(",", ".");
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) throw new Error(`${where}: "${cell}" is not a decimal number`);
  return Number(text);
}

function parseFlag(cell: string, where: string): boolean {
  const v = cell.trim().toLowerCase();
  if (v === "yes") return true;
  if (v === "no") return false;
  throw new Error(`${where}: active flag "${cell}" is neither Yes nor No`);
}

export interface MissionImport {
  readonly missions: Mission[];
  readonly rows: number;
  readonly undated: { acronym: string; row: number; reason: string }[];
  readonly corrections: { acronym: string; kind: MissionCorrection["kind"]; reason: string }[];
}

/** Reads the PSDH mission list, applies the curated corrections and returns one record per kept row. */
export function importMissions(actors: readonly Actor[], file = MISSIONS_CSV): MissionImport {
  const table = parseCsv(readFileSync(file, "utf8"), "DPPADPOSS-PKO.csv");
  const languagesOf = new Map<string, readonly string[]>();
  for (const a of actors) if (a.kind !== "organization") languagesOf.set(a.id, a.languages);
  const used = new Set<MissionCorrection>();
  const undated: MissionImport["undated"] = [];
  const corrections: MissionImport["corrections"] = [];
  const missions: Mission[] = [];
  const coordinatesAt = new Map<string, { lat: number; lon: number; acronym: string }>();

  for (const { line, fields } of table.rows) {
    const where = `DPPADPOSS-PKO.csv row ${line}`;
    const acronym = fields.mission_acronym!.trim();
    const facts = MISSION_FACTS[acronym];
    if (facts === undefined) throw new Error(`${where}: no curated facts for mission "${acronym}"; add it to curated/missions.ts`);
    const notes: string[] = [];
    const sources = new Set<string>(["psdh-dppadposs-pko"]);
    let confidence: Mission["confidence"] = "verified";
    const lower = (c: Mission["confidence"]) => {
      if (c === "unverified" || (c === "reported" && confidence === "verified")) confidence = c;
    };
    const mine = MISSION_CORRECTIONS.filter((c) => c.acronym === acronym);
    const record = (c: MissionCorrection, text: string) => {
      used.add(c);
      corrections.push({ acronym, kind: c.kind, reason: c.reason });
      c.sources.forEach((s) => sources.add(s));
      notes.push(`Correction (${c.kind}): ${text}`);
    };

    let name = fields.mission_name!.trim();
    const startDate = fields.start_date!.trim();
    let endDate = fields.end_date!.trim();
    let active = parseFlag(fields.mission_isactive!, where);
    if (fields.mission_isactive !== "Yes" && fields.mission_isactive !== "No") {
      notes.push(`Correction (flag): the active flag "${fields.mission_isactive}" is normalized to "${active ? "Yes" : "No"}".`);
    }
    let lon: number | undefined;
    let lat: number | undefined;
    const rawLon = fields.mission_longitude!.trim();
    const rawLat = fields.mission_latitude!.trim();
    if (rawLon !== "" || rawLat !== "") {
      lon = parseDecimal(rawLon, `${where} mission_longitude`);
      lat = parseDecimal(rawLat, `${where} mission_latitude`);
      if (rawLon.includes(",") || rawLat.includes(",")) notes.push(`Coordinates given with decimal commas ("${rawLon}", "${rawLat}") are read as decimals.`);
    }

    for (const c of mine) {
      switch (c.kind) {
        case "swap-coordinates":
          if (rawLon !== c.raw.longitude || rawLat !== c.raw.latitude) throw new Error(`${where}: the coordinate correction for ${acronym} no longer matches the file`);
          [lon, lat] = [lat, lon];
          record(c, c.reason);
          break;
        case "closed":
          if (fields.mission_isactive !== c.raw.isActive || endDate !== c.raw.endDate) throw new Error(`${where}: the closing correction for ${acronym} no longer matches the file`);
          active = false;
          endDate = c.endDate;
          record(c, c.reason);
          break;
        case "name":
          if (name !== c.raw.name.trim()) throw new Error(`${where}: the name correction for ${acronym} no longer matches the file`);
          name = c.name;
          lower(c.confidence);
          record(c, c.reason);
          break;
      }
    }
    const undatedReason = UNDATED_ROWS[acronym];
    if ((startDate === "" || (!active && endDate === "")) && undatedReason === undefined) {
      throw new Error(`${where}: ${acronym} lacks a start or end date; explain it in UNDATED_ROWS (curated/missions.ts)`);
    }
    if (undatedReason !== undefined) {
      undated.push({ acronym, row: line, reason: undatedReason });
      notes.push(`Dates: ${undatedReason}`);
    }
    if (active && endDate !== "") throw new Error(`${where}: ${acronym} is marked active but has an end date`);

    const location = fields.mission_location!.trim();
    if (location !== fields.mission_location) notes.push("Surrounding spaces trimmed from the location.");
    if (lat !== undefined && lon !== undefined && location !== "") {
      const other = coordinatesAt.get(location);
      if (other !== undefined && (other.lat !== lat || other.lon !== lon)) {
        throw new Error(`${where}: ${acronym} places ${location} at ${lat}, ${lon} but ${other.acronym} at ${other.lat}, ${other.lon}; add a correction`);
      }
      coordinatesAt.set(location, { lat, lon, acronym });
    }

    let francophone: Mission["francophoneEnvironment"];
    if (facts.francophone !== undefined) {
      francophone = facts.francophone.value;
      facts.francophone.sources.forEach((s) => sources.add(s));
      lower(facts.francophone.confidence);
      notes.push(`Francophone environment: ${facts.francophone.note}`);
    } else if (facts.hosts.length > 0) {
      const hostLanguages = facts.hosts.map((id) => {
        const langs = languagesOf.get(id);
        if (langs === undefined) throw new Error(`${where}: host "${id}" of ${acronym} is not a State actor`);
        return langs;
      });
      francophone = hostLanguages.some((l) => l.includes("fr")) ? "yes" : "no";
      sources.add("countries-list");
      lower("reported");
      notes.push(`Francophone environment derived from the hosts' official languages (French ${francophone === "yes" ? "is" : "is not"} among them).`);
    } else {
      francophone = "no";
      sources.add("background-knowledge");
      lower("unverified");
      notes.push(`Francophone environment: no host State is recorded (${facts.hostName ?? "unnamed territory"}), so the flag "no" is not derived from a source (unverified).`);
    }
    if (facts.hosts.length > 0) notes.push("Hosts read from the mission's name and headquarters location.");
    if (facts.predecessor) facts.predecessor.sources.forEach((s) => sources.add(s));
    if (facts.note) notes.push(facts.note);
    const typeFact = MISSION_TYPE_FACTS[acronym];
    if (typeFact) {
      typeFact.sources.forEach((src) => sources.add(src));
      lower("reported");
      notes.push(`${typeFact.type === "umbrella" ? "Group of operations, not one operation" : "Not a peacekeeping operation"}: ${typeFact.reason}`);
    }
    const french = FRENCH_NAMES[acronym];
    if (french) {
      french.sources.forEach((src) => sources.add(src));
      if (french.sources.every((src) => src === "franceonu-omp")) lower("reported");
      notes.push(`French name${french.acronym ? " and acronym" : ""} from ${french.sources.join(", ")}.`);
    }

    missions.push({
      id: missionId(acronym),
      acronym,
      ...(french?.acronym ? { acronymFr: french.acronym } : {}),
      names: french ? { en: name, fr: french.name } : { en: name },
      type: typeFact?.type ?? "operation",
      hostIds: [...facts.hosts],
      ...(facts.hostName ? { hostName: facts.hostName } : {}),
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...(location ? { location } : {}),
      ...(lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {}),
      francophoneEnvironment: francophone,
      leadDepartment: fields.lead_department!.trim(),
      ...(facts.predecessor ? { predecessorId: facts.predecessor.id } : {}),
      sources: [...sources],
      confidence,
      note: notes.join(" "),
    });
  }
  for (const acronym of [...Object.keys(MISSION_TYPE_FACTS), ...Object.keys(FRENCH_NAMES)]) {
    if (!missions.some((m) => m.acronym === acronym)) throw new Error(`curated/missions.ts names ${acronym}, which is not a row of the file`);
  }
  for (const acronym of Object.keys(UNDATED_ROWS)) {
    if (!undated.some((u) => u.acronym === acronym)) throw new Error(`UNDATED_ROWS names ${acronym}, which has dates or is not in the file`);
  }
  for (const c of MISSION_CORRECTIONS) {
    if (!used.has(c)) throw new Error(`curated correction for ${c.acronym} (${c.kind}) matched no row of the file`);
  }
  missions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { missions, rows: table.rows.length, undated, corrections };
}
