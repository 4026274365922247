/**
 * Codelists: closed vocabularies of the domain, each a typed constant with
 * English and French labels. The zod enums in the schemas are built from the
 * keys of these objects, so a code and its labels can never drift apart.
 */

/**
 * A label in both working languages of the UN Secretariat.
 *
 * @example
 * ```ts
 * import type { Label } from "@bluehelm/core";
 *
 * const label: Label = { en: "Verified", fr: "Vérifié" };
 * console.log(label.fr);
 * ```
 */
export interface Label {
  readonly en: string;
  readonly fr: string;
}

/**
 * A codelist: a frozen mapping from code to bilingual label.
 *
 * @example
 * ```ts
 * import { CONFIDENCE, type Codelist, type Confidence } from "@bluehelm/core";
 *
 * const list: Codelist<Confidence> = CONFIDENCE;
 * console.log(list.verified.en); // "Verified"
 * ```
 */
export type Codelist<K extends string> = Readonly<Record<K, Label>>;

function codelist<const T extends Record<string, Label>>(entries: T): Readonly<T> {
  return Object.freeze(entries);
}

/**
 * The confidence a fact carries.
 *
 * @example
 * ```ts
 * import { CONFIDENCE, label } from "@bluehelm/core";
 *
 * console.log(label(CONFIDENCE, "verified", "fr")); // "Vérifié"
 * ```
 */
export const CONFIDENCE = codelist({
  verified: { en: "Verified", fr: "Vérifié" },
  reported: { en: "Reported", fr: "Rapporté" },
  unverified: { en: "Unverified", fr: "Non vérifié" },
});

/**
 * A code of {@link CONFIDENCE}: `verified`, `reported` or `unverified`.
 *
 * @example
 * ```ts
 * import type { Confidence } from "@bluehelm/core";
 *
 * const value: Confidence = "reported";
 * console.log(value);
 * ```
 */
export type Confidence = keyof typeof CONFIDENCE;

/**
 * Kinds of actor.
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(ACTOR_KINDS));
 * console.log(label(ACTOR_KINDS, "state", "fr")); // "État Membre"
 * ```
 */
export const ACTOR_KINDS = codelist({
  state: { en: "Member State", fr: "État Membre" },
  observer: { en: "Observer State", fr: "État observateur" },
  organization: { en: "International organization", fr: "Organisation internationale" },
});

/**
 * A code of {@link ACTOR_KINDS}.
 *
 * @example
 * ```ts
 * import type { ActorKind } from "@bluehelm/core";
 *
 * const value: ActorKind = "organization";
 * console.log(value);
 * ```
 */
export type ActorKind = keyof typeof ACTOR_KINDS;

/**
 * The five UN regional groups, plus "none" for states outside them.
 *
 * @example
 * ```ts
 * import { REGIONAL_GROUPS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(REGIONAL_GROUPS));
 * console.log(label(REGIONAL_GROUPS, "grulac", "fr"));
 * ```
 */
export const REGIONAL_GROUPS = codelist({
  african: { en: "African States", fr: "Groupe des États d'Afrique" },
  "asia-pacific": { en: "Asia-Pacific States", fr: "Groupe des États d'Asie et du Pacifique" },
  "eastern-european": { en: "Eastern European States", fr: "Groupe des États d'Europe orientale" },
  grulac: { en: "Latin American and Caribbean States", fr: "Groupe des États d'Amérique latine et des Caraïbes" },
  weog: { en: "Western European and other States", fr: "Groupe des États d'Europe occidentale et autres États" },
  none: { en: "No regional group", fr: "Aucun groupe régional" },
});

/**
 * A code of {@link REGIONAL_GROUPS}.
 *
 * @example
 * ```ts
 * import type { RegionalGroup } from "@bluehelm/core";
 *
 * const value: RegionalGroup = "african";
 * console.log(value);
 * ```
 */
export type RegionalGroup = keyof typeof REGIONAL_GROUPS;

/**
 * Status in the Organisation internationale de la Francophonie.
 *
 * @example
 * ```ts
 * import { OIF_STATUSES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(OIF_STATUSES));
 * console.log(label(OIF_STATUSES, "member", "fr"));
 * ```
 */
export const OIF_STATUSES = codelist({
  member: { en: "Member", fr: "Membre" },
  associate: { en: "Associate member", fr: "Membre associé" },
  observer: { en: "Observer", fr: "Observateur" },
  none: { en: "Not a member", fr: "Non membre" },
});

/**
 * A code of {@link OIF_STATUSES}.
 *
 * @example
 * ```ts
 * import type { OifStatus } from "@bluehelm/core";
 *
 * const value: OifStatus = "observer";
 * console.log(value);
 * ```
 */
