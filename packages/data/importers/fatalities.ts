import { readFileSync } from "node:fs";
import type { Actor, FatalityPersonnelType, IncidentType, Mission, PeacekeeperFatality } from "@bluehelm/core";
import { FATALITY_FORMER_STATES, FATALITY_INCIDENTS, FATALITY_NATIONALITIES_WITHOUT_CODE, FATALITY_PERSONNEL } from "../curated/ground-names.js";
import { parseCsv } from "./csv.js";
import { byId, isActor, lookup, number, slug } from "./ground-common.js";
import { missionId as missionIdOf } from "./missions.js";
import { FATALITIES_CSV } from "./paths.js";

const TABLE = "curated/ground-names.ts";

export interface FatalityImport {
  readonly fatalities: PeacekeeperFatality[];
  readonly rows: number;
  /** Rows that repeat the casualty id of an earlier row (the same casualty listed twice): one record kept. */
  readonly repeated: readonly { casualtyId: string; rows: readonly string[]; nationalities: readonly string[] }[];
  /** Cells that had surrounding spaces, by column. */
  readonly trimmed: Readonly<Record<string, number>>;
  /** Rows whose mission acronym is not a mission of the dataset (missionId left out), by acronym. */
  readonly otherMissions: Readonly<Record<string, number>>;
  /** Rows with no nationality, or one without an actor, by reason. */
  readonly noNationality: Readonly<Record<string, number>>;
  /** Nationalities the file names without an ISO code, mapped through the curated table. */
  readonly namedWithoutCode: Readonly<Record<string, number>>;
}

/** Reads the UN Peace and Security Data Hub's fatalities file: one record per casualty. */
export function importFatalities(actors: readonly Actor[], missions: readonly Mission[], file = FATALITIES_CSV): FatalityImport {
  const table = parseCsv(readFileSync(file, "utf8"), "DPPADPOSS-FATALITIES.csv");
  const states = new Map<string, Actor>(actors.filter((a) => a.kind !== "organization").map((a) => [a.id, a]));
  const missionIds = new Set(missions.map((m) => m.id));
  const trimmed: Record<string, number> = {};
  const otherMissions: Record<string, number> = {};
  const noNationality: Record<string, number> = {};
  const namedWithoutCode: Record<string, number> = {};
  const byCasualty = new Map<string, { record: PeacekeeperFatality; rows: string[]; nationalities: string[] }>();
  for (const { line, fields: raw } of table.rows) {
    const where = `DPPADPOSS-FATALITIES.csv row ${line}`;
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (v !== v.trim()) trimmed[k] = (trimmed[k] ?? 0) + 1;
      fields[k] = v.trim();
    }
    const casualtyId = fields.casualty_id!;
    if (fields.type_of_casualty !== "Fatality") throw new Error(`${where}: type_of_casualty "${fields.type_of_casualty}" is not Fatality`);
    const personnelType = lookup(FATALITY_PERSONNEL, fields.casualty_personnel_type!, `${where}, column casualty_personnel_type`, `${TABLE}, FATALITY_PERSONNEL`) as FatalityPersonnelType;
    const incidentType = lookup(FATALITY_INCIDENTS, fields.type_of_incident!, `${where}, column type_of_incident`, `${TABLE}, FATALITY_INCIDENTS`) as IncidentType;
    const gender = fields.gender === "M" ? "male" : fields.gender === "F" ? "female" : fields.gender === "" ? undefined : null;
    if (gender === null) throw new Error(`${where}: gender "${fields.gender}" is neither M, F nor empty`);
    const acronym = fields.mission_acronym!;
    const mission = missionIdOf(acronym);
    if (!missionIds.has(mission)) otherMissions[acronym] = (otherMissions[acronym] ?? 0) + 1;
    const nationalityName = fields.casualty_nationality!;
    const iso3 = fields.isocode3!;
    let nationalityId: string | undefined;
    let nationality: string | undefined = nationalityName;
    if (iso3 === "") {
      const entry = lookup(FATALITY_NATIONALITIES_WITHOUT_CODE, nationalityName, `${where}, column casualty_nationality`, `${TABLE}, FATALITY_NATIONALITIES_WITHOUT_CODE`);
      if (isActor(entry)) {
        nationalityId = entry;
        namedWithoutCode[nationalityName] = (namedWithoutCode[nationalityName] ?? 0) + 1;
      } else {
        nationality = undefined;
        noNationality[entry.reason] = (noNationality[entry.reason] ?? 0) + 1;
      }
    } else if (FATALITY_FORMER_STATES[iso3] !== undefined) {
      const reason = FATALITY_FORMER_STATES[iso3];
      noNationality[reason] = (noNationality[reason] ?? 0) + 1;
    } else {
      const actor = states.get(iso3.toLowerCase());
      if (actor === undefined || actor.kind === "organization") throw new Error(`${where}: isocode3 ${iso3} is not a State actor; add it to FATALITY_FORMER_STATES with the reason if it is a former State`);
      // M49 is written as a float ("250.0").
      const m49 = number(fields.m49_code, `${where}, column m49_code`);
      if (!Number.isInteger(m49) || m49 !== actor.m49) throw new Error(`${where}: m49_code ${fields.m49_code} differs from ${actor.id}'s ${actor.m49}`);
      nationalityId = actor.id;
    }
    if (nationalityId !== undefined && !states.has(nationalityId)) throw new Error(`${where}: nationality ${nationalityId} is not a State actor`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.incident_date!)) throw new Error(`${where}: incident_date "${fields.incident_date}" is not YYYY-MM-DD`);
    const prev = byCasualty.get(casualtyId);
    if (prev) {
      prev.rows.push(fields.id!);
      prev.nationalities.push(nationalityName);
      continue;
    }
    const record: PeacekeeperFatality = {
      id: `psdh-fatality.${slug(casualtyId)}`,
      casualtyId,
      incidentDate: fields.incident_date!,
      missionAcronym: acronym,
      ...(missionIds.has(mission) ? { missionId: mission } : {}),
      personnelType,
      incidentType,
      ...(gender ? { gender } : {}),
      ...(nationality !== undefined ? { nationality } : {}),
      ...(nationalityId !== undefined ? { nationalityId } : {}),
      sources: ["psdh-fatalities"],
      confidence: "verified",
    };
    byCasualty.set(casualtyId, { record, rows: [fields.id!], nationalities: [nationalityName] });
  }
  const repeated = [...byCasualty.entries()]
    .filter(([, v]) => v.rows.length > 1)
    .map(([casualtyId, v]) => ({ casualtyId, rows: v.rows, nationalities: v.nationalities }));
  const fatalities = [...byCasualty.values()].map(({ record, rows, nationalities }) =>
    rows.length > 1
      ? { ...record, note: `The file lists this casualty ${rows.length} times (rows with id ${rows.join(", ")}), with the nationalities ${nationalities.join(", ")}; one record is kept, with the first row's.` }
      : record,
  );
  if (new Set(fatalities.map((f) => f.id)).size !== fatalities.length) throw new Error("DPPADPOSS-FATALITIES.csv: two casualty ids give the same record id");
  fatalities.sort((a, b) => (a.incidentDate < b.incidentDate ? -1 : a.incidentDate > b.incidentDate ? 1 : byId(a, b)));
  return { fatalities, rows: table.rows.length, repeated, trimmed, otherMissions, noNationality, namedWithoutCode };
}
