import type { Dataset } from "@bluehelm/core";

/** The dataset's collections, their JSON file names and subpath names, in a stable order. */
export const COLLECTIONS = [
  ["sources", "sources"],
  ["actors", "actors"],
  ["actorRoles", "actor-roles"],
  ["assessmentShares", "assessment-shares"],
  ["themes", "themes"],
  ["events", "events"],
  ["instruments", "instruments"],
  ["principles", "principles"],
  ["endorsements", "endorsements"],
  ["missions", "missions"],
  ["mandates", "mandates"],
  ["pledges", "pledges"],
  ["pledgeEvents", "pledge-events"],
  ["contributions", "contributions"],
  ["capabilityRequirements", "capability-requirements"],
  ["genderTargets", "gender-targets"],
  ["conductStats", "conduct-stats"],
  ["deploymentSites", "deployment-sites"],
  ["conflictEvents", "conflict-events"],
  ["peacekeeperFatalities", "peacekeeper-fatalities"],
  ["reportedFigures", "reported-figures"],
  ["worldTotals", "world-totals"],
] as const satisfies readonly (readonly [keyof Dataset, string])[];

export type CollectionName = (typeof COLLECTIONS)[number][0];
