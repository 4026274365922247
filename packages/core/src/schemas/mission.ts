import * as z from "zod";
import { CEILING_CATEGORIES, CEILING_CATEGORY_OF, MANDATE_TASKS, MISSION_TYPES, POC_LEVELS, codes, definitionOf, describeDefinitions } from "../codelists.js";
import { CoordinatesSchema, CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, PartialDateSchema, provenanceShape, TextSchema } from "./common.js";

/**
 * A UN peacekeeping operation.
 *
 * @example
 * ```ts
 * import { MissionSchema } from "@bluehelm/core";
 * import { missions } from "@bluehelm/data/missions";
 *
 * const result = MissionSchema.safeParse(missions[0]);
 * console.log(result.success);
 * ```
 */
export const MissionSchema = z
  .strictObject({
    id: IdSchema,
    acronym: z.string().regex(/^[A-Z](?:[A-Z0-9 -]*[A-Z0-9])?$/, "the acronym in capitals, e.g. MONUSCO"),
    acronymFr: z
      .string()
      .regex(/^[A-Z](?:[A-Z0-9 -]*[A-Z0-9])?$/, "the acronym in capitals, e.g. MINUSS")
      .optional()
      .describe("The acronym the UN uses in French, when a source gives it (MINUSS for UNMISS, FINUL for UNIFIL)."),
    names: LocalizedTextSchema.describe("The mission's name in English, and in French when a source gives the name the UN uses."),
    type: z
      .enum(codes(MISSION_TYPES))
      .default("operation")
      .describe(`What the row stands for; "operation" when left out. ${describeDefinitions(MISSION_TYPES)}`),
    hostIds: z.array(IdSchema).default([]).describe("Actor ids of the host State or States."),
    hostName: TextSchema.optional().describe("The host territory as named, when it is not (only) a State."),
    startDate: IsoDateSchema.optional().describe("Absent when no source gives it: a mission listed without a start date is kept, not dated by guess."),
    endDate: IsoDateSchema.optional(),
    location: TextSchema.optional().describe("Headquarters location."),
    coordinates: CoordinatesSchema.optional(),
    francophoneEnvironment: z
      .enum(["yes", "partial", "no"])
      .describe("Whether French is an official or widely used language in the host environment."),
    leadDepartment: TextSchema.optional(),
    predecessorId: IdSchema.optional(),
    ...provenanceShape,
  })
  .meta({ id: "Mission", description: "A UN peacekeeping operation." });

/**
 * A UN peacekeeping operation; see {@link MissionSchema}.
 *
 * @example
 * ```ts
 * import type { Mission } from "@bluehelm/core";
 * import { missions } from "@bluehelm/data/missions";
 *
 * const active: Mission[] = missions.filter((m) => m.startDate !== undefined && m.endDate === undefined);
 * console.log(active.map((m) => m.acronym));
 * ```
 */
export type Mission = z.infer<typeof MissionSchema>;

/**
 * The input of {@link MissionSchema}: `hostIds` may be left out.
 *
 * @example
 * ```ts
 * import { MissionSchema, type MissionInput } from "@bluehelm/core";
 *
 * const input: MissionInput = {
 *   id: "example-mission",
 *   acronym: "EXM",
 *   names: { en: "Example Mission" },
 *   francophoneEnvironment: "no",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(MissionSchema.parse(input));
 * ```
 */
export type MissionInput = z.input<typeof MissionSchema>;

/**
 * A Security Council resolution symbol: `S/RES/<number> (<year>)`.
 *
 * @example
 * ```ts
 * import { ResolutionSymbolSchema } from "@bluehelm/core";
 *
 * console.log(ResolutionSymbolSchema.safeParse("S/RES/2765 (2024)").success); // true
 * ```
 */
export const ResolutionSymbolSchema = z
  .string()
  .regex(/^S\/RES\/[1-9]\d{0,4} \((?:19[4-9]\d|2\d{3})\)$/, "a resolution symbol of the form S/RES/2765 (2024)")
  .meta({ id: "ResolutionSymbol", description: "Security Council resolution symbol, e.g. S/RES/2765 (2024)." });

/** A ceiling field, described by its label (and definition, when it has one) in CEILING_CATEGORIES. */
const ceiling = (field: keyof typeof CEILING_CATEGORY_OF, more?: string) => {
  const code = CEILING_CATEGORY_OF[field];
  return CountSchema.optional().describe([`${CEILING_CATEGORIES[code].en}.`, more, definitionOf(CEILING_CATEGORIES, code)?.en].filter(Boolean).join(" "));
};

/**
 * Authorized ceilings of uniformed personnel, by category; {@link CEILING_CATEGORIES} labels each field
 * (its code by {@link CEILING_CATEGORY_OF}).
 *
 * @example
 * ```ts
 * import { CeilingsSchema } from "@bluehelm/core";
 *
 * console.log(CeilingsSchema.safeParse({ troops: -1 }).success); // false: counts are non-negative integers
 * ```
 */
export const CeilingsSchema = z
  .strictObject({
    troops: ceiling("troops"),
    staffOfficers: ceiling("staffOfficers"),
    militaryObservers: ceiling("militaryObservers", "Alone or with the staff officers, as the resolution groups them."),
    individualPolice: ceiling("individualPolice"),
    formedPoliceUnits: ceiling("formedPoliceUnits", "The number of units, not of their personnel."),
    formedPolicePersonnel: ceiling("formedPolicePersonnel"),
    police: ceiling("police"),
  })
  .meta({ id: "Ceilings", description: "Authorized ceilings of uniformed personnel." });

