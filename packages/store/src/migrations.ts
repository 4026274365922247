import type { EntityKind } from "@bluehelm/core";
import { kindLiteral, typedField } from "./expressions.js";

/**
 * The schema, as numbered migrations run in order by both engines (PGlite and
 * PostgreSQL) and recorded in `schema_migrations`. A migration never changes
 * once released: later changes are new migrations.
 *
 * @example
 * ```ts
 * import { MIGRATIONS, type Migration } from "@bluehelm/store";
 *
 * const latest: Migration | undefined = MIGRATIONS.at(-1);
 * console.log(latest?.id, latest?.name);
 * ```
 */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The fields of each kind that migration 2 indexes, with the type they are
 * compared as: the references, codes, dates and figures lists filter and sort
 * on. Written out (not derived from the schemas) because a released migration
 * never changes; a later field gets its index in a later migration.
 */
export const INDEXED_FIELDS: readonly (readonly [EntityKind, string, "text" | "number"])[] = [
  ["source", "published", "text"],
  ["actor", "kind", "text"],
  ["actor", "regionalGroup", "text"],
  ["actor", "iso3", "text"],
  ["actor", "since", "text"],
  ["actor-role", "actorId", "text"],
  ["actor-role", "missionId", "text"],
  ["actor-role", "role", "text"],
  ["actor-role", "from", "text"],
  ["assessment-share", "actorId", "text"],
  ["assessment-share", "scale", "text"],
  ["assessment-share", "fromYear", "number"],
  ["theme", "parentId", "text"],
  ["event", "kind", "text"],
  ["event", "startDate", "text"],
  ["event", "countryId", "text"],
  ["instrument", "kind", "text"],
  ["instrument", "adoptedOn", "text"],
  ["instrument", "eventId", "text"],
  ["principle", "instrumentId", "text"],
  ["principle", "number", "number"],
  ["endorsement", "actorId", "text"],
  ["endorsement", "instrumentId", "text"],
  ["endorsement", "date.date", "text"],
  ["endorsement", "eventId", "text"],
  ["mission", "acronym", "text"],
  ["mission", "startDate", "text"],
  ["mission", "endDate", "text"],
  ["mission", "predecessorId", "text"],
  ["mandate", "missionId", "text"],
  ["mandate", "adoptedOn", "text"],
  ["mandate", "expiresOn", "text"],
  ["mandate", "poc", "text"],
  ["pledge", "actorId", "text"],
  ["pledge", "eventId", "text"],
  ["pledge", "announcedOn", "text"],
  ["pledge", "kind", "text"],
  ["pledge", "unit.unitType", "text"],
  ["pledge", "unit.personnel", "number"],
  ["pledge", "funding.amount", "number"],
  ["pledge", "missionId", "text"],
  ["pledge-event", "pledgeId", "text"],
  ["pledge-event", "type", "text"],
  ["pledge-event", "date", "text"],
  ["contribution", "contributorId", "text"],
  ["contribution", "missionId", "text"],
  ["contribution", "periodStart", "text"],
  ["contribution", "category", "text"],
  ["contribution", "total", "number"],
  ["capability-requirement", "missionId", "text"],
  ["capability-requirement", "unitType", "text"],
  ["capability-requirement", "publishedOn", "text"],
  ["gender-target", "category", "text"],
  ["gender-target", "year", "number"],
  ["conduct-stat", "missionId", "text"],
  ["conduct-stat", "year", "number"],
  ["deployment-site", "missionId", "text"],
  ["deployment-site", "hostId", "text"],
  ["deployment-site", "dataset", "text"],
  ["deployment-site", "periodStart", "text"],
  ["deployment-site", "year", "number"],
  ["deployment-site", "personnel.total", "number"],
  ["conflict-event", "hostId", "text"],
  ["conflict-event", "year", "number"],
  ["conflict-event", "dateStart", "text"],
  ["conflict-event", "typeOfViolence", "text"],
  ["conflict-event", "ucdpId", "number"],
  ["conflict-event", "countryId", "number"],
  ["conflict-event", "deaths.best", "number"],
  ["peacekeeper-fatality", "missionId", "text"],
  ["peacekeeper-fatality", "nationalityId", "text"],
  ["peacekeeper-fatality", "incidentDate", "text"],
  ["peacekeeper-fatality", "personnelType", "text"],
  ["peacekeeper-fatality", "incidentType", "text"],
  ["reported-figure", "subjectId", "text"],
  ["reported-figure", "measure", "text"],
  ["reported-figure", "date.date", "text"],
  ["world-total", "year", "number"],
];

