import * as z from "zod";
import { MANDATE_TASKS, POC_LEVELS, codes } from "../codelists.js";
import { CoordinatesSchema, CountSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, provenanceShape, TextSchema } from "./common.js";

/** A UN peacekeeping operation. */
export const MissionSchema = z
  .strictObject({
    id: IdSchema,
    acronym: z.string().regex(/^[A-Z](?:[A-Z0-9 -]*[A-Z0-9])?$/, "the acronym in capitals, e.g. MONUSCO"),
    names: LocalizedTextSchema,
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
export type Mission = z.infer<typeof MissionSchema>;
export type MissionInput = z.input<typeof MissionSchema>;

/** A Security Council resolution symbol: `S/RES/<number> (<year>)`. */
export const ResolutionSymbolSchema = z
  .string()
  .regex(/^S\/RES\/[1-9]\d{0,4} \((?:19[4-9]\d|2\d{3})\)$/, "a resolution symbol of the form S/RES/2765 (2024)")
  .meta({ id: "ResolutionSymbol", description: "Security Council resolution symbol, e.g. S/RES/2765 (2024)." });

/** Authorized ceilings of uniformed personnel, by category. */
export const CeilingsSchema = z
  .strictObject({
    troops: CountSchema.optional(),
    staffOfficers: CountSchema.optional(),
    militaryObservers: CountSchema.optional().describe("Military observers, alone or with staff officers as the resolution groups them."),
    individualPolice: CountSchema.optional(),
    formedPoliceUnits: CountSchema.optional().describe("Number of formed police units."),
    formedPolicePersonnel: CountSchema.optional(),
    police: CountSchema.optional().describe("Police personnel when the resolution does not split individual and formed units."),
  })
  .meta({ id: "Ceilings", description: "Authorized ceilings of uniformed personnel." });
export type Ceilings = z.infer<typeof CeilingsSchema>;

/** A Security Council mandate of a mission. */
export const MandateSchema = z
  .strictObject({
    id: IdSchema,
    missionId: IdSchema,
    resolution: ResolutionSymbolSchema.optional().describe("Absent when the resolution number is not sourced."),
    adoptedOn: IsoDateSchema,
    expiresOn: IsoDateSchema.optional(),
    chapterVII: z.boolean().optional(),
    poc: z.enum(codes(POC_LEVELS)),
    tasks: z.array(z.enum(codes(MANDATE_TASKS))).default([]),
    ceilings: CeilingsSchema.optional(),
    vote: z
      .strictObject({ inFavour: CountSchema, against: CountSchema, abstentions: CountSchema })
      .optional(),
    ...provenanceShape,
  })
  .meta({ id: "Mandate", description: "A Security Council mandate of a peacekeeping operation." });
export type Mandate = z.infer<typeof MandateSchema>;
export type MandateInput = z.input<typeof MandateSchema>;
