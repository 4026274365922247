import type { EntityKind } from "@bluehelm/core";

/** The fields shown in tables and CSV for each kind of record (JSON output has every field). */
export const COLUMNS: Readonly<Record<EntityKind, readonly string[]>> = {
  source: ["id", "title", "publisher", "published", "confidence"],
  actor: ["id", "kind", "names", "iso3", "regionalGroup", "oif", "confidence"],
  "actor-role": ["id", "actorId", "role", "from", "to", "value"],
  "assessment-share": ["id", "actorId", "scale", "fromYear", "toYear", "percent"],
  theme: ["id", "parentId", "title", "eventId"],
  event: ["id", "kind", "title", "startDate", "endDate", "city"],
  instrument: ["id", "kind", "title", "adoptedOn", "principleCount"],
  principle: ["id", "instrumentId", "number", "title", "confidence"],
  endorsement: ["id", "actorId", "instrumentId", "date", "confidence"],
  mission: ["id", "acronym", "names", "startDate", "endDate", "francophoneEnvironment"],
  mandate: ["id", "missionId", "resolution", "adoptedOn", "adoptedIn", "expiresOn", "poc"],
  pledge: ["id", "actorId", "eventId", "announcedOn", "kind", "status", "title"],
  "pledge-event": ["id", "pledgeId", "type", "date", "missionId"],
  contribution: ["id", "contributorId", "missionId", "periodStart", "periodEnd", "category", "women", "total"],
  "capability-requirement": ["id", "missionId", "unitType", "quantity", "publishedOn"],
  "gender-target": ["id", "strategy", "category", "year", "share"],
  "conduct-stat": ["id", "missionId", "year", "category", "allegations"],
  "deployment-site": ["id", "dataset", "missionId", "place", "hostId", "year", "personnel.total", "capabilities"],
  "conflict-event": ["id", "dateStart", "typeOfViolence", "sideA", "sideB", "place", "country", "locationPrecision", "deaths.civilians", "deaths.best"],
  "peacekeeper-fatality": ["id", "incidentDate", "missionAcronym", "personnelType", "incidentType", "nationality"],
  "reported-figure": ["id", "measure", "subjectId", "qualifier", "value", "date", "confidence"],
  "world-total": ["id", "year", "total", "troops", "police", "militaryObservers", "origin"],
};