export type OifStatus = keyof typeof OIF_STATUSES;

/**
 * Kinds of international organization.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_KINDS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(ORGANIZATION_KINDS));
 * console.log(label(ORGANIZATION_KINDS, "regional", "fr"));
 * ```
 */
export const ORGANIZATION_KINDS = codelist({
  regional: { en: "Regional organization", fr: "Organisation régionale" },
  alliance: { en: "Military alliance", fr: "Alliance militaire" },
  linguistic: { en: "Linguistic community", fr: "Communauté linguistique" },
  "un-system": { en: "UN system entity", fr: "Entité du système des Nations Unies" },
  "civil-society": { en: "Civil society organization", fr: "Organisation de la société civile" },
  other: { en: "Other organization", fr: "Autre organisation" },
});

/**
 * A code of {@link ORGANIZATION_KINDS}.
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from "@bluehelm/core";
 *
 * const value: OrganizationKind = "un-system";
 * console.log(value);
 * ```
 */
export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;

/**
 * Kinds of event in the framework.
 *
 * @example
 * ```ts
 * import { EVENT_KINDS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(EVENT_KINDS));
 * console.log(label(EVENT_KINDS, "ministerial", "fr"));
 * ```
 */
export const EVENT_KINDS = codelist({
  summit: { en: "Summit", fr: "Sommet" },
  ministerial: { en: "Ministerial meeting", fr: "Réunion ministérielle" },
  conference: { en: "Conference", fr: "Conférence" },
  "preparatory-meeting": { en: "Preparatory meeting", fr: "Réunion préparatoire" },
  "high-level-event": { en: "High-level event", fr: "Manifestation de haut niveau" },
  other: { en: "Other event", fr: "Autre événement" },
});

/**
 * A code of {@link EVENT_KINDS}.
 *
 * @example
 * ```ts
 * import type { EventKind } from "@bluehelm/core";
 *
 * const value: EventKind = "summit";
 * console.log(value);
 * ```
 */
export type EventKind = keyof typeof EVENT_KINDS;

/**
 * Kinds of non-binding instrument.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_KINDS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(INSTRUMENT_KINDS));
 * console.log(label(INSTRUMENT_KINDS, "principles", "fr"));
 * ```
 */
export const INSTRUMENT_KINDS = codelist({
  principles: { en: "Principles", fr: "Principes" },
  declaration: { en: "Declaration", fr: "Déclaration" },
  communique: { en: "Communiqué", fr: "Communiqué" },
  "action-plan": { en: "Action plan", fr: "Plan d'action" },
  strategy: { en: "Strategy", fr: "Stratégie" },
  other: { en: "Other instrument", fr: "Autre instrument" },
});

/**
 * A code of {@link INSTRUMENT_KINDS}.
 *
 * @example
 * ```ts
 * import type { InstrumentKind } from "@bluehelm/core";
 *
 * const value: InstrumentKind = "communique";
 * console.log(value);
 * ```
 */
export type InstrumentKind = keyof typeof INSTRUMENT_KINDS;

/**
 * Precision of a partial date.
 *
 * @example
 * ```ts
 * import { DATE_PRECISIONS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(DATE_PRECISIONS));
 * console.log(label(DATE_PRECISIONS, "month", "fr"));
 * ```
 */
export const DATE_PRECISIONS = codelist({
  year: { en: "Year", fr: "Année" },
  month: { en: "Month", fr: "Mois" },
  day: { en: "Day", fr: "Jour" },
});

/**
 * A code of {@link DATE_PRECISIONS}: `year`, `month` or `day`.
 *
 * @example
 * ```ts
 * import type { DatePrecision } from "@bluehelm/core";
 *
 * const value: DatePrecision = "year";
 * console.log(value);
 * ```
 */
export type DatePrecision = keyof typeof DATE_PRECISIONS;

/**
 * Whether a partial date is the date of the fact ("on") or a date by which it had happened ("by").
 *
 * @example
 * ```ts
 * import { DATE_QUALIFIERS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(DATE_QUALIFIERS));
 * console.log(label(DATE_QUALIFIERS, "by", "fr"));
 * ```
 */
export const DATE_QUALIFIERS = codelist({
  on: { en: "On", fr: "Le" },
  by: { en: "By", fr: "Au plus tard le" },
});

/**
 * A code of {@link DATE_QUALIFIERS}: `on` or `by`.
 *
 * @example
 * ```ts
 * import type { DateQualifier } from "@bluehelm/core";
 *
 * const value: DateQualifier = "on";
 * console.log(value);
 * ```
 */
export type DateQualifier = keyof typeof DATE_QUALIFIERS;

