import type { EntityKind } from "./dataset.js";

/**
 * The plural of each entity kind, as the API's URL segment and the CLI's command: `pledges`, `actor-roles`,
 * `peacekeeper-fatalities`. A literal, apart from the schemas, so that a client that needs only the paths
 * does not bundle them.
 *
 * @example
 * ```ts
 * import { ENTITY_PATHS } from "@bluehelm/core";
 *
 * console.log(ENTITY_PATHS["peacekeeper-fatality"]); // "peacekeeper-fatalities"
 * ```
 */
export const ENTITY_PATHS: Readonly<Record<EntityKind, string>> = Object.freeze({
  source: "sources",
  actor: "actors",
  "actor-role": "actor-roles",
  "assessment-share": "assessment-shares",
  theme: "themes",
  event: "events",
  instrument: "instruments",
  principle: "principles",
  endorsement: "endorsements",
  mission: "missions",
  mandate: "mandates",
  pledge: "pledges",
  "pledge-event": "pledge-events",
  contribution: "contributions",
  "capability-requirement": "capability-requirements",
  "gender-target": "gender-targets",
  "conduct-stat": "conduct-stats",
  "deployment-site": "deployment-sites",
  "conflict-event": "conflict-events",
  "peacekeeper-fatality": "peacekeeper-fatalities",
  "reported-figure": "reported-figures",
  "world-total": "world-totals",
});
