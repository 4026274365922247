import * as z from "zod";
import {
  CONTRIBUTION_MEASURES,
  EVENT_DATE_PRECISIONS,
  FATALITY_PERSONNEL_TYPES,
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  SITE_CAPABILITIES,
  SITE_DATASETS,
  VIOLENCE_TYPES,
  codes,
} from "../codelists.js";
import { CoordinatesSchema, CountSchema, IdSchema, IsoDateSchema, provenanceShape, TextSchema } from "./common.js";

/*
 * The ground: where peacekeepers stood (deployment sites), what happened to
 * civilians around them (conflict events, in the UCDP GED layout), and the
 * peacekeepers who died in service.
 */

const headcount = z.number().min(0);

/**
 * Uniformed personnel at a deployment site over its period, by category, with the women of each.
 *
 * @example
 * ```ts
 * import { SitePersonnelSchema } from "@bluehelm/core";
 *
 * console.log(SitePersonnelSchema.parse({ total: 850, troops: 800, police: 50 }));
 * ```
 */
export const SitePersonnelSchema = z
  .strictObject({
    total: headcount.optional().describe("All uniformed personnel at the site."),
    troops: headcount.optional(),
    police: headcount.optional().describe("UN police: individual officers and formed units together."),
    militaryObservers: headcount.optional(),
    womenTroops: headcount.optional(),
    womenPolice: headcount.optional(),
    womenMilitaryObservers: headcount.optional(),
  })
  .meta({ id: "SitePersonnel", description: "Uniformed personnel at a site, by category, with the women of each." });

/**
 * Uniformed personnel at a site by category; see {@link SitePersonnelSchema}.
 *
 * @example
 * ```ts
 * import type { SitePersonnel } from "@bluehelm/core";
 *
 * const personnel: SitePersonnel = { total: 120, troops: 100, police: 20 };
 * console.log(personnel.total);
 * ```
 */
export type SitePersonnel = z.infer<typeof SitePersonnelSchema>;

/**
 * One contributor's personnel at a deployment site. A contributor known to be present
 * with no figure (Geo-PKO's "size unknown") has no `total`.
 *
 * @example
 * ```ts
 * import { SiteContributorSchema } from "@bluehelm/core";
 *
 * console.log(SiteContributorSchema.parse({ actorId: "npl", total: 850, troops: 850 }));
 * ```
 */
export const SiteContributorSchema = z
  .strictObject({
    actorId: IdSchema,
    total: headcount.optional().describe("Absent when the source says the contributor was present but not how many."),
    troops: headcount.optional(),
    police: headcount.optional(),
    militaryObservers: headcount.optional(),
  })
  .meta({ id: "SiteContributor", description: "One contributor's uniformed personnel at a deployment site." });

/**
 * One contributor's personnel at a site; see {@link SiteContributorSchema}.
 *
 * @example
 * ```ts
 * import type { SiteContributor } from "@bluehelm/core";
 *
 * const nepal: SiteContributor = { actorId: "npl", total: 850 };
 * console.log(nepal.actorId);
 * ```
 */
export type SiteContributor = z.infer<typeof SiteContributorSchema>;

/**
 * A place where a mission had uniformed personnel, over one period (a year in
 * the public data sets): a RADPKO base-year or a Geo-PKO location-year.
 *
 * @example
 * ```ts
 * import { DeploymentSiteSchema } from "@bluehelm/core";
 *
 * const site = DeploymentSiteSchema.parse({
 *   id: "radpko.minusca.caf.bangui.2015",
 *   dataset: "radpko",
 *   missionId: "minusca",
 *   place: "bangui",
 *   hostId: "caf",
 *   coordinates: { lat: 4.36, lon: 18.56 },
 *   periodStart: "2015-01-01",
 *   periodEnd: "2015-12-31",
 *   measure: "annual-mean",
 *   personnel: { total: 3200 },
 *   sources: ["radpko-2020"],
 *   confidence: "reported",
 * });
 * console.log(site.contributors); // []
 * ```
 */
