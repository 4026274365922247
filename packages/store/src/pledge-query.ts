import type { PledgeFilter } from "@bluehelm/core/analytics";
import type { Statement } from "./list-query.js";

/*
 * The statements that count the pledges of a date and a filter from the facts kept on write (migration 5). A
 * pledge announced by the date is read from its row when the date is on or after its last step (its last status,
 * first deployment and fulfilment), else joined to the one step in force on the date (the first deployment and
 * fulfilment are then those of its row when they are on or before the date). The counts of every dimension of
 * the core's `PledgeTally` come from one pass (grouping sets); the sources first cited by the date from a second
 * statement. Values are bound parameters; the conditions are fixed text.
 */

/** The dimensions of a row of the counts: by status, kind, theme, actor or event (no key: at no event), or of days to deploy or fulfil. */
export type TallyDimension = "status" | "kind" | "theme" | "actor" | "event" | "deploy" | "fulfil";

/** The statements of a pledge tally: the counts (rows of `dim`, `key`, `n`) and the sources (rows of `source_id`). */
export interface TallyStatements {
  readonly counts: Statement;
  readonly sources: Statement;
}

/** The statements that tally the pledges announced by `asOf` that match `filter`. */
export function pledgeTallyQueries(asOf: string, filter: PledgeFilter): TallyStatements {
  const params: unknown[] = [asOf];
  const conditions = ["f.announced_on <= $1", "f.last_status IS NOT NULL"];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replaceAll("?", `$${params.length}`));
  };
  if (filter.actorId !== undefined) add("f.actor_id = ?", filter.actorId);
  if (filter.eventId !== undefined) add("f.event_id = ?", filter.eventId);
  if (filter.themeId !== undefined) add("? = ANY(f.theme_ids)", filter.themeId);
  if (filter.kind !== undefined) add("f.kind = ?", filter.kind);
  if (filter.missionId !== undefined) add("f.mission_id = ?", filter.missionId);
  const status = filter.status === undefined ? "" : (params.push(filter.status), ` WHERE a.status = $${params.length}`);
  const where = conditions.join(" AND ");
  const fields = "f.pledge_id, f.actor_id, f.event_id, f.kind, f.theme_ids, f.announced_on";
  // Two branches rather than a per-row choice: the planner then costs the join to the steps for the pledges
  // whose history goes past the date only (none as of today once every history has ended).
  const asked = `
WITH asked AS (
  SELECT ${fields}, f.last_status AS status, f.deployed_on, f.fulfilled_on
  FROM pledge_facts f WHERE ${where} AND f.last_since <= $1
  UNION ALL
  SELECT ${fields}, s.status, CASE WHEN f.deployed_on <= $1 THEN f.deployed_on END, CASE WHEN f.fulfilled_on <= $1 THEN f.fulfilled_on END
  FROM pledge_facts f JOIN pledge_status s ON s.pledge_id = f.pledge_id AND s.since <= $1 AND (s.until IS NULL OR s.until > $1)
  WHERE ${where} AND f.last_since > $1
)`;
  // Each pledge once per theme (once when it has none); every count but the themes' counts its first row only.
  const counts = `${asked}, x AS (
  SELECT a.status, a.kind, a.actor_id, a.event_id, t.theme_id, t.ord,
    a.deployed_on::date - a.announced_on::date AS deploy, a.fulfilled_on::date - a.announced_on::date AS fulfil
  FROM asked a LEFT JOIN LATERAL unnest(a.theme_ids) WITH ORDINALITY AS t(theme_id, ord) ON true${status}
)
SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(actor_id) = 0 THEN 'actor'
    WHEN GROUPING(event_id) = 0 THEN 'event' WHEN GROUPING(theme_id) = 0 THEN 'theme' WHEN GROUPING(deploy) = 0 THEN 'deploy' ELSE 'fulfil' END AS dim,
  coalesce(status, kind, actor_id, event_id, theme_id, deploy::text, fulfil::text) AS key,
  (CASE WHEN GROUPING(theme_id) = 0 THEN count(theme_id) ELSE count(*) FILTER (WHERE ord IS NULL OR ord = 1) END)::int AS n
FROM x GROUP BY GROUPING SETS ((status), (kind), (actor_id), (event_id), (theme_id), (deploy), (fulfil))`;
  // Without a status to match, the pledges' rows say which are counted; with one, their status on the date does.
  const sources =
    filter.status === undefined
      ? `SELECT DISTINCT ps.source_id FROM pledge_sources ps JOIN pledge_facts f USING (pledge_id) WHERE ${where} AND ps.since <= $1`
      : `${asked} SELECT DISTINCT ps.source_id FROM asked a JOIN pledge_sources ps USING (pledge_id) WHERE ps.since <= $1 AND a.status = $${params.length}`;
  return { counts: { sql: counts, params }, sources: { sql: sources, params } };
}
