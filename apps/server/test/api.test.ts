import { COLLECTION_OF, ENTITY_KINDS } from "@bluehelm/core";
import { RESOURCES } from "@bluehelm/store";
import { validate as validateOpenApi } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, eventFixture, pledgeFixture, problemOf, reference, startServer, type TestServer } from "./harness.js";

const FAR = "9999-12-31";

describe.each(ENGINES.map((make) => [make().name, make] as const))("the API on %s", (_name, make) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(make());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers /healthz, /readyz, the index, /openapi.json (valid OpenAPI 3.1) and the reference page", async () => {
    expect(await (await s.call("/healthz")).json()).toEqual({ status: "ok" });
    expect(await (await s.call("/readyz")).json()).toEqual({ status: "ready", engine: _name, validations: { running: 0, waiting: 0 } });
    const index = (await (await s.call("/")).json()) as { resources: Record<string, string> };
    expect(Object.keys(index.resources)).toHaveLength(ENTITY_KINDS.length);
    const doc = (await (await s.call("/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result).toMatchObject({ valid: true });
    for (const kind of ENTITY_KINDS) expect(Object.keys(doc.paths)).toContain(`/v1/${RESOURCES[kind].path}`);
    const page = await s.call("/reference");
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("/v1/pledges");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)[^"' ]*\.(js|css)/);
  });

  it("lists every resource with its total, and gets each by id with a version ETag", async () => {
    for (const kind of ENTITY_KINDS) {
      const info = RESOURCES[kind];
      const expected = reference[COLLECTION_OF[kind]].length;
      const res = await s.call(`/v1/${info.path}?asOf=${FAR}&limit=5`);
      expect(res.status, info.path).toBe(200);
      const body = (await res.json()) as { items: { id: string }[]; total: number; nextCursor: string | null };
      expect(body.total, info.path).toBeGreaterThanOrEqual(expected);
      expect(res.headers.get("x-total-count")).toBe(String(body.total));
      const first = body.items[0];
      if (!first) continue;
      const one = await s.call(`/v1/${info.path}/${first.id}`);
      expect(one.status).toBe(200);
      expect(one.headers.get("etag")).toMatch(/^"\d+(-[\w-]+)?"$/);
      expect(((await one.json()) as { id: string }).id).toBe(first.id);
    }
    const missing = await s.call("/v1/missions/no-such-mission");
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).type).toBe("urn:bluehelm:problem:not-found");
  });

  it("pages with cursors and Link headers, sorts numbers as numbers, filters and applies asOf", async () => {
    const ids: string[] = [];
    let next: string | null = `/v1/contributions?asOf=${FAR}&sort=-total&limit=1000`;
    let last = Infinity;
    for (let i = 0; next && i < 20; i++) {
      const res: Response = await s.call(next);
      const body = (await res.json()) as { items: { id: string; total: number }[]; nextCursor: string | null };
      for (const item of body.items) {
        expect(item.total).toBeLessThanOrEqual(last);
        last = item.total;
        ids.push(item.id);
      }
      const link = res.headers.get("link");
      next = link ? /<([^>]+)>; rel="next"/.exec(link)![1]! : null;
      expect(Boolean(link)).toBe(body.nextCursor !== null);
    }
    expect(new Set(ids).size).toBe(reference.contributions.length);
    const filtered = (await (await s.call(`/v1/actors?kind=organization&kind=observer&asOf=${FAR}&limit=1000`)).json()) as { items: { kind: string }[]; total: number };
    expect(filtered.total).toBe(reference.actors.filter((a) => a.kind !== "state").length);
    expect(filtered.items.every((a) => a.kind !== "state")).toBe(true);
    const bounded = (await (await s.call(`/v1/contributions?total.gte=5000&total.lte=6000&asOf=${FAR}`)).json()) as { total: number };
    expect(bounded.total).toBe(reference.contributions.filter((c) => c.total >= 5000 && c.total <= 6000).length);
    const early = (await (await s.call("/v1/missions?asOf=2000-01-01&limit=1000")).json()) as { items: { startDate?: string }[] };
    expect(early.items.every((m) => !m.startDate || m.startDate <= "2000-01-01")).toBe(true);
    for (const bad of ["/v1/pledges?nope=1", "/v1/pledges?limit=0", "/v1/pledges?sort=themeIds", "/v1/pledges?asOf=someday", "/v1/pledges?cursor=xyz", "/v1/pledges?kind=bogus", "/v1/pledges?limit=1&limit=2"]) {
      const res = await s.call(bad);
      expect(res.status, bad).toBe(400);
      expect((await problemOf(res)).report?.valid, bad).toBe(false);
    }
  });

  it("negotiates JSON, NDJSON and CSV, streams every match, and answers 304 and 406", async () => {
    const nd = await s.call(`/v1/contributions?asOf=${FAR}`, { headers: { accept: "application/x-ndjson" } });
    expect(nd.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const lines = (await nd.text()).trim().split("\n");
    expect(lines).toHaveLength(reference.contributions.length);
    expect(() => lines.map((l) => JSON.parse(l) as unknown)).not.toThrow();
    const csv = await s.call(`/v1/actors?format=csv&asOf=${FAR}&kind=state`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const rows = (await csv.text()).trim().split("\r\n");
    expect(rows[0]!.split(",").slice(0, 2)).toEqual(["kind", "id"]);
    expect(rows).toHaveLength(1 + reference.actors.filter((a) => a.kind === "state").length);
    // A fixed date: the default (today) could change between the two requests, at midnight UTC.
    const json = await s.call(`/v1/missions?limit=3&asOf=${FAR}`, { headers: { accept: "text/html;q=0.9, application/json" } });
    expect(json.headers.get("content-type")).toMatch(/application\/json/);
    const etag = json.headers.get("etag")!;
    expect((await s.call(`/v1/missions?limit=3&asOf=${FAR}`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const refused = await s.call("/v1/missions", { headers: { accept: "image/png" } });
    expect(refused.status).toBe(406);
    await problemOf(refused);
    expect((await s.call("/v1/missions?format=xml")).status).toBe(400);
  });

  it("neutralizes CSV cells that a spreadsheet would run as formulas", async () => {
    for (const [i, title] of ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"].entries()) {
      const res = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture(`csv-${i}`, { title: { en: title } })) });
      expect(res.status).toBe(201);
    }
    const text = await (await s.call(`/v1/pledges?format=csv&id.gte=csv-&id.lte=csv-z&asOf=${FAR}`)).text();
    const rows = text.trim().split("\r\n");
    const header = rows[0]!.split(",");
    const column = header.indexOf("title.en");
    expect(column).toBeGreaterThan(0);
    expect(rows).toHaveLength(5);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const cell of ["'+1+1", "'-2+3", "'@SUM(A1)"]) expect(text).toContain(cell);
    expect(text).not.toMatch(/(^|,)[=+@-][A-Z0-9(]/m);
  });

  it("answers every analytics endpoint with the core's answer", async () => {
    const instrumentId = reference.instruments[0]!.id;
    const missionId = reference.missions[0]!.id;
    const paths = [
      `/v1/analytics/endorsers?instrumentId=${instrumentId}&asOf=2020-01-01`,
      `/v1/analytics/endorsement-coverage?instrumentId=${instrumentId}&population=top-contributors&n=30&asOf=2020-01-01`,
      `/v1/analytics/endorsement-effect?instrumentId=${instrumentId}&asOf=2021-06-30&iterations=200`,
      "/v1/analytics/poc-coverage?asOf=2021-06-30",
      "/v1/analytics/pledges?asOf=2021-06-30&status=deployed",
      "/v1/analytics/pledge-summary?asOf=2021-06-30",
      "/v1/analytics/overdue-pledges?asOf=2021-06-30&thresholdDays=30",
      `/v1/analytics/capability-gaps?missionId=${missionId}&asOf=2021-06-30`,
      "/v1/analytics/gender-shares?year=2020&by=category",
      "/v1/analytics/francophone-environments?asOf=2021-06-30",
      "/v1/analytics/policing-gaps?asOf=2021-06-30",
      "/v1/analytics/conduct-rates",
      "/v1/analytics/top-contributors?from=2018&to=2020&n=10",
      "/v1/analytics/personnel-by-year?contributorId=rwa",
    ];
    for (const path of paths) {
      const res = await s.call(path);
      expect(res.status, path).toBe(200);
      const answer = (await res.json()) as { asOf?: string; value: unknown; method: { en: string; fr: string }; sources: string[] };
      expect(answer.method.fr.length, path).toBeGreaterThan(0);
      expect(Array.isArray(answer.sources), path).toBe(true);
    }
    const bad = await s.call("/v1/analytics/gender-shares?year=twenty&by=category");
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).report?.issues[0]?.path).toContain("year");
  });

  it("validates records and datasets with the core report", async () => {
    const ok = await s.call("/v1/validate?kind=pledge", { method: "POST", body: JSON.stringify(pledgeFixture("v-1")) });
    expect(await ok.json()).toEqual({ valid: true, issues: [] });
    const bad = (await (await s.call("/v1/validate?kind=pledge", { method: "POST", body: JSON.stringify({ id: "Bad Id" }) })).json()) as { valid: boolean; issues: { rule: string }[] };
    expect(bad.valid).toBe(false);
    expect(bad.issues.map((i) => i.rule)).toContain("schema.invalid-format");
    const ds = (await (await s.call("/v1/validate", { method: "POST", body: JSON.stringify({ pledges: [pledgeFixture("v-2", { actorId: "nobody" })] }) })).json()) as { issues: { rule: string }[] };
    expect(ds.issues.map((i) => i.rule)).toContain("reference.dangling");
  });

  it("creates, reads and updates pledges with ETag and If-Match, appends events, and audits every write", async () => {
    const pledge = pledgeFixture("api-1", { announcedOn: "2018-02-01" });
    const created = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledge), headers: { "x-request-id": "req-api-1" } });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/v1/pledges/api-1");
    const etag = created.headers.get("etag")!;
    expect(etag).toMatch(/^"1-/);
    expect(await created.json()).toMatchObject({ ...pledge, status: "announced", statusSince: "2018-02-01" });
    const noIfMatch = await s.call("/v1/pledges/api-1", { method: "PUT", role: "editor", body: JSON.stringify(pledge) });
    expect(noIfMatch.status).toBe(428);
    await problemOf(noIfMatch);
    const updated = await s.call("/v1/pledges/api-1", { method: "PUT", role: "editor", body: JSON.stringify({ ...pledge, kind: "policy" }), headers: { "if-match": etag } });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toMatch(/^"2-/);
    const stale = await s.call("/v1/pledges/api-1", { method: "PUT", role: "editor", body: JSON.stringify(pledge), headers: { "if-match": etag } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("etag")).toBe(updated.headers.get("etag"));
    expect((await problemOf(stale)).type).toBe("urn:bluehelm:problem:precondition-failed");
    const event = await s.call("/v1/pledge-events", { method: "POST", role: "editor", body: JSON.stringify(eventFixture("api-1-e1", "api-1", "registered", "2018-06-01")) });
    expect(event.status).toBe(201);
    const illegal = await s.call("/v1/pledge-events", { method: "POST", role: "editor", body: JSON.stringify(eventFixture("api-1-e2", "api-1", "announced", "2018-07-01")) });
    expect(illegal.status).toBe(422);
    expect((await problemOf(illegal)).report?.issues[0]?.rule).toBe("lifecycle.illegal-transition");
    const status = (await (await s.call("/v1/pledges/api-1/status?asOf=2018-12-31")).json()) as { status: string; history: unknown[] };
    expect(status).toMatchObject({ status: "registered" });
    expect(status.history).toHaveLength(2);
    expect(((await (await s.call("/v1/pledges/api-1/events")).json()) as { items: { id: string }[] }).items.map((e) => e.id)).toEqual(["api-1-e1"]);
    expect(((await (await s.call("/v1/pledges?status=registered&asOf=2018-12-31")).json()) as { items: { id: string }[] }).items.map((p) => p.id)).toContain("api-1");
    const invalid = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify({ ...pledge, id: "api-2", announcedOn: "soon" }) });
    expect(invalid.status).toBe(422);
    expect((await problemOf(invalid)).report?.issues.map((i) => i.path.join("."))).toContain("announcedOn");
    const dup = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledge) });
    expect(dup.status).toBe(409);
    expect((await problemOf(dup)).report?.issues[0]?.rule).toBe("id.duplicate");
    const audit = (await (await s.call("/v1/audit?recordId=api-1", { role: "admin" })).json()) as { items: { action: string; actor: string; requestId: string | null }[] };
    expect(audit.items.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit.items[0]).toMatchObject({ requestId: "req-api-1" });
    expect(audit.items[0]!.actor).toMatch(/^token:[0-9a-f]{16} \(test editor\)$/);
  });

  it("creates and updates endorsements", async () => {
    const instrument = reference.instruments[0]!;
    const actor = reference.actors.find((a) => a.kind === "state" && !reference.endorsements.some((e) => e.actorId === a.id && e.instrumentId === instrument.id))!;
    const endorsement = {
      id: "api-endorsement-1",
      actorId: actor.id,
      instrumentId: instrument.id,
      date: { precision: "day", date: "2024-01-15", qualifier: "on" },
      sources: [reference.sources[0]!.id],
      confidence: "reported",
    };
    const res = await s.call("/v1/endorsements", { method: "POST", role: "editor", body: JSON.stringify(endorsement) });
    expect(res.status).toBe(201);
    const put = await s.call(`/v1/endorsements/${endorsement.id}`, { method: "PUT", role: "admin", body: JSON.stringify({ ...endorsement, confidence: "verified" }), headers: { "if-match": res.headers.get("etag")! } });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toBe('"2"');
    const mismatch = await s.call(`/v1/endorsements/${endorsement.id}`, { method: "PUT", role: "editor", body: JSON.stringify({ ...endorsement, id: "other" }), headers: { "if-match": '"2"' } });
    expect(mismatch.status).toBe(422);
  });

  it("replays a POST with the same Idempotency-Key and refuses the key with another body", async () => {
    const body = JSON.stringify(pledgeFixture("idem-1"));
    const first = await s.call("/v1/pledges", { method: "POST", role: "editor", body, headers: { "idempotency-key": "abc-123" } });
    const again = await s.call("/v1/pledges", { method: "POST", role: "editor", body, headers: { "idempotency-key": "abc-123" } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    const other = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture("idem-2")), headers: { "idempotency-key": "abc-123" } });
    expect(other.status).toBe(422);
    expect((await problemOf(other)).type).toBe("urn:bluehelm:problem:idempotency-key-reused");
    expect((await s.call("/v1/pledges/idem-2")).status).toBe(404);
    expect((await s.store.audit({ resource: "pledge", recordId: "idem-1" })).length).toBe(1);
  });

  it("answers malformed requests with problem details: 400, 404, 405, 413, 415", async () => {
    const cases: [string, RequestInit & { role?: "editor" }, number][] = [
      ["/v1/pledges", { method: "POST", role: "editor", body: "{not json" }, 400],
      ["/v1/pledges", { method: "POST", role: "editor", body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415],
      ["/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify({ big: "x".repeat(1_100_000) }) }, 413],
      ["/v1/pledges", { method: "DELETE" }, 405],
      ["/v2/nothing", {}, 404],
    ];
    for (const [path, init, status] of cases) {
      const res = await s.call(path, init);
      expect(res.status, `${init.method ?? "GET"} ${path}`).toBe(status);
      const p = await problemOf(res);
      expect(p.status).toBe(status);
    }
  });

  it("sends security headers, request ids, CORS, and logs JSON lines without credentials", async () => {
    const res = await s.call("/v1/missions?limit=1", { headers: { origin: "https://example.org", "x-request-id": "trace-42" } });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-request-id")).toBe("trace-42");
    const pre = await s.call("/v1/pledges", { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": "PUT", "access-control-request-headers": "authorization,if-match" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("PUT");
    await s.call("/v1/pledges", { method: "POST", role: "editor", body: "{}" });
    await s.call("/v1/pledges", { method: "POST", body: "{}", headers: { authorization: "Bearer bhk_0123456789abcdef_wrongwrongwrongwrongwrongwrongwrongwrongwro" } });
    const line = s.logs.find((l) => l.requestId === "trace-42");
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/v1/missions", status: 200 });
    const all = JSON.stringify(s.logs);
    for (const token of Object.values(s.tokens)) expect(all).not.toContain(token.slice(4));
    expect(all).not.toContain("wrongwrong");
    expect(all.toLowerCase()).not.toContain("bearer");
  });

  it("keeps credentials sent in the query string out of the log, whatever their parameter's name", async () => {
    await s.call("/v1/missions?limit=1&token=tok-secret-1&API_KEY=tok-secret-2&access%5Ftoken=tok-secret-3&acronym=MINUSCA", { headers: { "x-request-id": "trace-redact" } });
    const line = s.logs.find((l) => l.requestId === "trace-redact") as { query?: string } | undefined;
    expect(line?.query).toBe("?limit=1&token=[redacted]&API_KEY=[redacted]&access%5Ftoken=[redacted]&acronym=MINUSCA");
    expect(JSON.stringify(s.logs)).not.toContain("tok-secret");
  });
});

describe("limits and private reads", () => {
  it("rate-limits per client with 429, Retry-After and problem details", async () => {
    const s = await startServer(ENGINES[0]!(), { rateLimit: { windowMs: 60_000, max: 5 } });
    try {
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 8; i++) {
        const res = await s.call("/v1/themes?limit=1");
        statuses.push(res.status);
        if (res.status === 429) limited = res;
        else await res.arrayBuffer();
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
      await problemOf(limited!);
      expect((await s.call("/healthz")).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it("needs a token for reads when reads are not public, and honours a CORS allow-list", async () => {
    const s = await startServer(ENGINES[0]!(), { auth: { publicReads: false }, cors: { origin: ["https://allowed.example"] } });
    try {
      expect((await s.call("/v1/missions")).status).toBe(401);
      expect((await s.call("/v1/missions", { role: "reader" })).status).toBe(200);
      expect((await s.call("/openapi.json")).status).toBe(401);
      expect((await s.call("/healthz")).status).toBe(200);
      const allowed = await s.call("/v1/missions", { role: "reader", headers: { origin: "https://allowed.example" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
      const other = await s.call("/v1/missions", { role: "reader", headers: { origin: "https://other.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await s.close();
    }
  });
});
