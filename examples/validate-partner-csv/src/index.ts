// Usage: tsx src/index.ts <file.csv|file.json|file.ndjson> [--json] [--lang fr]
// Exit code: 0 when the file is valid, 1 when it has errors, 2 on bad usage.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import type { FileFormat } from "@bluehelm/core/tabular";
import { formatIssue, validatePledges } from "./validate.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, lang: { type: "string", default: "en" } },
});
const file = positionals[0];
if (file === undefined) {
  console.error("usage: tsx src/index.ts <file.csv|file.json|file.ndjson> [--json] [--lang fr]");
  process.exit(2);
}
const format = (extname(file).slice(1) || "csv") as FileFormat;
const { report, accepted, rejected } = validatePledges(readFileSync(file, "utf8"), format);

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const issue of report.issues) console.log(formatIssue(issue, values.lang === "fr" ? "fr" : "en"));
  console.log(`${accepted.length} valid, ${rejected.length} rejected (${report.valid ? "the file can be imported" : "fix the rows above"}).`);
}
process.exitCode = report.valid ? 0 : 1;