/**
 * Level of protection of civilians in a mandate.
 *
 * @example
 * ```ts
 * import { POC_LEVELS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(POC_LEVELS));
 * console.log(label(POC_LEVELS, "core", "fr"));
 * ```
 */
export const POC_LEVELS = codelist({
  none: { en: "No PoC mandate", fr: "Pas de mandat de protection des civils" },
  limited: { en: "Limited PoC mandate", fr: "Mandat limité de protection des civils" },
  core: { en: "PoC as a core task", fr: "Protection des civils comme tâche principale" },
});

/**
 * A code of {@link POC_LEVELS}: `none`, `limited` or `core`.
 *
 * @example
 * ```ts
 * import type { PocLevel } from "@bluehelm/core";
 *
 * const value: PocLevel = "limited";
 * console.log(value);
 * ```
 */
export type PocLevel = keyof typeof POC_LEVELS;

/**
 * Tasks a Security Council mandate may assign to a mission.
 *
 * @example
 * ```ts
 * import { MANDATE_TASKS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(MANDATE_TASKS));
 * console.log(label(MANDATE_TASKS, "protection-of-civilians", "fr"));
 * ```
 */
export const MANDATE_TASKS = codelist({
  "protection-of-civilians": { en: "Protection of civilians", fr: "Protection des civils" },
  "ceasefire-monitoring": { en: "Ceasefire monitoring", fr: "Surveillance du cessez-le-feu" },
  "buffer-zone": { en: "Buffer zone supervision", fr: "Supervision d'une zone tampon" },
  "peace-process-support": { en: "Support to the peace process", fr: "Appui au processus de paix" },
  "political-process": { en: "Good offices and political process", fr: "Bons offices et processus politique" },
  ddr: { en: "Disarmament, demobilization and reintegration", fr: "Désarmement, démobilisation et réintégration" },
  ssr: { en: "Security sector reform", fr: "Réforme du secteur de la sécurité" },
  "rule-of-law": { en: "Rule of law, justice and corrections", fr: "État de droit, justice et administration pénitentiaire" },
  "human-rights": { en: "Human rights monitoring and protection", fr: "Surveillance et protection des droits de l'homme" },
  "child-protection": { en: "Child protection", fr: "Protection de l'enfance" },
  "conflict-related-sexual-violence": { en: "Preventing conflict-related sexual violence", fr: "Prévention des violences sexuelles liées aux conflits" },
  "humanitarian-access": { en: "Facilitating humanitarian assistance", fr: "Facilitation de l'aide humanitaire" },
  elections: { en: "Electoral support", fr: "Appui électoral" },
  "state-authority": { en: "Extension of State authority", fr: "Rétablissement de l'autorité de l'État" },
  "mine-action": { en: "Mine action", fr: "Lutte antimines" },
  "arms-embargo": { en: "Arms embargo monitoring", fr: "Surveillance de l'embargo sur les armes" },
  "referendum": { en: "Referendum organization", fr: "Organisation d'un référendum" },
  "neutralize-armed-groups": { en: "Neutralizing armed groups", fr: "Neutralisation des groupes armés" },
  "transitional-administration": { en: "Transitional administration", fr: "Administration transitoire" },
});

/**
 * A code of {@link MANDATE_TASKS}.
 *
 * @example
 * ```ts
 * import type { MandateTask } from "@bluehelm/core";
 *
 * const value: MandateTask = "child-protection";
 * console.log(value);
 * ```
 */
export type MandateTask = keyof typeof MANDATE_TASKS;

/**
 * Categories of uniformed personnel.
 *
 * @example
 * ```ts
 * import { PERSONNEL_CATEGORIES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(PERSONNEL_CATEGORIES));
 * console.log(label(PERSONNEL_CATEGORIES, "formed-police-units", "fr"));
 * ```
 */
export const PERSONNEL_CATEGORIES = codelist({
  troops: { en: "Contingent troops", fr: "Soldats des contingents" },
  "staff-officers": { en: "Staff officers", fr: "Officiers d'état-major" },
  "military-observers": { en: "Military observers (experts on mission)", fr: "Observateurs militaires (experts en mission)" },
  "individual-police": { en: "Individual police officers", fr: "Policiers hors unités constituées" },
  "formed-police-units": { en: "Formed police unit personnel", fr: "Personnel des unités de police constituées" },
  "justice-corrections": { en: "Justice and corrections personnel", fr: "Personnel de la justice et de l'administration pénitentiaire" },
  all: { en: "All uniformed personnel", fr: "Ensemble du personnel en tenue" },
});

/**
 * A code of {@link PERSONNEL_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { PersonnelCategory } from "@bluehelm/core";
 *
 * const value: PersonnelCategory = "staff-officers";
 * console.log(value);
 * ```
 */
