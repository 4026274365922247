// Types a user names, and values whose inferred types must be nameable from
// the package (declaration emit is on in the consumer's tsconfig).
import { PledgeSchema, pledgeStatus, validate, type EntityKind, type Pledge, type PledgeStatus, type ValidationReport } from "@bluehelm/core";
import { createIndex } from "@bluehelm/core/analytics";
import type { z } from "zod";

export const pledge: Pledge = PledgeSchema.parse({
  id: "p-1",
  actorId: "can",
  announcedOn: "2017-11-15",
  kind: "policy",
  title: { en: "Policy" },
  themeIds: [],
  partnerIds: [],
  sources: ["s"],
  confidence: "reported",
});
export const report: ValidationReport = validate("pledge", pledge);
export const kind: EntityKind = "pledge";
export const status: PledgeStatus | undefined = pledgeStatus(pledge, []).status;
export const schema = PledgeSchema;
export type Parsed = z.infer<typeof PledgeSchema>;
export const sameType: Parsed = pledge;
export const makeIndex = createIndex;
export const history = pledgeStatus(pledge, [], { asOf: "2020-01-01" });
