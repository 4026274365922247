// The pledge facts and first-cited sources kept in SQL on write (migration 5) against the core's tally over the
// same records, on both engines: after the seeding, after creations and appended events through the store, after
// an update and a delete; and a small case computed by hand.
import { DatasetSchema, type Pledge, type PledgeEvent } from "@bluehelm/core";
import { askQuestion, askQuestionFrom, createIndex, pledgeTally, type PledgeFilter, type PledgeSummary } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { ENGINES } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteDriver, postgresDriver, type Driver } from "../src/driver.js";
import { SqlStore } from "../src/sql-store.js";

const pledge = (id: string, fields: Partial<Pledge>): Pledge => ({
  id,
  actorId: "rwa",
  announcedOn: "2031-01-10",
  kind: "unit",
  title: { en: `Pledge ${id}` },
  themeIds: [],
  partnerIds: [],
  sources: ["163-scale-japan"],
  confidence: "reported",
  ...fields,
});
const event = (id: string, pledgeId: string, type: PledgeEvent["type"], date: string, source: string): PledgeEvent => ({
  id,
  pledgeId,
  type,
  date,
  sources: [source],
  confidence: "reported",
});

// Three pledges in 2031, years after every reference pledge. Computed by hand below.
const pledges: Pledge[] = [
  // rwa, a unit under two themes: registered 1 February, deployed 1 March (50 days), fulfilled 1 December (325 days).
  pledge("pi-rwa-unit", { themeIds: ["ptar-gender-capability", "van-smart-pledges"], unit: { unitType: "infantry-battalion", quantity: 1, languages: [] } }),
  // bgd, a training pledge announced 1 February, registered 1 April.
  pledge("pi-bgd-training", { actorId: "bgd", kind: "training", announcedOn: "2031-02-01", themeIds: ["van-smart-pledges"] }),
  // rwa, funding announced 1 June, no event.
  pledge("pi-rwa-funding", { kind: "funding", announcedOn: "2031-06-01" }),
];
const events: PledgeEvent[] = [
  event("pi-rwa-unit-1", "pi-rwa-unit", "registered", "2031-02-01", "45enord-canada-kigali-2016-05"),
  event("pi-rwa-unit-2", "pi-rwa-unit", "deployed", "2031-03-01", "africanews-kigali-2016-05-15"),
  event("pi-rwa-unit-3", "pi-rwa-unit", "fulfilled", "2031-12-01", "africanperceptions-res-2690-text"),
  event("pi-bgd-training-1", "pi-bgd-training", "registered", "2031-04-01", "163-scale-japan"),
];

const DATES = ["2015-09-27", "2015-09-28", "2018-06-23", "2018-06-24", "2021-06-30", "2031-01-09", "2031-01-10", "2031-03-15", "2031-11-30", "2031-12-31"];
const FILTERS: readonly PledgeFilter[] = [
  {},
  { actorId: "rwa" },
  { actorId: "can" },
  { kind: "unit" },
  { themeId: "van-smart-pledges" },
  { themeId: "ptar-gender-capability" },
  { eventId: "vancouver-2017" },
  { missionId: "minusma" },
  { status: "deployed" },
  { status: "announced", kind: "unit" },
];

