import type { LocationPrecision, UnitType, ViolenceType } from "../codelists.js";
import { today } from "../dates.js";
import type { Coordinates } from "../schemas/common.js";
import type { ConflictEvent, DeploymentSite, EventDeaths, SiteContributor } from "../schemas/ground.js";
import { sourcesOf, type Answer } from "./answer.js";
import type { DatasetIndex } from "./dataset-index.js";
import { siteActive } from "./ground.js";
import { statusHistory, stepsBy } from "./pledges.js";
import { spatialIndex, type SpatialIndex } from "./spatial.js";

/**
 * Options of {@link earlyWarning}.
 *
 * @example
 * ```ts
 * import type { AlertOptions } from "@bluehelm/core/analytics";
 *
 * const options: AlertOptions = { since: "2019-01-01", until: "2019-12-31", radiusKm: 30 };
 * console.log(options.radiusKm);
 * ```
 */
export interface AlertOptions {
  /** New events to screen (a file, a request body); default the stored events. */
  readonly events?: readonly ConflictEvent[];
  /** First and last day of the window, on the events' start dates; default all. */
  readonly since?: string;
  readonly until?: string;
  /** The radius around a site, in km; default 25. */
  readonly radiusKm?: number;
  /** How many nearest sites to list per alert; default 3. */
  readonly nearest?: number;
  /** The location precisions kept; default `["1", "2", "3"]`. */
  readonly precision?: readonly LocationPrecision[];
  /** The date the pledge statuses are read for; default today. */
  readonly asOf?: string;
}

/**
 * A site near an alert's event, with who was there.
 *
 * @example
 * ```ts
 * import type { AlertSite } from "@bluehelm/core/analytics";
 *
 * const site: AlertSite = { siteId: "radpko.minusca.caf.bria.2019", missionId: "minusca", place: "bria", dataset: "radpko", year: 2019, distanceKm: 4.2, contributors: [] };
 * console.log(site.distanceKm);
 * ```
 */
export interface AlertSite {
  readonly siteId: string;
  readonly missionId: string;
  readonly place: string;
  readonly dataset: DeploymentSite["dataset"];
  /** The year of the site data used (the event's year, or the latest earlier year with data). */
  readonly year: number;
  readonly distanceKm: number;
  readonly contributors: readonly SiteContributor[];
}

/**
 * A pledged unit at the rapid deployment level on the event's date: a unit that could respond.
 *
 * @example
 * ```ts
 * import type { RapidUnit } from "@bluehelm/core/analytics";
 *
 * const unit: RapidUnit = { pledgeId: "example", actorId: "rwa", unitType: "infantry-battalion", quantity: 1, since: "2018-05-01" };
 * console.log(unit.unitType);
 * ```
 */
export interface RapidUnit {
  readonly pledgeId: string;
  readonly actorId: string;
  readonly unitType: UnitType | undefined;
  readonly quantity: number | undefined;
  readonly since: string;
}

/**
 * An event with civilians harmed near active sites.
 *
 * @example
 * ```ts
 * import { createIndex, earlyWarning, type Alert } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const alerts: readonly Alert[] = earlyWarning(createIndex(loadDataset()), { since: "2019-01-01", until: "2019-12-31" }).value.alerts;
 * console.log(alerts[0]?.event.id, alerts[0]?.sites[0]?.distanceKm);
 * ```
 */
export interface Alert {
  readonly event: {
    readonly id: string;
    readonly dateStart: string;
    readonly dateEnd: string;
    readonly typeOfViolence: ViolenceType;
    readonly sideA: string;
    readonly sideB: string;
    readonly place: string | undefined;
    readonly country: string;
    readonly coordinates: Coordinates;
    readonly locationPrecision: LocationPrecision;
    readonly deaths: EventDeaths;
  };
  /** The nearest active sites within the radius, nearest first. */
  readonly sites: readonly AlertSite[];
  /** True when the site data used is from a year before the event's (none for its year). */
  readonly sitesFromEarlierYear: boolean;
  readonly rapidDeployment: readonly RapidUnit[];
}

