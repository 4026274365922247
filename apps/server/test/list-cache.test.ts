// Rendered list pages are kept across writes of other kinds, and rendered anew after a write of their
// kind (for pledges, also after an event, which moves their status).
import type { EntityKind } from "@bluehelm/core";
import { openStore, type Store } from "@bluehelm/store";
import { ENGINES, type EngineUnderTest } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { eventFixture, pledgeFixture } from "./harness.js";

/** Counts the store's list queries by kind. */
function counting(store: Store): { store: Store; lists: Map<EntityKind, number> } {
  const lists = new Map<EntityKind, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop === "list") {
        return (kind: EntityKind, ...rest: unknown[]) => {
          lists.set(kind, (lists.get(kind) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).call(target, kind, ...rest);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, lists };
}

describe.each(ENGINES.map((make) => make()))("list pages cached across writes on $name", (engine: EngineUnderTest) => {
  let real: Store;
  let lists: Map<EntityKind, number>;
  let app: ReturnType<typeof createApp>;
  let editor: string;
  beforeAll(async () => {
    real = await openStore(await engine.setup());
    let store: Store;
    ({ store, lists } = counting(real));
    app = createApp({ store, logger: false, rateLimit: false });
    editor = (await real.createToken({ name: "editor", role: "editor" })).token;
  });
  afterAll(async () => {
    await real?.close();
    await engine.cleanup();
  });

  const page = async (path: string) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as { total: number; items: { id: string; status?: string }[] };
  };
  const write = async (path: string, body: unknown) => {
    const res = await app.request(path, { method: "POST", headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
  };
  const counted = (kind: EntityKind) => lists.get(kind) ?? 0;

  it("keeps the contributions page across a pledge write, and renders the pledges page anew after a pledge and after its event", async () => {
    const contributions = "/v1/contributions?limit=5&category=troops&asOf=2030-01-01";
    const pledges = "/v1/pledges?limit=500&asOf=2030-01-01";
    const firstContributions = await page(contributions);
    const firstPledges = await page(pledges);
    expect(await page(contributions)).toEqual(firstContributions);
    expect(counted("contribution")).toBe(1);
    expect(counted("pledge")).toBe(1);

    await write("/v1/pledges", pledgeFixture("list-cache-1", { announcedOn: "2021-01-10" }));
    // Contributions did not change: the page is served as rendered, without a query.
    expect(await page(contributions)).toEqual(firstContributions);
    expect(counted("contribution")).toBe(1);
    // Pledges did: the page is rendered anew and holds the new pledge.
    const secondPledges = await page(pledges);
    expect(counted("pledge")).toBe(2);
    expect(secondPledges.total).toBe(firstPledges.total + 1);
    expect(secondPledges.items.find((p) => p.id === "list-cache-1")?.status).toBe("announced");

    // An event moves the pledge's status: the pledges page is rendered anew again.
    await write("/v1/pledge-events", eventFixture("list-cache-1-e1", "list-cache-1", "registered", "2021-06-01"));
    const thirdPledges = await page(pledges);
    expect(counted("pledge")).toBe(3);
    expect(thirdPledges.items.find((p) => p.id === "list-cache-1")?.status).toBe("registered");
    expect(counted("contribution")).toBe(1);
  });

  it("reads the store once for a page that several requests ask for together, and once again after a write", async () => {
    const path = "/v1/pledges?limit=3&asOf=2031-06-30";
    const together = async () => {
      const bodies = await Promise.all(Array.from({ length: 6 }, async () => { const r = await app.request(path); expect(r.status).toBe(200); return r.text(); }));
      expect(new Set(bodies).size).toBe(1);
      return JSON.parse(bodies[0]!) as { total: number };
    };
    const before = counted("pledge");
    const first = await together();
    expect(counted("pledge")).toBe(before + 1);
    await write("/v1/pledges", pledgeFixture("together-1"));
    const second = await together();
    expect(counted("pledge")).toBe(before + 2);
    expect(second.total).toBe(first.total + 1);
  });
});
