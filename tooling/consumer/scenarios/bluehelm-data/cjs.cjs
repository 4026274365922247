// The dataset from CommonJS: the whole of it and one subpath.
const assert = require("node:assert/strict");
const { loadDataset, endorsements } = require("@bluehelm/data");
const { missions } = require("@bluehelm/data/missions");
const { countryByYearContribution } = require("@bluehelm/data/mappings");

const dataset = loadDataset();
assert.ok(dataset.actors.length >= 195);
assert.equal(dataset.missions.length, missions.length);
assert.ok(endorsements.some((e) => e.instrumentId === "kigali-principles"));
assert.ok(Object.isFrozen(missions[0]));
const row = countryByYearContribution({ Year: "2015", Country: "Rwanda", Mission: "UNMISS", Female: "10", Male: "90", Total: "100" });
assert.equal(row.kind, "record");
console.log(JSON.stringify({ missions: missions.length, kinds: row.kind }));
