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
];

export const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;
