// The API on the embedded store: requests in-process, then over HTTP with the typed client.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@bluehelm/client";
import { createApp, listen } from "@bluehelm/server";
import { openStore } from "@bluehelm/store";

const dataDir = mkdtempSync(join(tmpdir(), "bluehelm-server-consumer-"));
const store = await openStore({ dataDir });
try {
  const app = createApp({ store, logger: false });
  const res = await app.request("/v1/missions?limit=2&sort=acronym");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("link") ?? "", /rel="next"/);
  const openapi = await (await app.request("/openapi.json")).json();
  assert.match(openapi.openapi, /^3\.1/);

  const server = await listen(app.fetch, { port: 0 });
  try {
    const api = createClient({ baseUrl: server.url });
    let pages = 0;
    let missions = 0;
    for await (const page of api.pages("mission", { limit: 25 })) {
      pages += 1;
      missions += page.items.length;
    }
    assert.ok(pages >= 3);
    assert.equal(missions, (await api.list("mission", { limit: 1 })).total);
    assert.equal((await api.get("mission", "monusco")).value.acronym, "MONUSCO");
    console.log(JSON.stringify({ pages, missions }));
  } finally {
    await server.close();
  }
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
