// Validate a partner's pledge record and fold a pledge's history, as a plain ESM script.
import assert from "node:assert/strict";
import { JSON_SCHEMA_NAMES, PledgeSchema, RULE_IDS, label, PLEDGE_STATUSES, pledgeStatus, validate } from "@bluehelm/core";
import pledgeJsonSchema from "@bluehelm/core/json-schema/pledge.json" with { type: "json" };

const pledge = {
  id: "can-2017-aviation-task-force",
  actorId: "can",
  eventId: "vancouver-2017",
  announcedOn: "2017-11-15",
  kind: "unit",
  title: { en: "Aviation task force", fr: "Force opérationnelle aérienne" },
  themeIds: [],
  unit: { unitType: "utility-helicopter-unit", quantity: 1, personnel: 250, languages: ["en", "fr"] },
  partnerIds: [],
  sources: ["canada-dnd-2017-vancouver-concludes"],
  confidence: "reported",
};
const events = [
  { id: "e1", pledgeId: pledge.id, type: "deployed", date: "2018-06-24", missionId: "minusma", sources: ["x"], confidence: "reported" },
];

assert.equal(validate("pledge", pledge).valid, true, JSON.stringify(validate("pledge", pledge).issues));
assert.equal(PledgeSchema.safeParse(pledge).success, true);

const bad = validate("pledge", { ...pledge, announcedOn: "2017-11-31", confidence: "certain" });
assert.equal(bad.valid, false);
assert.ok(bad.issues.length >= 2);
for (const issue of bad.issues) {
  assert.ok(RULE_IDS.includes(issue.rule), issue.rule);
  assert.ok(issue.message.en.length > 0 && issue.message.fr.length > 0);
}

assert.equal(pledgeStatus(pledge, events, { asOf: "2018-01-01" }).status, "announced");
const later = pledgeStatus(pledge, events, { asOf: "2019-01-01" });
assert.deepEqual([later.status, later.since], ["deployed", "2018-06-24"]);
assert.equal(label(PLEDGE_STATUSES, "deployed", "fr").length > 0, true);

assert.ok(JSON_SCHEMA_NAMES.includes("pledge"));
assert.equal(pledgeJsonSchema.$schema, "https://json-schema.org/draft/2020-12/schema");
console.log(JSON.stringify({ status: later.status, rules: bad.issues.map((i) => i.rule) }));
