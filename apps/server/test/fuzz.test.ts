// Fuzzed requests (random paths, query strings, headers and bodies) never
// get a 5xx nor crash the server, and every 4xx is problem+json.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, pledgeFixture, startServer, type TestServer } from "./harness.js";

const segments = fc.oneof(
  fc.constantFrom("v1", "pledges", "pledge-events", "endorsements", "missions", "actors", "contributions", "analytics", "pledge-summary", "validate", "audit", "status", "events", "openapi.json", "reference", "healthz", "readyz", "rwa", "..", "%2e%2e", "%00", "%ff", "😀"),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
);
const REAL = [
  "/v1/pledges",
  "/v1/pledges/fuzz-base",
  "/v1/pledges/fuzz-base/status",
  "/v1/pledges/fuzz-base/events",
  "/v1/pledge-events",
  "/v1/endorsements",
  "/v1/missions",
  "/v1/actors/rwa",
  "/v1/contributions",
  "/v1/analytics/pledge-summary",
  "/v1/analytics/endorsement-coverage",
  "/v1/analytics/gender-shares",
  "/v1/analytics/top-contributors",
  "/v1/validate",
  "/v1/audit",
  "/openapi.json",
  "/healthz",
];
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...REAL), segments).map(([base, extra]) => `${base}/${extra}`) },
  { weight: 1, arbitrary: fc.array(segments, { minLength: 0, maxLength: 5 }).map((parts) => "/" + parts.join("/")) },
);
const queryKey = fc.oneof(
  fc.constantFrom("limit", "cursor", "sort", "asOf", "format", "kind", "status", "total.gte", "actorId", "names.en", "themeIds", "year", "by", "instrumentId", "n", "population", "iterations", "after"),
  fc.string({ maxLength: 10 }),
);
const queryValue = fc.oneof(
  fc.constantFrom("", "-1", "0", "1", "1000", "1001", "9999999999999999999999", "2020-01-01", "2020-13-45", "NaN", "true", "csv", "ndjson", "json", "-total", "id", "'; DROP TABLE records; --", "%", "\u0000", "eyJ4IjoxfQ"),
  fc.string({ maxLength: 20 }),
);
const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 6 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
});
const headerValue = fc.oneof(
  fc.constantFrom("application/json", "text/csv", "application/x-ndjson", "*/*", "image/png", "text/html;q=0", "W/\"1\"", "\"abc\"", "*", "Bearer x", "Bearer bhk_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);
const headers = fc.dictionary(fc.constantFrom("accept", "content-type", "if-match", "if-none-match", "idempotency-key", "authorization", "x-request-id", "origin"), headerValue, { maxKeys: 5 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.json().map((j) => j),
  fc.string({ maxLength: 200 }),
  fc.constant(JSON.stringify(pledgeFixture("fuzz-base"))),
  fc.record({ id: fc.string({ maxLength: 10 }), pledgeId: fc.constant("fuzz-base"), type: fc.constantFrom("registered", "deployed", "withdrawn", "bogus"), date: fc.constantFrom("2020-01-01", "x"), sources: fc.constant(["x"]), confidence: fc.constant("reported") }).map((r) => JSON.stringify(r)),
);
const method = fc.constantFrom("GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

describe.each(ENGINES.map((make) => [make().name, make] as const))("fuzzed requests on %s", (_name, make) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(make(), { bodyLimit: 64 * 1024 });
    await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture("fuzz-base")) });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("never answer 5xx, and every 4xx is problem+json", async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, body, fc.constantFrom(undefined, "editor", "admin"), async (m, p, q, h, b, role) => {
        const init: RequestInit & { role?: "editor" | "admin" } = { method: m, headers: h, ...(role ? { role } : {}) };
        if (b !== undefined && m !== "GET" && m !== "HEAD") init.body = b;
        const res = await s.call(p + q, init);
        const text = await res.text();
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(res.status, `${m} ${p}${q} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400 && m !== "HEAD") {
          expect(res.headers.get("content-type"), `${m} ${p}${q}`).toMatch(/^application\/problem\+json/);
          const problem = JSON.parse(text) as { status: number; type: string; title: string };
          expect(problem.status).toBe(res.status);
          expect(problem.type).toMatch(/^urn:bluehelm:problem:/);
        }
      }),
      { numRuns: 250, seed: Number(process.env.FUZZ_SEED ?? 20251124) },
    );
    // The run reached past the front door: successes and several kinds of refusal.
    expect([...seen.keys()].some((k) => k < 300)).toBe(true);
    expect([...seen.keys()].filter((k) => k >= 400).length).toBeGreaterThan(3);
    expect((await s.call("/readyz")).status).toBe(200);
  });

  it("survive targeted nasty requests", async () => {
    const nasty: [string, RequestInit & { role?: "editor" }][] = [
      ["/v1/pledges?cursor=" + Buffer.from(JSON.stringify(["id", 0, { a: 1 }, "x"])).toString("base64url"), {}],
      ["/v1/pledges?cursor=" + Buffer.from(JSON.stringify(["id", 0, "x".repeat(5000), "x"])).toString("base64url"), {}],
      ["/v1/contributions?sort=-total&cursor=" + Buffer.from(JSON.stringify(["-total", 1, "abc", "x"])).toString("base64url"), {}],
      ["/v1/contributions?total.gte=1e999", {}],
      ["/v1/contributions?total=99999999999999999999999999999999999999", {}],
      ["/v1/pledges?asOf=0000-00-00", {}],
      ["/v1/pledges/" + "a".repeat(5000), {}],
      ["/v1/pledges", { method: "POST", role: "editor", body: "[]" }],
      ["/v1/pledges", { method: "POST", role: "editor", body: "null" }],
      ["/v1/pledges", { method: "POST", role: "editor", body: '{"__proto__":{"x":1}}' }],
      ["/v1/pledges/x", { method: "PUT", role: "editor", body: "{}", headers: { "if-match": 'W/"99999999999"' } }],
      ["/v1/validate", { method: "POST", body: '{"pledges": 5}' }],
      ["/v1/validate?kind=nope", { method: "POST", body: "{}" }],
      ["/v1/analytics/endorsement-effect?instrumentId=x&iterations=5000", {}],
    ];
    for (const [p, init] of nasty) {
      const res = await s.call(p, init);
      const text = await res.text();
      expect(res.status, `${p.slice(0, 80)} → ${text.slice(0, 200)}`).toBeLessThan(500);
    }
  });
});
