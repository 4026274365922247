// Two servers on one PostgreSQL database: a list page one of them rendered
// before a write by the other is not served after it, whether or not the
// write's change notification has arrived yet.
import { openStore, type Store } from "@bluehelm/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, pledgeFixture, startServer, type TestServer } from "./harness.js";
import { createApp, listen, type RunningServer } from "../src/index.js";

const postgres = ENGINES.find((make) => make().name === "postgres")!;

describe("two servers on one PostgreSQL database", () => {
  let a: TestServer;
  let store: Store;
  let b: RunningServer;
  beforeAll(async () => {
    const engine = postgres();
    a = await startServer(engine);
    store = await openStore(await engine.setup());
    // The second server's store never hears of changes by itself: as if the notifications were late.
    const deaf = new Proxy(store, {
      get(target, key) {
        if (key === "generation") return () => 0;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    b = await listen(createApp({ store: deaf, logger: false, rateLimit: false }).fetch);
  });
  afterAll(async () => {
    await b?.close(2000);
    await store?.close();
    await a?.close();
  });

  const idsOnB = async () => ((await (await fetch(`${b.url}/v1/pledges?id.gte=two-&id.lte=two-z&asOf=9999-12-31`)).json()) as { items: { id: string }[] }).items.map((p) => p.id);

  it("serves no list page rendered before the other server's write", async () => {
    expect(await idsOnB()).toEqual([]);
    expect(await idsOnB()).toEqual([]);
    const expected: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = `two-${i}`;
      const res = await a.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledgeFixture(id)) });
      expect(res.status).toBe(201);
      expected.push(id);
      expect(await idsOnB()).toEqual(expected);
    }
    // Without writes the page is served from the cache, and stays the same.
    const etag = (await fetch(`${b.url}/v1/pledges?id.gte=two-&id.lte=two-z&asOf=9999-12-31`)).headers.get("etag")!;
    expect((await fetch(`${b.url}/v1/pledges?id.gte=two-&id.lte=two-z&asOf=9999-12-31`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
