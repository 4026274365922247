import type {
  ActorRole,
  AssessmentShare,
  CapabilityRequirementInput,
  ConductStat,
  GenderTarget,
  MandateInput,
  PledgeEventInput,
  PledgeInput,
} from "@bluehelm/core";
import { MANDATES } from "../curated/mandates.js";
import { ACTOR_ROLES, ASSESSMENT_SHARES, CAPABILITY_REQUIREMENTS, CONDUCT_STATS, GENDER_TARGETS, PLEDGE_EVENTS, PLEDGES } from "../curated/measures.js";

export interface Measures {
  actorRoles: readonly ActorRole[];
  assessmentShares: readonly AssessmentShare[];
  mandates: readonly MandateInput[];
  pledges: readonly PledgeInput[];
  pledgeEvents: readonly PledgeEventInput[];
  capabilityRequirements: readonly CapabilityRequirementInput[];
  genderTargets: readonly GenderTarget[];
  conductStats: readonly ConductStat[];
}

/** The hand-curated measure collections (reviewed source files under curated/). */
export function buildMeasures(): Measures {
  return {
    actorRoles: ACTOR_ROLES,
    assessmentShares: ASSESSMENT_SHARES,
    mandates: MANDATES,
    pledges: PLEDGES,
    pledgeEvents: PLEDGE_EVENTS,
    capabilityRequirements: CAPABILITY_REQUIREMENTS,
    genderTargets: GENDER_TARGETS,
    conductStats: CONDUCT_STATS,
  };
}
