// EXPLAIN (ANALYZE, BUFFERS) of the hot queries of the store on PostgreSQL:
// the filtered list page, the deep cursor page and the pledge status as of a
// date (page and count statements, as the store's own SQL builder makes them),
// and the statements of appending a pledge event, run in a transaction that
// is rolled back, so the database is left as it was.
import { today, type ReadonlyDataset } from "@bluehelm/core";
import pg from "pg";
// The store's SQL builder of list queries: the statements explained are the ones the store runs.
import { buildListQuery } from "../../packages/store/src/list-query.js";
import { contributionSourcesQuery, yearSumsQuery } from "../../packages/store/src/contribution-query.js";
import { pledgeTallyQueries } from "../../packages/store/src/pledge-query.js";
import { table } from "./server.js";

export interface ExplainTarget {
  readonly url: string;
  readonly missionId: string;
  /** The cursor of the deep page (of contributions by id). */
  readonly deepCursor: string;
  readonly statusDate: string;
  readonly pledgeId: string;
  readonly base: ReadonlyDataset;
}

export interface ExplainedStatement {
  readonly query: string;
  readonly statement: string;
  readonly planningMs: number;
  readonly executionMs: number;
  /** Shared buffers hit and read, from the plan's top node. */
  readonly sharedHit: number;
  readonly sharedRead: number;
  readonly plan: string;
}