export const DeploymentSiteSchema = z
  .strictObject({
    id: IdSchema.describe("Stable across re-imports: <dataset>.<mission>.<host>.<place>.<year>."),
    dataset: z.enum(codes(SITE_DATASETS)).describe("The public data set that located the site."),
    missionId: IdSchema,
    place: TextSchema.describe("The place name as the source spells it."),
    hostId: IdSchema.optional().describe("Actor id of the host State, when the place is in one."),
    hostName: TextSchema.optional().describe("The host country or territory as the source names it."),
    coordinates: CoordinatesSchema,
    coordinatesDecimals: z.number().int().min(0).max(15).optional().describe("Decimal places the source gives: a hint of the coordinates' precision."),
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    year: z.number().int().min(1945).max(2100).describe("The calendar year the figures describe."),
    measure: z.enum(codes(CONTRIBUTION_MEASURES)).optional().describe("How the head counts were measured (RADPKO: the mean of the months of the year)."),
    personnel: SitePersonnelSchema.default({}),
    contributors: z.array(SiteContributorSchema).default([]),
    capabilities: z.array(z.enum(codes(SITE_CAPABILITIES))).default([]).describe("Kinds of units and functions present at the site."),
    troopUnits: z
      .partialRecord(z.enum(codes(SITE_CAPABILITIES)), CountSchema)
      .optional()
      .describe("Counts of troop units by type, where the source gives them (Geo-PKO)."),
    headquartersCode: z.number().int().min(1).max(3).optional().describe("Geo-PKO's `hq` code as published (1–3; absent where 0)."),
    ...provenanceShape,
  })
  .meta({ id: "DeploymentSite", description: "A place where a mission had uniformed personnel over a period, with who and what was there." });

/**
 * A deployment site over a period; see {@link DeploymentSiteSchema}.
 *
 * @example
 * ```ts
 * import type { DeploymentSite } from "@bluehelm/core";
 *
 * const withPersonnel = (sites: DeploymentSite[]) => sites.filter((s) => (s.personnel.total ?? 0) > 0);
 * console.log(withPersonnel([]).length);
 * ```
 */
export type DeploymentSite = z.infer<typeof DeploymentSiteSchema>;

/**
 * The input of {@link DeploymentSiteSchema}: `personnel`, `contributors` and `capabilities` may be left out.
 *
 * @example
 * ```ts
 * import type { DeploymentSiteInput } from "@bluehelm/core";
 *
 * const input: Partial<DeploymentSiteInput> = { dataset: "geo-pko", missionId: "unmiss" };
 * console.log(input.dataset);
 * ```
 */
export type DeploymentSiteInput = z.input<typeof DeploymentSiteSchema>;

/**
 * Deaths of an event by side, with UCDP's best, low and high estimates of the total.
 *
 * @example
 * ```ts
 * import { EventDeathsSchema } from "@bluehelm/core";
 *
 * console.log(EventDeathsSchema.parse({ sideA: 0, sideB: 0, civilians: 12, unknown: 0, best: 12, low: 12, high: 15 }));
 * ```
 */
export const EventDeathsSchema = z
  .strictObject({
    sideA: CountSchema,
    sideB: CountSchema,
    civilians: CountSchema.describe("UCDP's deaths_civilians."),
    unknown: CountSchema,
    best: CountSchema,
    low: CountSchema,
    high: CountSchema,
  })
  .meta({ id: "EventDeaths", description: "Deaths of an event by side, and UCDP's best, low and high estimates." });

/**
 * Deaths of an event; see {@link EventDeathsSchema}.
 *
 * @example
 * ```ts
 * import type { EventDeaths } from "@bluehelm/core";
 *
 * const deaths: EventDeaths = { sideA: 0, sideB: 0, civilians: 3, unknown: 0, best: 3, low: 3, high: 3 };
 * console.log(deaths.civilians);
 * ```
 */
export type EventDeaths = z.infer<typeof EventDeathsSchema>;

/**
 * An event of organized violence, in the layout of the UCDP Georeferenced
 * Event Dataset (GED): its UCDP id and release, dates and location with their
 * precision, the type of violence (3: one-sided, against civilians), the sides
 * and the deaths.
 *
 * @example
 * ```ts
 * import { ConflictEventSchema } from "@bluehelm/core";
 *
 * const event = ConflictEventSchema.parse({
 *   id: "ucdp-ged.455412",
 *   ucdpId: 455412,
 *   release: "24.1",
 *   year: 2022,
 *   typeOfViolence: "3",
 *   sideA: "RSF",
 *   sideB: "Civilians",
 *   dateStart: "2022-01-01",
 *   dateEnd: "2022-01-05",
 *   datePrecision: "2",
 *   coordinates: { lat: 14.155, lon: 36.479 },
 *   locationPrecision: "2",
 *   country: "Sudan",
 *   countryId: 625,
 *   deaths: { sideA: 0, sideB: 0, civilians: 1, unknown: 0, best: 1, low: 1, high: 1 },
 *   sources: ["ucdp-ged-24-1"],
 *   confidence: "reported",
 * });
 * console.log(event.typeOfViolence);
 * ```
 */
