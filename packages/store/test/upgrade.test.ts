// A database made by the first release (migration 1 only) is upgraded when the
// store opens it: ids byte-ordered, the kept counts and the status intervals
// filled from the rows already there, the contributor-years too.
import { DatasetSchema, pledgeStatus, type EntityOf, type PledgeEvent } from "@bluehelm/core";
import { contributorYears, createIndex, pledgeTally } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, openStore, type Store } from "../src/index.js";
import { pgliteDriver, postgresDriver, type Driver } from "../src/driver.js";
import { MIGRATIONS_TABLE } from "../src/migrations.js";
import { pgliteEngine, postgresEngine } from "@bluehelm/test-utils";

const reference = loadDataset();
const source = reference.sources[0]!.id;
const state = reference.actors.find((a) => a.kind === "state")!;

const pledges: EntityOf<"pledge">[] = Array.from({ length: 30 }, (_, i) => ({
  id: `old-p-${i}`,
  actorId: state.id,
  announcedOn: `2017-0${1 + (i % 9)}-10`,
  kind: "training",
  title: { en: `Old pledge ${i}` },
  themeIds: [],
  partnerIds: [],
  sources: [source],
  confidence: "reported",
}));
// Each third pledge registered then deployed; each second also registered and assessed on one day.
const events: PledgeEvent[] = pledges.flatMap((p, i) => {
  const out: PledgeEvent[] = [];
  const ev = (n: number, type: PledgeEvent["type"], date: string): PledgeEvent => ({ id: `${p.id}-${n}`, pledgeId: p.id, type, date, sources: [source], confidence: "reported" });
  if (i % 3 === 0) out.push(ev(0, "registered", "2018-02-01"), ev(1, "deployed", "2019-05-01"));
  else if (i % 2 === 0) out.push(ev(0, "registered", "2018-03-01"), ev(1, "assessed", "2018-03-01"));
  return out;
});

/** Writes a database as the first release did: migration 1, its records and its status rows (no intervals). */
async function firstRelease(driver: Driver): Promise<void> {
  await driver.transaction(async (tx) => {
    await tx.exec(MIGRATIONS_TABLE);
    await tx.exec(MIGRATIONS[0]!.sql);
    await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [1, MIGRATIONS[0]!.name]);
    const rows = [
      { resource: "source", id: source, data: reference.sources[0]!, eff: null },
      { resource: "actor", id: state.id, data: state, eff: state.since ?? null },
      ...pledges.map((p) => ({ resource: "pledge", id: p.id, data: p, eff: p.announcedOn })),
      ...events.map((e) => ({ resource: "pledge-event", id: e.id, data: e, eff: e.date })),
      ...reference.contributions.slice(0, 200).map((c) => ({ resource: "contribution", id: c.id, data: c, eff: c.periodStart })),
    ];
    await tx.query(
      `INSERT INTO records (resource, id, data, effective_date)
       SELECT e->>'resource', e->>'id', e->'data', e->>'eff' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`,
      [JSON.stringify(rows)],
    );
    for (const p of pledges) {
      const history = pledgeStatus(p, events.filter((e) => e.pledgeId === p.id), { asOf: "9999-12-31" }).history;
      for (const [ord, h] of history.entries()) {
        await tx.query("INSERT INTO pledge_status (pledge_id, ord, status, since, event_id) VALUES ($1, $2, $3, $4, $5)", [p.id, ord, h.status, h.since, h.eventId ?? null]);
      }
    }
  });
}

describe.each([() => pgliteEngine({ fresh: true }), postgresEngine].map((make) => make()))("upgrading a first-release database on $name", (engine) => {
  let store: Store;
  beforeAll(async () => {
    const where = await engine.setup();
    const driver = where.url ? await postgresDriver(where.url, { max: 1 }) : await pgliteDriver(where.dataDir!);
    try {
      await firstRelease(driver);
    } finally {
      await driver.close();
    }
    store = await openStore({ ...where, seed: false });
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  it("counts the records already there, by date", async () => {
    expect((await store.list("pledge", { asOf: "9999-12-31" })).total).toBe(30);
    expect((await store.list("pledge", { asOf: "2017-03-10" })).total).toBe(pledges.filter((p) => p.announcedOn <= "2017-03-10").length);
    expect((await store.list("contribution", { asOf: "9999-12-31", limit: 1 })).total).toBe(200);
  });

  it("fills the contributor-years from the contributions already there", async () => {
    const old = reference.contributions.slice(0, 200);
    const rows = await store.contributorYears({ measure: "annual-mean" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(contributorYears(old, { measure: "annual-mean" }));
    expect(await store.contributorYears({ measure: "snapshot" })).toEqual(contributorYears(old, { measure: "snapshot" }));
  });

  it("fills the pledge facts and sources from the pledges, events and status rows already there", async () => {
    const index = createIndex(DatasetSchema.parse({ pledges, pledgeEvents: events }));
    for (const asOf of ["2016-12-31", "2017-06-01", "2018-03-01", "2019-05-01", "2030-01-01"]) {
      for (const filter of [{}, { status: "deployed" as const }, { actorId: state.id }]) {
        expect(await store.pledgeTally(asOf, filter), `${asOf} ${JSON.stringify(filter)}`).toEqual(pledgeTally(index, asOf, filter));
      }
    }
    // Every third pledge (10 of 30) deployed on 1 May 2019; the source of them all.
    const end = await store.pledgeTally("2030-01-01", {});
    expect(end.byStatus.deployed).toBe(10);
    expect(end.daysToDeployment.reduce((n, [, c]) => n + c, 0)).toBe(10);
    expect(end.sources).toEqual([source]);
  });

  it("answers statuses as of a date from the intervals made of the old status rows (of two steps on one day, the later)", async () => {
    for (const asOf of ["2017-06-01", "2018-03-01", "2018-12-31", "2019-05-01", "2030-01-01"]) {
      for (const p of pledges) {
        const want = pledgeStatus(p, events.filter((e) => e.pledgeId === p.id), { asOf });
        expect((await store.get("pledge", p.id, { asOf }))?.status ?? null, `${p.id} ${asOf}`).toBe(want.status ?? null);
      }
      for (const status of ["announced", "registered", "assessed", "deployed"]) {
        const want = pledges.filter((p) => pledgeStatus(p, events.filter((e) => e.pledgeId === p.id), { asOf }).status === status).length;
        const page = await store.list("pledge", { asOf, filters: [{ field: "status", op: "eq", values: [status] }], limit: 100 });
        expect([status, asOf, page.total, page.items.length]).toEqual([status, asOf, want, want]);
      }
    }
    expect((await store.get("pledge", "old-p-2", { asOf: "2018-03-01" }))?.status).toBe("assessed");
  });

  it("pages the old records in byte order of their ids and keeps counting new ones", async () => {
    const ids = (await store.list("pledge", { asOf: "9999-12-31", limit: 100 })).items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
    expect(ids[0]).toBe("old-p-0");
    expect(ids[1]).toBe("old-p-1");
    expect(ids[2]).toBe("old-p-10");
    await store.appendPledgeEvent({ id: "old-p-1-0", pledgeId: "old-p-1", type: "withdrawn", date: "2020-01-01", sources: [source], confidence: "reported" }, { actor: "test" });
    expect((await store.list("pledge", { asOf: "2020-01-01", filters: [{ field: "status", op: "eq", values: ["withdrawn"] }] })).items.map((i) => i.id)).toEqual(["old-p-1"]);
    expect((await store.list("pledge-event", { asOf: "9999-12-31" })).total).toBe(events.length + 1);
  });
});
