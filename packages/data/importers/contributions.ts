import { readFileSync } from "node:fs";
import type { Actor, ActorRole, Contribution, Mission } from "@bluehelm/core";
import { CONTRIBUTOR_NAMES } from "../curated/contributor-names.js";
import { COUNTRY_BY_YEAR_MISSIONS, KEPT_YEARS } from "../curated/country-by-year.js";
import { countryByYearContribution } from "../src/mappings.js";
import { parseCsv } from "./csv.js";
import { COUNTRY_BY_YEAR_CSV, RANK_CSV } from "./paths.js";

/** The actor id of a contributor name; throws a clear error for a name the table does not know. */
export function contributorId(name: string, where: string): string {
  const id = CONTRIBUTOR_NAMES[name];
  if (id === undefined) {
    throw new Error(`${where}: contributor name "${name}" is not in the name table (curated/contributor-names.ts); add it with its actor id`);
  }
  return id;
}

/** The mission of a CountryByYear mission name, or the reason its rows are left out; throws for an unknown name. */
export function countryByYearMission(name: string, where: string): { missionId: string } | { excluded: string } {
  const entry = COUNTRY_BY_YEAR_MISSIONS[name];
  if (entry === undefined) {
    throw new Error(`${where}: mission name "${name}" is not in the mission table (curated/country-by-year.ts); map it to a mission id or exclude it with a reason`);
  }
  return entry;
}

const MONTHS: Record<string, string> = { Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06", Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12" };

/** "31-Jan-21" → "2021-01-31". */
export function parseReportingDate(cell: string, where: string): string {
  const m = /^(\d{1,2})-([A-Z][a-z]{2})-(\d{2})$/.exec(cell.trim());
  const month = m ? MONTHS[m[2]!] : undefined;
  if (!m || month === undefined) throw new Error(`${where}: reporting date "${cell}" is not of the form 31-Jan-21`);
  return `20${m[3]}-${month}-${m[1]!.padStart(2, "0")}`;
}

function count(cell: string, where: string): number {
  if (!/^\d+$/.test(cell.trim())) throw new Error(`${where}: "${cell}" is not a whole number`);
  return Number(cell);
}

export interface YearSummary {
  readonly year: number;
  readonly rows: number;
  readonly nonZeroRows: number;
  readonly total: number;
  readonly women: number;
  readonly kept: boolean;
  readonly keptRecords: number;
  readonly keptTotal: number;
  readonly excludedMissionTotal: number;
}

export interface ContributionImport {
  readonly contributions: Contribution[];
  readonly rankRoles: ActorRole[];
  readonly rankRows: number;
  readonly countryByYearRows: number;
  readonly years: readonly YearSummary[];
  readonly excludedMissions: Readonly<Record<string, { rows: number; total: number; reason: string }>>;
}

