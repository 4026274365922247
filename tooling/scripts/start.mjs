#!/usr/bin/env node
// The body of the root `npm start`: installs the workspace if needed (through
// the pinned pnpm, with npx), builds the server and what it depends on, then
// starts the API on the embedded PGlite store (seeded with the reference
// dataset on first start, in .bluehelm/db), with the web client (apps/web/dist)
// when it is built, prints its URL and stops cleanly on Ctrl-C.
//
//   node tooling/scripts/start.mjs [--port 8080] [--db DIR] [--no-install] [--no-build] [-- server options…]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmSpec = manifest.packageManager; // e.g. pnpm@10.34.8
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string" },
    host: { type: "string" },
    db: { type: "string" },
    "no-install": { type: "boolean" },
    "no-build": { type: "boolean" },
  },
});

function step(label, command, args) {
  console.log(`▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed${result.error ? `: ${result.error.message}` : ""}`);
    process.exit(result.status ?? 1);
  }
}

const pnpm = (label, ...args) => step(label, "npx", ["--yes", pnpmSpec, ...args]);

function needsInstall() {
  const marker = join(root, "node_modules", ".modules.yaml");
  if (!existsSync(marker)) return true;
  return statSync(join(root, "pnpm-lock.yaml")).mtimeMs > statSync(marker).mtimeMs;
}

/** The port asked for when it is free; else any free port (0). */
function freePort(port, host) {
  return new Promise((resolve) => {
    if (port === 0) return resolve(0);
    const probe = createServer();
    probe.once("error", () => resolve(0));
    probe.listen(port, host, () => probe.close(() => resolve(port)));
  });
}

if (!values["no-install"] && needsInstall()) pnpm("installing dependencies", "install", "--prefer-offline");
if (!values["no-build"]) {
  // The server and the web client it serves, and the CLI, so that `pnpm exec bluehelm` works after `npm start`.
  const filters = ["--filter", "@bluehelm/server...", "--filter", "bluehelm..."];
  if (existsSync(join(root, "apps", "web", "package.json"))) filters.push("--filter", "./apps/web...");
  pnpm("building", "exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only");
}

const entry = join(root, "apps", "server", "dist", "node.js");
if (!existsSync(entry)) {
  console.error(`✗ ${entry} is missing: build first (drop --no-build).`);
  process.exit(1);
}

const host = values.host ?? process.env.HOST ?? "127.0.0.1";
const wanted = Number(values.port ?? process.env.PORT ?? 8080);
const port = await freePort(wanted, host);
if (port !== wanted) console.log(`Port ${wanted} is taken; using a free one.`);
const db = values.db ?? join(root, ".bluehelm", "db");

const webDir = join(root, "apps", "web", "dist");
const web = existsSync(join(webDir, "index.html")) ? ["--web", webDir] : [];
if (web.length === 0) console.log(`The web client is not built (${webDir}); serving the API only.`);

const child = spawn(process.execPath, [entry, "--port", String(port), "--host", host, "--db", db, ...web, ...positionals], {
  cwd: root,
  env: { ...env, DATABASE_URL: "" },
  stdio: ["ignore", "pipe", "inherit"],
});

let announced = false;
let buffer = "";
child.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (announced) return;
  buffer += text;
  const m = /listening on (http:\/\/[^\s)]+)/.exec(buffer);
  if (m) {
    announced = true;
    buffer = "";
    const lines = [`Bluehelm is running at ${m[1]}`];
    if (web.length > 0) lines.push(`Web client: ${m[1]}/`);
    lines.push(`API reference: ${m[1]}/reference · OpenAPI: ${m[1]}/openapi.json`, "Stop with Ctrl-C.");
    console.log(`\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
  }
});

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) child.kill(signal);
};
// Ctrl-C reaches the server too (same process group); either way it finishes its requests and exits.
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
child.on("exit", (code, signal) => {
  if (!announced) console.error("✗ the server stopped before it was ready.");
  else console.log("Bluehelm stopped.");
  process.exit(code ?? (stopping && signal ? 0 : 1));
});
