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
  CEILING_CATEGORIES,
  CEILING_CATEGORY_OF,
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
  MISSION_TYPES,
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
  FIGURE_QUALIFIERS,
  REPORTED_MEASURES,
  WORLD_TOTAL_ORIGINS,
  codes,
  definitionOf,
  describeDefinitions,
  label,
} from "./codelists.js";
export type {
  ActorKind,
  ActorRoleType,
  AssessmentScale,
  CeilingCategory,
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
  MissionType,
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
  DefinedLabel,
  Definition,
  DefinitionSource,
  FigureQualifier,
  ReportedMeasure,
  WorldTotalOrigin,
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
export { DigitalLibraryLinkSchema } from "./schemas/mission.js";
export { mandateAdoption } from "./mandate-dates.js";
export { REPORTED_SUBJECT_KINDS, ReportedFigureSchema, WorldTotalSchema } from "./schemas/figures.js";
export type { ReportedFigure, ReportedFigureInput, WorldTotal } from "./schemas/figures.js";
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
export { COLLECTION_OF, DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS, KIND_OF } from "./schemas/dataset.js";
export { ENTITY_PATHS } from "./schemas/paths.js";
export type { Dataset, DatasetInput, EntityKind, EntityOf, ReadonlyDataset } from "./schemas/dataset.js";

// Dates
export { formatPartialDate, happenedBy, isIsoDate, partialDateRange, today } from "./dates.js";
// Formatting for people (counts with their noun, numbers, dates, language names), without zod
export { formatCount, formatDate, formatNumber, languageName, pluralForm } from "./format.js";
export type { DateStyle, PluralForms } from "./format.js";
export { ID_MAX_LENGTH, ID_PATTERN, isId } from "./ids.js";

// Search across States, missions, instruments and principles, pledges and events, as of a date (no zod)
export { SEARCH_DEFAULT_LIMIT, SEARCH_KINDS, SEARCH_MATCHES, SEARCH_MAX_LIMIT, search, searchText } from "./search.js";
export type { SearchAnswer, SearchHit, SearchKind, SearchMatch, SearchOptions, SearchRecords } from "./search.js";
// When the data behind a figure was last updated, from its sources' publication and retrieval dates (no zod)
export { dataUpdated, datasetsOf } from "./provenance.js";
export type { DataUpdated, DatedDataset, DatedSource, SourceDateBasis } from "./provenance.js";

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
export type { ValidateOptions } from "./validation/validate.js";

// JSON Schema
export { JSON_SCHEMA_BASE, JSON_SCHEMA_NAMES, toJsonSchema } from "./json-schema.js";
export type { JsonSchema } from "./json-schema.js";

// The wire schemas of the HTTP API: the server documents them, the client infers its types from them
export {
  AUDIT_ACTIONS,
  AnswerSchema,
  AuditEntrySchema,
  CreateTokenSchema,
  CreatedTokenSchema,
  GedImportSchema,
  PageInfoSchema,
  PledgeStatusAnswerSchema,
  PledgeStatusSchema,
  PledgeWithStatusSchema,
  ProblemSchema,
  ROLES,
  RoleSchema,
  StatusStepSchema,
  TokenHolderSchema,
  TokenInfoSchema,
  ValidationIssueSchema,
  ValidationReportSchema,
  WRITABLE_KINDS,
  pageSchemaOf,
} from "./wire/api.js";
export type { AuditEntry, PledgeWithStatus, Problem, Role, WritableKind } from "./wire/api.js";

// The analytics (the framework's questions, answered as of any date) and the
// file readers and writers are subpaths of their own, so that a consumer of the
// schemas alone loads neither: `@bluehelm/core/analytics`, `@bluehelm/core/tabular`.
