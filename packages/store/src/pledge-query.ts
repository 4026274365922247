import type { PledgeFilter } from "@bluehelm/core/analytics";
import type { Statement } from "./list-query.js";

/*
 * The statement that counts the pledges of a date and a filter from the facts kept on write (migration 5): one
 * row per pledge announced by the date with its status and first deployment and fulfilment on the date (from
 * the pledge's row when the date is on or after its last step, else from its steps), counted by each dimension
 * of the core's `PledgeTally` in one pass, with the distinct sources first cited by the date. Values are bound
 * parameters; the conditions are fixed text.
 */

/** The dimensions of a row of {@link pledgeTallyQuery}: a count by status, kind, theme, actor or event, of days, or a source. */
export type TallyDimension = "status" | "kind" | "theme" | "actor" | "event" | "deploy" | "fulfil" | "source";

const stepOf = (what: string, where: string) => `(SELECT ${what} FROM pledge_status s WHERE s.pledge_id = f.pledge_id AND s.since <= $1${where})`;

/** Counts of the pledges announced by `asOf` that match `filter`, by dimension and key (rows of `dim`, `key`, `n`). */
export function pledgeTallyQuery(asOf: string, filter: PledgeFilter): Statement {
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
  const status = filter.status === undefined ? "" : (params.push(filter.status), ` WHERE status = $${params.length}`);
  const current = "f.last_since <= $1";
  const sql = `
WITH asked AS (
  SELECT f.pledge_id, f.actor_id, coalesce(f.event_id, '(none)') AS event_key, f.kind, f.theme_ids, f.announced_on,
    CASE WHEN ${current} THEN f.last_status ELSE ${stepOf("s.status", " ORDER BY s.ord DESC LIMIT 1")} END AS status,
    CASE WHEN ${current} THEN f.deployed_on ELSE ${stepOf("min(s.since)", " AND s.status = 'deployed'")} END AS deployed_on,
    CASE WHEN ${current} THEN f.fulfilled_on ELSE ${stepOf("min(s.since)", " AND s.status = 'fulfilled'")} END AS fulfilled_on
  FROM pledge_facts f WHERE ${conditions.join(" AND ")}
), p AS MATERIALIZED (SELECT * FROM asked${status})
SELECT 'status' AS dim, status AS key, count(*)::int AS n FROM p GROUP BY status
UNION ALL SELECT 'kind', kind, count(*)::int FROM p GROUP BY kind
UNION ALL SELECT 'actor', actor_id, count(*)::int FROM p GROUP BY actor_id
UNION ALL SELECT 'event', event_key, count(*)::int FROM p GROUP BY event_key
UNION ALL SELECT 'theme', t.theme_id, count(*)::int FROM p CROSS JOIN LATERAL unnest(p.theme_ids) AS t(theme_id) GROUP BY t.theme_id
UNION ALL SELECT 'deploy', (deployed_on::date - announced_on::date)::text, count(*)::int FROM p WHERE deployed_on IS NOT NULL GROUP BY 2
UNION ALL SELECT 'fulfil', (fulfilled_on::date - announced_on::date)::text, count(*)::int FROM p WHERE fulfilled_on IS NOT NULL GROUP BY 2
UNION ALL SELECT 'source', ps.source_id, 0 FROM pledge_sources ps JOIN p USING (pledge_id) WHERE ps.since <= $1 GROUP BY ps.source_id`;
  return { sql, params };
}
