// The store with more data than the reference dataset: keyset pages over every
// sort (with and without the field), pledge statuses as of any date from the
// status intervals, kept counts, imports checked against the stored records
// involved only, and, on PostgreSQL, query plans that use the indexes.
import { pledgeStatus, type EntityOf, type PledgeEvent, type PledgeEventType } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStoreError, openStore, type Store, type StoreError } from "../src/index.js";
import { postgresDriver } from "../src/driver.js";
import { buildListQuery } from "../src/list-query.js";
import { seededRandom } from "@bluehelm/core/analytics";
import { ENGINES } from "@bluehelm/test-utils";

const reference = loadDataset();
const state = reference.actors.find((a) => a.kind === "state")!;
const source = reference.sources[0]!.id;

const day = (n: number) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function pledge(id: string, announcedOn: string, extra: Partial<EntityOf<"pledge">> = {}): EntityOf<"pledge"> {
  return { id, actorId: state.id, announcedOn, kind: "training", title: { en: `Scale ${id}` }, themeIds: [], partnerIds: [], sources: [source], confidence: "reported", ...extra };
}

const FORWARD: readonly PledgeEventType[] = ["registered", "assessed", "pcrs-level-3", "rapid-deployment", "deployed", "fulfilled"];

/**
 * Legal histories for `n` pledges: each pledge moves forward through some of
 * the statuses (sometimes two steps on one day, sometimes an amendment, sometimes
 * withdrawn), dated in non-decreasing order from its announcement.
 */
function histories(n: number, seed: number): { pledges: EntityOf<"pledge">[]; events: PledgeEvent[] } {
  const next = seededRandom(seed);
  const pledges: EntityOf<"pledge">[] = [];
  const events: PledgeEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(next() * 1500);
    const p = pledge(`scale-p-${i}`, day(start), next() < 0.5 ? { funding: { amount: Math.floor(next() * 20) * 1000, currency: "USD" } } : {});
    pledges.push(p);
    let at = start;
    let k = 0;
    const steps = Math.floor(next() * 6);
    for (let s = 0, from = 0; s < steps; s++) {
      at += next() < 0.25 ? 0 : 1 + Math.floor(next() * 200);
      if (next() < 0.15) {
        events.push({ id: `${p.id}-e${k++}`, pledgeId: p.id, type: "amended", date: day(at), sources: [source], confidence: "reported" });
        continue;
      }
      if (next() < 0.1) {
        events.push({ id: `${p.id}-e${k++}`, pledgeId: p.id, type: "withdrawn", date: day(at), sources: [source], confidence: "reported" });
        break;
      }
      // A level may be skipped, but only a deployed pledge is fulfilled.
      const index = Math.min(from + Math.floor(next() * 2), from === 5 ? 5 : 4);
      if (from > 5 || (from === 5 && index !== 5)) break;
      from = index + 1;
      events.push({ id: `${p.id}-e${k++}`, pledgeId: p.id, type: FORWARD[index]!, date: day(at), sources: [source], confidence: "reported" });
      if (FORWARD[index] === "fulfilled") break;
    }
  }
  return { pledges, events };
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

/** Byte order of ids, as the store pages them. */
const byId = (a: string, b: string) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0);