export type PersonnelCategory = keyof typeof PERSONNEL_CATEGORIES;

/**
 * How a contribution figure was measured.
 *
 * @example
 * ```ts
 * import { CONTRIBUTION_MEASURES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(CONTRIBUTION_MEASURES));
 * console.log(label(CONTRIBUTION_MEASURES, "annual-mean", "fr"));
 * ```
 */
export const CONTRIBUTION_MEASURES = codelist({
  snapshot: { en: "Head count on the reporting date", fr: "Effectif à la date de référence" },
  "annual-mean": { en: "Mean of the monthly head counts over the period", fr: "Moyenne des effectifs mensuels sur la période" },
});

/**
 * A code of {@link CONTRIBUTION_MEASURES}.
 *
 * @example
 * ```ts
 * import type { ContributionMeasure } from "@bluehelm/core";
 *
 * const value: ContributionMeasure = "snapshot";
 * console.log(value);
 * ```
 */
export type ContributionMeasure = keyof typeof CONTRIBUTION_MEASURES;

/**
 * Kinds of pledge.
 *
 * @example
 * ```ts
 * import { PLEDGE_KINDS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(PLEDGE_KINDS));
 * console.log(label(PLEDGE_KINDS, "training", "fr"));
 * ```
 */
export const PLEDGE_KINDS = codelist({
  unit: { en: "Unit or capability", fr: "Unité ou capacité" },
  training: { en: "Training", fr: "Formation" },
  equipment: { en: "Equipment", fr: "Équipement" },
  funding: { en: "Funding", fr: "Financement" },
  partnership: { en: "Partnership", fr: "Partenariat" },
  policy: { en: "Policy commitment", fr: "Engagement politique" },
  personnel: { en: "Individual personnel", fr: "Personnel individuel" },
});

/**
 * A code of {@link PLEDGE_KINDS}.
 *
 * @example
 * ```ts
 * import type { PledgeKind } from "@bluehelm/core";
 *
 * const value: PledgeKind = "unit";
 * console.log(value);
 * ```
 */
export type PledgeKind = keyof typeof PLEDGE_KINDS;

/**
 * Types of unit in UN force generation.
 *
 * @example
 * ```ts
 * import { UNIT_TYPES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(UNIT_TYPES));
 * console.log(label(UNIT_TYPES, "level-2-hospital", "fr"));
 * ```
 */
export const UNIT_TYPES = codelist({
  "infantry-battalion": { en: "Infantry battalion", fr: "Bataillon d'infanterie" },
  "infantry-company": { en: "Infantry company", fr: "Compagnie d'infanterie" },
  "quick-reaction-force": { en: "Quick reaction force", fr: "Force de réaction rapide" },
  "special-forces": { en: "Special forces unit", fr: "Unité de forces spéciales" },
  "reconnaissance-company": { en: "Reconnaissance company", fr: "Compagnie de reconnaissance" },
  "utility-helicopter-unit": { en: "Utility helicopter unit", fr: "Unité d'hélicoptères de manœuvre" },
  "attack-helicopter-unit": { en: "Attack helicopter unit", fr: "Unité d'hélicoptères d'attaque" },
  "medium-utility-helicopter-unit": { en: "Medium utility helicopter unit", fr: "Unité d'hélicoptères moyens de manœuvre" },
  "fixed-wing-transport": { en: "Fixed-wing transport aircraft", fr: "Avion de transport" },
  "tactical-airlift": { en: "Tactical airlift", fr: "Transport aérien tactique" },
  "isr-unit": { en: "Intelligence, surveillance and reconnaissance unit", fr: "Unité de renseignement, surveillance et reconnaissance" },
  "uas-unit": { en: "Unmanned aerial systems unit", fr: "Unité de systèmes aériens sans pilote" },
  "level-1-hospital": { en: "Level-1 hospital", fr: "Hôpital de niveau 1" },
  "level-2-hospital": { en: "Level-2 hospital", fr: "Hôpital de niveau 2" },
  "level-3-hospital": { en: "Level-3 hospital", fr: "Hôpital de niveau 3" },
  "engineering-company": { en: "Engineering company", fr: "Compagnie du génie" },
  "eod-unit": { en: "Explosive ordnance disposal unit", fr: "Unité de neutralisation des explosifs" },
  "signals-company": { en: "Signals company", fr: "Compagnie de transmissions" },
  "transport-company": { en: "Transport company", fr: "Compagnie de transport" },
  "logistics-unit": { en: "Logistics unit", fr: "Unité logistique" },
  "riverine-unit": { en: "Riverine unit", fr: "Unité fluviale" },
  "maritime-task-force": { en: "Maritime task force unit", fr: "Unité de force opérationnelle maritime" },
  "military-police-company": { en: "Military police company", fr: "Compagnie de police militaire" },
  "formed-police-unit": { en: "Formed police unit", fr: "Unité de police constituée" },
  "specialized-police-team": { en: "Specialized police team", fr: "Équipe de police spécialisée" },
  "female-engagement-team": { en: "Female engagement team", fr: "Équipe d'engagement féminine" },
  "mixed-engagement-team": { en: "Mixed engagement team", fr: "Équipe d'engagement mixte" },
  "staff-officers": { en: "Staff officers", fr: "Officiers d'état-major" },
  "military-observers": { en: "Military observers", fr: "Observateurs militaires" },
  "individual-police-officers": { en: "Individual police officers", fr: "Policiers hors unités constituées" },
  "standby-force": { en: "Standby force", fr: "Force en attente" },
  other: { en: "Other unit", fr: "Autre unité" },
});