/** The statements explained, by hot query. */
function statements(t: ExplainTarget): { query: string; statement: string; sql: string; params: readonly unknown[]; write?: boolean }[] {
  const filtered = buildListQuery("contribution", {
    filters: [
      { field: "missionId", op: "eq", values: [t.missionId] },
      { field: "category", op: "eq", values: ["troops"] },
    ],
    limit: 50,
  });
  const deep = buildListQuery("contribution", { limit: 50, cursor: t.deepCursor });
  const status = buildListQuery("pledge", { filters: [{ field: "status", op: "eq", values: ["deployed"] }], asOf: t.statusDate, limit: 50 });
  const top = { measure: "snapshot", from: 2015, to: 2019, sameYear: true } as const;
  const fatalityCells = [
    ...new Map(
      t.base.peacekeeperFatalities.flatMap((f) => (f.missionId === undefined ? [] : [{ key: f.missionId, year: Number(f.incidentDate.slice(0, 4)) }])).map((c) => [`${c.key} ${c.year}`, c]),
    ).values(),
  ];
  const years = fatalityCells.map((c) => c.year);
  const fatalityYears = { measure: "annual-mean", sameYear: true, from: Math.min(...years), to: Math.max(...years) } as const;
  const states = t.base.actors.filter((a) => a.kind === "state").slice(0, 10).map((a) => a.id);
  const source = t.base.sources[0]!.id;
  const event = { id: `${t.pledgeId}-explained`, pledgeId: t.pledgeId, type: "withdrawn", date: "2020-12-31", sources: [source], confidence: "unverified" };
  return [
    { query: "filtered list page", statement: "page", ...filtered.page },
    { query: "filtered list page", statement: "count", ...filtered.count },
    { query: "deep cursor page", statement: "page", ...deep.page },
    { query: "deep cursor page", statement: "count", ...deep.count },
    { query: "status as of a date", statement: "page", ...status.page },
    { query: "status as of a date", statement: "count", ...status.count },
    // The reads of the contributor questions (the store's contributorYears and contributionSources), with the
    // parameters the benchmark asks them with: top-contributors of 2015–2019 (snapshots), personnel-by-year.
    { query: "top-contributors", statement: "contributor-years", ...yearSumsQuery(top, "contributor") },
    { query: "top-contributors", statement: "sources", ...contributionSourcesQuery({ ...top, contributorIds: states }) },
    { query: "personnel-by-year", statement: "contributor-years", ...yearSumsQuery({ measure: "annual-mean" }, "contributor") },
    { query: "personnel-by-year", statement: "sources", ...contributionSourcesQuery({ measure: "annual-mean" }) },
    // peacekeeper-fatalities without parameters: the mission-years of every year with a fatality, and the
    // sources of the cells (mission and year) that have both fatalities and personnel.
    { query: "peacekeeper-fatalities", statement: "mission-years", ...yearSumsQuery(fatalityYears, "mission") },
    { query: "peacekeeper-fatalities", statement: "sources", ...contributionSourcesQuery({ ...fatalityYears, within: { by: "mission", cells: fatalityCells } }) },
    // pledge-summary (the store's pledgeTally): as of today, when every synthetic pledge's history has ended (each
    // read from its row), and as of the benchmark's status date, when most have steps after it (read from them).
    { query: "pledge-summary", statement: "counts, today", ...pledgeTallyQueries(today(), {}).counts },
    { query: "pledge-summary", statement: "sources, today", ...pledgeTallyQueries(today(), {}).sources },
    { query: "pledge-summary", statement: "counts, as of a date", ...pledgeTallyQueries(t.statusDate, {}).counts },
    { query: "pledge-summary", statement: "sources, as of a date", ...pledgeTallyQueries(t.statusDate, {}).sources },
    // The statements of the store's appendPledgeEvent (sql-store.ts), in its order: the check of the
    // records the event refers to, then in its transaction the pledge locked, its history read, the
    // event inserted, the status intervals rewritten and the audit entry.
    {
      query: "event append",
      statement: "records referred to",
      sql: "SELECT resource, data FROM records WHERE resource = ANY($1::text[]) AND id = ANY($2::text[])",
      params: [["source", "actor", "theme", "event", "instrument", "mission", "pledge"], [t.pledgeId, source]],
      write: true,
    },
    { query: "event append", statement: "lock the pledge", sql: "SELECT id, data FROM records WHERE resource = 'pledge' AND id = $1 FOR UPDATE", params: [t.pledgeId], write: true },
    {
      query: "event append",
      statement: "the pledge's events",
      sql: "SELECT id, data, version, updated_at FROM records WHERE resource = 'pledge-event' AND data->>'pledgeId' = $1 ORDER BY seq",
      params: [t.pledgeId],
      write: true,
    },
    {
      query: "event append",
      statement: "insert the event",
      sql: "INSERT INTO records (resource, id, data, effective_date) VALUES ('pledge-event', $1, $2::jsonb, $3) ON CONFLICT (resource, id) DO NOTHING RETURNING id, data, version, updated_at",
      params: [event.id, JSON.stringify(event), event.date],
      write: true,
    },
    { query: "event append", statement: "clear the status intervals", sql: "DELETE FROM pledge_status WHERE pledge_id = ANY($1::text[])", params: [[t.pledgeId]], write: true },
    {
      query: "event append",
      statement: "write the status intervals",
      sql: `INSERT INTO pledge_status (pledge_id, ord, status, since, until, event_id)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      params: [
        [t.pledgeId, t.pledgeId],
        [0, 1],
        ["announced", "withdrawn"],
        ["2015-01-01", event.date],
        [event.date, null],
        [null, event.id],
      ],
      write: true,
    },
    {
      query: "event append",
      statement: "audit entry",
      sql: "INSERT INTO audit_log (actor, action, resource, record_id, before, after, request_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)",
      params: ["system:bench", "append", "pledge-event", event.id, null, JSON.stringify(event), null],
      write: true,
    },
  ];
}

export async function explainHotQueries(t: ExplainTarget): Promise<ExplainedStatement[]> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  const out: ExplainedStatement[] = [];
  try {
    await client.query("SET statement_timeout = '120s'");
    // The statements of a write run in one transaction, as the store runs them, rolled back after the last.
    let inTransaction = false;
    try {
      for (const s of statements(t)) {
        if (s.write && !inTransaction) {
          await client.query("BEGIN");
          inTransaction = true;
        }
        const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, [...s.params]);
        const plan = result.rows.map((r) => r["QUERY PLAN"]).join("\n");
        const number = (re: RegExp) => Number(re.exec(plan)?.[1] ?? NaN);
        out.push({
          query: s.query,
          statement: s.statement,
          planningMs: number(/Planning Time: ([\d.]+) ms/),
          executionMs: number(/Execution Time: ([\d.]+) ms/),
          // The first Buffers line is the top node's: the whole statement's.
          sharedHit: number(/Buffers: shared(?: hit=(\d+))?/) || 0,
          sharedRead: number(/Buffers: shared[^\n]*? read=(\d+)/) || 0,
          plan,
        });
      }
    } finally {
      if (inTransaction) await client.query("ROLLBACK");
    }
  } finally {
    await client.end();
  }
  return out;
}

export function formatExplain(explained: readonly ExplainedStatement[], scale: number): string {
  const summary = table(
    ["query", "statement", "planning ms", "execution ms", "shared hit", "shared read"],
    explained.map((e) => [e.query, e.statement, e.planningMs.toFixed(2), e.executionMs.toFixed(2), String(e.sharedHit), String(e.sharedRead)]),
  );
  const plans = explained.map((e) => `-- ${e.query}: ${e.statement}\n${e.plan}`).join("\n\n");
  return `EXPLAIN (ANALYZE, BUFFERS) of the hot queries at ${scale}× (writes in a transaction rolled back)\n${summary}\n\n${plans}`;
}
