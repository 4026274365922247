import type { ActorRole, AssessmentShare, CapabilityRequirement, ConductStat, GenderTarget, Mandate, Pledge, PledgeEvent } from "@bluehelm/core";

export interface Measures {
  actorRoles: ActorRole[];
  assessmentShares: AssessmentShare[];
  mandates: Mandate[];
  pledges: Pledge[];
  pledgeEvents: PledgeEvent[];
  capabilityRequirements: CapabilityRequirement[];
  genderTargets: GenderTarget[];
  conductStats: ConductStat[];
}

export function buildMeasures(): Measures {
  return { actorRoles: [], assessmentShares: [], mandates: [], pledges: [], pledgeEvents: [], capabilityRequirements: [], genderTargets: [], conductStats: [] };
}