/**
 * A code of {@link UNIT_TYPES}.
 *
 * @example
 * ```ts
 * import type { UnitType } from "@bluehelm/core";
 *
 * const value: UnitType = "female-engagement-team";
 * console.log(value);
 * ```
 */
export type UnitType = keyof typeof UNIT_TYPES;

/**
 * Readiness levels of the Peacekeeping Capability Readiness System.
 *
 * @example
 * ```ts
 * import { PCRS_LEVELS, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(PCRS_LEVELS));
 * console.log(label(PCRS_LEVELS, "rdl", "fr"));
 * ```
 */
export const PCRS_LEVELS = codelist({
  "level-1": { en: "PCRS level 1 (registered)", fr: "SPCR niveau 1 (enregistré)" },
  "level-2": { en: "PCRS level 2 (assessed)", fr: "SPCR niveau 2 (évalué)" },
  "level-3": { en: "PCRS level 3", fr: "SPCR niveau 3" },
  rdl: { en: "Rapid deployment level (deployable within 60 days)", fr: "Niveau de déploiement rapide (déployable sous 60 jours)" },
});

/**
 * A code of {@link PCRS_LEVELS}.
 *
 * @example
 * ```ts
 * import type { PcrsLevel } from "@bluehelm/core";
 *
 * const value: PcrsLevel = "level-2";
 * console.log(value);
 * ```
 */
export type PcrsLevel = keyof typeof PCRS_LEVELS;

/**
 * Statuses of a pledge, in the order of its lifecycle.
 *
 * @example
 * ```ts
 * import { PLEDGE_STATUSES, label } from "@bluehelm/core";
 *
 * // announced, registered, assessed, pcrs-level-3, rapid-deployment, deployed, fulfilled, withdrawn, lapsed
 * console.log(Object.keys(PLEDGE_STATUSES).join(", "));
 * console.log(label(PLEDGE_STATUSES, "deployed", "fr"));
 * ```
 */
export const PLEDGE_STATUSES = codelist({
  announced: { en: "Announced", fr: "Annoncé" },
  registered: { en: "Registered (PCRS level 1)", fr: "Enregistré (SPCR niveau 1)" },
  assessed: { en: "Assessed (PCRS level 2)", fr: "Évalué (SPCR niveau 2)" },
  "pcrs-level-3": { en: "PCRS level 3", fr: "SPCR niveau 3" },
  "rapid-deployment": { en: "Rapid deployment level", fr: "Niveau de déploiement rapide" },
  deployed: { en: "Deployed", fr: "Déployé" },
  fulfilled: { en: "Fulfilled", fr: "Réalisé" },
  withdrawn: { en: "Withdrawn", fr: "Retiré" },
  lapsed: { en: "Lapsed", fr: "Caduc" },
});

/**
 * A code of {@link PLEDGE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { PledgeStatus } from "@bluehelm/core";
 *
 * const value: PledgeStatus = "rapid-deployment";
 * console.log(value);
 * ```
 */
export type PledgeStatus = keyof typeof PLEDGE_STATUSES;

/**
 * Types of pledge event in the append-only history.
 *
 * @example
 * ```ts
 * import { PLEDGE_EVENT_TYPES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(PLEDGE_EVENT_TYPES));
 * console.log(label(PLEDGE_EVENT_TYPES, "amended", "fr"));
 * ```
 */
