// Regenerates RULES.md from the rule table (a test checks it is up to date).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderRulesDoc } from "../src/validation/rules-doc.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "RULES.md");
writeFileSync(file, renderRulesDoc());
console.log(`wrote ${file}`);
