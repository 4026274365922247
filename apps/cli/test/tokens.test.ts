// Token commands through --api: a `bluehelm serve` on an embedded database, its tokens managed with an admin token
// through the server's admin endpoints (GET/POST /v1/tokens, DELETE /v1/tokens/{id}).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, bluehelm } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-tokens-"));
const db = join(scratch, "db");
let server: ChildProcess;
let exited: Promise<number | null>;
let url: string;
let admin: string;

beforeAll(async () => {
  // The admin token is made on the database before the server holds it.
  const made = bluehelm(["--db", db, "--json", "token", "create", "--name", "admin", "--role", "admin"]);
  expect(made.code, made.stderr).toBe(0);
  admin = (JSON.parse(made.stdout) as { token: string }).token;
  server = spawn(process.execPath, [BIN, "--db", db, "serve", "--port", "0"], { env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`bluehelm serve did not start: ${out}`)), 60_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) server.kill("SIGTERM");
  await exited;
  rmSync(scratch, { recursive: true, force: true });
});

describe("bluehelm token … --api", () => {
  it("creates, lists and revokes a token through the server", () => {
    const api = ["--api", url, "--token", admin];
    const created = bluehelm([...api, "--json", "token", "create", "--name", "ci", "--role", "reader"]);
    expect(created.code, created.stderr).toBe(0);
    const info = JSON.parse(created.stdout) as { id: string; name: string; role: string; token: string };
    expect(info).toMatchObject({ name: "ci", role: "reader" });
    expect(info.token.length).toBeGreaterThan(20);
    const listed = JSON.parse(bluehelm([...api, "--json", "token", "list"]).stdout) as { id: string; name: string; revokedAt: string | null }[];
    expect(listed.find((t) => t.id === info.id)).toMatchObject({ name: "ci", revokedAt: null });
    const revoked = bluehelm([...api, "token", "revoke", info.id]);
    expect([revoked.code, revoked.stdout.trim()]).toEqual([0, `Token ${info.id} revoked.`]);
    const after = JSON.parse(bluehelm([...api, "--json", "token", "list"]).stdout) as { id: string; revokedAt: string | null }[];
    expect(after.find((t) => t.id === info.id)?.revokedAt).toEqual(expect.any(String));
  });
  it("exits 3 for a token id that is not there", () => {
    const r = bluehelm(["--api", url, "--token", admin, "token", "revoke", "no-such-token"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('No active token has the id "no-such-token".');
  });
  it("exits 2 without an admin token, creating nothing", () => {
    const before = (JSON.parse(bluehelm(["--api", url, "--token", admin, "--json", "token", "list"]).stdout) as unknown[]).length;
    const r = bluehelm(["--api", url, "token", "create", "--name", "sneaky", "--role", "admin"]);
    expect(r.code).toBe(2);
    const after = (JSON.parse(bluehelm(["--api", url, "--token", admin, "--json", "token", "list"]).stdout) as unknown[]).length;
    expect(after).toBe(before);
  });
});