describe.each(ENGINES.map((make) => make()))("the store at scale on $name", (engine) => {
  let store: Store;
  const { pledges, events } = histories(400, 42);

  beforeAll(async () => {
    store = await openStore({ ...(await engine.setup()), seed: loadDataset() });
    await store.importRecords("pledge", pledges, { actor: "test" });
    await store.importRecords("pledge-event", events, { actor: "test" });
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  const eventsOf = (id: string) => events.filter((e) => e.pledgeId === id);

  it("gives every pledge the core's status as of any date, alone and through the status filter", async () => {
    const next = seededRandom(7);
    const dates = [day(0), day(400), day(900), day(1500), day(2100), "9999-12-31", ...Array.from({ length: 4 }, () => day(Math.floor(next() * 2200)))];
    for (const asOf of dates) {
      const expected = new Map(pledges.map((p) => [p.id, pledgeStatus(p, eventsOf(p.id), { asOf })]));
      for (const p of pledges.slice(0, 60)) {
        const got = await store.get("pledge", p.id, { asOf });
        const want = expected.get(p.id)!;
        expect({ id: p.id, asOf, status: got?.status ?? null, since: got?.statusSince ?? null }).toEqual({ id: p.id, asOf, status: want.status ?? null, since: want.since ?? null });
      }
      for (const status of ["announced", "registered", "deployed", "fulfilled", "withdrawn"] as const) {
        const mine = pledges.filter((p) => expected.get(p.id)!.status === status).map((p) => p.id);
        const ids: string[] = [];
        let cursor: string | undefined;
        let total = -1;
        do {
          const page = await store.list("pledge", { asOf, filters: [{ field: "status", op: "eq", values: [status] }], limit: 1000, ...(cursor ? { cursor } : {}) });
          total = page.total;
          ids.push(...page.items.filter((i) => i.id.startsWith("scale-p-")).map((i) => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(ids.sort(byId)).toEqual(mine.sort(byId));
        const reference = await store.list("pledge", { asOf, filters: [{ field: "status", op: "eq", values: [status] }, { field: "actorId", op: "gte", values: [""] }], limit: 1 });
        expect(total, `${status} as of ${asOf}`).toBe(reference.total);
      }
    }
  });

  it("pages through every sort, both ways, records without the field last, each record exactly once", async () => {
    const all = [...reference.pledges, ...pledges];
    for (const sort of ["funding.amount", "-funding.amount", "announcedOn", "-announcedOn", "id", "-id"]) {
      const desc = sort.startsWith("-");
      const key = (p: EntityOf<"pledge">) => (sort.includes("funding") ? p.funding?.amount : sort.includes("announced") ? p.announcedOn : undefined);
      const expected = [...all]
        .sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          if (ka === undefined && kb !== undefined) return 1;
          if (kb === undefined && ka !== undefined) return -1;
          const c = ka === undefined || kb === undefined || ka === kb ? byId(a.id, b.id) : ka < kb ? -1 : 1;
          return ka !== undefined && kb !== undefined && ka !== kb ? (desc ? -c : c) : desc ? -byId(a.id, b.id) : byId(a.id, b.id);
        })
        .map((p) => p.id);
      const got: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.list("pledge", { sort, limit: 37, asOf: "9999-12-31", ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(all.length);
        got.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(got, sort).toEqual(expected);
      const streamed: string[] = [];
      for await (const item of store.iterate("pledge", { sort, limit: 53, asOf: "9999-12-31" })) streamed.push(item.id);
      expect(streamed, `iterate ${sort}`).toEqual(expected);
    }
  });

  it("keeps the totals exact through creates, updates that move a record's date, and imports", async () => {
    const count = async (asOf: string) => (await store.list("pledge", { asOf, limit: 1 })).total;
    const before = await count("2020-06-30");
    const expectedBefore = [...reference.pledges, ...pledges].filter((p) => p.announcedOn <= "2020-06-30").length;
    expect(before).toBe(expectedBefore);
    const p = pledge("scale-moving", "2021-01-01");
    await store.create("pledge", p, { actor: "test" });
    expect(await count("2020-06-30")).toBe(before);
    await store.update("pledge", p.id, { ...p, announcedOn: "2020-01-01" }, 1, { actor: "test" });
    expect(await count("2020-06-30")).toBe(before + 1);
    await store.importRecords("pledge", [pledge("scale-imported-1", "2019-01-01"), pledge("scale-imported-2", "2022-01-01")], { actor: "test" });
    expect(await count("2020-06-30")).toBe(before + 2);
    expect(await count("9999-12-31")).toBe(reference.pledges.length + pledges.length + 3);
  });

  it("appends an event to one pledge among many without any issue, with the right status", async () => {
    const target = pledges.find((p) => eventsOf(p.id).length === 0)!;
    const { stored } = await store.appendPledgeEvent(
      { id: `${target.id}-late`, pledgeId: target.id, type: "deployed", date: "2024-03-01", sources: [source], confidence: "reported" },
      { actor: "test" },
    );
    expect(stored.id).toBe(`${target.id}-late`);
    expect(await store.get("pledge", target.id, { asOf: "2024-03-01" })).toMatchObject({ status: "deployed", statusSince: "2024-03-01" });
    expect((await store.get("pledge", target.id, { asOf: "2024-02-29" }))?.status).toBe("announced");
    const deployed = await store.list("pledge", { asOf: "2024-03-01", filters: [{ field: "status", op: "eq", values: ["deployed"] }], limit: 1000 });
    expect(deployed.items.map((i) => i.id)).toContain(target.id);
  });

  it("refuses an import with the issues at the rows of the file, and writes nothing", async () => {
    const contribution = (id: string, contributorId = state.id) => ({
      id,
      contributorId,
      missionId: "unmiss",
      periodStart: "2031-01-01",
      periodEnd: "2031-12-31",
      measure: "annual-mean",
      category: "all",
      women: 10,
      men: 90,
      total: 100,
      sources: [source],
      confidence: "reported",
    });
    const stored = reference.contributions[0]!.id;
    const error = await rejection(
      store.importRecords(
        "contribution",
        [contribution("scale-c-0"), contribution("scale-c-1"), contribution("scale-c-2", "no-such-actor"), contribution(stored), contribution("scale-c-0")],
        { actor: "test" },
      ),
    );
    expect(error.code).toBe("invalid");
    const issues = error.report!.issues.map((i) => [i.rule, i.path.join(".")]);
    expect(issues).toEqual(expect.arrayContaining([["reference.dangling", "contributions.2.contributorId"], ["id.duplicate", "contributions.4.id"]]));
    expect(issues).toHaveLength(2);
    // An id already stored, found set-wise once the rows are loaded, at its row.
    const stored2 = await rejection(store.importRecords("contribution", [contribution("scale-c-5"), contribution(stored), contribution("scale-c-6")], { actor: "test" }));
    expect(stored2.code).toBe("invalid");
    expect(stored2.report!.issues.map((i) => [i.rule, i.path.join(".")])).toEqual([["id.duplicate", "contributions.1.id"]]);
    expect(await store.get("contribution", "scale-c-5")).toBeUndefined();
    expect(await store.get("contribution", "scale-c-0")).toBeUndefined();
    expect((await store.audit({ resource: "contribution", recordId: "scale-c-1" })).length).toBe(0);

    // A pledge event breaking the lifecycle of its pledge's stored history, at its row.
    const withHistory = pledges.find((p) => eventsOf(p.id).some((e) => e.type === "withdrawn"))!;
    const last = eventsOf(withHistory.id).at(-1)!;
    // Not the first pledge without events: an earlier test appended to that one.
    const fresh = pledges.filter((p) => eventsOf(p.id).length === 0).at(-1)!;
    const lifecycle = await rejection(
      store.importRecords(
        "pledge-event",
        [
          { id: "scale-ok-1", pledgeId: fresh.id, type: "registered", date: "2025-01-01", sources: [source], confidence: "reported" },
          { id: "scale-bad-1", pledgeId: withHistory.id, type: "registered", date: last.date, sources: [source], confidence: "reported" },
        ],
        { actor: "test" },
      ),
    );
    expect(lifecycle.report!.issues.map((i) => [i.rule, i.path.join(".")])).toEqual([["lifecycle.illegal-transition", "pledgeEvents.1"]]);
    expect(await store.get("pledge-event", "scale-ok-1")).toBeUndefined();
  });

  it("imports pledge events across many pledges in one go, the statuses folded from stored and new events", async () => {
    const open = ["announced", "registered", "assessed", "pcrs-level-3", "rapid-deployment"];
    const targets = pledges.filter((p) => eventsOf(p.id).length > 0 && open.includes(pledgeStatus(p, eventsOf(p.id), { asOf: "9999-12-31" }).status!));
    const added = targets.map((p) => ({ id: `${p.id}-bulk`, pledgeId: p.id, type: "deployed" as const, date: "2026-01-01", sources: [source], confidence: "reported" as const }));
    let progress = 0;
    const { inserted } = await store.importRecords("pledge-event", added, { actor: "test" }, (n) => (progress = n));
    expect(inserted).toBe(added.length);
    expect(progress).toBe(added.length);
    for (const p of targets.slice(0, 40)) expect((await store.get("pledge", p.id, { asOf: "2026-01-01" }))?.status).toBe("deployed");
    expect((await store.audit({ resource: "pledge-event", recordId: added[0]!.id }))[0]?.action).toBe("import");
  });
});

describe("query plans at scale on postgres", () => {
  const engine = ENGINES[1]!();
  let store: Store;
  let url: string;

  beforeAll(async () => {
    url = (await engine.setup()).url!;
    store = await openStore({ url, seed: loadDataset() });
    const { pledges, events } = histories(3000, 3);
    await store.importRecords("pledge", pledges, { actor: "test" });
    await store.importRecords("pledge-event", events, { actor: "test" });
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: `plan-c-${i}`,
      contributorId: reference.actors.filter((a) => a.kind === "state")[i % 50]!.id,
      missionId: "unmiss",
      periodStart: day(i % 1500),
      periodEnd: day(i % 1500),
      measure: "snapshot",
      category: "troops",
      women: 1,
      men: (i % 700) + 1,
      total: (i % 700) + 2,
      sources: [source],
      confidence: "unverified",
    }));
    await store.importRecords("contribution", rows, { actor: "test" });
    const driver = await postgresDriver(url, { max: 1 });
    await driver.exec("ANALYZE records; ANALYZE pledge_status;");
    await driver.close();
  }, 240_000);
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  async function plan(sql: string, params: readonly unknown[]): Promise<string> {
    const driver = await postgresDriver(url, { max: 1 });
    try {
      const rows = await driver.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    } finally {
      await driver.close();
    }
  }

  it.each([
    ["a filtered page", "contribution", { asOf: "9999-12-31", filters: [{ field: "contributorId", op: "eq", values: [reference.actors.find((a) => a.kind === "state")!.id] }] }],
    ["a filtered page sorted by a date", "contribution", { asOf: "9999-12-31", filters: [{ field: "periodStart", op: "gte", values: [day(1000)] }], sort: "-periodStart" }],
    ["a page sorted by a number", "contribution", { asOf: "9999-12-31", sort: "total" }],
    ["pledges with a status as of a date", "pledge", { asOf: day(900), filters: [{ field: "status", op: "eq", values: ["deployed"] }] }],
  ] as const)("%s is read through an index, not a scan of the records", async (_what, kind, query) => {
    const built = buildListQuery(kind, query);
    for (const statement of [built.page, built.count, ...(built.nulls ? [built.nulls] : [])]) {
      const text = await plan(statement.sql, statement.params);
      expect(text, statement.sql).not.toMatch(/Seq Scan on records/);
      if (statement !== built.count) expect(text, statement.sql).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
    }
  });

  it("reads a deep cursor page with a bounded index scan, as the first page", async () => {
    let cursor: string | undefined;
    for (let i = 0; i < 15; i++) {
      const page = await store.list("contribution", { sort: "-total", limit: 1000, asOf: "9999-12-31", ...(cursor ? { cursor } : {}) });
      cursor = page.nextCursor;
    }
    const built = buildListQuery("contribution", { sort: "-total", limit: 50, asOf: "9999-12-31", cursor: cursor! });
    const text = await plan(`${built.page.sql}`, built.page.params);
    expect(text).toMatch(/Index Scan Backward using records_contribution_total/);
    expect(text).toMatch(/Index Cond: .*ROW/);
    expect(text).not.toMatch(/Seq Scan|Sort/);
  });

  it("appends a pledge event with queries on that pledge only", async () => {
    const { pledges, events } = histories(3000, 3);
    const target = pledges.find((p, i) => i > 1000 && pledgeStatus(p, events.filter((e) => e.pledgeId === p.id), { asOf: "9999-12-31" }).status === "registered")!;
    const text = await plan("SELECT id, data, version, updated_at FROM records WHERE resource = 'pledge-event' AND data->>'pledgeId' = $1 ORDER BY seq", [target.id]);
    expect(text).toMatch(/Index Scan (using|on) records_pledge_events/);
    expect(text).not.toMatch(/Seq Scan/);
    const { stored } = await store.appendPledgeEvent(
      { id: `${target.id}-plan`, pledgeId: target.id, type: "amended", date: "2030-01-01", sources: [source], confidence: "reported" },
      { actor: "test" },
    );
    expect(stored.id).toBe(`${target.id}-plan`);
    expect((await store.get("pledge", target.id, { asOf: "2030-01-01" }))?.status).toBe("registered");
  });
});
