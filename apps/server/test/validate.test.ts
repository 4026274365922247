// POST /v1/validate and its own limits: a body size, a token bucket per
// client, a bounded queue, a cap on the issues reported, and validation in
// worker threads, so that other requests are answered while it runs.
import { pgliteEngine } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pledgeFixture, reference, startServer, type TestServer } from "./harness.js";

const post = (s: TestServer, body: string, query = "") => s.call(`/v1/validate${query}`, { method: "POST", body });

describe("POST /v1/validate limits", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(pgliteEngine(), { validation: { bodyLimit: 4096, rateLimit: { burst: 3, perMinute: 1 }, maxIssues: 50 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("refuses a body over its own limit with 413, though under the limit of other bodies", async () => {
    const body = JSON.stringify({ pledges: [pledgeFixture("big", { note: "x".repeat(5000) })] });
    expect(body.length).toBeLessThan(1024 * 1024);
    const res = await post(s, body);
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await res.json()) as { type: string; detail: string }).detail).toContain("4096");
  });

  it("answers 429 with Retry-After and a problem once a client's bucket is empty", async () => {
    // The 413 above took no token: it was refused before the route.
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(s, JSON.stringify(pledgeFixture(`v-${i}`)), "?kind=pledge"));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    const refused = answers[3]!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const p = (await refused.json()) as { type: string; status: number; detail: string };
    expect([p.type, p.status]).toEqual(["urn:bluehelm:problem:rate-limited", 429]);
    expect(p.detail).toContain("3 at once, then 1 a minute");
    // Other routes are not limited by it.
    expect((await s.call("/v1/missions?limit=1")).status).toBe(200);
  });
});

describe("POST /v1/validate reports", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(pgliteEngine(), { validation: { rateLimit: false, maxIssues: 100 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists at most maxIssues issues, then one report.truncated", async () => {
    const res = await post(s, JSON.stringify({ pledges: Array.from({ length: 2000 }, () => ({})) }));
    expect(res.status).toBe(200);
    const report = (await res.json()) as { valid: boolean; issues: { rule: string }[] };
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(101);
    expect(report.issues.at(-1)!.rule).toBe("report.truncated");
  });

  it("answers 400 to a body that is not JSON and to an unknown kind", async () => {
    const bad = await post(s, "{not json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toBe("The body is not valid JSON.");
    const kind = await post(s, "{}", "?kind=nope");
    expect(kind.status).toBe(400);
    expect(((await kind.json()) as { report: { issues: { path: string[] }[] } }).report.issues[0]!.path).toEqual(["query", "kind"]);
  });
});

describe("POST /v1/validate off the request thread", () => {
  let s: TestServer;
  // The whole reference dataset: its validation takes a good while, in a worker.
  const body = JSON.stringify(reference);
  beforeAll(async () => {
    s = await startServer(pgliteEngine(), { validation: { rateLimit: false, threads: 1, queue: 8, bodyLimit: 64 * 1024 * 1024 } });
    // The worker starts with the first validation.
    expect((await post(s, JSON.stringify(pledgeFixture("warm")), "?kind=pledge")).status).toBe(200);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers /healthz and reads while validations run, before the second of them is done", async () => {
    const order: string[] = [];
    const validations = [1, 2, 3].map((n) =>
      post(s, body).then(async (r) => {
        expect(r.status).toBe(200);
        expect(((await r.json()) as { issues: unknown[] }).issues).toBeInstanceOf(Array);
        order.push(`validate ${n}`);
      }),
    );
    // /readyz, itself answered while a validation runs, says when all three bodies are in: one validating on
    // the only worker, two waiting. Two whole validations are then still to come.
    let load = { running: 0, waiting: 0 };
    while (!(load.running === 1 && load.waiting === 2)) {
      expect(order, `a validation was done before all three were seen in flight (last /readyz: ${JSON.stringify(load)})`).toEqual([]);
      await new Promise((r) => setTimeout(r, 5));
      load = ((await (await s.call("/readyz")).json()) as { validations: typeof load }).validations;
    }
    for (let i = 0; i < 3; i++) {
      const health = await s.call("/healthz");
      expect(health.status).toBe(200);
      order.push("healthz");
    }
    expect((await s.call("/v1/missions?limit=1")).status).toBe(200);
    order.push("read");
    await Promise.all(validations);
    // On the request thread, each of these would wait for the validation running and come after its answer:
    // at least three answers before the read. Off it, at most the first (and in practice none) comes before.
    const read = order.indexOf("read");
    expect(order.slice(0, read).filter((x) => x.startsWith("validate")).length).toBeLessThanOrEqual(1);
    expect(order.filter((x) => x === "healthz")).toHaveLength(3);
    expect(order.filter((x) => x.startsWith("validate")).sort()).toEqual(["validate 1", "validate 2", "validate 3"]);
    expect((((await (await s.call("/readyz")).json()) as { validations: typeof load }).validations)).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses validations past the queue with 503 and Retry-After", async () => {
    const small = await startServer(pgliteEngine(), { validation: { rateLimit: false, threads: 1, queue: 0, bodyLimit: 64 * 1024 * 1024 } });
    try {
      let done = false;
      const first = post(small, body).then((r) => ((done = true), r));
      // Once the first is on the only worker (as /readyz says), the next cannot wait: there is no queue. A small
      // one is sent then, so it arrives within milliseconds, while the whole dataset is still being validated.
      for (let running = 0; running === 0; ) {
        expect(done, "the first validation was answered before /readyz saw it running").toBe(false);
        await new Promise((r) => setTimeout(r, 5));
        running = ((await (await small.call("/readyz")).json()) as { validations: { running: number } }).validations.running;
      }
      const busy = await post(small, JSON.stringify(pledgeFixture("busy")), "?kind=pledge");
      expect(busy.status).toBe(503);
      expect((await first).status).toBe(200);
      expect(busy.headers.get("retry-after")).toBe("1");
      expect(((await busy.json()) as { type: string }).type).toBe("urn:bluehelm:problem:unavailable");
    } finally {
      await small.close();
    }
  });

  it("validates on the request thread when asked for no worker, with the same report", async () => {
    const inline = await startServer(pgliteEngine(), { validation: { rateLimit: false, threads: 0 } });
    try {
      const record = JSON.stringify(pledgeFixture("x", { actorId: "Not An Id" }));
      const a = await (await post(inline, record, "?kind=pledge")).json();
      const b = await (await post(s, record, "?kind=pledge")).json();
      expect(a).toEqual(b);
      expect((a as { valid: boolean }).valid).toBe(false);
    } finally {
      await inline.close();
    }
  });
});
