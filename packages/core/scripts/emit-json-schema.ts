// Writes dist/json-schema/<entity>.json for every entity kind and the dataset.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "@bluehelm/core";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "json-schema");
mkdirSync(out, { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schema files to ${out}`);
