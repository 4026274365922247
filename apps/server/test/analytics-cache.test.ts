// Analytics answers and the index are kept across writes to collections a
// question does not read, and refreshed after writes to those it does.
import type { ReadonlyDataset } from "@bluehelm/core";
import { QUESTIONS, askQuestion, createIndex } from "@bluehelm/core/analytics";
import { openStore, type Store } from "@bluehelm/store";
import { pgliteEngine, type EngineUnderTest } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/index.js";
import { pledgeFixture } from "./harness.js";

/** Counts, per collection, how often a dataset handed out by the store was read: building an index reads every one. */
function counting(store: Store): { store: Store; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const wrapped = new WeakMap<ReadonlyDataset, ReadonlyDataset>();
  const wrap = (ds: ReadonlyDataset): ReadonlyDataset => {
    let w = wrapped.get(ds);
    if (!w) {
      w = Object.freeze(
        Object.defineProperties(
          {},
          Object.fromEntries(
            Object.keys(ds).map((k) => [k, { enumerable: true, get: () => (reads.set(k, (reads.get(k) ?? 0) + 1), ds[k as keyof ReadonlyDataset]) }]),
          ),
        ),
      ) as ReadonlyDataset;
      wrapped.set(ds, w);
    }
    return w;
  };
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "dataset") return () => target.dataset().then(wrap);
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, reads };
}

