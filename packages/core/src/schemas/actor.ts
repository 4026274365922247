import * as z from "zod";
import { ACTOR_ROLES, ASSESSMENT_SCALES, OIF_STATUSES, ORGANIZATION_KINDS, REGIONAL_GROUPS, codes } from "../codelists.js";
import { BilingualNameSchema, IdSchema, IsoDateSchema, provenanceShape, TextSchema } from "./common.js";

const actorBase = {
  id: IdSchema,
  names: BilingualNameSchema,
  shortNames: BilingualNameSchema.optional().describe("Short names in common use, when they differ."),
  since: IsoDateSchema.optional().describe("The date the actor came into being as such (for a Member State: its admission to the UN)."),
  until: IsoDateSchema.optional().describe("The date the actor ceased to exist as such."),
  ...provenanceShape,
};

const stateShape = {
  iso2: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, two capital letters"),
  iso3: z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3, three capital letters"),
  m49: z.number().int().min(1).max(999).describe("UN M49 numeric code."),
  regionalGroup: z.enum(codes(REGIONAL_GROUPS)),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, "an ISO 639 language code"))
    .describe("Official languages, ISO 639-1 codes where they exist."),
  oif: z.enum(codes(OIF_STATUSES)).describe("Status in the Organisation internationale de la Francophonie."),
};

/**
 * A UN Member State.
 *
 * @example
 * ```ts
 * import { StateActorSchema } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const states = actors.filter((a) => StateActorSchema.safeParse(a).success);
 * console.log(states.length);
 * ```
 */
export const StateActorSchema = z
  .strictObject({ kind: z.literal("state"), ...actorBase, ...stateShape })
  .meta({ id: "StateActor", description: "A UN Member State." });

/**
 * A non-member observer State (the Holy See, the State of Palestine).
 *
 * @example
 * ```ts
 * import { ObserverActorSchema } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const observers = actors.filter((a) => ObserverActorSchema.safeParse(a).success);
 * console.log(observers.map((a) => a.names.en));
 * ```
 */
export const ObserverActorSchema = z
  .strictObject({ kind: z.literal("observer"), ...actorBase, ...stateShape })
  .meta({ id: "ObserverActor", description: "A non-member observer State of the UN General Assembly." });

/**
 * An international or regional organization.
 *
 * @example
 * ```ts
 * import { OrganizationActorSchema } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const organizations = actors.filter((a) => OrganizationActorSchema.safeParse(a).success);
 * console.log(organizations.length);
 * ```
 */
export const OrganizationActorSchema = z
  .strictObject({
    kind: z.literal("organization"),
    ...actorBase,
    acronym: TextSchema.max(20),
    organizationKind: z.enum(codes(ORGANIZATION_KINDS)),
    memberIds: z.array(IdSchema).optional().describe("Ids of member actors, where the dataset tracks them."),
  })
  .meta({ id: "OrganizationActor", description: "An international or regional organization." });

/**
 * Any actor: a Member State, an observer State or an organization.
 *
 * @example
 * ```ts
 * import { ActorSchema } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const result = ActorSchema.safeParse(actors[0]);
 * console.log(result.success);
 * ```
 */
export const ActorSchema = z
  .discriminatedUnion("kind", [StateActorSchema, ObserverActorSchema, OrganizationActorSchema])
  .meta({ id: "Actor", description: "A Member State, an observer State or an international organization." });

/**
 * A Member State, an observer State or an organization, discriminated by `kind`; see {@link ActorSchema}.
 *
 * @example
 * ```ts
 * import type { Actor } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const francophone: Actor[] = actors.filter((a) => a.kind !== "organization" && a.oif === "member");
 * console.log(francophone.length);
 * ```
 */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * A UN Member State; see {@link StateActorSchema}.
 *
 * @example
 * ```ts
 * import type { StateActor } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const states = actors.filter((a): a is StateActor => a.kind === "state");
 * console.log(states.find((s) => s.iso3 === "RWA")?.names.fr);
 * ```
 */
export type StateActor = z.infer<typeof StateActorSchema>;

/**
 * A non-member observer State; see {@link ObserverActorSchema}.
 *
 * @example
 * ```ts
 * import type { ObserverActor } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const observers = actors.filter((a): a is ObserverActor => a.kind === "observer");
 * console.log(observers.map((o) => o.iso2));
 * ```
 */
export type ObserverActor = z.infer<typeof ObserverActorSchema>;

/**
 * An international or regional organization; see {@link OrganizationActorSchema}.
 *
 * @example
 * ```ts
 * import type { OrganizationActor } from "@bluehelm/core";
 * import { actors } from "@bluehelm/data/actors";
 *
 * const organizations = actors.filter((a): a is OrganizationActor => a.kind === "organization");
 * console.log(organizations.map((o) => o.acronym));
 * ```
 */
export type OrganizationActor = z.infer<typeof OrganizationActorSchema>;

/**
 * A role an actor held over a period: a contributor rank, a host state, a co-chair.
 *
 * @example
 * ```ts
 * import { ActorRoleSchema } from "@bluehelm/core";
 * import { actorRoles } from "@bluehelm/data/actor-roles";
 *
 * const result = ActorRoleSchema.safeParse(actorRoles[0]);
 * console.log(result.success);
 * ```
 */
export const ActorRoleSchema = z
  .strictObject({
    id: IdSchema,
    actorId: IdSchema,
    role: z.enum(codes(ACTOR_ROLES)),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    value: z.number().optional().describe("The rank or share, for roles that carry one."),
    missionId: IdSchema.optional().describe("For a host-state role: the mission hosted."),
    ...provenanceShape,
  })
  .meta({ id: "ActorRole", description: "A role an actor held over a period." });

/**
 * A role an actor held over a period; see {@link ActorRoleSchema}.
 *
 * @example
 * ```ts
 * import type { ActorRole } from "@bluehelm/core";
 * import { actorRoles } from "@bluehelm/data/actor-roles";
 *
 * const hosts: ActorRole[] = actorRoles.filter((r) => r.role === "host-state");
 * console.log(hosts.map((r) => `${r.actorId} → ${r.missionId ?? "?"}`));
 * ```
 */
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/**
 * An actor's share of a UN scale of assessments for a budget period.
 *
 * @example
 * ```ts
 * import { AssessmentShareSchema } from "@bluehelm/core";
 * import { assessmentShares } from "@bluehelm/data/assessment-shares";
 *
 * const result = AssessmentShareSchema.safeParse(assessmentShares[0]);
 * console.log(result.success);
 * ```
 */
export const AssessmentShareSchema = z
  .strictObject({
    id: IdSchema,
    actorId: IdSchema,
    scale: z.enum(codes(ASSESSMENT_SCALES)),
    fromYear: z.number().int().min(1945).max(2100),
    toYear: z.number().int().min(1945).max(2100),
    percent: z.number().min(0).max(100),
    ...provenanceShape,
  })
  .meta({ id: "AssessmentShare", description: "An actor's share, in percent, of a UN scale of assessments over a budget period." });

/**
 * An actor's share of a UN budget scale over a range of years; see {@link AssessmentShareSchema}.
 *
 * @example
 * ```ts
 * import type { AssessmentShare } from "@bluehelm/core";
 * import { assessmentShares } from "@bluehelm/data/assessment-shares";
 *
 * const peacekeeping: AssessmentShare[] = assessmentShares.filter((s) => s.scale === "peacekeeping");
 * console.log(peacekeeping.length);
 * ```
 */
export type AssessmentShare = z.infer<typeof AssessmentShareSchema>;