/** The name of the index of a field of a kind: `records_pledge_event_date`, `records_contribution_total`. */
export function fieldIndexName(kind: EntityKind, field: string): string {
  return `records_${kind}_${field}`.replace(/[-.]/g, "_").toLowerCase();
}

/**
 * One partial expression index per indexed field: the field's value, then the
 * id, over the records of its kind only. It serves equality and bounds on the
 * field, and pages sorted by it (keyset on the value and the id, both ways).
 */
const fieldIndexes = INDEXED_FIELDS.map(
  ([kind, field, type]) =>
    `CREATE INDEX ${fieldIndexName(kind, field)} ON records (${typedField(field.split("."), type)}, id) WHERE resource = ${kindLiteral(kind)};`,
).join("\n");

/*
 * Migration 4: the inputs of the contributor questions (the core's `contributorYears`), kept on write.
 *
 * `contribution_periods` holds, per measure, contributor, mission and period, the count and sums of its
 * "all categories" records apart from those of its category records: the period's personnel is the first when
 * there is one, else the second (the core's `withoutDoubleCounting`). `contribution_years` rolls the periods up
 * by the year they begin in (and whether they end in it): a question sums a few of its rows. A statement that
 * writes contributions takes the periods it touches out of their years, applies its rows to the periods, and
 * puts them back; sources are counted per contributor-year with the same keys.
 */

/** The contributions a statement moved: `source`'s rows, each counting `sign` (1 added, -1 removed). */
const movedContributions = (source: string, sign: 1 | -1): string => `
    SELECT data->>'measure' AS measure, data->>'contributorId' AS contributor_id, data->>'missionId' AS mission_id,
      data->>'periodStart' AS period_start, data->>'periodEnd' AS period_end, (data->>'category') = 'all' AS is_all,
      (data->>'total')::numeric AS total, (data->>'women')::numeric AS women, data->'sources' AS sources, ${sign} AS d
    FROM ${source} WHERE resource = 'contribution' AND data->>'missionId' IS NOT NULL`;

const PERIOD_KEY = "measure, contributor_id, mission_id, period_start, period_end";
const YEAR_KEY = "measure, contributor_id, mission_id, year, same_year";
const YEAR_OF_PERIOD = "substr(period_start, 1, 4)::integer AS year, substr(period_start, 1, 4) = substr(period_end, 1, 4) AS same_year";

/** Adds (sign 1) or takes out (-1) the effective figures of the periods in `touched` to or from their years. */
const periodsIntoYears = (touched: string, sign: 1 | -1): string => `
  INSERT INTO contribution_years AS y (${YEAR_KEY}, periods, total, women, women_missing)
    SELECT measure, contributor_id, mission_id, year, same_year, ${sign} * count(*), ${sign} * sum(total), ${sign} * sum(women), ${sign} * sum(women_missing)
    FROM (
      SELECT p.measure, p.contributor_id, p.mission_id, substr(p.period_start, 1, 4)::integer AS year,
        substr(p.period_start, 1, 4) = substr(p.period_end, 1, 4) AS same_year,
        CASE WHEN p.all_n > 0 THEN p.all_total ELSE p.cat_total END AS total,
        CASE WHEN p.all_n > 0 THEN p.all_women ELSE p.cat_women END AS women,
        CASE WHEN p.all_n > 0 THEN p.all_women_missing ELSE p.cat_women_missing END AS women_missing
      FROM contribution_periods p JOIN (${touched}) t USING (${PERIOD_KEY})
    ) effective
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (${YEAR_KEY}) DO UPDATE SET periods = y.periods + EXCLUDED.periods, total = y.total + EXCLUDED.total,
      women = y.women + EXCLUDED.women, women_missing = y.women_missing + EXCLUDED.women_missing;`;

