import { COLLECTION_OF, ENTITY_KINDS, type EntityOf, type ReadonlyDataset } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetTooLargeError, isStoreError, openStore, RESOURCES, type Store, type StoreError } from "../src/index.js";
import { pgliteDriver, postgresDriver, type Driver } from "../src/driver.js";
import { SqlStore } from "../src/sql-store.js";
import { ENGINES, pgliteEngine, postgresEngine } from "@bluehelm/test-utils";

// The store's own suite starts from empty data directories, to test the seeding itself.
const FRESH = [() => pgliteEngine({ fresh: true }), postgresEngine] as const;

const reference = loadDataset();

/** A pledge that refers to records of the reference dataset. */
function pledgeFixture(id: string, overrides: Partial<EntityOf<"pledge">> = {}): EntityOf<"pledge"> {
  const state = reference.actors.find((a) => a.kind === "state")!;
  return {
    id,
    actorId: state.id,
    announcedOn: "2019-03-01",
    kind: "training",
    title: { en: `Test pledge ${id}` },
    themeIds: [],
    partnerIds: [],
    sources: [reference.sources[0]!.id],
    confidence: "reported",
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (isStoreError(error)) return error;
    throw error;
  }
  throw new Error("expected the store to refuse");
}

describe.each(FRESH.map((make) => [make().name, make] as const))("store on %s", (_name, make) => {
  const engine = make();
  let store: Store;
  let where: { url?: string; dataDir?: string };

  beforeAll(async () => {
    where = await engine.setup();
    store = await openStore(where);
  });
  afterAll(async () => {
    await store?.close();
    await engine.cleanup();
  });

  /** Runs raw SQL on the same database (the embedded store is closed meanwhile: one process owns it). */
  async function withRawSql<T>(fn: (driver: Driver) => Promise<T>): Promise<T> {
    if (where.url) {
      const driver = await postgresDriver(where.url, { max: 1 });
      try {
        return await fn(driver);
      } finally {
        await driver.close();
      }
    }
    await store.close();
    const driver = await pgliteDriver(where.dataDir!);
    try {
      return await fn(driver);
    } finally {
      await driver.close();
      store = await openStore(where);
    }
  }

  it("seeds every collection of the reference dataset on first start, once", async () => {
    const ds = await store.dataset();
    for (const kind of ENTITY_KINDS) {
      const collection = COLLECTION_OF[kind];
      expect(ds[collection].length, collection).toBe(reference[collection].length);
    }
    expect(JSON.parse(JSON.stringify(ds))).toEqual(JSON.parse(JSON.stringify(reference)));
    const seeds = (await store.audit({ resource: "*" })).filter((e) => e.action === "seed");
    expect(seeds).toHaveLength(1);
    await store.close();
    store = await openStore(where);
    expect((await store.audit({ resource: "*" })).filter((e) => e.action === "seed")).toHaveLength(1);
    expect((await store.list("contribution", { asOf: "9999-12-31", limit: 1 })).total).toBe(reference.contributions.length);
  });

  it("records the migrations in schema_migrations and runs each once", async () => {
    const rows = await withRawSql((d) => d.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id"));
    expect(rows.map((r) => Number(r.id))).toEqual([1, 2, 3, 4, 5]);
  });

  it("pages through a whole collection with keyset cursors and the same total on every page", async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.list("contribution", { limit: 700, asOf: "9999-12-31", ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(reference.contributions.length);
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 100);
    expect(seen.size).toBe(reference.contributions.length);
    const ids = [...seen];
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("sorts numbers as numbers, both ways, records without the field last, across pages", async () => {
    const collect = async (sort: string) => {
      const out: { total?: number; rank?: number; id: string }[] = [];
      for await (const item of store.iterate("contribution", { sort, limit: 333, asOf: "9999-12-31" })) out.push(item.record);
      return out;
    };
    const up = await collect("total");
    expect(up).toHaveLength(reference.contributions.length);
    for (let i = 1; i < up.length; i++) expect(up[i]!.total!).toBeGreaterThanOrEqual(up[i - 1]!.total!);
    const down = await collect("-total");
    for (let i = 1; i < down.length; i++) expect(down[i]!.total!).toBeLessThanOrEqual(down[i - 1]!.total!);
    const byRank = await collect("rank");
    const firstMissing = byRank.findIndex((c) => c.rank === undefined);
    if (firstMissing >= 0) expect(byRank.slice(firstMissing).every((c) => c.rank === undefined)).toBe(true);
    const ranked = byRank.filter((c) => c.rank !== undefined).map((c) => c.rank!);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    // 10 sorts after 9 as a number, not before it as text.
    if (ranked.includes(9) && ranked.includes(10)) expect(ranked.indexOf(10)).toBeGreaterThan(ranked.indexOf(9));
  });

  it("filters by equality, any of several values, list membership, bounds and asOf", async () => {
    const states = await store.list("actor", { filters: [{ field: "kind", op: "eq", values: ["state"] }], limit: 1000, asOf: "9999-12-31" });
    expect(states.total).toBe(reference.actors.filter((a) => a.kind === "state").length);
    expect(states.items.every((i) => i.record.kind === "state")).toBe(true);
    const two = await store.list("actor", { filters: [{ field: "kind", op: "eq", values: ["observer", "organization"] }], asOf: "9999-12-31" });
    expect(two.total).toBe(reference.actors.filter((a) => a.kind !== "state").length);
    const big = await store.list("contribution", { filters: [{ field: "total", op: "gte", values: ["5000"] }], asOf: "9999-12-31" });
    expect(big.total).toBe(reference.contributions.filter((c) => c.total >= 5000).length);
    const window = await store.list("contribution", {
      filters: [
        { field: "periodStart", op: "gte", values: ["2020-01-01"] },
        { field: "periodStart", op: "lte", values: ["2020-12-31"] },
      ],
      asOf: "9999-12-31",
    });
    expect(window.total).toBe(reference.contributions.filter((c) => c.periodStart >= "2020-01-01" && c.periodStart <= "2020-12-31").length);
    const theme = reference.events.find((e) => e.themeIds.length > 0);
    if (theme) {
      const withTheme = await store.list("event", { filters: [{ field: "themeIds", op: "eq", values: [theme.themeIds[0]!] }], asOf: "9999-12-31" });
      expect(withTheme.total).toBe(reference.events.filter((e) => e.themeIds.includes(theme.themeIds[0]!)).length);
    }
    const asOf = "2016-01-01";
    const missions = await store.list("mission", { asOf, limit: 1000 });
    expect(missions.total).toBe(reference.missions.filter((m) => !m.startDate || m.startDate <= asOf).length);
    const nested = await store.list("mission", { filters: [{ field: "names.en", op: "eq", values: [reference.missions[0]!.names.en] }], asOf: "9999-12-31" });
    expect(nested.items.map((i) => i.id)).toContain(reference.missions[0]!.id);
  });

  it("refuses bad queries with a validation report", async () => {
    const cases = [
      store.list("pledge", { filters: [{ field: "nope", op: "eq", values: ["x"] }] }),
      store.list("pledge", { filters: [{ field: "kind", op: "eq", values: ["not-a-kind"] }] }),
      store.list("contribution", { filters: [{ field: "total", op: "gte", values: ["many"] }] }),
      store.list("pledge", { sort: "themeIds" }),
      store.list("pledge", { cursor: "garbage" }),
      store.list("pledge", { asOf: "2020-13-45" }),
      store.list("pledge", { limit: 0 }),
    ];
    for (const c of cases) {
      const error = await rejection(c);
      expect(error.code).toBe("bad-query");
      expect(error.report?.valid).toBe(false);
      expect(error.report?.issues[0]?.message.fr.length).toBeGreaterThan(0);
    }
    const page = await store.list("contribution", { limit: 2, sort: "total" });
    const other = await rejection(store.list("contribution", { limit: 2, sort: "-total", cursor: page.nextCursor! }));
    expect(other.code).toBe("bad-query");
  });

  it("creates a pledge at version 1, audited, and refuses a duplicate id", async () => {
    const pledge = pledgeFixture("test-create-1");
    const { stored, replayed } = await store.create("pledge", pledge, { actor: "test", requestId: "req-1" });
    expect(replayed).toBe(false);
    expect(stored.version).toBe(1);
    expect(stored.status).toBe("announced");
    expect(await store.get("pledge", "test-create-1")).toMatchObject({ version: 1, record: pledge, status: "announced" });
    const audit = await store.audit({ resource: "pledge", recordId: "test-create-1" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "test", action: "create", before: null, after: pledge, requestId: "req-1" });
    const dup = await rejection(store.create("pledge", pledge, { actor: "test" }));
    expect(dup.code).toBe("conflict");
    expect(dup.report?.issues[0]?.rule).toBe("id.duplicate");
    expect(await store.audit({ resource: "pledge", recordId: "test-create-1" })).toHaveLength(1);
  });

  it("refuses invalid records with the core report and writes nothing", async () => {
    const bad = await rejection(store.create("pledge", { ...pledgeFixture("test-bad"), announcedOn: "yesterday" }, { actor: "test" }));
    expect(bad.code).toBe("invalid");
    expect(bad.report?.issues.map((i) => i.path.join("."))).toContain("announcedOn");
    const dangling = await rejection(store.create("pledge", pledgeFixture("test-dangling", { actorId: "no-such-actor" }), { actor: "test" }));
    expect(dangling.code).toBe("invalid");
    expect(dangling.report?.issues).toEqual([expect.objectContaining({ rule: "reference.dangling", path: ["actorId"] })]);
    expect(await store.get("pledge", "test-bad")).toBeUndefined();
    expect(await store.get("pledge", "test-dangling")).toBeUndefined();
  });

  it("updates with the expected version only, auditing before and after", async () => {
    const pledge = pledgeFixture("test-update-1");
    await store.create("pledge", pledge, { actor: "test" });
    const changed = { ...pledge, title: { en: "Changed title" } };
    const { stored } = await store.update("pledge", pledge.id, changed, 1, { actor: "editor-a" });
    expect(stored.version).toBe(2);
    const stale = await rejection(store.update("pledge", pledge.id, { ...pledge, title: { en: "Lost" } }, 1, { actor: "editor-b" }));
    expect(stale.code).toBe("version-mismatch");
    expect(stale.currentVersion).toBe(2);
    expect((await store.get("pledge", pledge.id))?.record.title.en).toBe("Changed title");
    const audit = await store.audit({ resource: "pledge", recordId: pledge.id });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({ actor: "editor-a", before: pledge, after: changed });
    expect((await rejection(store.update("pledge", "test-missing", pledgeFixture("test-missing"), 1, { actor: "x" }))).code).toBe("not-found");
    expect((await rejection(store.update("pledge", pledge.id, pledgeFixture("other-id"), 2, { actor: "x" }))).code).toBe("invalid");
  });

  it("lets exactly one of many concurrent updates at the same version win", async () => {
    const pledge = pledgeFixture("test-race");
    await store.create("pledge", pledge, { actor: "test" });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => store.update("pledge", pledge.id, { ...pledge, title: { en: `Writer ${i}` } }, 1, { actor: `w${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as StoreError).code).toBe("version-mismatch");
    expect((await store.get("pledge", pledge.id))?.version).toBe(2);
    expect(await store.audit({ resource: "pledge", recordId: pledge.id })).toHaveLength(2);
  });

  it("appends legal pledge events, derives the status from them as of any date, and refuses illegal ones", async () => {
    const pledge = pledgeFixture("test-life", { announcedOn: "2018-01-10" });
    await store.create("pledge", pledge, { actor: "test" });
    const event = (id: string, type: EntityOf<"pledge-event">["type"], date: string): EntityOf<"pledge-event"> => ({
      id,
      pledgeId: pledge.id,
      type,
      date,
      sources: pledge.sources,
      confidence: "reported",
    });
    await store.appendPledgeEvent(event("test-life-1", "registered", "2018-05-01"), { actor: "test" });
    await store.appendPledgeEvent(event("test-life-2", "deployed", "2019-02-01"), { actor: "test" });
    expect((await store.get("pledge", pledge.id))?.status).toBe("deployed");
    expect(await store.get("pledge", pledge.id, { asOf: "2018-06-01" })).toMatchObject({ status: "registered", statusSince: "2018-05-01" });
    expect((await store.get("pledge", pledge.id, { asOf: "2017-01-01" }))?.status).toBeNull();
    const filtered = await store.list("pledge", { filters: [{ field: "status", op: "eq", values: ["registered"] }], asOf: "2018-06-01" });
    expect(filtered.items.map((i) => i.id)).toContain(pledge.id);
    const illegal = await rejection(store.appendPledgeEvent(event("test-life-3", "registered", "2019-03-01"), { actor: "test" }));
    expect(illegal.report?.issues).toEqual([expect.objectContaining({ rule: "lifecycle.illegal-transition", path: ["type"] })]);
    const early = await rejection(store.appendPledgeEvent(event("test-life-4", "fulfilled", "2018-12-01"), { actor: "test" }));
    expect(early.report?.issues[0]?.rule).toBe("lifecycle.out-of-order");
    const orphan = await rejection(store.appendPledgeEvent({ ...event("test-life-5", "registered", "2019-03-01"), pledgeId: "no-such-pledge" }, { actor: "test" }));
    expect(orphan.report?.issues[0]).toMatchObject({ rule: "reference.dangling", path: ["pledgeId"] });
    expect((await store.pledgeEvents(pledge.id)).map((e) => e.id)).toEqual(["test-life-1", "test-life-2"]);
    const moved = await rejection(store.update("pledge", pledge.id, { ...pledge, announcedOn: "2019-01-01" }, 1, { actor: "test" }));
    expect(moved.report?.issues[0]?.rule).toBe("lifecycle.before-announcement");
    expect((await store.audit({ resource: "pledge-event" })).map((a) => a.recordId)).toEqual(["test-life-1", "test-life-2"]);
  });

  it("keeps the pledge event log and the audit log append-only in the database itself", async () => {
    const anyEvent = (await store.list("pledge-event", { limit: 1, asOf: "9999-12-31" })).items[0];
    expect(anyEvent).toBeDefined();
    const attempts = await withRawSql(async (d) => {
      const out: string[] = [];
      for (const sql of [
        `UPDATE records SET data = data WHERE resource = 'pledge-event'`,
        `DELETE FROM records WHERE resource = 'pledge-event'`,
        `UPDATE audit_log SET actor = 'someone else'`,
        `DELETE FROM audit_log`,
      ]) {
        try {
          await d.query(sql);
          out.push("accepted");
        } catch (error) {
          out.push(String((error as Error).message));
        }
      }
      return out;
    });
    expect(attempts).toHaveLength(4);
    for (const a of attempts) expect(a).toMatch(/append-only/);
    expect((await store.list("pledge-event", { asOf: "9999-12-31" })).items.map((i) => i.id)).toContain(anyEvent!.id);
  });

  it("creates and updates endorsements, checking references and dates", async () => {
    const instrument = reference.instruments[0]!;
    const actor = reference.actors.find((a) => a.kind === "state" && !reference.endorsements.some((e) => e.actorId === a.id && e.instrumentId === instrument.id))!;
    const endorsement: EntityOf<"endorsement"> = {
      id: "test-endorsement-1",
      actorId: actor.id,
      instrumentId: instrument.id,
      date: { precision: "month", date: "2024-05", qualifier: "on" },
      sources: [reference.sources[0]!.id],
      confidence: "reported",
    };
    const { stored } = await store.create("endorsement", endorsement, { actor: "test" });
    expect(stored.version).toBe(1);
    const listed = await store.list("endorsement", { filters: [{ field: "actorId", op: "eq", values: [actor.id] }], asOf: "2024-05-31" });
    expect(listed.items.map((i) => i.id)).toContain(endorsement.id);
    const before = await store.list("endorsement", { filters: [{ field: "actorId", op: "eq", values: [actor.id] }], asOf: "2024-05-30" });
    expect(before.items.map((i) => i.id)).not.toContain(endorsement.id);
    const updated = await store.update("endorsement", endorsement.id, { ...endorsement, confidence: "verified" }, 1, { actor: "test" });
    expect(updated.stored.version).toBe(2);
    const bad = await rejection(store.create("endorsement", { ...endorsement, id: "test-endorsement-2", instrumentId: "nope" }, { actor: "test" }));
    expect(bad.report?.issues[0]).toMatchObject({ rule: "reference.dangling", path: ["instrumentId"] });
  });

  it("replays a write with the same idempotency key and refuses the key for another request", async () => {
    const pledge = pledgeFixture("test-idem");
    const ctx = { actor: "test", idempotency: { key: "k-1", fingerprint: "f-1" } };
    const first = await store.create("pledge", pledge, ctx);
    const again = await store.create("pledge", pledge, ctx);
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.stored).toEqual(first.stored);
    expect(await store.audit({ resource: "pledge", recordId: pledge.id })).toHaveLength(1);
    const other = await rejection(store.create("pledge", pledgeFixture("test-idem-2"), { actor: "test", idempotency: { key: "k-1", fingerprint: "f-2" } }));
    expect(other.code).toBe("idempotency-mismatch");
    expect(await store.get("pledge", "test-idem-2")).toBeUndefined();
  });

  it("invalidates the cached dataset on writes", async () => {
    const before = await store.dataset();
    expect(await store.dataset()).toBe(before);
    const generation = store.generation();
    await store.create("pledge", pledgeFixture("test-cache"), { actor: "test" });
    expect(store.generation()).toBeGreaterThan(generation);
    const after: ReadonlyDataset = await store.dataset();
    expect(after).not.toBe(before);
    expect(after.pledges.map((p) => p.id)).toContain("test-cache");
  });

  it("refuses to load more records than it may hold, with both figures, and loads again within the limit", async () => {
    await store.create("pledge", pledgeFixture("test-too-large"), { actor: "test" });
    const stored = await store.recordCount();
    // Counted from the records themselves, not from the store's kept sums.
    const counted = await withRawSql((d) => d.query<{ n: string }>("SELECT count(*)::text AS n FROM records"));
    expect(stored).toBe(Number(counted[0]!.n));
    const refused = await rejection(store.dataset({ maxRecords: stored - 1 }));
    expect(refused.code).toBe("too-large");
    expect(refused).toBeInstanceOf(DatasetTooLargeError);
    expect(refused).toMatchObject({ records: stored, maxRecords: stored - 1 });
    expect(refused.message).toContain(`the store holds ${stored} records, and this process may hold at most ${stored - 1}`);
    expect(refused.message).toContain("--max-old-space-size");
    // Nothing was loaded or kept by the refusal: the next call within the limit loads the new record.
    const loaded = await store.dataset({ maxRecords: stored });
    expect(loaded.pledges.map((p) => p.id)).toContain("test-too-large");
    // Once loaded and unchanged, the dataset is the one in memory whatever the limit asked.
    expect(await store.dataset({ maxRecords: 1 })).toBe(loaded);
  });

  it("creates tokens shown once and stored hashed, verifies them, and revokes them", async () => {
    const { token, info } = await store.createToken({ name: "ci editor", role: "editor" });
    expect(token).toMatch(/^bhk_[0-9a-f]{16}_/);
    expect(await store.verifyToken(token)).toMatchObject({ id: info.id, role: "editor", name: "ci editor" });
    expect(await store.verifyToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeUndefined();
    expect(await store.verifyToken("not a token")).toBeUndefined();
    expect((await store.listTokens()).map((t) => t.id)).toContain(info.id);
    const stored = await withRawSql((d) => d.query<{ hash: string }>("SELECT hash FROM tokens WHERE id = $1", [info.id]));
    expect(stored[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await store.revokeToken(info.id)).toBe(true);
    expect(await store.revokeToken(info.id)).toBe(false);
    expect(await store.verifyToken(token)).toBeUndefined();
    await expect(store.createToken({ name: "x", role: "root" as "admin" })).rejects.toThrow(/role/);
  });

  it("derives its filters from the core schemas", () => {
    expect(RESOURCES.pledge.fields.get("unit.unitType")?.values?.length).toBeGreaterThan(5);
    expect(RESOURCES.pledge.fields.get("themeIds")?.type).toBe("list");
    expect(RESOURCES.contribution.fields.get("total")?.type).toBe("number");
    expect(RESOURCES.actor.fields.get("kind")?.values).toEqual(expect.arrayContaining(["state", "observer", "organization"]));
    expect(RESOURCES["pledge-event"].path).toBe("pledge-events");
  });
});

describe("store on postgres, two servers", () => {
  it("tells a store about writes made through another store on the same database", async () => {
    const engine = ENGINES[1]!();
    const where = await engine.setup();
    const a = await openStore(where);
    const b = await openStore({ ...where, seed: false });
    try {
      expect((await b.dataset()).pledges.map((p) => p.id)).not.toContain("two-servers");
      const before = b.generation();
      await a.create("pledge", pledgeFixture("two-servers"), { actor: "test" });
      // The notification comes through PostgreSQL's LISTEN; give a busy machine up to 30 s (the test's limit is 60).
      for (let i = 0; i < 1500 && b.generation() === before; i++) await new Promise((r) => setTimeout(r, 20));
      expect(b.generation()).toBeGreaterThan(before);
      expect((await b.dataset()).pledges.map((p) => p.id)).toContain("two-servers");
    } finally {
      await a.close();
      await b.close();
      await engine.cleanup();
    }
  });
});

describe("store on postgres, what another store's write makes this one reload", () => {
  it("only the kinds written: a pledge reloads the pledges, not the contributions; a token reloads no collection; an import its kind", async () => {
    const engine = ENGINES[1]!();
    const where = await engine.setup();
    const a = await openStore(where);
    const b = await openStore({ ...where, seed: false });
    try {
      await b.checkForChanges!();
      const first = await b.dataset();
      // A check with nothing written meanwhile keeps every collection.
      await b.checkForChanges!();
      const same = await b.dataset();
      expect(same.pledges).toBe(first.pledges);

      await a.create("pledge", pledgeFixture("reload-one-kind"), { actor: "test" });
      const afterPledge = await b.checkForChanges!();
      const second = await b.dataset();
      expect(second.pledges.map((p) => p.id)).toContain("reload-one-kind");
      expect(second.pledges).not.toBe(first.pledges);
      expect(second.contributions).toBe(first.contributions);
      expect(second.endorsements).toBe(first.endorsements);

      // A token is no record: the generation moves (answers that may depend on it are refreshed), no collection is reloaded.
      await a.createToken({ name: "another server's token", role: "reader" });
      expect(await b.checkForChanges!()).toBeGreaterThan(afterPledge);
      const third = await b.dataset();
      expect(third.pledges).toBe(second.pledges);
      expect(third.contributions).toBe(first.contributions);

      // This store's own write reloads its kind once, not a second time when it next checks.
      await b.create("pledge", pledgeFixture("reload-own-write"), { actor: "test" });
      const own = await b.dataset();
      expect(own.pledges.map((p) => p.id)).toContain("reload-own-write");
      await b.checkForChanges!();
      expect((await b.dataset()).pledges).toBe(own.pledges);

      // Records written by COPY (an import) count as written too.
      const mission = reference.missions[0]!.id;
      const contributor = reference.actors.find((x) => x.kind === "state")!.id;
      await a.importRecords(
        "contribution",
        [{ id: "reload-import", contributorId: contributor, missionId: mission, periodStart: "2030-01-01", periodEnd: "2030-12-31", measure: "annual-mean", category: "all", women: 1, men: 9, total: 10, sources: ["un-pk-country-by-year"], confidence: "reported" }],
        { actor: "test" },
      );
      await b.checkForChanges!();
      const fourth = await b.dataset();
      expect(fourth.contributions.map((c) => c.id)).toContain("reload-import");
      expect(fourth.pledges).toBe(own.pledges);
    } finally {
      await a.close();
      await b.close();
      await engine.cleanup();
    }
  });
});

describe.each(ENGINES.map((make) => make()))("the cached collections on $name", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await engine.setup());
    await store.checkForChanges?.();
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  it("get a created pledge and an appended event at their end, without reading the rest again, as the database holds them", async () => {
    const first = await store.dataset();
    await store.create("pledge", pledgeFixture("cached-append", { announcedOn: "2020-02-03" }), { actor: "test" });
    await store.appendPledgeEvent({ id: "cached-append-e1", pledgeId: "cached-append", type: "registered", date: "2020-05-06", sources: [reference.sources[0]!.id], confidence: "reported" }, { actor: "test" });
    await store.checkForChanges?.();
    const second = await store.dataset();
    expect(second.pledges).toHaveLength(first.pledges.length + 1);
    // The same objects: the collection was not read again (a read makes new ones).
    second.pledges.slice(0, -1).forEach((p, i) => expect(p).toBe(first.pledges[i]));
    second.pledgeEvents.slice(0, -1).forEach((e, i) => expect(e).toBe(first.pledgeEvents[i]));
    // And what the database holds, field for field and in its order.
    const stored = await store.get("pledge", "cached-append");
    expect(JSON.stringify(second.pledges.at(-1))).toBe(JSON.stringify(stored!.record));
    expect(JSON.stringify(second.pledgeEvents.at(-1))).toBe(JSON.stringify((await store.pledgeEvents("cached-append"))[0]!.record));
    expect(Object.isFrozen(second.pledges)).toBe(true);

    // A replay writes nothing: nothing is appended.
    const ctx = { actor: "test", idempotency: { key: "cached-append-key", fingerprint: "f" } };
    await store.create("pledge", pledgeFixture("cached-append-2"), ctx);
    const third = await store.dataset();
    expect((await store.create("pledge", pledgeFixture("cached-append-2"), ctx)).replayed).toBe(true);
    const fourth = await store.dataset();
    expect(fourth.pledges.map((p) => p.id)).toEqual(third.pledges.map((p) => p.id));
    expect(fourth.pledges.filter((p) => p.id === "cached-append-2")).toHaveLength(1);
    // An update is no append: the collection is read again, with the record changed in its place.
    const version = (await store.get("pledge", "cached-append"))!.version;
    await store.update("pledge", "cached-append", pledgeFixture("cached-append", { announcedOn: "2020-02-03", title: { en: "Changed" } }), version, { actor: "test" });
    const fifth = await store.dataset();
    expect(fifth.pledges.map((p) => p.id)).toEqual(fourth.pledges.map((p) => p.id));
    expect(fifth.pledges.find((p) => p.id === "cached-append")!.title.en).toBe("Changed");
  });

  it("keep appends made one after the other without a read, and leave an array already read as it was", async () => {
    const before = await store.dataset();
    const n = before.pledges.length;
    for (const id of ["lazy-1", "lazy-2"]) await store.create("pledge", pledgeFixture(id), { actor: "test" });
    await store.checkForChanges?.();
    const middle = await store.dataset();
    for (const id of ["lazy-3", "lazy-4", "lazy-5"]) await store.create("pledge", pledgeFixture(id), { actor: "test" });
    await store.checkForChanges?.();
    const after = await store.dataset();
    // Each read sees the appends made before it, in the order they were made, after the records read before.
    expect(middle.pledges.slice(n).map((p) => p.id)).toEqual(["lazy-1", "lazy-2"]);
    expect(after.pledges.slice(n).map((p) => p.id)).toEqual(["lazy-1", "lazy-2", "lazy-3", "lazy-4", "lazy-5"]);
    // The arrays read earlier did not change, and none can be changed.
    expect(before.pledges).toHaveLength(n);
    expect(middle.pledges).toHaveLength(n + 2);
    for (const d of [before, middle, after]) expect(Object.isFrozen(d.pledges)).toBe(true);
    // Not read again: the same objects as the first read.
    after.pledges.slice(0, n).forEach((p, i) => expect(p).toBe(before.pledges[i]));
    // What the database holds.
    const stored = await store.list("pledge", { limit: 1000 });
    expect(new Set(after.pledges.map((p) => p.id))).toEqual(new Set(stored.items.map((s) => s.id)));
  });
});

describe("store on postgres, an append while another process wrote", () => {
  it("reads the collection again: the other process's record is not missed", async () => {
    const engine = ENGINES[1]!();
    const where = await engine.setup();
    const b = await openStore(where);
    try {
      await b.checkForChanges!();
      const first = await b.dataset();
      // Written by another process that sends no change notification (as if it were late), just before b's own write.
      const raw = await postgresDriver(where.url!, { max: 1 });
      try {
        await raw.query("INSERT INTO records (resource, id, data, effective_date) VALUES ('pledge', $1, $2::jsonb, $3)", ["other-first", JSON.stringify(pledgeFixture("other-first")), "2019-03-01"]);
      } finally {
        await raw.close();
      }
      await b.create("pledge", pledgeFixture("own-after"), { actor: "test" });
      const second = await b.dataset();
      expect(second.pledges.map((p) => p.id).slice(-2).sort()).toEqual(["other-first", "own-after"]);
      expect(second.pledges[0]).not.toBe(first.pledges[0]);
    } finally {
      await b.close();
      await engine.cleanup();
    }
  });
});

describe("store on postgres, checks for changes under load", () => {
  it("makes one query for the callers that come while a check runs, and each caller sees the commits made before it came", async () => {
    const engine = ENGINES[1]!();
    const where = await engine.setup();
    const driver = await postgresDriver(where.url!);
    let snapshots = 0;
    const counted: Driver = Object.assign(Object.create(driver) as Driver, {
      query: (sql: string, params?: unknown[]) => {
        if (sql.includes("pg_current_snapshot")) snapshots++;
        return driver.query(sql, params);
      },
    });
    const store = await SqlStore.open(counted);
    const raw = await postgresDriver(where.url!, { max: 1 });
    try {
      await store.checkForChanges();
      snapshots = 0;
      // Fifty callers at once: the first check, and one more for those that came while it ran.
      await Promise.all(Array.from({ length: 50 }, () => store.checkForChanges()));
      expect(snapshots).toBeLessThanOrEqual(2);
      expect(snapshots).toBeGreaterThanOrEqual(1);

      // A caller that comes after a commit sees it, whether a check was running when it came or not.
      const before = (await store.dataset()).pledges.length;
      const running = store.checkForChanges();
      await raw.query("INSERT INTO records (resource, id, data, effective_date) VALUES ('pledge', $1, $2::jsonb, $3)", ["checked-after", JSON.stringify(pledgeFixture("checked-after")), "2019-03-01"]);
      await store.checkForChanges("pledge");
      expect((await store.dataset()).pledges.map((p) => p.id)).toContain("checked-after");
      expect((await store.dataset()).pledges).toHaveLength(before + 1);
      await running;
    } finally {
      await raw.close();
      await store.close();
      await engine.cleanup();
    }
  });
});

describe("the embedded store's data directory", () => {
  it("is opened by one process at a time; a lock left by a dead process is taken over", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bluehelm-lock-"));
    try {
      const dataDir = join(dir, "db");
      const first = await openStore({ dataDir, seed: false });
      await expect(openStore({ dataDir, seed: false })).rejects.toThrow(/already open/);
      await first.close();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      // A lock naming a process that does not run any more (pid 2^22 + 1 is above the default pid_max).
      writeFileSync(`${dataDir}.lock`, String(4194305));
      const second = await openStore({ dataDir, seed: false });
      await second.close();
      // A lock held by a live process: this test's parent.
      writeFileSync(`${dataDir}.lock`, String(process.ppid));
      await expect(openStore({ dataDir, seed: false })).rejects.toThrow(/in use by process/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Reads a record, a pledge and a pledge's events through the store, and checks that `driver` (the store's, one
 * session) prepared the three statements, and that the answers are what unprepared queries on `raw` read.
 */
async function expectPreparedReads(store: SqlStore, driver: Driver, raw: Driver): Promise<void> {
  const id = reference.contributions[0]!.id;
  const pledgeId = reference.pledges[0]!.id;
  const first = await store.get("contribution", id);
  const [again, other] = await Promise.all([store.get("contribution", id), store.get("contribution", reference.contributions[1]!.id)]);
  const pledge = await store.get("pledge", pledgeId);
  const events = await store.pledgeEvents(pledgeId);
  const prepared = await driver.query<{ name: string }>("SELECT name FROM pg_prepared_statements ORDER BY name");
  expect(prepared.map((p) => p.name)).toEqual(["bluehelm_get_pledge", "bluehelm_get_record", "bluehelm_pledge_events"]);
  const [row] = await raw.query<{ data: unknown }>("SELECT data FROM records WHERE resource = 'contribution' AND id = $1", [id]);
  expect(first!.record).toEqual(row!.data);
  expect(again).toEqual(first);
  expect(other!.id).toBe(reference.contributions[1]!.id);
  const [status] = await raw.query<{ status: string }>("SELECT status FROM pledge_status WHERE pledge_id = $1 AND since <= current_date::text ORDER BY ord DESC LIMIT 1", [pledgeId]);
  expect(pledge!.status).toBe(status!.status);
  const stored = await raw.query<{ id: string }>("SELECT id FROM records WHERE resource = 'pledge-event' AND data->>'pledgeId' = $1 ORDER BY seq", [pledgeId]);
  expect(events.map((e) => e.id)).toEqual(stored.map((e) => e.id));
  await expect(driver.query("SELECT 2 AS n", [], { name: "bluehelm_get_record" })).rejects.toThrow(
    /The statement name bluehelm_get_record is already given to another SQL text; give each statement its own name\./,
  );
}

describe("store on postgres, statements prepared by name", () => {
  it("prepares a read by id once per connection, answers as an unprepared one, and refuses a name given to two texts", async () => {
    const engine = ENGINES[1]!();
    const where = await engine.setup();
    // One connection, so that the session that prepared the statements is the one asked about them.
    const driver = await postgresDriver(where.url!, { max: 1 });
    const store = await SqlStore.open(driver, { seed: reference });
    // Unprepared queries, on another connection.
    const raw = await postgresDriver(where.url!, { max: 1 });
    try {
      await expectPreparedReads(store, driver, raw);
    } finally {
      await store.close();
      await raw.close();
      await engine.cleanup();
    }
  });
});

describe("store on the embedded engine, statements prepared by name", () => {
  it("prepares a read by id once, answers as an unprepared one, quotes what it is given, and refuses a name given to two texts", async () => {
    const engine = pgliteEngine();
    const where = await engine.setup();
    const driver = await pgliteDriver(where.dataDir!);
    const store = await SqlStore.open(driver, { seed: reference });
    try {
      // One session: the unprepared queries are the same driver's.
      await expectPreparedReads(store, driver, driver);
      // A value with quotes and a backslash is a value, not SQL.
      const sql = "SELECT r.id FROM records r WHERE r.resource = $1 AND r.id = $2";
      const hostile = ["contribution", "x'); DELETE FROM records; --\\'"];
      expect(await driver.query(sql, hostile, { name: "test_hostile" })).toEqual([]);
      expect(await driver.query<{ v: string }>("SELECT $1::text AS v", [hostile[1]], { name: "test_echo" })).toEqual([{ v: hostile[1] }]);
      const [{ n }] = (await driver.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE resource = 'contribution'")) as [{ n: number }];
      expect(n).toBe(reference.contributions.length);
      await expect(driver.query(sql, ["contribution", 7], { name: "test_hostile" })).rejects.toThrow(/takes strings only, not number/);
    } finally {
      await store.close();
      await engine.cleanup();
    }
  });
});
