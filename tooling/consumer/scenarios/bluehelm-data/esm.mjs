// Answer a question of the framework on the reference dataset, as a plain ESM script.
import assert from "node:assert/strict";
import { validateDataset } from "@bluehelm/core";
import { createIndex, endorsementCoverage } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { missions } from "@bluehelm/data/missions";
import rawMissions from "@bluehelm/data/json/missions.json" with { type: "json" };

const dataset = loadDataset();
assert.equal(validateDataset(dataset).valid, true);
assert.ok(Object.isFrozen(dataset.missions));
assert.equal(loadDataset(), dataset);

const coverage = endorsementCoverage(createIndex(dataset), "kigali-principles", { kind: "top-contributors", n: 30 }, { asOf: "2022-12-31" });
assert.equal(coverage.value.size, 30);
assert.ok(coverage.value.endorsers.length > 0 && coverage.value.endorsers.length <= 30);
assert.ok(coverage.sources.length > 0);
assert.ok(coverage.method.en.length > 0 && coverage.method.fr.length > 0);

assert.equal(missions.find((m) => m.id === "monusco")?.acronym, "MONUSCO");
assert.equal(rawMissions.length, missions.length);
console.log(JSON.stringify({ endorsers: coverage.value.endorsers.length, of: coverage.value.size, share: coverage.value.share }));
