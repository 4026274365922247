import type { PGlite as PGliteClass } from "@electric-sql/pglite";
import { describeThrown, pgliteError, readable } from "./pglite-errors.js";

/** How a query is run. */
export interface QueryOptions {
  /**
   * The statement is prepared under this name once (per connection on PostgreSQL, per session on PGlite) and its
   * plan reused: for statements whose best plan does not depend on the values of the parameters (a lookup by
   * primary key), which then skip parsing and planning on every call. A name belongs to one SQL text. On PGlite
   * the parameters are strings (or null), and a query in a transaction is not prepared.
   */
  readonly name?: string;
}

/** The little SQL surface the store needs, implemented by PGlite and by node-postgres. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<T[]>;
  /** Runs statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows with `COPY … FROM` (PostgreSQL's text format: one row a
   * line, columns separated by tabs, `\N` for null): `chunks` are pieces of
   * that text, each made of whole lines, read as the load goes.
   */
  copyFrom(table: string, columns: readonly string[], chunks: Iterable<string>): Promise<void>;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Keeps the SQL text of each statement name given in {@link QueryOptions}: a name given for two texts is a
 * defect of the caller, refused here rather than by the database on some connections only. Tells whether the
 * name is new.
 */
function statementNames(): (name: string, sql: string) => boolean {
  const texts = new Map<string, string>();
  return (name, sql) => {
    if (!SAFE_NAME.test(name)) throw new Error(`A statement name is lower-case letters, digits and _, not ${name}.`);
    const text = texts.get(name);
    if (text === undefined) {
      texts.set(name, sql);
      return true;
    }
    if (text !== sql) throw new Error(`The statement name ${name} is already given to another SQL text; give each statement its own name.`);
    return false;
  };
}

/**
 * A parameter of a prepared statement as an SQL string literal, for PGlite's `EXECUTE name(…)`: PGlite binds no
 * parameters to a utility statement. Quotes are doubled (the store's session keeps standard_conforming_strings
 * on, PostgreSQL's default, so a backslash is an ordinary character); only strings and null are taken.
 */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value !== "string") throw new Error(`A prepared statement of the embedded store takes strings only, not ${typeof value}.`);
  return `'${value.replace(/'/g, "''")}'`;
}

/** The target of a COPY: table and column names are the store's own, checked all the same. */
function copyTarget(table: string, columns: readonly string[]): string {
  if (!SAFE_NAME.test(table) || columns.length === 0 || !columns.every((c) => SAFE_NAME.test(c))) throw new Error(`Not a COPY target: ${table} (${columns.join(", ")})`);
  return `${table} (${columns.join(", ")})`;
}

export interface Driver extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each notification on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string | undefined) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

type PGliteType = InstanceType<typeof PGliteClass>;

const openDirs = new Set<string>();

/**
 * Takes the lock of an embedded data directory (`<dir>.lock`, holding the
 * owner's pid): one process at a time may open it. A lock left by a process
 * that no longer runs (killed) is taken over. Returns the release function.
 * `dir` is the directory's real path (symbolic links resolved), so that every
 * path to one directory takes the same lock; `given` is the path as given.
 */
