/**
 * @bluehelm/core — the typed domain of the UN peacekeeping Protection of
 * Civilians commitments framework. Pure: no I/O.
 *
 * The public API is this explicit list; everything else is internal.
 *
 * @packageDocumentation
 */

// Codelists
export {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ASSESSMENT_SCALES,
  CONDUCT_CATEGORIES,
  CONFIDENCE,
  CONTRIBUTION_MEASURES,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  EVENT_DATE_PRECISIONS,
  EVENT_KINDS,
  FATALITY_PERSONNEL_TYPES,
  INCIDENT_TYPES,
  INSTRUMENT_KINDS,
  LOCATION_PRECISIONS,
  MANDATE_TASKS,
  OIF_STATUSES,
  ORGANIZATION_KINDS,
  PCRS_LEVELS,
  PERSONNEL_CATEGORIES,
  PLEDGE_EVENT_TYPES,
  PLEDGE_KINDS,
  PLEDGE_STATUSES,
  POC_LEVELS,
  REGIONAL_GROUPS,
  SEVERITIES,
  SITE_CAPABILITIES,
  SITE_DATASETS,
  UNIT_TYPES,
  VIOLENCE_TYPES,
  codes,
  label,
} from "./codelists.js";
export type {
  ActorKind,
  ActorRoleType,
  AssessmentScale,
  Codelist,
  ConductCategory,
  Confidence,
  ContributionMeasure,
  DatePrecision,
  DateQualifier,
  EventDatePrecision,
  EventKind,
  FatalityPersonnelType,
  IncidentType,
  InstrumentKind,
  Label,
  LocationPrecision,
  MandateTask,
  OifStatus,
  OrganizationKind,
  PcrsLevel,
  PersonnelCategory,
  PledgeEventType,
  PledgeKind,
  PledgeStatus,
  PocLevel,
  RegionalGroup,
  Severity,
  SiteCapability,
  SiteDataset,
  UnitType,
  ViolenceType,
} from "./codelists.js";

// Schemas and types
export {
  BilingualNameSchema,
  ConfidenceSchema,
  CoordinatesSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PartialDateSchema,
} from "./schemas/common.js";
export type { BilingualName, Coordinates, Id, IsoDate, LocalizedText, PartialDate } from "./schemas/common.js";
export { SourceSchema, UnSymbolSchema } from "./schemas/source.js";
export type { Source } from "./schemas/source.js";
export {
  ActorRoleSchema,
  ActorSchema,
  AssessmentShareSchema,
  ObserverActorSchema,
  OrganizationActorSchema,
  StateActorSchema,
} from "./schemas/actor.js";
export type { Actor, ActorRole, AssessmentShare, ObserverActor, OrganizationActor, StateActor } from "./schemas/actor.js";
export {
  EndorsementSchema,
  EventSchema,
  InstrumentSchema,
  ParticipationSchema,
  PledgeSummarySchema,
  PrincipleSchema,
  ThemeSchema,
} from "./schemas/framework.js";
export type { Endorsement, Event, EventInput, Instrument, InstrumentInput, Principle, PrincipleInput, Theme } from "./schemas/framework.js";
export { CeilingsSchema, MandateSchema, MissionSchema, ResolutionSymbolSchema } from "./schemas/mission.js";
export type { Ceilings, Mandate, MandateInput, Mission, MissionInput } from "./schemas/mission.js";
export { MoneySchema, PledgedUnitSchema, PledgeEventSchema, PledgeSchema } from "./schemas/pledge.js";
export type { Pledge, PledgedUnit, PledgeEvent, PledgeEventInput, PledgeInput } from "./schemas/pledge.js";
export {
  CapabilityRequirementSchema,
  ConductStatSchema,
  ContributionSchema,
  GenderTargetSchema,
} from "./schemas/measures.js";
export type {
  CapabilityRequirement,
  CapabilityRequirementInput,
  ConductStat,
  Contribution,
  GenderTarget,
} from "./schemas/measures.js";
export {
  ConflictEventSchema,
  DeploymentSiteSchema,
  EventDeathsSchema,
  PeacekeeperFatalitySchema,
  SiteContributorSchema,
  SitePersonnelSchema,
} from "./schemas/ground.js";
export type {
  ConflictEvent,
  DeploymentSite,
  DeploymentSiteInput,
  EventDeaths,
  PeacekeeperFatality,
  SiteContributor,
  SitePersonnel,
} from "./schemas/ground.js";
export { COLLECTION_OF, DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS } from "./schemas/dataset.js";
export { ENTITY_PATHS } from "./schemas/paths.js";
export type { Dataset, DatasetInput, EntityKind, EntityOf, ReadonlyDataset } from "./schemas/dataset.js";