export const PLEDGE_EVENT_TYPES = codelist({
  announced: { en: "Announced", fr: "Annoncé" },
  registered: { en: "Registered at PCRS level 1", fr: "Enregistré au niveau 1 du SPCR" },
  assessed: { en: "Assessed at PCRS level 2", fr: "Évalué au niveau 2 du SPCR" },
  "pcrs-level-3": { en: "Reached PCRS level 3", fr: "Niveau 3 du SPCR atteint" },
  "rapid-deployment": { en: "Reached the rapid deployment level", fr: "Niveau de déploiement rapide atteint" },
  deployed: { en: "Deployed", fr: "Déployé" },
  fulfilled: { en: "Fulfilled", fr: "Réalisé" },
  withdrawn: { en: "Withdrawn", fr: "Retiré" },
  lapsed: { en: "Lapsed", fr: "Devenu caduc" },
  amended: { en: "Amended", fr: "Modifié" },
});

/**
 * A code of {@link PLEDGE_EVENT_TYPES}: a status to move to, or `amended`.
 *
 * @example
 * ```ts
 * import type { PledgeEventType } from "@bluehelm/core";
 *
 * const value: PledgeEventType = "registered";
 * console.log(value);
 * ```
 */
export type PledgeEventType = keyof typeof PLEDGE_EVENT_TYPES;

/**
 * Roles an actor holds over a period.
 *
 * @example
 * ```ts
 * import { ACTOR_ROLES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(ACTOR_ROLES));
 * console.log(label(ACTOR_ROLES, "host-state", "fr"));
 * ```
 */
export const ACTOR_ROLES = codelist({
  "troop-police-contributor-rank": { en: "Rank among troop and police contributors", fr: "Rang parmi les pays fournisseurs de contingents et de personnel de police" },
  "financial-contributor-share": { en: "Share of the peacekeeping budget", fr: "Quote-part du budget des opérations de maintien de la paix" },
  "host-state": { en: "Host State", fr: "État hôte" },
  "r2p-group-of-friends-co-chair": { en: "Co-chair of the Group of Friends of the Responsibility to Protect", fr: "Coprésident du Groupe des amis de la responsabilité de protéger" },
  "security-council-member": { en: "Security Council member", fr: "Membre du Conseil de sécurité" },
});

/**
 * A code of {@link ACTOR_ROLES}.
 *
 * @example
 * ```ts
 * import type { ActorRoleType } from "@bluehelm/core";
 *
 * const value: ActorRoleType = "troop-police-contributor-rank";
 * console.log(value);
 * ```
 */
export type ActorRoleType = keyof typeof ACTOR_ROLES;

/**
 * Scales of assessment for UN budgets.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_SCALES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(ASSESSMENT_SCALES));
 * console.log(label(ASSESSMENT_SCALES, "peacekeeping", "fr"));
 * ```
 */
export const ASSESSMENT_SCALES = codelist({
  peacekeeping: { en: "Peacekeeping scale of assessments", fr: "Barème des quotes-parts pour les opérations de maintien de la paix" },
  regular: { en: "Regular budget scale of assessments", fr: "Barème des quotes-parts du budget ordinaire" },
});

/**
 * A code of {@link ASSESSMENT_SCALES}.
 *
 * @example
 * ```ts
 * import type { AssessmentScale } from "@bluehelm/core";
 *
 * const value: AssessmentScale = "regular";
 * console.log(value);
 * ```
 */
export type AssessmentScale = keyof typeof ASSESSMENT_SCALES;

/**
 * Kinds of conduct and discipline figure.
 *
 * @example
 * ```ts
 * import { CONDUCT_CATEGORIES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(CONDUCT_CATEGORIES));
 * console.log(label(CONDUCT_CATEGORIES, "sea", "fr"));
 * ```
 */
export const CONDUCT_CATEGORIES = codelist({
  sea: { en: "Sexual exploitation and abuse", fr: "Exploitation et atteintes sexuelles" },
});

/**
 * A code of {@link CONDUCT_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { ConductCategory } from "@bluehelm/core";
 *
 * const value: ConductCategory = "sea";
 * console.log(value);
 * ```
 */
export type ConductCategory = keyof typeof CONDUCT_CATEGORIES;

/**
 * Severity of a validation issue.
 *
 * @example
 * ```ts
 * import { SEVERITIES, label } from "@bluehelm/core";
 *
 * console.log(Object.keys(SEVERITIES));
 * console.log(label(SEVERITIES, "warning", "fr"));
 * ```
 */
export const SEVERITIES = codelist({
  error: { en: "Error", fr: "Erreur" },
  warning: { en: "Warning", fr: "Avertissement" },
  info: { en: "Information", fr: "Information" },
});

/**
 * A code of {@link SEVERITIES}: `error`, `warning` or `info`.
 *
 * @example
 * ```ts
 * import type { Severity } from "@bluehelm/core";
 *
 * const value: Severity = "error";
 * console.log(value);
 * ```
 */
export type Severity = keyof typeof SEVERITIES;

