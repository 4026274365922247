#!/usr/bin/env node
// bluehelm-server: serves the API on the embedded store (or PostgreSQL), and
// manages bearer tokens. Usage:
//   bluehelm-server [--port 8080] [--host 127.0.0.1] [--db DIR|postgres://…] [--web DIR] [--private-reads] [--cors-origin URL]… [--trust-proxy ADDR|CIDR]…
//   bluehelm-server token create --role reader|editor|admin --name NAME [--db …]
//   bluehelm-server token list [--db …]
//   bluehelm-server token revoke ID [--db …]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROLES, type Role } from "@bluehelm/core";
import { describeStore, openStore, type OpenStoreOptions, type Store } from "@bluehelm/store";
import { createApp } from "./app.js";
import { listen } from "./serve.js";

const HELP = `bluehelm-server — the Bluehelm HTTP API

  bluehelm-server [options]                 serve the API
  bluehelm-server token create --role ROLE --name NAME
  bluehelm-server token list
  bluehelm-server token revoke ID

Options:
  --port N            port to listen on (default $PORT or 8080; 0 for any free port)
  --host H            address to listen on (default $HOST or 127.0.0.1)
  --db DIR|URL        data directory of the embedded store (default .bluehelm/db),
                      or a postgres:// URL (default $DATABASE_URL when set)
  --web DIR           also serve the built web client in DIR (apps/web/dist) at /
  --private-reads     reads need a token too (any role)
  --cors-origin URL   allow this origin only (repeatable; default every origin)
  --no-rate-limit     no request limit per client (default 600 per minute)
  --trust-proxy A     a reverse proxy in front (address or CIDR block, repeatable): only
                      requests from it have their X-Forwarded-For believed for the
                      client address (rate limit, logs); default none
  --quiet             no request logs
  -h, --help          this help
`;

function storeOptions(db: string | undefined): OpenStoreOptions {
  if (db === undefined) return process.env.BLUEHELM_DB_DIR ? { dataDir: process.env.BLUEHELM_DB_DIR } : {};
  return /^postgres(ql)?:\/\//.test(db) ? { url: db } : { dataDir: db };
}

async function tokens(args: string[], db: string | undefined): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: "string" }, name: { type: "string" } } });
  const [command, id] = positionals;
  const store: Store = await openStore(storeOptions(db));
  try {
    if (command === "create") {
      const role = values.role as Role | undefined;
      if (!role || !ROLES.includes(role) || !values.name) {
        process.stderr.write(`token create needs --role (${ROLES.join(", ")}) and --name\n`);
        return 2;
      }
      const { token, info } = await store.createToken({ name: values.name, role });
      process.stdout.write(`${token}\n`);
      process.stderr.write(`Created token ${info.id} (${info.role}, "${info.name}"). It is shown once: keep it now; only its hash is stored.\n`);
      return 0;
    }
    if (command === "list") {
      for (const t of await store.listTokens()) {
        process.stdout.write(`${t.id}\t${t.role}\t${t.revokedAt ? `revoked ${t.revokedAt}` : "active"}\t${t.createdAt}\t${t.name}\n`);
      }
      return 0;
    }
    if (command === "revoke" && id) {
      const done = await store.revokeToken(id);
      process.stderr.write(done ? `Revoked token ${id}.\n` : `No active token ${id}.\n`);
      return done ? 0 : 1;
    }
    process.stderr.write(HELP);
    return 2;
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      db: { type: "string" },
      web: { type: "string" },
      "private-reads": { type: "boolean" },
      "cors-origin": { type: "string", multiple: true },
      "trust-proxy": { type: "string", multiple: true },
      "no-rate-limit": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const db = typeof values.db === "string" ? values.db : undefined;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals[0] === "token") return tokens(argv.filter((a, i) => a !== "token" && !(a === "--db" || argv[i - 1] === "--db") && !a.startsWith("--db=")), db);
  if (positionals.length > 0) {
    process.stderr.write(`Unknown command: ${positionals.join(" ")}\n\n${HELP}`);
    return 2;
  }
  const port = Number(typeof values.port === "string" ? values.port : (process.env.PORT ?? 8080));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be 0 to 65535\n`);
    return 2;
  }
  const hostname = typeof values.host === "string" ? values.host : (process.env.HOST ?? "127.0.0.1");
  if (typeof values.web === "string" && !existsSync(join(values.web, "index.html"))) {
    process.stderr.write(`--web ${values.web}: no index.html there; build the web client first (pnpm --filter @bluehelm/web build).\n`);
    return 2;
  }
  const where = storeOptions(db);
  const described = describeStore(where);
  process.stderr.write(`Opening the ${described.engine} store at ${described.location}…\n`);
  const store = await openStore(where);
  let draining = false;
  const origins = Array.isArray(values["cors-origin"]) ? values["cors-origin"].filter((o): o is string => typeof o === "string") : [];
  const proxies = Array.isArray(values["trust-proxy"]) ? values["trust-proxy"].filter((o): o is string => typeof o === "string") : [];
  const app = createApp({
    store,
    ...(proxies.length > 0 ? { trustProxy: proxies } : {}),
    auth: { publicReads: values["private-reads"] !== true },
    ...(origins.length > 0 ? { cors: { origin: origins } } : {}),
    ...(values["no-rate-limit"] ? { rateLimit: false as const } : {}),
    ...(values.quiet ? { logger: false as const } : {}),
    ...(typeof values.web === "string" ? { web: { dir: values.web } } : {}),
    draining: () => draining,
  });
  const running = await listen(app.fetch, { port, hostname });
  process.stdout.write(`Bluehelm API listening on ${running.url} (reference: ${running.url}/reference)\n`);
  if (typeof values.web === "string") process.stdout.write(`Web client at ${running.url}/\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    process.stderr.write(`${signal}: finishing requests in flight, then stopping.\n`);
    void running
      .close(10_000)
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Error while stopping: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