export function importContributions(actors: readonly Actor[], missions: readonly Mission[], files = { rank: RANK_CSV, countryByYear: COUNTRY_BY_YEAR_CSV }): ContributionImport {
  const stateById = new Map<string, Actor>(actors.filter((a) => a.kind !== "organization").map((a) => [a.id, a]));
  const missionIds = new Set(missions.map((m) => m.id));
  const contributions: Contribution[] = [];
  const rankRoles: ActorRole[] = [];

  // Rank.csv: the official ranking of 31 January 2021.
  const rank = parseCsv(readFileSync(files.rank, "utf8"), "Rank.csv");
  for (const { line, fields } of rank.rows) {
    const where = `Rank.csv row ${line}`;
    const iso3 = fields.ISOCode3!.trim();
    const id = iso3.toLowerCase();
    const actor = stateById.get(id);
    if (actor === undefined || actor.kind === "organization") throw new Error(`${where}: ISO code ${iso3} is not a State actor`);
    if (actor.m49 !== count(fields.M49_Code!, where)) throw new Error(`${where}: M49 ${fields.M49_Code} differs from ${actor.id}'s ${actor.m49}`);
    const named = contributorId(fields.Contributing_Country!.trim(), where);
    if (named !== id) throw new Error(`${where}: the name table maps "${fields.Contributing_Country}" to ${named}, the row's ISO code is ${iso3}`);
    const date = parseReportingDate(fields.Last_Reporting_Date!, where);
    const women = count(fields.Female_Personnel!, where);
    const men = count(fields.Male_Personnel!, where);
    const total = count(fields.Total_Uniformed_Personnel!, where);
    const position = count(fields.Personnel_Contribution_Rank!, where);
    if (women + men !== total) throw new Error(`${where}: women ${women} + men ${men} ≠ total ${total}`);
    contributions.push({
      id: `rank-${date}-${id}`,
      contributorId: id,
      periodStart: date,
      periodEnd: date,
      measure: "snapshot",
      category: "all",
      women,
      men,
      total,
      rank: position,
      sources: ["un-pk-ranking-2021-01"],
      confidence: "verified",
    });
    rankRoles.push({
      id: `tpcc-rank-${date}-${id}`,
      actorId: id,
      role: "troop-police-contributor-rank",
      from: date,
      to: date,
      value: position,
      sources: ["un-pk-ranking-2021-01"],
      confidence: "verified",
    });
  }

  // CountryByYear.csv: yearly figures per contributor and mission.
  const cby = parseCsv(readFileSync(files.countryByYear, "utf8"), "CountryByYear.csv");
  const kept = new Set(KEPT_YEARS);
  const years = new Map<number, { rows: number; nonZeroRows: number; total: number; women: number; keptRecords: number; keptTotal: number; excludedMissionTotal: number }>();
  const excludedMissions: Record<string, { rows: number; total: number; reason: string }> = {};
  const seen = new Set<string>();
  const yearly: Contribution[] = [];
  for (const { line, fields } of cby.rows) {
    const where = `CountryByYear.csv row ${line}`;
    const year = count(fields.Year!, where);
    const actorId = contributorId(fields.Country!, where);
    if (!stateById.has(actorId)) throw new Error(`${where}: "${fields.Country}" maps to ${actorId}, which is not a State actor`);
    const mission = countryByYearMission(fields.Mission!, where);
    const women = count(fields.Female!, where);
    const men = count(fields.Male!, where);
    const total = count(fields.Total!, where);
    const y = years.get(year) ?? { rows: 0, nonZeroRows: 0, total: 0, women: 0, keptRecords: 0, keptTotal: 0, excludedMissionTotal: 0 };
    years.set(year, y);
    y.rows++;
    y.total += total;
    y.women += women;
    if (total !== 0 || women !== 0 || men !== 0) y.nonZeroRows++;
    if ("excluded" in mission) {
      const e = (excludedMissions[fields.Mission!] ??= { rows: 0, total: 0, reason: mission.excluded });
      if (total !== 0) e.rows++;
      e.total += total;
      y.excludedMissionTotal += total;
      continue;
    }
    if (!missionIds.has(mission.missionId)) throw new Error(`${where}: mission table maps "${fields.Mission}" to ${mission.missionId}, which is not a mission record`);
    const key = `${year}-${actorId}-${mission.missionId}`;
    if (seen.has(key)) throw new Error(`${where}: a second row for ${fields.Country}, ${fields.Mission}, ${year}`);
    seen.add(key);
    if (!kept.has(year) || (total === 0 && women === 0 && men === 0)) continue;
    const converted = countryByYearContribution(fields);
    if (converted.kind !== "record") throw new Error(`${where}: expected a contribution, got ${converted.kind}`);
    y.keptRecords++;
    y.keptTotal += total;
    yearly.push(converted.record);
  }
  yearly.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  contributions.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return {
    contributions: [...contributions, ...yearly],
    rankRoles,
    rankRows: rank.rows.length,
    countryByYearRows: cby.rows.length,
    years: [...years.entries()].sort(([a], [b]) => a - b).map(([year, s]) => ({ year, ...s, kept: kept.has(year) })),
    excludedMissions,
  };
}
