// A store with more records than the analytics index may hold in memory: the routes that need every
// record answer 503 with what to do, instead of exhausting the heap; lists and records are still served.
import { pgliteEngine } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pledgeFixture, reference, startServer, type TestServer } from "./harness.js";

/** The records of the seeded reference dataset, counted from the dataset itself. */
const seeded = Object.values(reference).reduce((n, list) => n + (list as readonly unknown[]).length, 0);

describe("the analytics index's record limit", () => {
  let s: TestServer;
  beforeAll(async () => {
    // Room for exactly the seeded records.
    s = await startServer(pgliteEngine(), { analyticsMaxRecords: seeded });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("counts the store's records as the seeded dataset has them", async () => {
    expect(seeded).toBeGreaterThan(1000);
    expect(await s.store.recordCount()).toBe(seeded);
  });

  it("answers while the store is within the limit, and 503 with the figures and the way out once a write takes it past", async () => {
    expect((await s.call("/v1/analytics/endorsers")).status).toBe(200);
    const created = await s.call("/v1/pledges", { method: "POST", body: JSON.stringify(pledgeFixture("limit-pledge")), role: "editor" });
    expect(created.status).toBe(201);
    expect(await s.store.recordCount()).toBe(seeded + 1);

    const refused = await s.call("/v1/analytics/overdue-pledges");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const body = (await refused.json()) as { type: string; status: number; detail: string; records: number; maxRecords: number };
    expect(body.type).toMatch(/dataset-too-large$/);
    expect(body).toMatchObject({ status: 503, records: seeded + 1, maxRecords: seeded });
    expect(body.detail).toContain("--max-old-space-size");
    expect(body.detail).toContain("analyticsMaxRecords");

    // The screening of a posted GED file needs the index too.
    const alerts = await s.call("/v1/analytics/alerts?release=24.1", { method: "POST", body: "id\n", headers: { "content-type": "text/csv" } });
    expect(alerts.status).toBe(503);
    // The questions answered from the store's tables kept on write do not load it: still answered, the new pledge counted.
    const summary = await s.call("/v1/analytics/pledge-summary?asOf=2030-01-01");
    expect(summary.status).toBe(200);
    expect(((await summary.json()) as { value: { byActor: Record<string, number> } }).value.byActor[pledgeFixture("limit-pledge").actorId]).toBeGreaterThan(0);
    // Lists and single records do not load every record: still served.
    expect((await s.call("/v1/missions?limit=2")).status).toBe(200);
    expect((await s.call("/v1/pledges/limit-pledge")).status).toBe(200);
  });
});
