// The store's description of its resources, from CommonJS.
const assert = require("node:assert/strict");
const { RESOURCES, describeStore, hashToken, MIGRATIONS } = require("@bluehelm/store");

assert.ok(RESOURCES.mission.fields.has("acronym"));
assert.equal(describeStore({ url: "postgres://u:secret@db/x" }).location, "postgres://u:***@db/x");
assert.equal(describeStore({ dataDir: "db" }).engine, "pglite");
assert.match(hashToken("t"), /^[0-9a-f]{64}$/);
assert.ok(MIGRATIONS.length > 0);
console.log(JSON.stringify({ resources: Object.keys(RESOURCES).length }));
