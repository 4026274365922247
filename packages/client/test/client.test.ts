import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import type { PledgeSummary } from "@bluehelm/core/analytics";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { BluehelmError, createClient } from "../src/index.js";
import { ENGINES, eventFixture, pledgeFixture, reference, startServer, type TestServer } from "../../../apps/server/test/harness.js";

describe("the client against a real server", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(ENGINES[0]!());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists with filters and ranges, iterates over every page, and gets by id with an ETag", async () => {
    const client = createClient({ baseUrl: s.url });
    const page = await client.list("actor", { filter: { kind: ["observer", "organization"] }, limit: 5, asOf: "9999-12-31" });
    expect(page.total).toBe(reference.actors.filter((a) => a.kind !== "state").length);
    expect(page.items.every((a) => a.kind !== "state")).toBe(true);
    const all: string[] = [];
    for await (const c of client.iterate("contribution", { range: { total: { gte: 1000 } }, limit: 100, sort: "-total", asOf: "9999-12-31" })) all.push(c.id);
    expect(all).toHaveLength(reference.contributions.filter((c) => c.total >= 1000).length);
    let pages = 0;
    for await (const p of client.pages("contribution", { limit: 1000, asOf: "9999-12-31" })) pages += p.items.length > 0 ? 1 : 0;
    expect(pages).toBe(Math.ceil(reference.contributions.length / 1000));
    const one = await client.get("actor", "rwa");
    expect(one.value.id).toBe("rwa");
    expect(one.etag).toMatch(/^"\d+/);
  });

  it("writes with a token, updates with If-Match, and carries the problem and report on 4xx", async () => {
    const editor = createClient({ baseUrl: s.url, token: s.tokens.editor });
    const created = await editor.createPledge(pledgeFixture("client-1", { announcedOn: "2018-01-01" }));
    expect(created.value).toMatchObject({ id: "client-1", status: "announced" });
    const updated = await editor.updatePledge({ ...created.value, kind: "policy" }, { ifMatch: created.etag });
    expect(updated.value.kind).toBe("policy");
    const stale = await editor.updatePledge(created.value, { ifMatch: created.etag }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(BluehelmError);
    expect((stale as BluehelmError).status).toBe(412);
    await editor.appendPledgeEvent(eventFixture("client-1-e1", "client-1", "registered", "2018-03-01"));
    expect((await editor.pledgeStatus("client-1", { asOf: "2018-06-01" })).status).toBe("registered");
    expect((await editor.pledgeEvents("client-1")).map((e) => e.id)).toEqual(["client-1-e1"]);
    const invalid = await editor.createPledge({ ...pledgeFixture("client-2"), actorId: "nobody" }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BluehelmError);
    expect((invalid as BluehelmError).status).toBe(422);
    expect((invalid as BluehelmError).report?.issues[0]).toMatchObject({ rule: "reference.dangling", path: ["actorId"] });
    const anonymous = await createClient({ baseUrl: s.url }).createPledge(pledgeFixture("client-3")).catch((e: unknown) => e);
    expect((anonymous as BluehelmError).status).toBe(401);
    expect((anonymous as BluehelmError).problem?.type).toBe("urn:bluehelm:problem:unauthorized");
    const report = await editor.validate({ id: "x" }, "pledge");
    expect(report.valid).toBe(false);
    const answer = await editor.analytics("pledge-summary", { asOf: "2018-06-01" });
    expectTypeOf(answer.value).toEqualTypeOf<PledgeSummary>();
    expect(answer.value.total).toBeGreaterThan(0);
    expect(await editor.me()).toMatchObject({ name: "test editor", role: "editor" });
    const stranger = await createClient({ baseUrl: s.url, token: "bhk_00000000000000ff_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }).me().catch((e: unknown) => e);
    expect(stranger).toBeInstanceOf(BluehelmError);
    expect((stranger as BluehelmError).status).toBe(401);
    const audit = await createClient({ baseUrl: s.url, token: s.tokens.admin }).audit({ recordId: "client-1" });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("sends one idempotency key per creation, so a retried POST is not written twice", async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      const res = await fetch(input, init);
      // The first answer is lost on the way back: the client sees a 503 and retries.
      if (calls === 1) return new Response("{}", { status: 503, headers: { "retry-after": "0", "content-type": "application/json" } });
      return res;
    };
    const editor = createClient({ baseUrl: s.url, token: s.tokens.editor, fetch: flaky });
    const created = await editor.createPledge(pledgeFixture("client-idem"));
    expect(calls).toBe(2);
    expect(created.value.id).toBe("client-idem");
    expect(await s.store.audit({ resource: "pledge", recordId: "client-idem" })).toHaveLength(1);
  });
});

describe("retries", () => {
  let server: Server;
  let url: string;
  const seen: number[] = [];
  let mode: "429-then-ok" | "always-503" = "429-then-ok";
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(Date.now());
      if (mode === "always-503" || seen.length === 1) {
        res.writeHead(mode === "always-503" ? 503 : 429, { "retry-after": "1", "content-type": "application/problem+json" });
        res.end(JSON.stringify({ type: "urn:bluehelm:problem:rate-limited", title: "Too many requests", status: mode === "always-503" ? 503 : 429 }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items: [], total: 0, nextCursor: null, asOf: "2024-01-01" }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("waits as long as Retry-After says on 429, then succeeds", async () => {
    seen.length = 0;
    mode = "429-then-ok";
    const page = await createClient({ baseUrl: url }).list("pledge");
    expect(page.total).toBe(0);
    expect(seen).toHaveLength(2);
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the bounded number of retries on 503, with the problem", async () => {
    seen.length = 0;
    mode = "always-503";
    const error = await createClient({ baseUrl: url, retries: 2, maxRetryDelayMs: 10 }).list("pledge").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BluehelmError);
    expect((error as BluehelmError).status).toBe(503);
    expect((error as BluehelmError).problem?.type).toBe("urn:bluehelm:problem:rate-limited");
    expect(seen).toHaveLength(3);
  });
});

describe("in browsers", () => {
  it("bundles for the browser with no Node built-in", async () => {
    const result = await build({
      entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
      bundle: true,
      platform: "browser",
      conditions: ["@bluehelm/source"],
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith("node:") || /\b(fs|http|net|crypto)\b/.test(i))).toBe(false);
    expect(result.outputFiles[0]!.text).not.toMatch(/require\(|from "node:/);
  });
});