/**
 * The site sets of deployment sites: which public data set located them.
 *
 * @example
 * ```ts
 * import { SITE_DATASETS, label } from "@bluehelm/core";
 *
 * console.log(label(SITE_DATASETS, "radpko", "fr"));
 * ```
 */
export const SITE_DATASETS = codelist({
  radpko: { en: "RADPKO bases (personnel by base, contributor and year)", fr: "Bases RADPKO (effectifs par base, contributeur et année)" },
  "geo-pko": { en: "Geo-PKO deployment locations", fr: "Emplacements de déploiement Geo-PKO" },
});

/**
 * A code of {@link SITE_DATASETS}: `radpko` or `geo-pko`.
 *
 * @example
 * ```ts
 * import type { SiteDataset } from "@bluehelm/core";
 *
 * const value: SiteDataset = "radpko";
 * console.log(value);
 * ```
 */
export type SiteDataset = keyof typeof SITE_DATASETS;

/**
 * What is present at a deployment site: kinds of units and functions.
 *
 * @example
 * ```ts
 * import { SITE_CAPABILITIES, label } from "@bluehelm/core";
 *
 * console.log(label(SITE_CAPABILITIES, "aviation", "fr"));
 * ```
 */
export const SITE_CAPABILITIES = codelist({
  headquarters: { en: "Headquarters", fr: "Quartier général" },
  infantry: { en: "Infantry", fr: "Infanterie" },
  reserve: { en: "Reserve or quick reaction force", fr: "Réserve ou force de réaction rapide" },
  police: { en: "UN police", fr: "Police des Nations Unies" },
  "military-observers": { en: "Military observers", fr: "Observateurs militaires" },
  medical: { en: "Medical unit", fr: "Unité médicale" },
  aviation: { en: "Aviation or helicopter support", fr: "Aviation ou appui par hélicoptères" },
  engineering: { en: "Engineering", fr: "Génie" },
  signals: { en: "Signals", fr: "Transmissions" },
  riverine: { en: "Riverine unit", fr: "Unité fluviale" },
  maintenance: { en: "Maintenance", fr: "Maintenance" },
  transport: { en: "Transport", fr: "Transport" },
});

/**
 * A code of {@link SITE_CAPABILITIES}.
 *
 * @example
 * ```ts
 * import type { SiteCapability } from "@bluehelm/core";
 *
 * const value: SiteCapability = "medical";
 * console.log(value);
 * ```
 */
export type SiteCapability = keyof typeof SITE_CAPABILITIES;

/**
 * UCDP's types of organized violence, by their code in the `type_of_violence` column.
 *
 * @example
 * ```ts
 * import { VIOLENCE_TYPES } from "@bluehelm/core";
 *
 * console.log(VIOLENCE_TYPES["3"].en); // "One-sided violence (against civilians)"
 * ```
 */
export const VIOLENCE_TYPES = codelist({
  "1": { en: "State-based armed conflict", fr: "Conflit armé impliquant un État" },
  "2": { en: "Non-state conflict", fr: "Conflit non étatique" },
  "3": { en: "One-sided violence (against civilians)", fr: "Violence unilatérale (contre des civils)" },
});

/**
 * A code of {@link VIOLENCE_TYPES}, as text: `"1"`, `"2"` or `"3"`.
 *
 * @example
 * ```ts
 * import type { ViolenceType } from "@bluehelm/core";
 *
 * const value: ViolenceType = "3";
 * console.log(value);
 * ```
 */
export type ViolenceType = keyof typeof VIOLENCE_TYPES;

/**
 * UCDP's location precision codes (`where_prec`), from a named place to a whole country.
 *
 * @example
 * ```ts
 * import { LOCATION_PRECISIONS } from "@bluehelm/core";
 *
 * console.log(LOCATION_PRECISIONS["1"].en);
 * ```
 */
export const LOCATION_PRECISIONS = codelist({
  "1": { en: "Exact location (a named place)", fr: "Lieu exact (un lieu nommé)" },
  "2": { en: "Within about 25 km of a known point", fr: "À environ 25 km d'un point connu" },
  "3": { en: "Second-order administrative division", fr: "Division administrative de second ordre" },
  "4": { en: "First-order administrative division", fr: "Division administrative de premier ordre" },
  "5": { en: "Linear feature or larger area", fr: "Élément linéaire ou zone plus vaste" },
  "6": { en: "Country only", fr: "Pays seulement" },
  "7": { en: "International waters or airspace", fr: "Eaux ou espace aérien internationaux" },
});

/**
 * A code of {@link LOCATION_PRECISIONS}, as text `"1"` to `"7"`.
 *
 * @example
 * ```ts
 * import type { LocationPrecision } from "@bluehelm/core";
 *
 * const value: LocationPrecision = "1";
 * console.log(value);
 * ```
 */