/**
 * Authorized personnel ceilings of a mandate; see {@link CeilingsSchema}.
 *
 * @example
 * ```ts
 * import type { Ceilings } from "@bluehelm/core";
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * const ceilings: Ceilings[] = mandates.flatMap((m) => (m.ceilings ? [m.ceilings] : []));
 * console.log(ceilings.length);
 * ```
 */
export type Ceilings = z.infer<typeof CeilingsSchema>;

/**
 * Links to a Security Council resolution's records in the UN Digital Library:
 * the resolution's record and its voting record.
 *
 * @example
 * ```ts
 * import { DigitalLibraryLinkSchema } from "@bluehelm/core";
 *
 * console.log(DigitalLibraryLinkSchema.safeParse({ record: "https://digitallibrary.un.org/record/4027716" }).success); // true
 * ```
 */
export const DigitalLibraryLinkSchema = z
  .strictObject({
    record: z.string().regex(/^https:\/\/digitallibrary\.un\.org\/record\/\d+(?:\?ln=[a-z]{2})?$/, "a UN Digital Library record URL"),
    votingRecord: z
      .string()
      .regex(/^https:\/\/digitallibrary\.un\.org\/record\/\d+(?:\?ln=[a-z]{2})?$/, "a UN Digital Library record URL")
      .optional()
      .describe("The Digital Library's voting record of the resolution."),
  })
  .meta({ id: "DigitalLibraryLink", description: "A resolution's record and voting record in the UN Digital Library." });

/**
 * A Security Council mandate of a mission.
 *
 * @example
 * ```ts
 * import { MandateSchema } from "@bluehelm/core";
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * const result = MandateSchema.safeParse(mandates[0]);
 * console.log(result.success);
 * ```
 */
export const MandateSchema = z
  .strictObject({
    id: IdSchema,
    missionId: IdSchema,
    resolution: ResolutionSymbolSchema.optional().describe("Absent when the resolution number is not sourced."),
    adoptedOn: IsoDateSchema.optional().describe("The day of adoption, when a source gives it. Exactly one of adoptedOn and adoptedIn is given."),
    adoptedIn: PartialDateSchema.optional().describe(
      "The adoption date when the sources give only its month or year (precision month or year, qualifier on or by); the mandate counts as in force only once the last day it can stand for has passed.",
    ),
    expiresOn: IsoDateSchema.optional(),
    chapterVII: z.boolean().optional(),
    poc: z.enum(codes(POC_LEVELS)).describe(`The level of protection of civilians in the mandate. ${describeDefinitions(POC_LEVELS)}`),
    tasks: z.array(z.enum(codes(MANDATE_TASKS))).default([]),
    ceilings: CeilingsSchema.optional(),
    vote: z
      .strictObject({ inFavour: CountSchema, against: CountSchema, abstentions: CountSchema })
      .optional(),
    digitalLibrary: DigitalLibraryLinkSchema.optional().describe("The resolution's records in the UN Digital Library, imported by resolution number."),
    digitalLibraryGap: TextSchema.optional().describe("Why the resolution has no Digital Library link (e.g. it is later than the last resolution of the imported table)."),
    ...provenanceShape,
  })
  .check((ctx) => {
    const m = ctx.value;
    if ((m.adoptedOn === undefined) === (m.adoptedIn === undefined)) {
      ctx.issues.push({
        code: "custom",
        input: m,
        path: [m.adoptedOn === undefined ? "adoptedOn" : "adoptedIn"],
        message: m.adoptedOn === undefined ? "a mandate needs adoptedOn (a day) or adoptedIn (a month or year)" : "give adoptedOn or adoptedIn, not both",
      });
    } else if (m.adoptedIn?.precision === "day") {
      ctx.issues.push({ code: "custom", input: m, path: ["adoptedIn"], message: "an adoption day goes in adoptedOn; adoptedIn is for a month or a year" });
    }
  })
  .meta({ id: "Mandate", description: "A Security Council mandate of a peacekeeping operation." });

/**
 * A Security Council mandate of a mission; see {@link MandateSchema}.
 *
 * @example
 * ```ts
 * import type { Mandate } from "@bluehelm/core";
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * const core: Mandate[] = mandates.filter((m) => m.poc === "core");
 * console.log(core.map((m) => m.resolution));
 * ```
 */
export type Mandate = z.infer<typeof MandateSchema>;

/**
 * The input of {@link MandateSchema}: `tasks` may be left out.
 *
 * @example
 * ```ts
 * import { MandateSchema, type MandateInput } from "@bluehelm/core";
 *
 * const input: MandateInput = {
 *   id: "example-mission-2024",
 *   missionId: "example-mission",
 *   adoptedOn: "2024-11-14", // or, when only the month is sourced: adoptedIn: { precision: "month", date: "2024-11", qualifier: "on" }
 *   poc: "core",
 *   sources: ["un-pk-vancouver-2017"], confidence: "reported",
 * };
 * console.log(MandateSchema.parse(input));
 * ```
 */
export type MandateInput = z.input<typeof MandateSchema>;
