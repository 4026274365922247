// Runs every importer and rewrites the dataset's JSON files and DATA.md.
// Usage: tsx --conditions @bluehelm/source scripts/import.ts [--out DIR]
import { resolve } from "node:path";
import { PACKAGE_ROOT } from "../importers/paths.js";
import { writeDataset } from "../importers/write.js";

const at = process.argv.indexOf("--out");
const root = at >= 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : PACKAGE_ROOT;
const result = writeDataset(root);
const counts = Object.entries(result.dataset).map(([name, list]) => `${name} ${(list as unknown[]).length}`);
const warnings = result.report.issues.filter((i) => i.severity === "warning").length;
console.log(`wrote the dataset to ${root}: ${counts.join(", ")}; ${warnings} validation warnings`);
