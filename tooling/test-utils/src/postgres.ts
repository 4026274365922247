// Test helpers for the local PostgreSQL server: a login role for the tests
// (created through the postgres superuser when running as root) and a fresh
// database per suite. PostgreSQL being unreachable is a failure, not a skip.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

const ROLE = "bluehelm_test";
const PASSWORD = "bluehelm_test";
const HOST = process.env.BLUEHELM_TEST_PGHOST ?? "127.0.0.1";
const PORT = process.env.BLUEHELM_TEST_PGPORT ?? "5432";

/** The URL of a database on the test server, as the test role. */
export function pgUrl(database: string): string {
  return process.env.BLUEHELM_TEST_DATABASE_URL_TEMPLATE?.replace("{db}", database) ?? `postgres://${ROLE}:${PASSWORD}@${HOST}:${PORT}/${database}`;
}

async function canConnect(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: pgUrl("postgres"), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

let ready: Promise<void> | undefined;

/** Makes sure the test role exists and can log in; throws with the reason when PostgreSQL cannot be used. */
export function ensurePostgres(): Promise<void> {
  ready ??= (async () => {
    const first = await canConnect();
    if (first === undefined) return;
    if (process.getuid?.() === 0) {
      const sql = `DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
          CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}';
        ELSE
          ALTER ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}';
        END IF;
      END $$;`;
      try {
        execFileSync("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -q -c "${sql.replace(/\$/g, "\\$").replace(/"/g, '\\"')}"`], { stdio: "pipe" });
      } catch (error) {
        const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
        throw new Error(`PostgreSQL is not usable for the tests: ${first}; creating the test role failed: ${stderr}`);
      }
      const second = await canConnect();
      if (second === undefined) return;
      throw new Error(`PostgreSQL is not usable for the tests: ${second}`);
    }
    throw new Error(`PostgreSQL is not usable for the tests (start it, or run as root so the test role can be created): ${first}`);
  })();
  return ready;
}

/** Creates an empty database for one suite; `drop()` removes it. */
export async function freshDatabase(prefix = "bluehelm_t"): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  await ensurePostgres();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: pgUrl(name),
    name,
    drop: () => dropDatabase(name),
  };
}

/** The statements that drop a test database, in order; each its own command (DROP DATABASE cannot share a transaction). */
export function dropDatabaseSql(name: string): [terminate: string, drop: string] {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a test database name: ${JSON.stringify(name)}`);
  // `WITH (FORCE)` is not used: it must be allowed to signal every session on
  // the database, and an autovacuum worker there belongs to no role the test
  // role is a member of ("must be a member of the role whose process is being
  // terminated"). So the test role ends its own sessions (a server's pool left
  // open, a test's client), and a plain DROP stops any autovacuum worker itself
  // and waits for the ended sessions to go.
  return [
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid() AND usename = current_user`,
    `DROP DATABASE IF EXISTS ${name}`,
  ];
}

/** Drops a test database, ending the test role's own sessions on it first; retries while it is still in use. */
export async function dropDatabase(name: string, attempts = 10): Promise<void> {
  const [terminate, drop] = dropDatabaseSql(name);
  const c = new pg.Client({ connectionString: pgUrl("postgres") });
  await c.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(terminate);
        await c.query(drop);
        return;
      } catch (error) {
        // 55006 object_in_use: a session had not ended yet when DROP stopped waiting for it.
        if ((error as { code?: string }).code !== "55006" || attempt >= attempts) throw error;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  } finally {
    await c.end();
  }
}
