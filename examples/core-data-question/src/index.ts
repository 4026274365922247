// Usage: tsx src/index.ts [--as-of YYYY-MM-DD] [--top N] [--json]
import { parseArgs } from "node:util";
import { answer, describe } from "./question.js";

const { values } = parseArgs({
  options: { "as-of": { type: "string", default: new Date().toISOString().slice(0, 10) }, top: { type: "string", default: "30" }, json: { type: "boolean", default: false } },
});
const answers = answer(values["as-of"], Number(values.top));
console.log(values.json ? JSON.stringify(answers, null, 2) : describe(answers).join("\n"));