async function lockDataDir(dir: string, given: string): Promise<() => void> {
  const fs = await import("node:fs");
  const lock = `${dir}.lock`;
  const named = given === dir ? dir : `${given} (${dir})`;
  if (openDirs.has(dir)) throw new Error(`The data directory ${named} is already open in this process.`);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      openDirs.add(dir);
      return () => {
        openDirs.delete(dir);
        fs.rmSync(lock, { force: true });
      };
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lock, "utf8").trim());
      let alive = false;
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid) {
        try {
          process.kill(owner, 0);
          alive = true;
        } catch (e) {
          alive = (e as { code?: string }).code === "EPERM";
        }
      }
      if (alive) throw new Error(`The data directory ${named} is in use by process ${owner}; stop it first (or use PostgreSQL for several processes).`);
      fs.rmSync(lock, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${named}.`);
}

/** How an embedded database is opened. */
export interface PgliteDriverOptions {
  /** The buffer pool (PostgreSQL's `shared_buffers`) in MiB; default PostgreSQL's, 128. */
  readonly sharedBuffersMiB?: number;
}

/** Opens an embedded PGlite database in a data directory (created if missing); one process at a time. */
export async function pgliteDriver(dataDir: string, options: PgliteDriverOptions = {}): Promise<Driver> {
  const { sharedBuffersMiB } = options;
  if (sharedBuffersMiB !== undefined && !(Number.isInteger(sharedBuffersMiB) && sharedBuffersMiB >= 1 && sharedBuffersMiB <= 4096)) {
    throw new RangeError(`sharedBuffersMiB must be a whole number of MiB from 1 to 4096, not ${String(sharedBuffersMiB)}.`);
  }
  const { mkdirSync, realpathSync } = await import("node:fs");
  const path = await import("node:path");
  const given = path.resolve(dataDir);
  let dir: string;
  try {
    mkdirSync(given, { recursive: true });
    // PGlite cannot open a directory through a symbolic link, and the lock must be the same for every path to it.
    dir = realpathSync(given);
  } catch (error) {
    throw new Error(`The data directory ${given} cannot be used: ${describeThrown(error).message}`, { cause: error });
  }
  const release = await lockDataDir(dir, given);
  let db: PGliteType;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    db = await PGlite.create(dir, sharedBuffersMiB === undefined ? {} : { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffersMiB}MB`] });
  } catch (error) {
    release();
    throw pgliteError(error, dir, "to open");
  }
  type Target = {
    query: (sql: string, params?: unknown[], options?: { blob?: Blob }) => Promise<{ rows: unknown[] }>;
    exec: (sql: string) => Promise<unknown>;
  };
  const wrap = (q: Target): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await q.query(sql, [...params]);
        return result.rows as T[];
      } catch (error) {
        throw readable(error, dir, "on a query");
      }
    },
    async exec(sql: string) {
      try {
        await q.exec(sql);
      } catch (error) {
        throw readable(error, dir, "on a statement");
      }
    },
    async copyFrom(table, columns, chunks) {
      // PGlite reads COPY input from the blob given with the query, under the name /dev/blob.
      const target = copyTarget(table, columns);
      try {
        await q.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: new Blob([...chunks]) });
      } catch (error) {
        throw readable(error, dir, "on a bulk load");
      }
    },
  });
  const base = wrap(db);
  // Statements prepared in the session (once each; prepared statements outlive transactions, so only queries made
  // outside one are prepared).
  const named = statementNames();
  const prepared = new Map<string, Promise<unknown>>();
  const runPrepared = async <T>(name: string, sql: string, params: readonly unknown[]): Promise<T[]> => {
    if (named(name, sql)) {
      prepared.set(
        name,
        base.query<{ on: boolean }>("SELECT current_setting('standard_conforming_strings') = 'on' AS on").then(async ([row]) => {
          if (!row?.on) throw new Error("The embedded store's session has standard_conforming_strings off; its prepared statements need it on.");
          await base.exec(`PREPARE ${name} AS ${sql}`);
        }),
      );
    }
    await prepared.get(name);
    return base.query<T>(`EXECUTE ${name}(${params.map(literal).join(", ")})`);
  };
  return {
    engine: "pglite",
    query: (sql, params = [], options) => (options?.name === undefined ? base.query(sql, params) : runPrepared(options.name, sql, params)),
    exec: (sql) => base.exec(sql),
    copyFrom: (table, columns, chunks) => base.copyFrom(table, columns, chunks),
    async transaction(fn) {
      try {
        return await db.transaction((tx) => fn(wrap(tx)));
      } catch (error) {
        throw readable(error, dir, "in a transaction");
      }
    },
    async listen(channel, onNotify) {
      let unsubscribe: () => Promise<void>;
      try {
        unsubscribe = await db.listen(channel, (payload) => onNotify(payload));
      } catch (error) {
        throw readable(error, dir, "to listen for changes");
      }
      return async () => {
        await unsubscribe();
      };
    },
    async close() {
      try {
        await db.close();
      } catch (error) {
        throw readable(error, dir, "to close");
      } finally {
        release();
      }
    },
  };
}

/** Connects to PostgreSQL through a pool of node-postgres clients. */
export async function postgresDriver(url: string, options: { max?: number } = {}): Promise<Driver> {
  const pg = await import("pg");
  const copyStreams = await import("pg-copy-streams");
  const copyFromStdin = copyStreams.from ?? (copyStreams as unknown as { default: typeof copyStreams }).default.from;
  const { Readable } = await import("node:stream");
  const { pipeline } = await import("node:stream/promises");
  const Pool = pg.default?.Pool ?? pg.Pool;
  const Client = pg.default?.Client ?? pg.Client;
  const pool = new Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const listeners: { end: () => Promise<void> }[] = [];
  const named = statementNames();
  const run = async <T>(
    q: { query: (config: { text: string; values: unknown[]; name?: string }) => Promise<{ rows: unknown[] }> },
    sql: string,
    params: readonly unknown[],
    options: QueryOptions = {},
  ) => {
    const { name } = options;
    if (name !== undefined) named(name, sql);
    return (await q.query(name === undefined ? { text: sql, values: [...params] } : { text: sql, values: [...params], name })).rows as T[];
  };
  // Fail early with a clear error when the server cannot be reached.
  await pool.query("SELECT 1");
  return {
    engine: "postgres",
    query: (sql, params = [], options) => run(pool, sql, params, options),
    async exec(sql) {
      await pool.query(sql);
    },
    async copyFrom(table, columns, chunks) {
      const client = await pool.connect();
      try {
        await pipeline(Readable.from(chunks), client.query(copyFromStdin(`COPY ${copyTarget(table, columns)} FROM STDIN`)));
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: (sql, params = [], options) => run(client, sql, params, options),
          exec: async (sql) => {
            await client.query(sql);
          },
          copyFrom: async (table, columns, chunks) => {
            await pipeline(Readable.from(chunks), client.query(copyFromStdin(`COPY ${copyTarget(table, columns)} FROM STDIN`)));
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      let closed = false;
      let client: InstanceType<typeof Client> | undefined;
      const connect = async (): Promise<void> => {
        const c = new Client({ connectionString: url });
        c.on("notification", (message) => onNotify(message.payload));
        c.on("error", () => {
          // Connection lost: anything may have changed meanwhile; reconnect.
          onNotify(undefined);
          void c.end().catch(() => undefined);
          if (!closed) setTimeout(() => void connect().catch(() => undefined), 500).unref();
        });
        await c.connect();
        await c.query(`LISTEN ${channel}`);
        client = c;
        onNotify(undefined);
      };
      await connect();
      const handle = {
        end: async () => {
          closed = true;
          await client?.end().catch(() => undefined);
        },
      };
      listeners.push(handle);
      return handle.end;
    },
    async close() {
      for (const l of listeners) await l.end();
      await pool.end();
    },
  };
}
