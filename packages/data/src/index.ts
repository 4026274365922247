/**
 * @bluehelm/data — the curated, sourced reference dataset of the UN
 * peacekeeping Protection of Civilians commitments framework.
 *
 * Every collection is deep-frozen. Each one is also published on its own
 * subpath (e.g. `@bluehelm/data/missions`) so that a user who needs one
 * collection does not load the others, and as raw JSON
 * (`@bluehelm/data/json/missions.json`) for non-TypeScript users.
 *
 * @packageDocumentation
 */
import type { ReadonlyDataset } from "@bluehelm/core";
import { deepFreeze } from "./freeze.js";
import { sources } from "./sources.js";
import { actors } from "./actors.js";
import { actorRoles } from "./actor-roles.js";
import { assessmentShares } from "./assessment-shares.js";
import { themes } from "./themes.js";
import { events } from "./events.js";
import { instruments } from "./instruments.js";
import { principles } from "./principles.js";
import { endorsements } from "./endorsements.js";
import { missions } from "./missions.js";
import { mandates } from "./mandates.js";
import { pledges } from "./pledges.js";
import { pledgeEvents } from "./pledge-events.js";
import { contributions } from "./contributions.js";
import { capabilityRequirements } from "./capability-requirements.js";
import { genderTargets } from "./gender-targets.js";
import { conductStats } from "./conduct-stats.js";
import { deploymentSites } from "./deployment-sites.js";
import { conflictEvents } from "./conflict-events.js";
import { peacekeeperFatalities } from "./peacekeeper-fatalities.js";
import { reportedFigures } from "./reported-figures.js";
import { worldTotals } from "./world-totals.js";

export { sources, actors, actorRoles, assessmentShares, themes, events, instruments, principles, endorsements, missions, mandates, pledges, pledgeEvents, contributions, capabilityRequirements, genderTargets, conductStats, deploymentSites, conflictEvents, peacekeeperFatalities, reportedFigures, worldTotals };

export type { ReadonlyDataset };

export { DATASETS, DATASET_DATE_BASES } from "./datasets.js";
export type { DatasetDate, DatasetDateBasis, DatasetFile, DatasetInfo } from "./datasets.js";

let cached: ReadonlyDataset | undefined;

/**
 * The whole dataset, deep-frozen; the same object on every call.
 *
 * @example
 * ```ts
 * import { validateDataset } from "@bluehelm/core";
 * import { createIndex, pocCoverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const dataset = loadDataset();
 * console.log(validateDataset(dataset).valid);
 * console.log(pocCoverage(createIndex(dataset), { asOf: "2024-01-01" }).value.missionShare);
 * ```
 */
export function loadDataset(): ReadonlyDataset {
  cached ??= deepFreeze({ sources, actors, actorRoles, assessmentShares, themes, events, instruments, principles, endorsements, missions, mandates, pledges, pledgeEvents, contributions, capabilityRequirements, genderTargets, conductStats, deploymentSites, conflictEvents, peacekeeperFatalities, reportedFigures, worldTotals });
  return cached;
}