/**
 * The statements that apply the contributions `moved` (a query of {@link movedContributions}) to the tables.
 * The moved rows are read twice (their fields out of the JSON): once summed by period, once counted by source;
 * the steps after that work on those sums, one row per period touched, kept in temporary tables dropped at the end.
 */
function contributionSteps(moved: string): string {
  const side = (all: boolean, what: string) => `sum(CASE WHEN ${all ? "" : "NOT "}is_all THEN ${what} ELSE 0 END)`;
  const deltas = "bluehelm_contribution_period_deltas";
  const sources = "bluehelm_contribution_source_deltas";
  const sameYearKey = (a: string, b: string) =>
    `(${a}.measure, ${a}.contributor_id, ${a}.mission_id, ${a}.year, ${a}.same_year) = (${b}.measure, ${b}.contributor_id, ${b}.mission_id, ${b}.year, ${b}.same_year)`;
  return `
  CREATE TEMPORARY TABLE ${deltas} ON COMMIT DROP AS
    SELECT ${PERIOD_KEY},
      ${side(true, "d")} AS all_n, ${side(true, "d * total")} AS all_total, ${side(true, "d * coalesce(women, 0)")} AS all_women,
      ${side(true, "CASE WHEN women IS NULL THEN d ELSE 0 END")} AS all_women_missing,
      ${side(false, "d")} AS cat_n, ${side(false, "d * total")} AS cat_total, ${side(false, "d * coalesce(women, 0)")} AS cat_women,
      ${side(false, "CASE WHEN women IS NULL THEN d ELSE 0 END")} AS cat_women_missing
    FROM (${moved}) m GROUP BY ${PERIOD_KEY};
  CREATE TEMPORARY TABLE ${sources} ON COMMIT DROP AS
    SELECT measure, contributor_id, mission_id, year, same_year, source_id, sum(d) AS n FROM (
      SELECT m.measure, m.contributor_id, m.mission_id, ${YEAR_OF_PERIOD}, src.source_id, m.d
      FROM (${moved}) m CROSS JOIN LATERAL jsonb_array_elements_text(m.sources) AS src(source_id)
    ) counted GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d) <> 0;
  ANALYZE ${deltas};
  ${periodsIntoYears(`SELECT ${PERIOD_KEY} FROM ${deltas}`, -1)}
  INSERT INTO contribution_periods AS p (${PERIOD_KEY}, all_n, all_total, all_women, all_women_missing, cat_n, cat_total, cat_women, cat_women_missing)
    SELECT ${PERIOD_KEY}, all_n, all_total, all_women, all_women_missing, cat_n, cat_total, cat_women, cat_women_missing
    FROM ${deltas} ORDER BY ${PERIOD_KEY}
    ON CONFLICT (${PERIOD_KEY}) DO UPDATE SET
      all_n = p.all_n + EXCLUDED.all_n, all_total = p.all_total + EXCLUDED.all_total, all_women = p.all_women + EXCLUDED.all_women,
      all_women_missing = p.all_women_missing + EXCLUDED.all_women_missing,
      cat_n = p.cat_n + EXCLUDED.cat_n, cat_total = p.cat_total + EXCLUDED.cat_total, cat_women = p.cat_women + EXCLUDED.cat_women,
      cat_women_missing = p.cat_women_missing + EXCLUDED.cat_women_missing;
  DELETE FROM contribution_periods p USING ${deltas} t
    WHERE (p.measure, p.contributor_id, p.mission_id, p.period_start, p.period_end) = (t.measure, t.contributor_id, t.mission_id, t.period_start, t.period_end)
      AND p.all_n = 0 AND p.cat_n = 0;
  ${periodsIntoYears(`SELECT ${PERIOD_KEY} FROM ${deltas}`, 1)}
  DELETE FROM contribution_years y USING (SELECT DISTINCT measure, contributor_id, mission_id, ${YEAR_OF_PERIOD} FROM ${deltas}) t
    WHERE ${sameYearKey("y", "t")} AND y.periods = 0;
  INSERT INTO contribution_year_sources AS s (${YEAR_KEY}, source_id, n)
    SELECT ${YEAR_KEY}, source_id, n FROM ${sources} ORDER BY ${YEAR_KEY}, source_id
    ON CONFLICT (${YEAR_KEY}, source_id) DO UPDATE SET n = s.n + EXCLUDED.n;
  DELETE FROM contribution_year_sources s USING ${sources} t
    WHERE ${sameYearKey("s", "t")} AND s.source_id = t.source_id AND s.n = 0;
  DROP TABLE ${deltas};
  DROP TABLE ${sources};`;
}

