// The auth matrix: every write × every role, and missing, malformed, wrong and revoked tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, eventFixture, pledgeFixture, problemOf, reference, startServer, type TestServer } from "./harness.js";

type Who = "none" | "malformed" | "wrong" | "revoked" | "reader" | "editor" | "admin";
const WHO: readonly Who[] = ["none", "malformed", "wrong", "revoked", "reader", "editor", "admin"];
const EXPECTED: Record<Who, number | "ok"> = { none: 401, malformed: 401, wrong: 401, revoked: 401, reader: 403, editor: "ok", admin: "ok" };

describe.each(ENGINES.map((make) => [make().name, make] as const))("authorization on %s", (_name, make) => {
  let s: TestServer;
  let revoked: string;
  beforeAll(async () => {
    s = await startServer(make());
    const t = await s.store.createToken({ name: "to revoke", role: "admin" });
    await s.store.revokeToken(t.info.id);
    revoked = t.token;
    await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture("auth-base", { announcedOn: "2015-01-01" })) });
  });
  afterAll(async () => {
    await s?.close();
  });

  const headersFor = (who: Who): Record<string, string> => {
    switch (who) {
      case "none":
        return {};
      case "malformed":
        return { authorization: "Basic dXNlcjpwYXNz" };
      case "wrong":
        return { authorization: "Bearer bhk_00000000000000ff_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" };
      case "revoked":
        return { authorization: `Bearer ${revoked}` };
      default:
        return { authorization: `Bearer ${s.tokens[who]}` };
    }
  };

  const instrument = reference.instruments[0]!;
  const endorsers = new Set(reference.endorsements.filter((e) => e.instrumentId === instrument.id).map((e) => e.actorId));
  const freeActors = reference.actors.filter((a) => a.kind === "state" && !endorsers.has(a.id)).map((a) => a.id);

  const writes: { name: string; run: (who: Who, i: number) => Promise<Response>; ok: number }[] = [
    {
      name: "POST /v1/pledges",
      ok: 201,
      run: (who, i) => s.call("/v1/pledges", { method: "POST", headers: headersFor(who), body: JSON.stringify(pledgeFixture(`auth-p-${who}-${i}`)) }),
    },
    {
      name: "PUT /v1/pledges/{id}",
      ok: 200,
      run: async (who) => {
        const current = await s.call("/v1/pledges/auth-base");
        const etag = current.headers.get("etag")!;
        await current.arrayBuffer();
        return s.call("/v1/pledges/auth-base", {
          method: "PUT",
          headers: { ...headersFor(who), "if-match": etag },
          body: JSON.stringify(pledgeFixture("auth-base", { announcedOn: "2015-01-01", title: { en: `by ${who}` } })),
        });
      },
    },
    {
      name: "POST /v1/pledge-events",
      ok: 201,
      run: (who, i) => s.call("/v1/pledge-events", { method: "POST", headers: headersFor(who), body: JSON.stringify(eventFixture(`auth-e-${who}-${i}`, "auth-base", "amended", `2016-01-${String(10 + i).padStart(2, "0")}`)) }),
    },
    {
      name: "POST /v1/endorsements",
      ok: 201,
      run: (who, i) =>
        s.call("/v1/endorsements", {
          method: "POST",
          headers: headersFor(who),
          body: JSON.stringify({
            id: `auth-en-${who}-${i}`,
            actorId: freeActors[i]!,
            instrumentId: instrument.id,
            date: { precision: "year", date: "2024", qualifier: "by" },
            sources: [reference.sources[0]!.id],
            confidence: "reported",
          }),
        }),
    },
    {
      name: "PUT /v1/endorsements/{id}",
      ok: 200,
      run: async (who) => {
        const res = await s.call("/v1/endorsements?limit=1&id.gte=auth-en-&asOf=9999-12-31");
        const [first] = ((await res.json()) as { items: Record<string, unknown>[] }).items;
        const current = await s.call(`/v1/endorsements/${String(first!.id)}`);
        const etag = current.headers.get("etag")!;
        const body = await current.json();
        return s.call(`/v1/endorsements/${String(first!.id)}`, { method: "PUT", headers: { ...headersFor(who), "if-match": etag }, body: JSON.stringify(body) });
      },
    },
  ];

  it("lets editors and admins write, refuses readers with 403 and everyone else with 401", async () => {
    let i = 0;
    const seen: string[] = [];
    for (const write of writes) {
      for (const who of WHO) {
        i += 1;
        const res = await write.run(who, i);
        const expected = EXPECTED[who] === "ok" ? write.ok : EXPECTED[who];
        seen.push(`${write.name} as ${who}: ${res.status}`);
        expect(res.status, `${write.name} as ${who}`).toBe(expected);
        if (res.status >= 400) {
          const p = await problemOf(res);
          if (res.status === 401) expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="bluehelm"/);
          expect(p.status).toBe(expected);
        } else await res.arrayBuffer();
      }
    }
    expect(seen).toHaveLength(writes.length * WHO.length);
  });

  it("tells any valid token's holder who they are at /v1/me, and refuses every other caller with 401", async () => {
    for (const who of WHO) {
      const res = await s.call("/v1/me", { headers: headersFor(who) });
      if (who === "reader" || who === "editor" || who === "admin") {
        expect(res.status, who).toBe(200);
        expect(res.headers.get("cache-control")).toBe("no-store");
        const me = (await res.json()) as { id: string; name: string; role: string };
        expect(me).toMatchObject({ name: `test ${who}`, role: who });
        expect(me.id).toMatch(/^[0-9a-f]{16}$/);
        expect(JSON.stringify(me)).not.toContain(s.tokens[who]);
      } else {
        expect(res.status, who).toBe(401);
        expect((await problemOf(res)).status).toBe(401);
      }
    }
  });

  it("keeps the audit log for admins, audits who wrote, and keeps reads public", async () => {
    expect((await s.call("/v1/audit")).status).toBe(401);
    expect((await s.call("/v1/audit", { role: "editor" })).status).toBe(403);
    const res = await s.call("/v1/audit?resource=pledge&recordId=auth-base", { role: "admin" });
    expect(res.status).toBe(200);
    const actors = ((await res.json()) as { items: { actor: string }[] }).items.map((a) => a.actor);
    expect(actors.some((a) => a.includes("(test editor)"))).toBe(true);
    expect(actors.some((a) => a.includes("(test admin)"))).toBe(true);
    expect((await s.call("/v1/pledges/auth-base")).status).toBe(200);
    expect((await s.call("/v1/pledges/auth-base", { headers: { authorization: "Bearer nonsense" } })).status).toBe(401);
  });
});