describe.each(ENGINES.map((make) => make()))("pledge inputs kept on write, on $name", (engine) => {
  let driver: Driver;
  let store: SqlStore;
  const storedIndex = async () => {
    const read = async <T>(kind: string) => (await driver.query<{ data: T }>(`SELECT data FROM records WHERE resource = '${kind}' ORDER BY seq`)).map((r) => r.data);
    return createIndex(DatasetSchema.parse({ pledges: await read<Pledge>("pledge"), pledgeEvents: await read<PledgeEvent>("pledge-event") }));
  };
  const agreesWithTheTally = async () => {
    const index = await storedIndex();
    let counted = 0;
    for (const asOf of DATES) {
      for (const filter of FILTERS) {
        const want = pledgeTally(index, asOf, filter);
        expect(await store.pledgeTally(asOf, filter), `${asOf} ${JSON.stringify(filter)}`).toEqual(want);
        for (const n of Object.values(want.byStatus)) counted += n ?? 0;
      }
    }
    // Pledges to count: not empty tables against an empty tally.
    expect(counted).toBeGreaterThan(100);
  };

  beforeAll(async () => {
    const where = await engine.setup();
    driver = where.url ? await postgresDriver(where.url, { max: 2 }) : await pgliteDriver(where.dataDir!);
    store = await SqlStore.open(driver, { seed: where.url ? loadDataset() : false });
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  it("after the seeding, counts the reference pledges as the core does over the stored records", async () => {
    expect((await storedIndex()).pledges.length).toBe(loadDataset().pledges.length);
    // The reference data's one event: Canada's aviation task force deployed on 24 June 2018.
    const deployed = await store.pledgeTally("2018-06-24", { status: "deployed" });
    expect(deployed.byActor).toEqual({ can: 1 });
    expect(deployed.sources).toContain("petawawa-post-2018-07-12");
    expect((await store.pledgeTally("2018-06-23", { status: "deployed" })).byActor).toEqual({});
    await agreesWithTheTally();
  });

  it("after pledges created and events appended through the store, counts them as computed by hand", async () => {
    for (const p of pledges) await store.create("pledge", p, { actor: "test" });
    for (const e of events) await store.appendPledgeEvent(e, { actor: "test" });
    const march = await store.pledgeTally("2031-03-15", { actorId: "rwa" });
    expect(march).toEqual({
      byStatus: { deployed: 1 },
      byKind: { unit: 1 },
      byTheme: { "ptar-gender-capability": 1, "van-smart-pledges": 1 },
      byActor: { rwa: 1 },
      byEvent: {},
      atNoEvent: 1,
      daysToDeployment: [[50, 1]],
      daysToFulfilment: [],
      sources: ["163-scale-japan", "45enord-canada-kigali-2016-05", "africanews-kigali-2016-05-15"],
    });
    const end = await store.pledgeTally("2031-12-31", { actorId: "rwa" });
    expect(end.byStatus).toEqual({ fulfilled: 1, announced: 1 });
    expect(end.byKind).toEqual({ unit: 1, funding: 1 });
    expect(end.daysToFulfilment).toEqual([[325, 1]]);
    expect(end.sources).toContain("africanperceptions-res-2690-text");
    expect((await store.pledgeTally("2031-12-31", { status: "registered" })).byActor).toEqual({ bgd: 1 });
    await agreesWithTheTally();
  });

  it("after an import of pledges and then of their events, counts them as the core does", async () => {
    await store.importRecords("pledge", [pledge("pi-kor-import", { actorId: "kor", kind: "funding", announcedOn: "2031-03-01", themeIds: ["van-smart-pledges"] })], { actor: "test" });
    await store.importRecords(
      "pledge-event",
      [event("pi-kor-import-1", "pi-kor-import", "deployed", "2031-03-20", "45enord-canada-kigali-2016-05"), event("pi-kor-import-2", "pi-kor-import", "fulfilled", "2031-11-30", "163-scale-japan")],
      { actor: "test" },
    );
    // Deployed after 19 days, fulfilled after 274.
    const kor = await store.pledgeTally("2031-12-31", { actorId: "kor", kind: "funding" });
    expect([kor.byStatus, kor.daysToDeployment, kor.daysToFulfilment]).toEqual([{ fulfilled: 1 }, [[19, 1]], [[274, 1]]]);
    await agreesWithTheTally();
  });

  it("answers pledge-summary from the kept facts as the core does over the stored records", async () => {
    const index = await storedIndex();
    for (const params of [{ asOf: "2031-12-31" }, { asOf: "2031-03-15", actorId: "rwa" }, { asOf: "2018-12-31", kind: "unit" }, { asOf: "2031-12-31", status: "registered" }]) {
      const got = await askQuestionFrom(store, "pledge-summary", params);
      expect(got, JSON.stringify(params)).toEqual(askQuestion(index, "pledge-summary", params));
    }
    const got = await askQuestionFrom(store, "pledge-summary", { asOf: "2031-12-31", actorId: "rwa" });
    const value = got?.ok ? (got.answer.value as PledgeSummary) : undefined;
    // rwa's two pledges: one fulfilled 325 days after its announcement (deployed after 50), one announced.
    expect(value).toMatchObject({ total: 2, fulfilmentRate: 0.5, deploymentRate: 0.5, medianDaysToDeployment: 50, medianDaysToFulfilment: 325 });
  });

  it("after an update and a delete, takes the old facts and sources out and puts the new ones in", async () => {
    const current = await store.get("pledge", "pi-rwa-unit");
    // Announced ten days later, with another source: deployed after 40 days, fulfilled after 315.
    await store.update("pledge", "pi-rwa-unit", { ...pledges[0]!, announcedOn: "2031-01-20", sources: ["africanews-kigali-2016-05-15"] }, current!.version, { actor: "test" });
    const end = await store.pledgeTally("2031-12-31", { actorId: "rwa", kind: "unit" });
    expect(end.daysToDeployment).toEqual([[40, 1]]);
    expect(end.daysToFulfilment).toEqual([[315, 1]]);
    // 163-scale-japan was the pledge's own source only: it is gone; the events' remain.
    expect(end.sources).toEqual(["45enord-canada-kigali-2016-05", "africanews-kigali-2016-05-15", "africanperceptions-res-2690-text"]);
    expect((await store.pledgeTally("2031-01-15", { actorId: "rwa" })).byStatus).toEqual({});
    await driver.query("DELETE FROM records WHERE resource = 'pledge' AND id = 'pi-rwa-funding'");
    expect((await store.pledgeTally("2031-12-31", { actorId: "rwa" })).byStatus).toEqual({ fulfilled: 1 });
    const [left] = await driver.query<{ n: number }>("SELECT count(*)::integer AS n FROM pledge_facts WHERE pledge_id = 'pi-rwa-funding' AND announced_on IS NOT NULL");
    expect(Number(left?.n)).toBe(0);
    await agreesWithTheTally();
  });
});
