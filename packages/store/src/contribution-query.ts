import type { ContributionSelection, SourceSelection } from "@bluehelm/core/analytics";
import type { Statement } from "./list-query.js";

/*
 * The statements that read the contributor-years kept on write (migration 4): a sum over the selection's rows
 * of `contribution_years` (by contributor or by mission, and year), and the distinct sources of
 * `contribution_year_sources`. Values are bound parameters; the conditions are fixed text.
 */

/** The conditions of a selection on `contribution_years` (or its sources), with their parameters. */
function where(selection: ContributionSelection): { sql: string; params: unknown[] } {
  const params: unknown[] = [selection.measure];
  const conditions = ["measure = $1"];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace("?", `$${params.length}`));
  };
  if (selection.sameYear) conditions.push("same_year");
  // Years go in as text and are cast in SQL, as the embedded engine's parameters are best given.
  if (selection.from !== undefined) add("year >= ?::integer", String(selection.from));
  if (selection.to !== undefined) add("year <= ?::integer", String(selection.to));
  if (selection.contributorId !== undefined) add("contributor_id = ?", selection.contributorId);
  if (selection.missionId !== undefined) add("mission_id = ?", selection.missionId);
  return { sql: conditions.join(" AND "), params };
}

/**
 * The contributor-years (`by: "contributor"`) or mission-years (`by: "mission"`) of a selection: per key and
 * year, the sums over the other key and the periods.
 */
export function yearSumsQuery(selection: ContributionSelection, by: "contributor" | "mission"): Statement {
  const w = where(selection);
  const key = by === "mission" ? "mission_id" : "contributor_id";
  return {
    sql: `SELECT ${key} AS key, year, sum(total)::text AS total, sum(women)::text AS women, sum(women_missing)::text AS missing
      FROM contribution_years WHERE ${w.sql} GROUP BY ${key}, year`,
    params: w.params,
  };
}

/** The distinct sources of the contributions a selection sums, optionally of some contributors, or some cells, only. */
export function contributionSourcesQuery(selection: SourceSelection): Statement {
  const w = where(selection);
  let sql = `SELECT DISTINCT source_id FROM contribution_year_sources WHERE ${w.sql}`;
  if (selection.contributorIds !== undefined) {
    w.params.push([...selection.contributorIds]);
    sql += ` AND contributor_id = ANY($${w.params.length}::text[])`;
  }
  if (selection.within !== undefined) {
    const column = selection.within.by === "mission" ? "mission_id" : "contributor_id";
    w.params.push(selection.within.cells.map((c) => c.key), selection.within.cells.map((c) => String(c.year)));
    const keys = w.params.length - 1;
    sql += ` AND (${column}, year) IN (SELECT key, year::integer FROM unnest($${keys}::text[], $${keys + 1}::text[]) AS cell(key, year))`;
  }
  return { sql, params: w.params };
}
