// importRecords: all or nothing, checked against the stored data, audited, on both engines.
import { loadDataset } from "@bluehelm/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/index.js";
import { ENGINES } from "@bluehelm/test-utils";

const contribution = (id: string, contributorId = "rwa", missionId = "unmiss") => ({
  id,
  contributorId,
  missionId,
  periodStart: "2030-01-01",
  periodEnd: "2030-12-31",
  measure: "annual-mean",
  category: "all",
  women: 10,
  men: 90,
  total: 100,
  sources: ["un-pk-country-by-year"],
  confidence: "reported",
});

describe.each(ENGINES.map((make) => make()))("importRecords on $name", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ ...(await engine.setup()), seed: loadDataset() });
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  it("writes every record and an audit entry for each", async () => {
    const before = (await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total;
    const result = await store.importRecords("contribution", [contribution("imp-a"), contribution("imp-b", "bgd")], { actor: "test" });
    expect(result.inserted).toBe(2);
    expect((await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total).toBe(before + 2);
    const audit = await store.audit({ resource: "contribution" });
    expect(audit.filter((a) => a.action === "import").map((a) => a.recordId).sort()).toEqual(["imp-a", "imp-b"]);
  });

  it("writes nothing when one record breaks a rule (a dangling reference)", async () => {
    const before = (await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total;
    await expect(store.importRecords("contribution", [contribution("imp-c"), contribution("imp-d", "xxx")], { actor: "test" })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total).toBe(before);
    expect(await store.get("contribution", "imp-c")).toBeUndefined();
  });

  it("writes nothing when an id already exists", async () => {
    const before = (await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total;
    const refused = await store.importRecords("contribution", [contribution("imp-e"), contribution("imp-a")], { actor: "test" }).then(
      () => undefined,
      (error: unknown) => error as { code: string; report?: { issues: { rule: string; path: (string | number)[] }[] } },
    );
    expect(refused?.code).toBe("invalid");
    // The row of the id already stored, by its place in the import.
    expect(refused?.report?.issues.map((i) => [i.rule, i.path])).toEqual([["id.duplicate", ["contributions", 1, "id"]]]);
    expect((await store.list("contribution", { limit: 1, asOf: "2031-01-01" })).total).toBe(before);
    expect(await store.get("contribution", "imp-e")).toBeUndefined();
    expect((await store.audit({ resource: "contribution" })).filter((a) => a.recordId === "imp-e")).toEqual([]);
  });

  it("appends imported pledge events and derives the status from them", async () => {
    const pledge = loadDataset().pledges.find((p) => !loadDataset().pledgeEvents.some((e) => e.pledgeId === p.id))!;
    await store.importRecords(
      "pledge-event",
      [{ id: "imp-ev-1", pledgeId: pledge.id, type: "deployed", date: "2029-01-01", sources: pledge.sources, confidence: "reported" }],
      { actor: "test" },
    );
    expect((await store.get("pledge", pledge.id, { asOf: "2029-06-01" }))?.status).toBe("deployed");
    await expect(
      store.importRecords("pledge-event", [{ id: "imp-ev-2", pledgeId: pledge.id, type: "registered", date: "2029-02-01", sources: pledge.sources, confidence: "reported" }], { actor: "test" }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await store.get("pledge-event", "imp-ev-2")).toBeUndefined();
  });
});
