// The same questions from CommonJS.
const assert = require("node:assert/strict");
const { validate, pledgeStatus, ENTITY_KINDS } = require("@bluehelm/core");
const pledgeJsonSchema = require("@bluehelm/core/json-schema/pledge.json");
const { version } = require("@bluehelm/core/package.json");

const report = validate("mission", { id: "monusco" });
assert.equal(report.valid, false);
assert.ok(report.issues.some((i) => i.path.length > 0));
assert.equal(validate("no-such-kind", {}).issues[0].rule, "schema.unknown-kind");
assert.equal(pledgeStatus({ id: "p", announcedOn: "2020-01-01" }, [], { asOf: "2021-01-01" }).status, "announced");
assert.ok(ENTITY_KINDS.includes("pledge"));
assert.equal(pledgeJsonSchema.$defs.Pledge.type, "object");
assert.match(version, /^\d+\.\d+\.\d+/);
console.log(JSON.stringify({ issues: report.issues.length }));
