import * as z from "zod";
import { ActorRoleSchema, ActorSchema, AssessmentShareSchema } from "./actor.js";
import { EndorsementSchema, EventSchema, InstrumentSchema, PrincipleSchema, ThemeSchema } from "./framework.js";
import { ConflictEventSchema, DeploymentSiteSchema, PeacekeeperFatalitySchema } from "./ground.js";
import { CapabilityRequirementSchema, ConductStatSchema, ContributionSchema, GenderTargetSchema } from "./measures.js";
import { MandateSchema, MissionSchema } from "./mission.js";
import { PledgeEventSchema, PledgeSchema } from "./pledge.js";
import { SourceSchema } from "./source.js";
import { ReportedFigureSchema, WorldTotalSchema } from "./figures.js";

/**
 * The entities of the domain, by name. The name is the `kind` accepted by
 * `validate(kind, input)` and the file name of its JSON Schema.
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from "@bluehelm/core";
 * import { missions } from "@bluehelm/data/missions";
 *
 * console.log(ENTITY_SCHEMAS.mission.safeParse(missions[0]).success);
 * ```
 */
export const ENTITY_SCHEMAS = {
  source: SourceSchema,
  actor: ActorSchema,
  "actor-role": ActorRoleSchema,
  "assessment-share": AssessmentShareSchema,
  theme: ThemeSchema,
  event: EventSchema,
  instrument: InstrumentSchema,
  principle: PrincipleSchema,
  endorsement: EndorsementSchema,
  mission: MissionSchema,
  mandate: MandateSchema,
  pledge: PledgeSchema,
  "pledge-event": PledgeEventSchema,
  contribution: ContributionSchema,
  "capability-requirement": CapabilityRequirementSchema,
  "gender-target": GenderTargetSchema,
  "conduct-stat": ConductStatSchema,
  "deployment-site": DeploymentSiteSchema,
  "conflict-event": ConflictEventSchema,
  "peacekeeper-fatality": PeacekeeperFatalitySchema,
  "reported-figure": ReportedFigureSchema,
  "world-total": WorldTotalSchema,
} as const;

/**
 * The name of an entity kind.
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS, type EntityKind } from "@bluehelm/core";
 *
 * const kind: EntityKind = "pledge-event";
 * console.log(kind in ENTITY_SCHEMAS); // true
 * ```
 */
export type EntityKind = keyof typeof ENTITY_SCHEMAS;

/**
 * The record type of an entity kind, after parsing (defaults applied).
 *
 * @example
 * ```ts
 * import type { EntityOf, Mission } from "@bluehelm/core";
 *
 * const same: EntityOf<"mission"> extends Mission ? true : false = true;
 * console.log(same);
 * ```
 */
export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;

/**
 * Every entity kind, in a stable order.
 *
 * @example
 * ```ts
 * import { ENTITY_KINDS } from "@bluehelm/core";
 *
 * console.log(ENTITY_KINDS.length); // 22
 * ```
 */
export const ENTITY_KINDS: readonly EntityKind[] = Object.freeze(Object.keys(ENTITY_SCHEMAS) as EntityKind[]);

/**
 * The collections of a dataset, each an array of one entity kind.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from "@bluehelm/core";
 *
 * const empty = DatasetSchema.parse({});
 * console.log(empty.pledges.length); // 0: every collection defaults to []
 * ```
 */
export const DatasetSchema = z
  .strictObject({
    sources: z.array(SourceSchema).default([]),
    actors: z.array(ActorSchema).default([]),
    actorRoles: z.array(ActorRoleSchema).default([]),
    assessmentShares: z.array(AssessmentShareSchema).default([]),
    themes: z.array(ThemeSchema).default([]),
    events: z.array(EventSchema).default([]),
    instruments: z.array(InstrumentSchema).default([]),
    principles: z.array(PrincipleSchema).default([]),
    endorsements: z.array(EndorsementSchema).default([]),
    missions: z.array(MissionSchema).default([]),
    mandates: z.array(MandateSchema).default([]),
    pledges: z.array(PledgeSchema).default([]),
    pledgeEvents: z.array(PledgeEventSchema).default([]),
    contributions: z.array(ContributionSchema).default([]),
    capabilityRequirements: z.array(CapabilityRequirementSchema).default([]),
    genderTargets: z.array(GenderTargetSchema).default([]),
    conductStats: z.array(ConductStatSchema).default([]),
    deploymentSites: z.array(DeploymentSiteSchema).default([]),
    conflictEvents: z.array(ConflictEventSchema).default([]),
    peacekeeperFatalities: z.array(PeacekeeperFatalitySchema).default([]),
    reportedFigures: z.array(ReportedFigureSchema).default([]),
    worldTotals: z.array(WorldTotalSchema).default([]),
  })
  .meta({ id: "Dataset", description: "A complete Bluehelm dataset: every collection of the domain." });

/**
 * A parsed dataset: every collection of the domain; see {@link DatasetSchema}.
 *
 * @example
 * ```ts
 * import { DatasetSchema, type Dataset } from "@bluehelm/core";
 *
 * const dataset: Dataset = DatasetSchema.parse({});
 * console.log(Object.keys(dataset).length); // 22
 * ```
 */
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * The input of {@link DatasetSchema}: missing collections default to empty arrays.
 *
 * @example
 * ```ts
 * import { validateDataset, type DatasetInput } from "@bluehelm/core";
 *
 * const input: DatasetInput = { missions: [] };
 * console.log(validateDataset(input).valid);
 * ```
 */
export type DatasetInput = z.input<typeof DatasetSchema>;

/**
 * A parsed dataset whose collections are read-only (as frozen reference data is).
 *
 * @example
 * ```ts
 * import type { ReadonlyDataset } from "@bluehelm/core";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const dataset: ReadonlyDataset = loadDataset();
 * console.log(dataset.missions.length);
 * ```
 */
export type ReadonlyDataset = { readonly [K in keyof Dataset]: readonly Dataset[K][number][] };

/**
 * The collection name of a dataset for each entity kind.
 *
 * @example
 * ```ts
 * import { COLLECTION_OF } from "@bluehelm/core";
 *
 * console.log(COLLECTION_OF["pledge-event"]); // "pledgeEvents"
 * ```
 */
export const COLLECTION_OF: Readonly<Record<EntityKind, keyof Dataset>> = Object.freeze({
  source: "sources",
  actor: "actors",
  "actor-role": "actorRoles",
  "assessment-share": "assessmentShares",
  theme: "themes",
  event: "events",
  instrument: "instruments",
  principle: "principles",
  endorsement: "endorsements",
  mission: "missions",
  mandate: "mandates",
  pledge: "pledges",
  "pledge-event": "pledgeEvents",
  contribution: "contributions",
  "capability-requirement": "capabilityRequirements",
  "gender-target": "genderTargets",
  "conduct-stat": "conductStats",
  "deployment-site": "deploymentSites",
  "conflict-event": "conflictEvents",
  "peacekeeper-fatality": "peacekeeperFatalities",
  "reported-figure": "reportedFigures",
  "world-total": "worldTotals",
});

/**
 * The entity kind stored as each collection of a dataset: {@link COLLECTION_OF} the other way round.
 *
 * @example
 * ```ts
 * import { KIND_OF } from "@bluehelm/core";
 *
 * console.log(KIND_OF.pledgeEvents); // "pledge-event"
 * ```
 */
export const KIND_OF: Readonly<Record<keyof Dataset, EntityKind>> = Object.freeze(
  Object.fromEntries(Object.entries(COLLECTION_OF).map(([kind, collection]) => [collection, kind])) as Record<keyof Dataset, EntityKind>,
);
