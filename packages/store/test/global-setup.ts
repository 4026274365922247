// Makes one embedded data directory seeded with the reference dataset for a
// whole test run; the suites copy it (see engines.ts) instead of running
// initdb and the seeding for every server they start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/index.js";

export default async function setup(): Promise<() => void> {
  const parent = mkdtempSync(join(tmpdir(), "bluehelm-template-"));
  const dir = join(parent, "db");
  const store = await openStore({ dataDir: dir });
  await store.close();
  process.env.BLUEHELM_TEST_PGLITE_TEMPLATE = dir;
  return () => rmSync(parent, { recursive: true, force: true });
}
