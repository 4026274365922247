// The runnable server as a child process: kill -9 in the middle of a stream
// of acknowledged writes loses none of them (PGlite and PostgreSQL), and
// SIGTERM finishes the requests in flight before exiting.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { openStore } from "@bluehelm/store";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, eventFixture, pledgeFixture, reference } from "./harness.js";

const root = join(import.meta.dirname, "..", "..", "..");
const entry = join(import.meta.dirname, "..", "src", "node.ts");
const children = new Set<ChildProcess>();

afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
});

function startChild(db: string): Promise<{ child: ChildProcess; url: string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@bluehelm/source", entry, "--port", "0", "--quiet", "--no-rate-limit", "--db", db], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: "" },
  });
  children.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("close", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${out}\n${err}`)), 90_000);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, exited });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${out}\n${err}`));
    });
  });
}

describe.each(ENGINES.map((make) => [make().name, make] as const))("the server process on %s", (_name, make) => {
  it("keeps every acknowledged write through kill -9 and a restart", async () => {
    const engine = make();
    const where = await engine.setup();
    const db = where.url ?? where.dataDir!;
    try {
      const setup = await openStore(where);
      const { token } = await setup.createToken({ name: "crash writer", role: "editor" });
      await setup.close();

      const first = await startChild(db);
      const acked: { path: string; id: string }[] = [];
      let killed = false;
      const post = (path: string, body: unknown) =>
        fetch(first.url + path, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      const writer = async (w: number) => {
        for (let n = 0; n < 200 && !killed; n++) {
          const id = `crash-${w}-${n}`;
          try {
            const res = await post("/v1/pledges", pledgeFixture(id, { announcedOn: "2020-01-01" }));
            if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
            acked.push({ path: "pledges", id });
            const ev = await post("/v1/pledge-events", eventFixture(`${id}-r`, id, "registered", "2020-02-01"));
            if (ev.status !== 201) throw new Error(`unexpected ${ev.status}: ${await ev.text()}`);
            acked.push({ path: "pledge-events", id: `${id}-r` });
          } catch (error) {
            if (killed) return;
            throw error;
          }
        }
      };
      const writers = Promise.all([0, 1, 2, 3].map(writer));
      while (acked.length < 40) {
        await new Promise((r) => setTimeout(r, 20));
        if (first.child.exitCode !== null) throw new Error("the server died on its own");
      }
      killed = true;
      first.child.kill("SIGKILL");
      const { signal } = await first.exited;
      expect(signal).toBe("SIGKILL");
      await writers;
      const snapshot = [...acked];
      expect(snapshot.length).toBeGreaterThanOrEqual(40);

      const second = await startChild(db);
      for (const { path, id } of snapshot) {
        const res = await fetch(`${second.url}/v1/${path}/${id}`);
        expect(res.status, `${path}/${id}`).toBe(200);
        await res.arrayBuffer();
      }
      const someRegistered = snapshot.find((a) => a.path === "pledge-events");
      if (someRegistered) {
        const pledgeId = someRegistered.id.replace(/-r$/, "");
        const status = (await (await fetch(`${second.url}/v1/pledges/${pledgeId}/status?asOf=2020-03-01`)).json()) as { status: string };
        expect(status.status).toBe("registered");
      }
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      second.child.kill("SIGTERM");
      expect((await second.exited).code).toBe(0);
    } finally {
      await engine.cleanup();
    }
  });
});

describe("token commands", () => {
  it("create prints the token once, list shows it without the secret, revoke makes it useless", async () => {
    const engine = ENGINES[0]!();
    const where = await engine.setup();
    const run = (...args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@bluehelm/source", entry, "token", ...args, "--db", where.dataDir!], { cwd: root, env: { ...process.env, DATABASE_URL: "" } });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.once("close", (code) => resolve({ code, out, err }));
      });
    try {
      const created = await run("create", "--role", "editor", "--name", "desk officer");
      expect(created.code, created.err).toBe(0);
      const token = created.out.trim();
      expect(token).toMatch(/^bhk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      const id = token.split("_")[1]!;
      const listed = await run("list");
      expect(listed.out).toContain(id);
      expect(listed.out).toContain("editor");
      expect(listed.out).not.toContain(token.slice(21));
      const store = await openStore(where);
      expect((await store.verifyToken(token))?.role).toBe("editor");
      await store.close();
      expect((await run("revoke", id)).code).toBe(0);
      const after = await openStore(where);
      expect(await after.verifyToken(token)).toBeUndefined();
      await after.close();
      expect((await run("create", "--role", "root", "--name", "x")).code).toBe(2);
    } finally {
      await engine.cleanup();
    }
  });
});

describe("graceful shutdown", () => {
  it("finishes a request in flight on SIGTERM, then exits 0", async () => {
    const engine = ENGINES[0]!();
    const where = await engine.setup();
    try {
      const server = await startChild(where.dataDir!);
      const res = await fetch(`${server.url}/v1/contributions?asOf=9999-12-31`, { headers: { accept: "application/x-ndjson" } });
      expect(res.status).toBe(200);
      server.child.kill("SIGTERM");
      const text = await res.text();
      expect(text.trim().split("\n")).toHaveLength(reference.contributions.length);
      expect((await server.exited).code).toBe(0);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await engine.cleanup();
    }
  });
});
