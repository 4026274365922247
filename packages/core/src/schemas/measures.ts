import * as z from "zod";
import { CONDUCT_CATEGORIES, CONTRIBUTION_MEASURES, PERSONNEL_CATEGORIES, UNIT_TYPES, codes } from "../codelists.js";
import { CountSchema, IdSchema, IsoDateSchema, provenanceShape, TextSchema } from "./common.js";

/**
 * Uniformed personnel of a contributor, in a mission (or all missions), over a period.
 *
 * @example
 * ```ts
 * import { ContributionSchema } from "@bluehelm/core";
 * import { contributions } from "@bluehelm/data/contributions";
 *
 * const result = ContributionSchema.safeParse(contributions[0]);
 * console.log(result.success);
 * ```
 */
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

/**
 * Uniformed personnel of a contributor over a period; see {@link ContributionSchema}.
 *
 * @example
 * ```ts
 * import type { Contribution } from "@bluehelm/core";
 * import { contributions } from "@bluehelm/data/contributions";
 *
 * const police: Contribution[] = contributions.filter((c) => c.category === "formed-police-units");
 * console.log(police.length);
 * ```
 */
export type Contribution = z.infer<typeof ContributionSchema>;

/**
 * What a mission (or peacekeeping as a whole) needs.
 *
 * @example
 * ```ts
 * import { CapabilityRequirementSchema } from "@bluehelm/core";
 * import { capabilityRequirements } from "@bluehelm/data/capability-requirements";
 *
 * const result = CapabilityRequirementSchema.safeParse(capabilityRequirements[0]);
 * console.log(result.success);
 * ```
 */
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

/**
 * A capability a mission needs; see {@link CapabilityRequirementSchema} and `capabilityGaps` (in `@bluehelm/core/analytics`).
 *
 * @example
 * ```ts
 * import type { CapabilityRequirement } from "@bluehelm/core";
 * import { capabilityRequirements } from "@bluehelm/data/capability-requirements";
 *
 * const helicopters: CapabilityRequirement[] = capabilityRequirements.filter((r) => r.unitType === "utility-helicopter-unit");
 * console.log(helicopters.length);
 * ```
 */
export type CapabilityRequirement = z.infer<typeof CapabilityRequirementSchema>;

/**
 * The input of {@link CapabilityRequirementSchema}: `languages` may be left out.
 *
 * @example
 * ```ts
 * import { CapabilityRequirementSchema, type CapabilityRequirementInput } from "@bluehelm/core";
 *
 * const input: CapabilityRequirementInput = {
 *   id: "example-requirement",
 *   unitType: "level-2-hospital",
 *   publishedOn: "2024-01-01",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(CapabilityRequirementSchema.parse(input));
 * ```
 */
export type CapabilityRequirementInput = z.input<typeof CapabilityRequirementSchema>;

/**
 * A gender parity target in force for a year.
 *
 * @example
 * ```ts
 * import { GenderTargetSchema } from "@bluehelm/core";
 * import { genderTargets } from "@bluehelm/data/gender-targets";
 *
 * const result = GenderTargetSchema.safeParse(genderTargets[0]);
 * console.log(result.success);
 * ```
 */
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

/**
 * A target share of women for a category and year; see {@link GenderTargetSchema}.
 *
 * @example
 * ```ts
 * import type { GenderTarget } from "@bluehelm/core";
 * import { genderTargets } from "@bluehelm/data/gender-targets";
 *
 * const for2028: GenderTarget[] = genderTargets.filter((t) => t.year === 2028);
 * console.log(for2028.map((t) => `${t.category}: ${t.share * 100} %`));
 * ```
 */
export type GenderTarget = z.infer<typeof GenderTargetSchema>;

/**
 * Conduct and discipline aggregates for a mission and year.
 *
 * @example
 * ```ts
 * import { ConductStatSchema } from "@bluehelm/core";
 * import { conductStats } from "@bluehelm/data/conduct-stats";
 *
 * const result = ConductStatSchema.safeParse(conductStats[0]);
 * console.log(result.success);
 * ```
 */
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

/**
 * Allegations of a conduct category in a mission and year; see {@link ConductStatSchema}.
 *
 * @example
 * ```ts
 * import type { ConductStat } from "@bluehelm/core";
 * import { conductStats } from "@bluehelm/data/conduct-stats";
 *
 * const total = conductStats.reduce((sum: number, s: ConductStat) => sum + s.allegations, 0);
 * console.log(total);
 * ```
 */
export type ConductStat = z.infer<typeof ConductStatSchema>;