export type LocationPrecision = keyof typeof LOCATION_PRECISIONS;

/**
 * UCDP's date precision codes (`date_prec`), from a known day to a known year.
 *
 * @example
 * ```ts
 * import { EVENT_DATE_PRECISIONS } from "@bluehelm/core";
 *
 * console.log(EVENT_DATE_PRECISIONS["1"].fr);
 * ```
 */
export const EVENT_DATE_PRECISIONS = codelist({
  "1": { en: "Exact day", fr: "Jour exact" },
  "2": { en: "Within 2–6 days", fr: "À 2 à 6 jours près" },
  "3": { en: "Within a week to a month", fr: "À une semaine ou un mois près" },
  "4": { en: "Within a month to a year", fr: "À un mois ou un an près" },
  "5": { en: "Within more than a year", fr: "À plus d'un an près" },
});

/**
 * A code of {@link EVENT_DATE_PRECISIONS}, as text `"1"` to `"5"`.
 *
 * @example
 * ```ts
 * import type { EventDatePrecision } from "@bluehelm/core";
 *
 * const value: EventDatePrecision = "1";
 * console.log(value);
 * ```
 */
export type EventDatePrecision = keyof typeof EVENT_DATE_PRECISIONS;

/**
 * The kind of personnel a peacekeeping fatality was.
 *
 * @example
 * ```ts
 * import { FATALITY_PERSONNEL_TYPES, label } from "@bluehelm/core";
 *
 * console.log(label(FATALITY_PERSONNEL_TYPES, "military", "fr"));
 * ```
 */
export const FATALITY_PERSONNEL_TYPES = codelist({
  military: { en: "Military", fr: "Militaire" },
  police: { en: "Police", fr: "Police" },
  "military-observer": { en: "Military observer", fr: "Observateur militaire" },
  "international-civilian": { en: "International civilian staff", fr: "Personnel civil international" },
  "local-civilian": { en: "Local civilian staff", fr: "Personnel civil recruté localement" },
  other: { en: "Other personnel", fr: "Autre personnel" },
});

/**
 * A code of {@link FATALITY_PERSONNEL_TYPES}.
 *
 * @example
 * ```ts
 * import type { FatalityPersonnelType } from "@bluehelm/core";
 *
 * const value: FatalityPersonnelType = "police";
 * console.log(value);
 * ```
 */
export type FatalityPersonnelType = keyof typeof FATALITY_PERSONNEL_TYPES;

/**
 * The type of incident behind a peacekeeping fatality, as the UN records it.
 *
 * @example
 * ```ts
 * import { INCIDENT_TYPES, label } from "@bluehelm/core";
 *
 * console.log(label(INCIDENT_TYPES, "malicious-act", "fr"));
 * ```
 */
export const INCIDENT_TYPES = codelist({
  "malicious-act": { en: "Malicious act", fr: "Acte de malveillance" },
  accident: { en: "Accident", fr: "Accident" },
  illness: { en: "Illness", fr: "Maladie" },
  "self-inflicted": { en: "Self-inflicted", fr: "Auto-infligé" },
  unknown: { en: "Unknown", fr: "Inconnu" },
  "to-be-determined": { en: "To be determined", fr: "À déterminer" },
});

/**
 * A code of {@link INCIDENT_TYPES}.
 *
 * @example
 * ```ts
 * import type { IncidentType } from "@bluehelm/core";
 *
 * const value: IncidentType = "accident";
 * console.log(value);
 * ```
 */
export type IncidentType = keyof typeof INCIDENT_TYPES;

/**
 * The keys of a codelist as a non-empty tuple, for `z.enum`.
 *
 * @example
 * ```ts
 * import { POC_LEVELS, codes } from "@bluehelm/core";
 * import * as z from "zod";
 *
 * const PocLevel = z.enum(codes(POC_LEVELS));
 * console.log(PocLevel.parse("core"));
 * ```
 */
export function codes<K extends string>(list: Codelist<K>): [K, ...K[]] {
  return Object.keys(list) as [K, ...K[]];
}

/**
 * The label of a code in a language; the code itself when unknown.
 *
 * @example
 * ```ts
 * import { UNIT_TYPES, label } from "@bluehelm/core";
 *
 * console.log(label(UNIT_TYPES, "formed-police-unit"));
 * console.log(label(UNIT_TYPES, "formed-police-unit", "fr"));
 * ```
 */
export function label<K extends string>(list: Codelist<K>, code: K, lang: "en" | "fr" = "en"): string {
  const entry = list[code] as Label | undefined;
  return entry ? entry[lang] : code;
}