/**
 * The answer of {@link earlyWarning}.
 *
 * @example
 * ```ts
 * import { createIndex, earlyWarning, type EarlyWarning } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const w: EarlyWarning = earlyWarning(createIndex(loadDataset()), { since: "2019-01-01" }).value;
 * console.log(w.screened, w.alerts.length);
 * ```
 */
export interface EarlyWarning {
  readonly radiusKm: number;
  readonly since: string | undefined;
  readonly until: string | undefined;
  /** Events in the window screened (civilians harmed or not). */
  readonly screened: number;
  readonly alerts: readonly Alert[];
}

/**
 * Whether an event harmed civilians: civilian deaths, or one-sided violence with deaths.
 *
 * @example
 * ```ts
 * import { harmsCivilians } from "@bluehelm/core/analytics";
 * import { conflictEvents } from "@bluehelm/data/conflict-events";
 *
 * console.log(conflictEvents.filter(harmsCivilians).length);
 * ```
 */
export function harmsCivilians(e: ConflictEvent): boolean {
  return e.deaths.civilians > 0 || (e.typeOfViolence === "3" && e.deaths.best > 0);
}

/**
 * Early warning: the events in a window (stored, or new ones from a file or
 * a request) that harmed civilians within `radiusKm` of active deployment
 * sites, each with its nearest sites, their distance, the contributors
 * present, and the pledged units at the rapid deployment level on the
 * event's date. Sites are those active in the event's year, from both site
 * sets; where no site data covers that year, the latest earlier year's sites
 * are used and the alert says so.
 *
 * @example
 * ```ts
 * import { createIndex, earlyWarning } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const { value } = earlyWarning(createIndex(loadDataset()), { since: "2019-06-01", until: "2019-06-30", radiusKm: 25 });
 * for (const a of value.alerts) console.log(a.event.dateStart, a.event.place, a.sites.map((s) => `${s.place} ${s.distanceKm.toFixed(1)} km`));
 * ```
 */
