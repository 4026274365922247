/**
 * `@bluehelm/core/analytics` — the framework's questions, answered as of any
 * date: endorsements, PoC coverage, pledges, capability, gender, contributors,
 * effects, and the ground (sites, violence near them, early warning).
 *
 * @module analytics
 */
export { createIndex, isActive, mandateInForce, personnelOn, rankingInForce } from "./dataset-index.js";
export type { DatasetIndex, Ranking } from "./dataset-index.js";
export type { Answer } from "./answer.js";
export { endorsementCoverage, endorsersAsOf, populationMembers } from "./endorsements.js";
export type { AsOfOptions, Coverage, Endorser, Population } from "./endorsements.js";
export { pocCoverage } from "./poc.js";
export type { MissionPoc, PocCoverage } from "./poc.js";
export { overduePledges, pledgesAsOf, pledgesPage, pledgeSummary, pledgeSummaryFrom, pledgeTally } from "./pledges.js";
export type { OverduePledge, PledgeAsOf, PledgeFilter, PledgeInputs, PledgesPage, PledgeSummary, PledgeTally } from "./pledges.js";
export { capabilityGaps } from "./capability.js";
export type { CapabilityGap } from "./capability.js";
export { genderShares, targetInForce } from "./gender.js";
export type { GenderOptions, GenderRow, ParityStanding } from "./gender.js";
export { conductRates, conductRatesFrom, francophoneEnvironments, isFrancophone, policingGaps } from "./missions.js";
export type { ConductOptions, ConductRow, FrancophoneRow, PolicingRow } from "./missions.js";
export { endorsementEffect } from "./effect.js";
export type { EffectGroup, EffectOptions, EndorsementEffect } from "./effect.js";
export { personnelByYear, personnelByYearFrom, timeSeries, topContributors, topContributorsFrom } from "./contributors.js";
export { contributionInputsOf, contributorYears, missionYears, selectContributions } from "./contribution-inputs.js";
export type { ContributionInputs, ContributionSelection, ContributorYear, InputCollection, MissionYear, QuestionInputs, SourceSelection, YearCells } from "./contribution-inputs.js";
export { QUESTIONS, askQuestion, askQuestionFrom, defaultInstrumentId, personnelIndicator, screenEvents } from "./questions.js";
export type { Question, QuestionName, QuestionResult, QuestionValue, Questions } from "./questions.js";
export type { PersonnelByYearOptions, PersonnelYearPoint, TopContributor, TopContributorsOptions, YearPoint } from "./contributors.js";
export { distanceKm, spatialIndex } from "./spatial.js";
export type { Neighbour, SpatialIndex } from "./spatial.js";
export { endorsementOnGround, presenceComparison, siteActive, violenceNearSites } from "./ground.js";
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
} from "./ground.js";
export { earlyWarning, harmsCivilians } from "./alerts.js";
export type { Alert, AlertOptions, AlertSite, EarlyWarning, RapidUnit } from "./alerts.js";
export { peacekeeperFatalities, peacekeeperFatalitiesFrom } from "./fatalities.js";
export type { FatalityOptions, FatalityRow } from "./fatalities.js";
export { mandateInForceFrom, mandateStanding } from "./dataset-index.js";
export { reportedVsComputed, worldPersonnel, worldPersonnelFrom } from "./reported.js";
export type { FigureComparison, FigureStanding, ReportedVsComputed, WorldPersonnelOptions, WorldPersonnelYear } from "./reported.js";
export { codeDefinitions } from "./definitions.js";
export type { CodeDefinition, DefinedCodelist } from "./definitions.js";
// Annual figures and mandate timelines: pure views of answers and records, shared by the adapters
export { contributionsByMissionYear, lastYearEndedBy, latestPersonnelYear, latestWomenFigure, parityTargetsFor, womenShareByKey } from "./annual-figures.js";
export type { MissionYearTable, ParityTargets, PersonnelYear } from "./annual-figures.js";
export { mandatePeriods, mandatesAdoptedBy } from "./mandate-periods.js";
export type { DatedMandate, MandatePeriod } from "./mandate-periods.js";
export { cumulativeByYear, latestDataDate, missionStanding, periodsEndedBy, yearEndsThrough, yearsEndedBy } from "./as-of-views.js";
export type { MissionStanding } from "./as-of-views.js";
export { seededRandom } from "./stats.js";