export const ConflictEventSchema = z
  .strictObject({
    id: IdSchema.describe("Stable across re-imports and releases: ucdp-ged.<UCDP id>."),
    ucdpId: z.number().int().min(1).describe("UCDP's event id (`id`)."),
    relid: TextSchema.optional().describe("UCDP's readable event id (`relid`), when the file keeps it."),
    release: z.string().regex(/^\d{1,2}\.\d{1,2}$/, "a GED release such as 24.1").describe("The GED release the record comes from, e.g. 24.1."),
    year: z.number().int().min(1989).max(2100),
    activeYear: z.boolean().optional().describe("UCDP's active_year: the dyad passed 25 deaths that year."),
    typeOfViolence: z.enum(codes(VIOLENCE_TYPES)).describe("1 state-based, 2 non-state, 3 one-sided violence (against civilians)."),
    conflictName: TextSchema.optional(),
    dyadName: TextSchema.optional(),
    sideA: TextSchema,
    sideB: TextSchema,
    sideAId: z.number().int().optional().describe("UCDP's side_a_new_id."),
    sideBId: z.number().int().optional().describe("UCDP's side_b_new_id."),
    dateStart: IsoDateSchema,
    dateEnd: IsoDateSchema,
    datePrecision: z.enum(codes(EVENT_DATE_PRECISIONS)),
    coordinates: CoordinatesSchema,
    locationPrecision: z.enum(codes(LOCATION_PRECISIONS)),
    place: TextSchema.optional().describe("UCDP's where_coordinates: the place the coordinates stand for."),
    adm1: TextSchema.optional(),
    adm2: TextSchema.optional(),
    priogridId: z.number().int().min(1).optional().describe("PRIO-GRID cell (0.5°) of the event."),
    country: TextSchema.describe("The country as UCDP names it."),
    countryId: z.number().int().min(0).describe("UCDP's country_id (Gleditsch–Ward number)."),
    hostId: IdSchema.optional().describe("Actor id of the country, where it maps to one."),
    eventClarity: z.number().int().min(1).max(2).optional(),
    numberOfSources: z.number().int().min(-1).optional().describe("-1 is UCDP's own code for unknown."),
    deaths: EventDeathsSchema,
    ...provenanceShape,
  })
  .meta({ id: "ConflictEvent", description: "An event of organized violence in the UCDP GED layout." });

/**
 * An event of organized violence; see {@link ConflictEventSchema}.
 *
 * @example
 * ```ts
 * import type { ConflictEvent } from "@bluehelm/core";
 *
 * const againstCivilians = (events: ConflictEvent[]) => events.filter((e) => e.typeOfViolence === "3");
 * console.log(againstCivilians([]).length);
 * ```
 */
export type ConflictEvent = z.infer<typeof ConflictEventSchema>;

/**
 * A UN peacekeeping fatality, as the UN Peace and Security Data Hub records it.
 *
 * @example
 * ```ts
 * import { PeacekeeperFatalitySchema } from "@bluehelm/core";
 *
 * const fatality = PeacekeeperFatalitySchema.parse({
 *   id: "psdh-fatality.untso-1948-07-02408",
 *   casualtyId: "UNTSO-1948-07-02408",
 *   incidentDate: "1948-07-06",
 *   missionAcronym: "UNTSO",
 *   missionId: "untso",
 *   personnelType: "military",
 *   incidentType: "malicious-act",
 *   gender: "male",
 *   nationality: "France",
 *   nationalityId: "fra",
 *   sources: ["psdh-fatalities"],
 *   confidence: "reported",
 * });
 * console.log(fatality.incidentType);
 * ```
 */
export const PeacekeeperFatalitySchema = z
  .strictObject({
    id: IdSchema.describe("Stable across re-imports: psdh-fatality.<casualty id>."),
    casualtyId: TextSchema.describe("The UN's casualty id."),
    incidentDate: IsoDateSchema,
    missionAcronym: TextSchema.describe("The mission as the UN file names it."),
    missionId: IdSchema.optional().describe("The mission's id, when it is one of the dataset's missions."),
    personnelType: z.enum(codes(FATALITY_PERSONNEL_TYPES)),
    incidentType: z.enum(codes(INCIDENT_TYPES)),
    gender: z.enum(["female", "male"]).optional(),
    nationality: TextSchema.optional().describe("As the UN file names it; absent when undetermined."),
    nationalityId: IdSchema.optional().describe("Actor id of the nationality, when it maps to one."),
    ...provenanceShape,
  })
  .meta({ id: "PeacekeeperFatality", description: "A fatality of UN peacekeeping personnel." });

/**
 * A UN peacekeeping fatality; see {@link PeacekeeperFatalitySchema}.
 *
 * @example
 * ```ts
 * import type { PeacekeeperFatality } from "@bluehelm/core";
 *
 * const malicious = (rows: PeacekeeperFatality[]) => rows.filter((f) => f.incidentType === "malicious-act");
 * console.log(malicious([]).length);
 * ```
 */
export type PeacekeeperFatality = z.infer<typeof PeacekeeperFatalitySchema>;