const CONTRIBUTION_TRIGGERS = (
  [
    ["insert", "INSERT", "NEW TABLE AS new_rows", movedContributions("new_rows", 1), "new_rows"],
    ["update", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", `${movedContributions("new_rows", 1)}\n    UNION ALL${movedContributions("old_rows", -1)}`, "(SELECT resource FROM new_rows UNION ALL SELECT resource FROM old_rows) w"],
    ["delete", "DELETE", "OLD TABLE AS old_rows", movedContributions("old_rows", -1), "old_rows"],
  ] as const
)
  .map(
    ([name, event, tables, moved, written]) => `
CREATE FUNCTION bluehelm_contribution_inputs_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ${written} WHERE resource = 'contribution') THEN RETURN NULL; END IF;
  ${contributionSteps(moved)}
  RETURN NULL;
END
$$;
CREATE TRIGGER records_contribution_inputs_${name} AFTER ${event} ON records
  REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_contribution_inputs_${name}();`,
  )
  .join("\n");

const CONTRIBUTION_INPUTS = `
CREATE TABLE contribution_periods (
  measure text NOT NULL,
  contributor_id text NOT NULL,
  mission_id text NOT NULL,
  period_start text NOT NULL,
  period_end text NOT NULL,
  all_n bigint NOT NULL,
  all_total numeric NOT NULL,
  all_women numeric NOT NULL,
  all_women_missing bigint NOT NULL,
  cat_n bigint NOT NULL,
  cat_total numeric NOT NULL,
  cat_women numeric NOT NULL,
  cat_women_missing bigint NOT NULL,
  PRIMARY KEY (${PERIOD_KEY})
);
CREATE TABLE contribution_years (
  measure text NOT NULL,
  contributor_id text NOT NULL,
  mission_id text NOT NULL,
  year integer NOT NULL,
  same_year boolean NOT NULL,
  periods bigint NOT NULL,
  total numeric NOT NULL,
  women numeric NOT NULL,
  women_missing bigint NOT NULL,
  PRIMARY KEY (${YEAR_KEY})
);
CREATE INDEX contribution_years_by_year ON contribution_years (measure, year);
CREATE INDEX contribution_years_by_mission ON contribution_years (measure, mission_id, year);
CREATE TABLE contribution_year_sources (
  measure text NOT NULL,
  contributor_id text NOT NULL,
  mission_id text NOT NULL,
  year integer NOT NULL,
  same_year boolean NOT NULL,
  source_id text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (${YEAR_KEY}, source_id)
);
CREATE INDEX contribution_year_sources_by_year ON contribution_year_sources (measure, year);
${contributionSteps(movedContributions("records", 1))}
${CONTRIBUTION_TRIGGERS}
ANALYZE contribution_periods;
ANALYZE contribution_years;
ANALYZE contribution_year_sources;
`;

/** The three statement-level triggers that run `fn` after every insert, update and delete on `records`, with their transition tables. */
const onEveryRecordsStatement = (name: string, fn: string): string => `CREATE TRIGGER records_${name}_insert AFTER INSERT ON records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
CREATE TRIGGER records_${name}_update AFTER UPDATE ON records
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
CREATE TRIGGER records_${name}_delete AFTER DELETE ON records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`;

/*
 * The inputs of the pledge summary, kept on write: per pledge, the fields it is counted and filtered by (from
 * its record) and what its status history says at its end (from `pledge_status`: the last status and since
 * when, the first deployment and fulfilment); per pledge and source, the first day the source is cited for it
 * (the pledge's own sources on its announcement, its events' on their dates). A summary as of a date on or
 * after a pledge's last step reads that pledge's row alone; for an earlier date it reads the pledge's steps.
 * Each half of a `pledge_facts` row is written by its own trigger, in either order; a row with neither half is
 * removed. Pledge events are append-only, so an insert adds its sources; an update or a delete of a pledge
 * recomputes the sources of the pledges it touched from their records.
 */
const PLEDGE_FIELDS = (rows: string) => `
    SELECT id AS pledge_id, data->>'actorId' AS actor_id, data->>'eventId' AS event_id, data->>'kind' AS kind,
      data->>'missionId' AS mission_id, ARRAY(SELECT jsonb_array_elements_text(coalesce(data->'themeIds', '[]'::jsonb))) AS theme_ids,
      data->>'announcedOn' AS announced_on
    FROM ${rows} WHERE resource = 'pledge'`;

/** Per pledge and source, the first day of the sources of pledge records and pledge-event records in `rows`. */
const CITED_SOURCES = (rows: string, pledgeIds?: string) => `
    SELECT pledge_id, source_id, min(since) AS since FROM (
      SELECT r.id AS pledge_id, src.source_id, r.data->>'announcedOn' AS since
      FROM ${rows} r CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(r.data->'sources', '[]'::jsonb)) AS src(source_id)
      WHERE r.resource = 'pledge'${pledgeIds ? ` AND r.id = ANY(${pledgeIds})` : ""}
      UNION ALL
      SELECT r.data->>'pledgeId', src.source_id, r.data->>'date'
      FROM ${rows} r CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(r.data->'sources', '[]'::jsonb)) AS src(source_id)
      WHERE r.resource = 'pledge-event'${pledgeIds ? ` AND r.data->>'pledgeId' = ANY(${pledgeIds})` : ""}
    ) cited GROUP BY 1, 2`;

/** Sets the record half of the `pledge_facts` rows of the pledges in `rows`. */
const UPSERT_PLEDGE_FIELDS = (rows: string) => `
  INSERT INTO pledge_facts AS f (pledge_id, actor_id, event_id, kind, mission_id, theme_ids, announced_on)
    ${PLEDGE_FIELDS(rows)} ORDER BY 1
    ON CONFLICT (pledge_id) DO UPDATE SET actor_id = EXCLUDED.actor_id, event_id = EXCLUDED.event_id, kind = EXCLUDED.kind,
      mission_id = EXCLUDED.mission_id, theme_ids = EXCLUDED.theme_ids, announced_on = EXCLUDED.announced_on;`;

/** Sets the status half of the `pledge_facts` rows of the pledges whose ids `touched` selects, from their steps. */
const UPSERT_PLEDGE_PROGRESS = (touched: string) => `
  INSERT INTO pledge_facts AS f (pledge_id, last_status, last_since, deployed_on, fulfilled_on)
    SELECT t.pledge_id, s.last_status, s.last_since, s.deployed_on, s.fulfilled_on
    FROM (${touched}) t LEFT JOIN (
      SELECT pledge_id, (array_agg(status ORDER BY ord DESC))[1] AS last_status, (array_agg(since ORDER BY ord DESC))[1] AS last_since,
        min(since) FILTER (WHERE status = 'deployed') AS deployed_on, min(since) FILTER (WHERE status = 'fulfilled') AS fulfilled_on
      FROM pledge_status WHERE pledge_id IN (${touched}) GROUP BY pledge_id
    ) s USING (pledge_id) ORDER BY 1
    ON CONFLICT (pledge_id) DO UPDATE SET last_status = EXCLUDED.last_status, last_since = EXCLUDED.last_since,
      deployed_on = EXCLUDED.deployed_on, fulfilled_on = EXCLUDED.fulfilled_on;`;

const DROP_EMPTY_FACTS = (touched: string) => `
  DELETE FROM pledge_facts WHERE pledge_id IN (${touched}) AND announced_on IS NULL AND last_status IS NULL;`;

const PLEDGE_INPUTS = `
CREATE TABLE pledge_facts (
  pledge_id text COLLATE "C" PRIMARY KEY,
  actor_id text,
  event_id text,
  kind text,
  mission_id text,
  theme_ids text[],
  announced_on text COLLATE "C",
  last_status text,
  last_since text COLLATE "C",
  deployed_on text COLLATE "C",
  fulfilled_on text COLLATE "C"
);
CREATE INDEX pledge_facts_by_last_step ON pledge_facts (last_since);
CREATE INDEX pledge_facts_by_actor ON pledge_facts (actor_id);
CREATE INDEX pledge_facts_by_mission ON pledge_facts (mission_id) WHERE mission_id IS NOT NULL;
CREATE INDEX pledge_facts_by_event ON pledge_facts (event_id) WHERE event_id IS NOT NULL;
CREATE TABLE pledge_sources (
  pledge_id text COLLATE "C" NOT NULL,
  source_id text NOT NULL,
  since text COLLATE "C" NOT NULL,
  PRIMARY KEY (pledge_id, source_id)
);
${UPSERT_PLEDGE_FIELDS("records")}
${UPSERT_PLEDGE_PROGRESS("SELECT DISTINCT pledge_id FROM pledge_status")}
INSERT INTO pledge_sources (pledge_id, source_id, since) ${CITED_SOURCES("records")};

CREATE FUNCTION bluehelm_pledge_inputs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows WHERE resource IN ('pledge', 'pledge-event')) THEN RETURN NULL; END IF;
    ${UPSERT_PLEDGE_FIELDS("new_rows")}
    INSERT INTO pledge_sources AS p (pledge_id, source_id, since)
      SELECT * FROM (${CITED_SOURCES("new_rows")}) c ORDER BY 1, 2
      ON CONFLICT (pledge_id, source_id) DO UPDATE SET since = least(p.since, EXCLUDED.since);
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM old_rows WHERE resource = 'pledge') THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' THEN
    ${UPSERT_PLEDGE_FIELDS("new_rows")}
  END IF;
  -- The pledges no longer stored lose their record half; their sources are recomputed from what is stored.
  UPDATE pledge_facts f SET actor_id = NULL, event_id = NULL, kind = NULL, mission_id = NULL, theme_ids = NULL, announced_on = NULL
    WHERE f.pledge_id IN (SELECT id FROM old_rows WHERE resource = 'pledge')
      AND NOT EXISTS (SELECT 1 FROM records r WHERE r.resource = 'pledge' AND r.id = f.pledge_id);
  ${DROP_EMPTY_FACTS("SELECT id FROM old_rows WHERE resource = 'pledge'")}
  DELETE FROM pledge_sources WHERE pledge_id IN (SELECT id FROM old_rows WHERE resource = 'pledge');
  INSERT INTO pledge_sources (pledge_id, source_id, since)
    ${CITED_SOURCES("records", "ARRAY(SELECT id FROM old_rows WHERE resource = 'pledge')")};
  RETURN NULL;
END
$$;
${onEveryRecordsStatement("pledge_inputs", "bluehelm_pledge_inputs")}

CREATE FUNCTION bluehelm_pledge_progress() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${UPSERT_PLEDGE_PROGRESS("SELECT DISTINCT pledge_id FROM new_rows")}
  ELSE
    ${UPSERT_PLEDGE_PROGRESS("SELECT DISTINCT pledge_id FROM old_rows")}
    ${DROP_EMPTY_FACTS("SELECT pledge_id FROM old_rows")}
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pledge_status_progress_insert AFTER INSERT ON pledge_status
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_pledge_progress();
CREATE TRIGGER pledge_status_progress_delete AFTER DELETE ON pledge_status
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_pledge_progress();
ANALYZE pledge_facts;
ANALYZE pledge_sources;
`;

/**
 * Every migration, in the order both engines run them; `openStore` applies those not yet recorded.
 *
 * @example
 * ```ts
 * import { MIGRATIONS } from "@bluehelm/store";
 *
 * for (const m of MIGRATIONS) console.log(m.id, m.name);
 * ```
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "records, pledge status, audit log, tokens, idempotency",
    sql: `
CREATE TABLE records (
  seq bigserial NOT NULL UNIQUE,
  resource text NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  effective_date text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (resource, id)
);
CREATE INDEX records_resource_seq ON records (resource, seq);
CREATE INDEX records_pledge_events ON records ((data->>'pledgeId'), seq) WHERE resource = 'pledge-event';

CREATE FUNCTION bluehelm_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER records_pledge_events_append_only
  BEFORE UPDATE OR DELETE ON records
  FOR EACH ROW WHEN (OLD.resource = 'pledge-event')
  EXECUTE FUNCTION bluehelm_append_only('the pledge event log');
CREATE TRIGGER records_no_truncate
  BEFORE TRUNCATE ON records
  FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_append_only('the pledge event log');

CREATE TABLE pledge_status (
  pledge_id text NOT NULL,
  ord integer NOT NULL,
  status text NOT NULL,
  since text NOT NULL,
  event_id text,
  PRIMARY KEY (pledge_id, ord)
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor text NOT NULL,
  action text NOT NULL,
  resource text NOT NULL,
  record_id text,
  before jsonb,
  after jsonb,
  request_id text
);
CREATE INDEX audit_log_record ON audit_log (resource, record_id, id);
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION bluehelm_append_only('the audit log');
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_append_only('the audit log');

CREATE TABLE tokens (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
  hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE idempotency (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
`,
  },
  {
    id: 2,
    name: "byte-ordered ids, field indexes, counts by date, pledge status intervals",
    sql: `
ALTER TABLE records ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE pledge_status ALTER COLUMN pledge_id TYPE text COLLATE "C";

${fieldIndexes}

CREATE TABLE record_counts (
  resource text NOT NULL,
  effective_date text COLLATE "C" NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (resource, effective_date)
);
INSERT INTO record_counts (resource, effective_date, n)
  SELECT resource, coalesce(effective_date, ''), count(*) FROM records GROUP BY 1, 2;

CREATE FUNCTION bluehelm_count_records() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO record_counts AS c (resource, effective_date, n)
      SELECT resource, coalesce(effective_date, ''), count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (resource, effective_date) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO record_counts AS c (resource, effective_date, n)
      SELECT resource, coalesce(effective_date, ''), -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (resource, effective_date) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO record_counts AS c (resource, effective_date, n)
      SELECT resource, eff, sum(d) FROM (
        SELECT resource, coalesce(effective_date, '') AS eff, 1 AS d FROM new_rows
        UNION ALL
        SELECT resource, coalesce(effective_date, ''), -1 FROM old_rows
      ) moved GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
      ON CONFLICT (resource, effective_date) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;
${onEveryRecordsStatement("count", "bluehelm_count_records")}

ALTER TABLE pledge_status ADD COLUMN until text;
UPDATE pledge_status s SET until = n.next
  FROM (SELECT pledge_id, ord, lead(since) OVER (PARTITION BY pledge_id ORDER BY ord) AS next FROM pledge_status) n
  WHERE n.pledge_id = s.pledge_id AND n.ord = s.ord AND n.next IS NOT NULL;
CREATE INDEX pledge_status_as_of ON pledge_status (status, since) INCLUDE (pledge_id, until);

-- How many pledges have each status as of a day: +1 on the day an interval begins, -1 on the day it
-- ends; the sum up to a day counts the intervals containing it. A trigger keeps it.
CREATE TABLE pledge_status_counts (
  status text NOT NULL,
  day text COLLATE "C" NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (status, day)
);
INSERT INTO pledge_status_counts (status, day, n)
  SELECT status, day, sum(d) FROM (
    SELECT status, since AS day, 1 AS d FROM pledge_status
    UNION ALL
    SELECT status, until, -1 FROM pledge_status WHERE until IS NOT NULL
  ) steps GROUP BY 1, 2 HAVING sum(d) <> 0;

CREATE FUNCTION bluehelm_count_statuses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pledge_status_counts AS c (status, day, n)
      SELECT status, day, sum(d) FROM (
        SELECT status, since AS day, 1 AS d FROM new_rows
        UNION ALL
        SELECT status, until, -1 FROM new_rows WHERE until IS NOT NULL
      ) steps GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
      ON CONFLICT (status, day) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO pledge_status_counts AS c (status, day, n)
      SELECT status, day, sum(d) FROM (
        SELECT status, since AS day, -1 AS d FROM old_rows
        UNION ALL
        SELECT status, until, 1 FROM old_rows WHERE until IS NOT NULL
      ) steps GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
      ON CONFLICT (status, day) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pledge_status_count_insert AFTER INSERT ON pledge_status
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_count_statuses();
CREATE TRIGGER pledge_status_count_delete AFTER DELETE ON pledge_status
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bluehelm_count_statuses();

ANALYZE records;
ANALYZE pledge_status;
`,
  },
  {
    id: 3,
    name: "a generation per kind of record, bumped by every statement that writes records of the kind",
    // Any commit changes the database's snapshot, so a server that saw a new snapshot once had to assume every
    // kind changed and reload them all. With these generations it reloads only the kinds that did change.
    sql: `
CREATE TABLE record_generations (
  resource text PRIMARY KEY,
  gen bigint NOT NULL
);
INSERT INTO record_generations (resource, gen) SELECT DISTINCT resource, 1 FROM records;

CREATE FUNCTION bluehelm_bump_generations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO record_generations AS g (resource, gen) SELECT DISTINCT resource, 1 FROM new_rows ORDER BY 1
      ON CONFLICT (resource) DO UPDATE SET gen = g.gen + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO record_generations AS g (resource, gen) SELECT DISTINCT resource, 1 FROM old_rows ORDER BY 1
      ON CONFLICT (resource) DO UPDATE SET gen = g.gen + 1;
  ELSE
    INSERT INTO record_generations AS g (resource, gen)
      SELECT resource, 1 FROM (SELECT resource FROM new_rows UNION SELECT resource FROM old_rows) touched ORDER BY 1
      ON CONFLICT (resource) DO UPDATE SET gen = g.gen + 1;
  END IF;
  RETURN NULL;
END
$$;
${onEveryRecordsStatement("generation", "bluehelm_bump_generations")}
`,
  },
  {
    id: 4,
    name: "contributions by contributor, mission and year, kept on write for the contributor questions",
    sql: CONTRIBUTION_INPUTS,
  },
  {
    id: 5,
    name: "pledge facts and first-cited sources, kept on write for the pledge summary",
    sql: PLEDGE_INPUTS,
  },
];

export const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
