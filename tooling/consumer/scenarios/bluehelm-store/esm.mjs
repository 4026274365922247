// Open the embedded store (PGlite, seeded with the reference dataset) in a fresh directory and query it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@bluehelm/store";

const dataDir = mkdtempSync(join(tmpdir(), "bluehelm-store-consumer-"));
const store = await openStore({ dataDir });
try {
  const page = await store.list("mission", { filters: [{ field: "acronym", op: "eq", values: ["MONUSCO", "MINUSCA"] }], sort: "acronym", limit: 10 });
  assert.equal(page.total, 2);
  assert.deepEqual(page.items.map((i) => i.record.acronym), ["MINUSCA", "MONUSCO"]);
  const monusco = await store.get("mission", "monusco");
  assert.equal(monusco?.record.acronym, "MONUSCO");
  console.log(JSON.stringify({ total: page.total }));
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