describe("analytics caches across writes", () => {
  let engine: EngineUnderTest;
  let store: Store;
  let reads: Map<string, number>;
  let app: ReturnType<typeof createApp>;
  let editor: string;
  let underlying: Store | undefined;
  const real = (): Store => underlying!;
  beforeAll(async () => {
    engine = pgliteEngine();
    underlying = await openStore(await engine.setup());
    ({ store, reads } = counting(underlying));
    app = createApp({ store, logger: false, rateLimit: false });
    editor = (await underlying.createToken({ name: "editor", role: "editor" })).token;
  });
  afterAll(async () => {
    await store?.close();
    await engine?.cleanup();
  });

  const ask = async (path: string) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return { etag: res.headers.get("etag"), body: (await res.json()) as { value: unknown } };
  };
  const rebuilds = () => reads.get("peacekeeperFatalities") ?? 0;
  const createPledge = async (id: string) => {
    const created = await app.request("/v1/pledges", {
      method: "POST",
      headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" },
      body: JSON.stringify(pledgeFixture(id)),
    });
    expect(created.status).toBe(201);
  };

  it("declares the inputs the test relies on", () => {
    expect(QUESTIONS.endorsers.reads).not.toContain("pledges");
    expect(QUESTIONS.pledges.reads).toContain("pledges");
    expect(QUESTIONS.pledges.reads).not.toContain("peacekeeperFatalities");
    // Both questions below are answered on the index.
    expect(QUESTIONS.endorsers.answerFrom).toBeUndefined();
    expect(QUESTIONS.pledges.answerFrom).toBeUndefined();
  });

  it("keeps an answer and the index across a write to a collection the question does not read", async () => {
    const contributors = "/v1/analytics/endorsers?asOf=2019-01-01";
    const summary = "/v1/analytics/pledges?asOf=2030-01-01&limit=1";
    const first = await ask(contributors);
    const before = await ask(summary);
    const built = rebuilds();
    expect(built).toBeGreaterThan(0);

    await createPledge("cache-1");

    // Endorsements did not change: the same answer, without building an index again.
    const again = await ask(contributors);
    expect(again).toEqual(first);
    expect(rebuilds()).toBe(built);

    // Pledges did: the list is answered anew, on an index built again, and counts the new pledge.
    const after = await ask(summary);
    expect(rebuilds()).toBe(built + 1);
    const total = (v: unknown) => (v as { total: number }).total;
    expect(total(after.body.value)).toBe(total(before.body.value) + 1);
    expect(after.etag).not.toBe(before.etag);

    // And the index built for it serves the endorsements question too, unchanged.
    expect(await ask("/v1/analytics/endorsers?asOf=2018-01-01")).toBeDefined();
    expect(rebuilds()).toBe(built + 1);
  });

  it("answers the contributor and pledge-summary questions from the store's tables, without loading the dataset, and anew after an import of contributions, world totals, fatalities or conduct statistics, or a pledge", async () => {
    const paths = {
      "top-contributors": { from: "2015", to: "2019", n: "15" },
      "personnel-by-year": { contributorId: "rwa" },
      "world-personnel": { from: "2019" },
      "peacekeeper-fatalities": { by: "contributor", contributorId: "rwa", from: "2030", asOf: "2033-12-31" },
      "conduct-rates": { year: "2032" },
      "pledge-summary": { asOf: "2033-12-31", kind: "funding" },
    } as const;
    const expected = async () => {
      const index = createIndex(await real().dataset());
      return Object.fromEntries(Object.entries(paths).map(([name, params]) => [name, askQuestion(index, name, params)]));
    };
    const askAll = async () => {
      const before = [...reads.values()].reduce((a, b) => a + b, 0);
      const got: Record<string, unknown> = {};
      for (const [name, params] of Object.entries(paths)) got[name] = { ok: true, answer: (await ask(`/v1/analytics/${name}?${new URLSearchParams(params).toString()}`)).body };
      // No collection of a dataset was read: no index was built, no dataset loaded.
      expect([...reads.values()].reduce((a, b) => a + b, 0)).toBe(before);
      return got;
    };
    const first = await askAll();
    expect(first).toEqual(await expected());
    const series = (got: Record<string, unknown>) => (got["personnel-by-year"] as { answer: { value: { year: number; total: number }[] } }).answer.value;
    expect(series(first).some((p) => p.year === 2032)).toBe(false);

    await real().importRecords(
      "contribution",
      [
        {
          id: "cache-contribution-2032",
          contributorId: "rwa",
          missionId: "unmiss",
          periodStart: "2032-01-01",
          periodEnd: "2032-12-31",
          measure: "annual-mean",
          category: "all",
          total: 1234,
          sources: ["un-pk-country-by-year"],
          confidence: "reported",
        },
      ],
      { actor: "test" },
    );
    const after = await askAll();
    expect(series(after).find((p) => p.year === 2032)).toEqual({ year: 2032, total: 1234 });
    expect(after).toEqual(await expected());
    const world = (got: Record<string, unknown>) => (got["world-personnel"] as { answer: { value: { year: number; total: number; contributionsTotal?: number }[] } }).answer.value;
    // No world total for 2032 yet: the contribution is in no row.
    expect(world(after).map((r) => r.year)).toEqual([2019, 2020, 2021]);

    await real().importRecords(
      "world-total",
      [{ id: "world-total.2032", year: 2032, date: { precision: "year", date: "2032", qualifier: "on" }, origin: "un-december-report", total: 5000, sources: ["un-pk-country-by-year"], confidence: "reported" }],
      { actor: "test" },
    );
    const withTotal = await askAll();
    expect(world(withTotal).map((r) => [r.year, r.total, r.contributionsTotal])).toEqual([
      [2019, world(after)[0]!.total, world(after)[0]!.contributionsTotal],
      [2020, world(after)[1]!.total, world(after)[1]!.contributionsTotal],
      [2021, world(after)[2]!.total, undefined],
      [2032, 5000, 1234],
    ]);
    expect(withTotal).toEqual(await expected());
    const fatalities = (got: Record<string, unknown>) => (got["peacekeeper-fatalities"] as { answer: { value: { year: number; fatalities: number; personnel?: number; per1000?: number }[] } }).answer.value;
    expect(fatalities(withTotal)).toEqual([]);

    // A fatality of 2032: its row has the 2032 contribution as personnel (1 per 1,234). This fails if the answer
    // is cached on the contributions' and world totals' generations alone.
    await real().importRecords(
      "peacekeeper-fatality",
      [
        {
          id: "psdh-fatality.cache-2032",
          casualtyId: "CACHE-2032",
          incidentDate: "2032-03-01",
          missionAcronym: "UNMISS",
          missionId: "unmiss",
          personnelType: "military",
          incidentType: "accident",
          nationality: "Rwanda",
          nationalityId: "rwa",
          sources: ["psdh-fatalities"],
          confidence: "verified",
        },
      ],
      { actor: "test" },
    );
    const withFatality = await askAll();
    expect(fatalities(withFatality).map((r) => [r.year, r.fatalities, r.personnel])).toEqual([[2032, 1, 1234]]);
    expect(fatalities(withFatality)[0]?.per1000).toBeCloseTo(1000 / 1234, 10);
    expect(withFatality).toEqual(await expected());

    // And a conduct statistic of 2032: 5 allegations beside the same 1,234 personnel.
    const conduct = (got: Record<string, unknown>) => (got["conduct-rates"] as { answer: { value: { missionId: string; allegations: number; personnel?: number }[] } }).answer.value;
    expect(conduct(withFatality)).toEqual([]);
    await real().importRecords(
      "conduct-stat",
      [{ id: "sea-unmiss-2032", missionId: "unmiss", year: 2032, category: "sea", allegations: 5, sources: ["securitywomen-sea-2023"], confidence: "reported" }],
      { actor: "test" },
    );
    const withStat = await askAll();
    expect(conduct(withStat).map((r) => [r.missionId, r.allegations, r.personnel])).toEqual([["unmiss", 5, 1234]]);
    expect(withStat).toEqual(await expected());

    // A funding pledge of 2033, fulfilled in the same year: the summary counts it. This fails if the answer is
    // cached on the generations of the collections above alone.
    const summary = (got: Record<string, unknown>) => (got["pledge-summary"] as { answer: { value: { total: number; byStatus: Record<string, number>; medianDaysToFulfilment?: number } } }).answer.value;
    const before = summary(withStat);
    await real().create("pledge", pledgeFixture("cache-funding-2033", { kind: "funding", announcedOn: "2033-01-01" }), { actor: "test" });
    await real().appendPledgeEvent({ id: "cache-funding-2033-1", pledgeId: "cache-funding-2033", type: "deployed", date: "2033-02-01", sources: pledgeFixture("x").sources, confidence: "reported" }, { actor: "test" });
    await real().appendPledgeEvent({ id: "cache-funding-2033-2", pledgeId: "cache-funding-2033", type: "fulfilled", date: "2033-03-02", sources: pledgeFixture("x").sources, confidence: "reported" }, { actor: "test" });
    const withPledge = await askAll();
    expect(summary(withPledge).total).toBe(before.total + 1);
    expect(summary(withPledge).byStatus.fulfilled).toBe((before.byStatus.fulfilled ?? 0) + 1);
    expect(withPledge).toEqual(await expected());
  });

  it("renders an answer once for requests that ask for it together, after a write as before", async () => {
    const run = vi.spyOn(QUESTIONS.pledges, "run");
    try {
      const path = "/v1/analytics/pledges?asOf=2031-01-01&limit=1";
      const together = async (n: number) => {
        const bodies = await Promise.all(Array.from({ length: n }, async () => { const r = await app.request(path); expect(r.status).toBe(200); return r.text(); }));
        expect(new Set(bodies).size).toBe(1);
        return JSON.parse(bodies[0]!) as { value: { total: number } };
      };
      const before = await together(6);
      expect(run).toHaveBeenCalledTimes(1);

      await createPledge("cache-2");
      const after = await together(6);
      expect(run).toHaveBeenCalledTimes(2);
      expect(after.value.total).toBe(before.value.total + 1);
    } finally {
      run.mockRestore();
    }
  });
});
