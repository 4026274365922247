/** The little SQL surface the store needs, implemented by PGlite and by node-postgres. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Driver extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each notification on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string | undefined) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Opens an embedded PGlite database in a data directory (created if missing). */
export async function pgliteDriver(dataDir: string): Promise<Driver> {
  const { mkdirSync } = await import("node:fs");
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  type Target = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (sql: string) => Promise<unknown> };
  const wrap = (q: Target): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query(sql, [...params]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(db);
  return {
    engine: "pglite",
    query: (sql, params) => base.query(sql, params),
    exec: (sql) => base.exec(sql),
    transaction(fn) {
      return db.transaction((tx) => fn(wrap(tx)));
    },
    async listen(channel, onNotify) {
      const unsubscribe = await db.listen(channel, (payload) => onNotify(payload));
      return async () => {
        await unsubscribe();
      };
    },
    async close() {
      await db.close();
    },
  };
}

/** Connects to PostgreSQL through a pool of node-postgres clients. */
export async function postgresDriver(url: string, options: { max?: number } = {}): Promise<Driver> {
  const pg = await import("pg");
  const Pool = pg.default?.Pool ?? pg.Pool;
  const Client = pg.default?.Client ?? pg.Client;
  const pool = new Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const listeners: { end: () => Promise<void> }[] = [];
  const run = async <T>(q: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }, sql: string, params: readonly unknown[]) =>
    (await q.query(sql, [...params])).rows as T[];
  // Fail early with a clear error when the server cannot be reached.
  await pool.query("SELECT 1");
  return {
    engine: "postgres",
    query: (sql, params = []) => run(pool, sql, params),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: (sql, params = []) => run(client, sql, params),
          exec: async (sql) => {
            await client.query(sql);
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
