import * as z from "zod";
import { CONDUCT_CATEGORIES, CONTRIBUTION_MEASURES, PERSONNEL_CATEGORIES, UNIT_TYPES, codes } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, provenanceShape, TextSchema } from "./common.js";

/** Uniformed personnel of a contributor, in a mission (or all missions), over a period. */
export const ContributionSchema = z
  .strictObject({
    id: IdSchema,
    contributorId: IdSchema,
    missionId: IdSchema.optional().describe("Absent when the figure covers all missions."),
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    measure: z.enum(codes(CONTRIBUTION_MEASURES)),
    category: z.enum(codes(PERSONNEL_CATEGORIES)),
    women: z.number().min(0).optional(),
    men: z.number().min(0).optional(),
    total: z.number().min(0),
    rank: z.number().int().min(1).optional().describe("Rank among contributors on the reporting date, when published."),
    ...provenanceShape,
  })
  .meta({ id: "Contribution", description: "Uniformed personnel of a contributor in a mission over a period." });
export type Contribution = z.infer<typeof ContributionSchema>;

/** What a mission (or peacekeeping as a whole) needs. */
export const CapabilityRequirementSchema = z
  .strictObject({
    id: IdSchema,
    missionId: IdSchema.optional().describe("Absent for a requirement published for peacekeeping as a whole."),
    unitType: z.enum(codes(UNIT_TYPES)),
    quantity: z.number().int().min(1).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
    womenMinimum: CountSchema.optional(),
    publishedOn: IsoDateSchema,
    neededBy: IsoDateSchema.optional(),
    ...provenanceShape,
  })
  .meta({ id: "CapabilityRequirement", description: "A capability a mission needs, as DPO published it." });
export type CapabilityRequirement = z.infer<typeof CapabilityRequirementSchema>;
export type CapabilityRequirementInput = z.input<typeof CapabilityRequirementSchema>;

/** A gender parity target in force for a year. */
export const GenderTargetSchema = z
  .strictObject({
    id: IdSchema,
    strategy: TextSchema.describe("The strategy that sets the target."),
    category: z.enum(codes(PERSONNEL_CATEGORIES)),
    year: z.number().int().min(2000).max(2100),
    share: z.number().min(0).max(1).describe("Target share of women, between 0 and 1."),
    ...provenanceShape,
  })
  .meta({ id: "GenderTarget", description: "A target share of women for a personnel category and year." });
export type GenderTarget = z.infer<typeof GenderTargetSchema>;

/** Conduct and discipline aggregates for a mission and year. */
export const ConductStatSchema = z
  .strictObject({
    id: IdSchema,
    missionId: IdSchema,
    year: z.number().int().min(1990).max(2100),
    category: z.enum(codes(CONDUCT_CATEGORIES)),
    allegations: CountSchema,
    ...provenanceShape,
  })
  .meta({ id: "ConductStat", description: "Allegations recorded for a mission and year." });
export type ConductStat = z.infer<typeof ConductStatSchema>;
