// Usage: tsx src/index.ts --api http://127.0.0.1:8080 [--contributor rwa]
// Start an API first, e.g. `npm start` at the repository root.
import { parseArgs } from "node:util";
import { createClient } from "@bluehelm/client";
import { allMissionsByHand, yearlyContributions } from "./paging.js";

const { values } = parseArgs({ options: { api: { type: "string", default: "http://127.0.0.1:8080" }, contributor: { type: "string", default: "rwa" } } });
const api = createClient({ baseUrl: values.api });

const { pages, acronyms } = await allMissionsByHand(api);
console.log(`${acronyms.length} missions in ${pages} pages: ${acronyms.slice(0, 5).join(", ")}, …`);
for (const { year, total, women } of await yearlyContributions(api, values.contributor)) {
  console.log(`${year}  ${String(Math.round(total)).padStart(6)} uniformed personnel, ${String(Math.round(women)).padStart(5)} women`);
}