export function earlyWarning(index: DatasetIndex, options: AlertOptions = {}): Answer<EarlyWarning> {
  const radiusKm = options.radiusKm ?? 25;
  const nearest = options.nearest ?? 3;
  const precision = options.precision ?? ["1", "2", "3"];
  const asOf = options.asOf ?? today();
  const events = (options.events ?? index.conflictEvents).filter(
    (e) => (options.since === undefined || e.dateStart >= options.since) && (options.until === undefined || e.dateStart <= options.until),
  );
  const sitesByYear = new Map<number, DeploymentSite[]>();
  for (const list of index.sitesByMission.values()) {
    for (const s of list) {
      if (!siteActive(s)) continue;
      const l = sitesByYear.get(s.year);
      if (l) l.push(s);
      else sitesByYear.set(s.year, [s]);
    }
  }
  const siteYears = [...sitesByYear.keys()].sort((a, b) => a - b);
  const trees = new Map<number, SpatialIndex<DeploymentSite>>();
  const treeFor = (year: number): { tree: SpatialIndex<DeploymentSite>; year: number } | undefined => {
    let y: number | undefined;
    for (const candidate of siteYears) if (candidate <= year) y = candidate;
    if (y === undefined) return undefined;
    let tree = trees.get(y);
    if (!tree) trees.set(y, (tree = spatialIndex(sitesByYear.get(y)!)));
    return { tree, year: y };
  };
  // The units on rapid-deployment standby on each event's date. A pledge's history of statuses does not
  // depend on the date it is read for (pledgeStatus folds every event, then keeps the steps up to the date),
  // so it is folded once here for the answer's date, and each standby step kept with the date the next step
  // ends it: the units on a date are those of the steps open on it (what pledgesAsOf answers, filtered on
  // the status), without folding every pledge again for each date.
  const standby: { readonly unit: RapidUnit; readonly until: string | undefined }[] = [];
  for (const pledge of index.pledges) {
    if (pledge.announcedOn > asOf) continue;
    const steps = statusHistory(index, pledge);
    const history = steps.slice(0, stepsBy(steps, asOf));
    history.forEach((step, i) => {
      if (step.status !== "rapid-deployment") return;
      standby.push({
        unit: { pledgeId: pledge.id, actorId: pledge.actorId, unitType: pledge.unit?.unitType, quantity: pledge.unit?.quantity, since: step.since },
        until: history[i + 1]?.since,
      });
    });
  }
  const rapidByDate = new Map<string, RapidUnit[]>();
  const rapidOn = (date: string): RapidUnit[] => {
    const on = date < asOf ? date : asOf;
    let units = rapidByDate.get(on);
    if (!units) {
      units = standby.filter((s) => s.unit.since <= on && (s.until === undefined || s.until > on)).map((s) => s.unit);
      rapidByDate.set(on, units);
    }
    return units;
  };
  const alerts: Alert[] = [];
  const used: { sources: readonly string[] }[] = [];
  let screened = 0;
  for (const e of events) {
    if (!precision.includes(e.locationPrecision)) continue;
    screened++;
    if (!harmsCivilians(e)) continue;
    const eventYear = Number(e.dateStart.slice(0, 4));
    const found = treeFor(eventYear);
    if (!found) continue;
    const near = found.tree.near(e.coordinates, radiusKm, nearest);
    if (near.length === 0) continue;
    used.push(e, ...near.map((n) => n.item));
    alerts.push({
      event: {
        id: e.id,
        dateStart: e.dateStart,
        dateEnd: e.dateEnd,
        typeOfViolence: e.typeOfViolence,
        sideA: e.sideA,
        sideB: e.sideB,
        place: e.place,
        country: e.country,
        coordinates: e.coordinates,
        locationPrecision: e.locationPrecision,
        deaths: e.deaths,
      },
      sites: near.map(({ item, distanceKm }) => ({
        siteId: item.id,
        missionId: item.missionId,
        place: item.place,
        dataset: item.dataset,
        year: item.year,
        distanceKm,
        contributors: item.contributors,
      })),
      sitesFromEarlierYear: found.year < eventYear,
      rapidDeployment: rapidOn(e.dateStart),
    });
  }
  alerts.sort((a, b) => (a.event.dateStart > b.event.dateStart ? -1 : a.event.dateStart < b.event.dateStart ? 1 : b.event.deaths.civilians - a.event.deaths.civilians || (a.event.id < b.event.id ? -1 : 1)));
  return {
    asOf,
    value: { radiusKm, since: options.since, until: options.until, screened, alerts },
    method: {
      en: `Events with a start date in the window and location precision ${precision.join(", ")} that harmed civilians (deaths_civilians > 0, or one-sided violence with deaths), within ${radiusKm} km (great-circle) of a deployment site active in the event's year (RADPKO bases with personnel, Geo-PKO locations), or of the latest earlier year's sites when no site data covers that year (said per alert); the ${nearest} nearest sites are listed. Rapid deployment: pledges at the rapid deployment level on the event's date (or the answer's date, if earlier), from their event histories.`,
      fr: `Événements dont la date de début est dans la fenêtre, de précision de lieu ${precision.join(", ")}, ayant fait des victimes civiles (deaths_civilians > 0, ou violence unilatérale avec des morts), à moins de ${radiusKm} km (orthodromie) d'un site de déploiement actif l'année de l'événement (bases RADPKO avec du personnel, emplacements Geo-PKO), ou des sites de la dernière année antérieure lorsque aucune donnée ne couvre cette année (indiqué pour chaque alerte) ; les ${nearest} sites les plus proches sont listés. Déploiement rapide : engagements au niveau de déploiement rapide à la date de l'événement (ou à la date de la réponse si elle est antérieure), d'après leur historique.`,
    },
    sources: sourcesOf(used),
  };
}
