// Makes one embedded data directory seeded with the reference dataset for a
// whole test run; the suites copy it (pgliteEngine of @bluehelm/test-utils)
// instead of running initdb and the seeding for every server they start.
import { seededTemplateSetup } from "@bluehelm/test-utils";
import { openStore } from "../src/index.js";

export default seededTemplateSetup(async (dataDir) => {
  const store = await openStore({ dataDir });
  await store.close();
});
