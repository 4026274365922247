// A page that validates a record in the browser.
import { validate } from "@bluehelm/core";

const report = validate("mission", { id: "x" });
globalThis.bluehelmResults ??= {};
globalThis.bluehelmResults["bluehelm-core"] = { valid: report.valid, rules: report.issues.map((i) => i.rule) };
if (typeof document !== "undefined") document.body.append(`${report.issues.length} issues`);