// Dates
export { formatPartialDate, happenedBy, partialDateRange, today } from "./dates.js";

// Pledge lifecycle
export {
  EVENT_TARGET,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  canApply,
  isOpen,
  pledgeStatus,
  pledgeStatus as status,
} from "./lifecycle.js";
export type { PledgeStatusOptions, PledgeStatusResult, StatusStep } from "./lifecycle.js";

// Validation
export { RULES, RULE_IDS } from "./validation/rules.js";
export type { RuleDefinition, RuleId } from "./validation/rules.js";
export { makeIssue, makeReport } from "./validation/issues.js";
export type { ValidationIssue, ValidationReport } from "./validation/issues.js";
export { isEntityKind, validate, validateDataset } from "./validation/validate.js";

// JSON Schema
export { JSON_SCHEMA_BASE, JSON_SCHEMA_NAMES, toJsonSchema } from "./json-schema.js";
export type { JsonSchema } from "./json-schema.js";

// Analytics: the framework's questions, answered as of any date
export { createIndex, isActive, mandateInForce, personnelOn, rankingInForce } from "./analytics/dataset-index.js";
export type { DatasetIndex, Ranking } from "./analytics/dataset-index.js";
export type { Answer } from "./analytics/answer.js";
export { endorsementCoverage, endorsersAsOf, populationMembers } from "./analytics/endorsements.js";
export type { AsOfOptions, Coverage, Endorser, Population } from "./analytics/endorsements.js";
export { pocCoverage } from "./analytics/poc.js";
export type { MissionPoc, PocCoverage } from "./analytics/poc.js";
export { overduePledges, pledgesAsOf, pledgeSummary } from "./analytics/pledges.js";
export type { OverduePledge, PledgeAsOf, PledgeFilter, PledgeSummary } from "./analytics/pledges.js";
export { capabilityGaps } from "./analytics/capability.js";
export type { CapabilityGap } from "./analytics/capability.js";
export { genderShares, targetInForce } from "./analytics/gender.js";
export type { GenderOptions, GenderRow, ParityStanding } from "./analytics/gender.js";
export { conductRates, francophoneEnvironments, isFrancophone, policingGaps } from "./analytics/missions.js";
export type { ConductRow, FrancophoneRow, PolicingRow } from "./analytics/missions.js";
export { endorsementEffect } from "./analytics/effect.js";
export type { EffectGroup, EffectOptions, EndorsementEffect } from "./analytics/effect.js";
export { personnelByYear, timeSeries, topContributors } from "./analytics/contributors.js";
export { QUESTIONS, askQuestion, defaultInstrumentId, personnelIndicator, screenEvents } from "./analytics/questions.js";
export type { Question, QuestionName, QuestionResult, QuestionValue, Questions } from "./analytics/questions.js";
export type { TopContributor, YearPoint } from "./analytics/contributors.js";
export { distanceKm, spatialIndex } from "./analytics/spatial.js";
export type { Neighbour, SpatialIndex } from "./analytics/spatial.js";
export { endorsementOnGround, presenceComparison, siteActive, violenceNearSites } from "./analytics/ground.js";
export type {
  BeforeAfter,
  EndorsementGroundOptions,
  EndorsementOnGround,
  EventTally,
  GroundDifference,
  GroundGroup,
  GroundOptions,
  NearSitesYear,
  PresenceComparison,
  PresenceOptions,
  PresenceYear,
  ViolenceNearSites,
} from "./analytics/ground.js";
export { earlyWarning, harmsCivilians } from "./analytics/alerts.js";
export type { Alert, AlertOptions, AlertSite, EarlyWarning, RapidUnit } from "./analytics/alerts.js";
export { peacekeeperFatalities } from "./analytics/fatalities.js";
export type { FatalityOptions, FatalityRow } from "./analytics/fatalities.js";

// Reading and writing files (pure: strings in, strings out)
export { csvCell, detectSeparator, parseCsv, toCsv } from "./tabular/csv.js";
export type { CsvProblem, CsvRow, ParseCsvOptions, ToCsvOptions } from "./tabular/csv.js";
export { readRecords, validateFile, validateRecords } from "./tabular/records.js";
export type { FileFormat, FileValidation, LocatedRecord, ReadOptions } from "./tabular/records.js";
export { GED_COLUMNS, GED_COUNTRY_ACTORS, gedSourceId, readGed } from "./tabular/ged.js";
export type { GedLayout, GedReadResult, ReadGedOptions } from "./tabular/ged.js";
