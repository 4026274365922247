// Validates records against the JSON Schema files that @bluehelm/core ships
// (draft 2020-12, one file per entity kind), with Ajv: no TypeScript, no zod.
//
// Usage: node validate.mjs <records.json> [kind]     kind defaults to "pledge"
//        node validate.mjs --dataset [collection...]  checks @bluehelm/data's raw JSON (default: every collection)
// Exit code: 0 when every record is valid, 1 otherwise.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);

/** The JSON Schema of an entity kind, read from the installed package. */
export function schemaOf(kind) {
  return JSON.parse(readFileSync(require.resolve(`@bluehelm/core/json-schema/${kind}.json`), "utf8"));
}

/** A validator per kind; `strict: false` because the files carry annotations Ajv does not know (descriptions, ids). */
export function validatorFor(kind) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schemaOf(kind));
}

/** Validates a list of records; resolves to one line per problem, empty when all are valid. */
export function validateRecords(kind, records) {
  const validate = validatorFor(kind);
  const problems = [];
  records.forEach((record, i) => {
    if (validate(record)) return;
    for (const error of validate.errors) problems.push(`record ${i + 1} (${record?.id ?? "no id"}): ${error.instancePath || "/"} ${error.message}`);
  });
  return problems;
}

const main = () => {
  const args = process.argv.slice(2);
  const jobs = [];
  if (args[0] === "--dataset") {
    // Every collection named, or all of them: @bluehelm/data/json/<collection>.json.
    const folder = dirname(require.resolve("@bluehelm/data/json/missions.json"));
    const collections = args.length > 1 ? args.slice(1) : readdirSync(folder).map((f) => f.replace(/\.json$/, ""));
    for (const collection of collections) {
      // missions → mission, pledge-events → pledge-event, peacekeeper-fatalities → peacekeeper-fatality
      const kind = collection.endsWith("ies") ? `${collection.slice(0, -3)}y` : collection.replace(/s$/, "");
      jobs.push({ kind, what: `@bluehelm/data/json/${collection}.json`, records: JSON.parse(readFileSync(join(folder, `${collection}.json`), "utf8")) });
    }
  } else {
    const file = args[0] ?? "records/pledges.json";
    jobs.push({ kind: args[1] ?? "pledge", what: file, records: JSON.parse(readFileSync(file, "utf8")) });
  }
  let total = 0;
  for (const { kind, what, records } of jobs) {
    const problems = validateRecords(kind, records);
    for (const line of problems) console.log(line);
    console.log(`${what}: ${records.length} ${kind} records, ${problems.length} problems`);
    total += problems.length;
  }
  process.exitCode = total === 0 ? 0 : 1;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
