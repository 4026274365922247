// 50 editors updating one pledge at once, each retrying on 412 with the
// ETag it reads: no update is lost, and every write is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, pledgeFixture, startServer, type TestServer } from "./harness.js";

const EDITORS = 50;

describe.each(ENGINES.map((make) => [make().name, make] as const))("concurrent editors on %s", (_name, make) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(make());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("loses no update of 50 concurrent editors using If-Match", async () => {
    const created = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture("race-1", { note: "start" })) });
    expect(created.status).toBe(201);
    let conflicts = 0;
    const editor = async (n: number) => {
      for (let attempt = 0; attempt < 500; attempt++) {
        const current = await s.call("/v1/pledges/race-1");
        const etag = current.headers.get("etag")!;
        const { status: _s, statusSince: _ss, ...pledge } = (await current.json()) as Record<string, unknown> & { note: string };
        const res = await s.call("/v1/pledges/race-1", {
          method: "PUT",
          role: "editor",
          headers: { "if-match": etag },
          body: JSON.stringify({ ...pledge, note: `${String(pledge.note)} e${n}` }),
        });
        await res.arrayBuffer();
        if (res.status === 200) return attempt;
        expect(res.status).toBe(412);
        conflicts += 1;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * 2 ** Math.min(attempt, 5)));
      }
      throw new Error(`editor ${n} never got through`);
    };
    await Promise.all(Array.from({ length: EDITORS }, (_, n) => editor(n)));
    const final = (await (await s.call("/v1/pledges/race-1")).json()) as { note: string };
    const marks = final.note.split(" ").slice(1);
    expect(marks).toHaveLength(EDITORS);
    expect(new Set(marks).size).toBe(EDITORS);
    expect(conflicts).toBeGreaterThan(0);
    const current = await s.store.get("pledge", "race-1");
    expect(current?.version).toBe(1 + EDITORS);
    const audit = await s.store.audit({ resource: "pledge", recordId: "race-1", limit: 1000 });
    expect(audit.map((a) => a.action)).toEqual(["create", ...Array<string>(EDITORS).fill("update")]);
    for (let i = 1; i < audit.length; i++) {
      expect((audit[i]!.before as { note: string }).note).toBe((audit[i - 1]!.after as { note: string }).note);
    }
  });
});
