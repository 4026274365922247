// Tokens managed through the API while the server runs (admin role): listed
// without secrets, created with the secret shown once, revoked at once, and
// every change in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, problemOf, startServer, type TestServer } from "./harness.js";

describe.each(ENGINES.map((make) => [make().name, make] as const))("tokens through the API on %s", (_name, make) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(make());
  });
  afterAll(async () => {
    await s?.close();
  });

  const me = (token: string) => fetch(`${s.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

  it("creates a token that works at once, lists it without its secret, and revokes it so it stops working at once", async () => {
    const created = await s.call("/v1/tokens", { method: "POST", role: "admin", body: JSON.stringify({ name: "field office", role: "editor" }) });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const body = (await created.json()) as { id: string; name: string; role: string; token: string; createdAt: string; revokedAt: null };
    expect(body).toMatchObject({ name: "field office", role: "editor", revokedAt: null });
    expect(body.token).toMatch(/^bhk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(body.token).toContain(body.id);
    expect(created.headers.get("location")).toBe(`/v1/tokens/${body.id}`);
    expect(await (await me(body.token)).json()).toEqual({ id: body.id, name: "field office", role: "editor" });

    const listed = await s.call("/v1/tokens", { role: "admin" });
    expect(listed.status).toBe(200);
    const text = await listed.text();
    // The secret is all after the id: base64url, so it may itself hold "_".
    const secret = body.token.slice(`bhk_${body.id}_`.length);
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(text).not.toContain(secret);
    const items = (JSON.parse(text) as { items: Record<string, unknown>[] }).items;
    expect(items.find((t) => t.id === body.id)).toEqual({ id: body.id, name: "field office", role: "editor", createdAt: body.createdAt, revokedAt: null });
    for (const t of items) expect(Object.keys(t).sort()).toEqual(["createdAt", "id", "name", "revokedAt", "role"]);

    // Used once before the revocation, so that nothing it depends on is cold; then refused on the next request.
    expect((await me(body.token)).status).toBe(200);
    const revoked = await s.call(`/v1/tokens/${body.id}`, { method: "DELETE", role: "admin" });
    expect(revoked.status).toBe(204);
    expect(await revoked.text()).toBe("");
    const after = await me(body.token);
    expect(after.status).toBe(401);
    expect((await problemOf(after)).type).toBe("urn:bluehelm:problem:invalid-token");
    const write = await fetch(`${s.url}/v1/pledges`, { method: "POST", headers: { authorization: `Bearer ${body.token}`, "content-type": "application/json" }, body: "{}" });
    expect(write.status).toBe(401);
    const again = await s.call(`/v1/tokens/${body.id}`, { method: "DELETE", role: "admin" });
    expect(again.status).toBe(404);
    await problemOf(again);
    const relisted = (await (await s.call("/v1/tokens", { role: "admin" })).json()) as { items: { id: string; revokedAt: string | null }[] };
    expect(relisted.items.find((t) => t.id === body.id)?.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const audit = (await (await s.call(`/v1/audit?resource=token&recordId=${body.id}`, { role: "admin" })).json()) as { items: { action: string; actor: string }[] };
    expect(audit.items.map((a) => a.action)).toEqual(["token-create", "token-revoke"]);
    for (const entry of audit.items) expect(entry.actor).toMatch(/^token:[0-9a-f]{16} \(test admin\)$/);
  });

  it("is for admins only, and refuses a bad name or role with a report, creating nothing", async () => {
    const before = ((await (await s.call("/v1/tokens", { role: "admin" })).json()) as { items: unknown[] }).items.length;
    for (const role of ["reader", "editor"] as const) {
      expect((await s.call("/v1/tokens", { role })).status).toBe(403);
      expect((await s.call("/v1/tokens", { method: "POST", role, body: JSON.stringify({ name: "x", role: "admin" }) })).status).toBe(403);
      expect((await s.call("/v1/tokens/0000000000000000", { method: "DELETE", role })).status).toBe(403);
    }
    expect((await s.call("/v1/tokens")).status).toBe(401);
    expect((await s.call("/v1/tokens/0000000000000000", { method: "DELETE" })).status).toBe(401);
    for (const [bad, where] of [
      [{ name: "x", role: "owner" }, "role"],
      [{ name: " padded ", role: "reader" }, "name"],
      [{ role: "reader" }, "name"],
      [{ name: "x", role: "reader", secret: "mine" }, ""],
    ] as const) {
      const res = await s.call("/v1/tokens", { method: "POST", role: "admin", body: JSON.stringify(bad) });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      const p = await problemOf(res);
      expect(p.type).toBe("urn:bluehelm:problem:validation-failed");
      expect(p.report?.issues[0]?.path, JSON.stringify(bad)).toEqual(where ? ["json", where] : ["json"]);
    }
    const after = ((await (await s.call("/v1/tokens", { role: "admin" })).json()) as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });
});
