// HTTP at the edges: answers Node gives before the app runs (431), If-Match
// as RFC 9110 has it, and the client address behind trusted proxies.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "@bluehelm/store";
import { ENGINES, pledgeFixture, problemOf, startServer, type TestServer } from "./harness.js";
import { createApp } from "../src/index.js";

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.end(request));
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

describe("HTTP at the edges", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(ENGINES[0]!());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers request headers over Node's limit with a 431 problem carrying the security headers", async () => {
    const answer = await raw(s.url, `GET /v1/missions HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    const headers = new Map(head.split("\r\n").slice(1).map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
    expect(headers.get("content-type")).toBe("application/problem+json");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers.get("strict-transport-security")).toContain("max-age=");
    expect(JSON.parse(body)).toMatchObject({ type: "urn:bluehelm:problem:headers-too-large", status: 431 });
    // A request that is not HTTP at all gets a 400 problem the same way.
    const garbage = await raw(s.url, "NOT HTTP\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toContain("application/problem+json");
    // The server still answers.
    expect((await s.call("/healthz")).status).toBe(200);
  });

  it("matches If-Match: * against any current version, and compares tags strongly (a weak tag never matches)", async () => {
    const pledge = pledgeFixture("if-match-1");
    const created = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledge) });
    expect(created.status).toBe(201);
    const etag = created.headers.get("etag")!;
    expect(etag).toMatch(/^"1-[\w-]+"$/);
    const put = (ifMatch: string, body: object = pledge, id = "if-match-1") =>
      s.call(`/v1/pledges/${id}`, { method: "PUT", role: "editor", headers: { "if-match": ifMatch }, body: JSON.stringify(body) });

    const weak = await put(`W/${etag}`);
    expect(weak.status).toBe(412);
    expect(weak.headers.get("etag")).toBe(etag);
    await problemOf(weak);
    const star = await put("*", { ...pledge, note: "star" });
    expect(star.status).toBe(200);
    expect(((await star.json()) as { note: string }).note).toBe("star");
    const second = star.headers.get("etag")!;
    expect(second).toMatch(/^"2-/);
    // The first tag is stale now; a list with the current one matches.
    expect((await put(etag)).status).toBe(412);
    const listed = await put(`${etag}, ${second}`, { ...pledge, note: "listed" });
    expect(listed.status).toBe(200);
    // No current representation: * does not match.
    const missing = await put("*", pledgeFixture("if-match-none"), "if-match-none");
    expect(missing.status).toBe(412);
    expect((await problemOf(missing)).type).toBe("urn:bluehelm:problem:precondition-failed");
    const audit = await s.store.audit({ resource: "pledge", recordId: "if-match-1" });
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "update"]);
  });
});

describe("a write that loses a race", () => {
  it("answers 412 with the ETag a GET gives now, when the record changed between the If-Match check and the update", async () => {
    const s = await startServer(ENGINES[0]!());
    try {
      const pledge = pledgeFixture("race-etag-1");
      const created = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledge) });
      const etag = created.headers.get("etag")!;
      // A store whose every update is preceded by another writer's update of the same record.
      const racing = new Proxy(s.store, {
        get(target, key) {
          const value = Reflect.get(target, key) as unknown;
          if (key !== "update" || typeof value !== "function") return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          return async (...args: Parameters<Store["update"]>) => {
            const [kind, id, , version] = args;
            const current = await target.get(kind, id);
            await target.update(kind, id, { ...(current!.record as object), note: "the other writer" }, version, { actor: "test:other" });
            return target.update(...args);
          };
        },
      });
      const app = createApp({ store: racing, logger: false, rateLimit: false });
      const res = await app.request("/v1/pledges/race-etag-1", {
        method: "PUT",
        headers: { authorization: `Bearer ${s.tokens.editor}`, "content-type": "application/json", "if-match": etag },
        body: JSON.stringify({ ...pledge, note: "mine" }),
      });
      expect(res.status).toBe(412);
      const now = await s.call("/v1/pledges/race-etag-1");
      expect(((await now.json()) as { note: string }).note).toBe("the other writer");
      expect(res.headers.get("etag")).toBe(now.headers.get("etag"));
      expect(res.headers.get("etag")).toMatch(/^"2-[\w-]+"$/);
    } finally {
      await s.close();
    }
  });
});

describe("the client address behind proxies", () => {
  const hits = async (s: TestServer, forwardedFor: string[]): Promise<number[]> => {
    const statuses: number[] = [];
    for (const ff of forwardedFor) {
      const res = await s.call("/v1/themes?limit=1", { headers: { "x-forwarded-for": ff } });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    return statuses;
  };

  it("keys the rate limit on X-Forwarded-For when the peer is a trusted proxy", async () => {
    const s = await startServer(ENGINES[0]!(), { rateLimit: { windowMs: 60_000, max: 2 }, trustProxy: ["127.0.0.0/8", "::1"] });
    try {
      expect(await hits(s, ["10.0.0.1", "10.0.0.1", "10.0.0.1"])).toEqual([200, 200, 429]);
      // Another client behind the same proxy has a bucket of its own; a chain is read from the right.
      expect(await hits(s, ["10.0.0.2", "10.0.0.1, 10.0.0.2"])).toEqual([200, 200]);
      expect(await hits(s, ["10.0.0.2"])).toEqual([429]);
      const line = s.logs.filter((l) => l.msg === "request").at(-1);
      expect(line?.client).toBe("10.0.0.2");
    } finally {
      await s.close();
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy, so spoofing it gives no fresh bucket", async () => {
    for (const trustProxy of [undefined, ["192.0.2.10"]]) {
      const s = await startServer(ENGINES[0]!(), { rateLimit: { windowMs: 60_000, max: 2 }, ...(trustProxy ? { trustProxy } : {}) });
      try {
        expect(await hits(s, ["10.0.0.1", "10.0.0.2", "10.0.0.3"])).toEqual([200, 200, 429]);
        expect(s.logs.filter((l) => l.msg === "request").at(-1)?.client).toBe("127.0.0.1");
      } finally {
        await s.close();
      }
    }
  });

  it("refuses a trustProxy entry that is not an address or a CIDR block", async () => {
    await expect(startServer(ENGINES[0]!(), { trustProxy: ["10.0.0.0/33"] })).rejects.toThrow(/trustProxy: "10.0.0.0\/33"/);
  });
});
