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
 * A source behind a codelist definition: its id in the sources registry of `@bluehelm/data`, its
 * title and address.
 *
 * @example
 * ```ts
 * import { PCRS_LEVELS, type DefinitionSource } from "@bluehelm/core";
 *
 * const sources: readonly DefinitionSource[] = PCRS_LEVELS.rdl.definition.sources;
 * console.log(sources.map((s) => `${s.sourceId}: ${s.url}`));
 * ```
 */
export interface DefinitionSource {
  readonly sourceId: string;
  readonly title: string;
  readonly url: string;
}

/**
 * What a code means, when its meaning is itself a sourced fact (what a PCRS level requires, what a
 * PoC level stands for): the definition in our own words, in English and French, with its sources
 * and a confidence.
 *
 * @example
 * ```ts
 * import { PCRS_LEVELS, type Definition } from "@bluehelm/core";
 *
 * const rdl: Definition = PCRS_LEVELS.rdl.definition;
 * console.log(rdl.en, rdl.sources.map((s) => s.sourceId), rdl.confidence);
 * ```
 */
export interface Definition {
  readonly en: string;
  readonly fr: string;
  /** Empty only for a definition that follows from the others of its list (confidence then says so). */
  readonly sources: readonly DefinitionSource[];
  readonly confidence: "verified" | "reported" | "unverified";
}

/**
 * A label that also carries the definition of its code; see {@link Definition}.
 *
 * @example
 * ```ts
 * import { POC_LEVELS, type DefinedLabel } from "@bluehelm/core";
 *
 * const core: DefinedLabel = POC_LEVELS.core;
 * console.log(core.en, "—", core.definition.en);
 * ```
 */
export interface DefinedLabel extends Label {
  readonly definition: Definition;
}

const PK_MANUAL_2021: DefinitionSource = {
  sourceId: "un-manual-generation-deployment-2021",
  title: "United Nations Manual for the Generation and Deployment of Military and Formed Police Units to Peace Operations (ref. 2021.05)",
  url: "https://docslib.org/doc/168299/united-nations-manual-for-the-generation-and-deployment-of-military-and-formed-police-units-to-peace-operations",
};
const UN_RDL_WORKSHOP: DefinitionSource = {
  sourceId: "un-rdl-workshop-article",
  title: "Rapid Deployment Level workshop (UN article)",
  url: "https://www.un.org/hi/node/237137",
};

/**
 * The definitions of a codelist's codes as one line of text ("code: definition; …"), for schema
 * descriptions; only the codes that carry a definition.
 *
 * @example
 * ```ts
 * import { POC_LEVELS, describeDefinitions } from "@bluehelm/core";
 *
 * console.log(describeDefinitions(POC_LEVELS));
 * ```
 */
export function describeDefinitions<K extends string>(list: Codelist<K>, lang: "en" | "fr" = "en"): string {
  return (Object.entries(list) as [K, Label & { definition?: Definition }][])
    .filter(([, l]) => l.definition !== undefined)
    .map(([code, l]) => `${code}: ${l.definition![lang]}${l.definition!.sources.length > 0 ? ` (${l.definition!.sources.map((x) => x.sourceId).join(", ")})` : ""}`)
    .join("; ");
}

/**
 * The definition of a code, when its codelist carries one; undefined otherwise.
 *
 * @example
 * ```ts
 * import { PCRS_LEVELS, definitionOf } from "@bluehelm/core";
 *
 * console.log(definitionOf(PCRS_LEVELS, "level-2")?.en);
 * ```
 */
export function definitionOf<K extends string>(list: Codelist<K>, code: K): Definition | undefined {
  return (list[code] as (Label & { definition?: Definition }) | undefined)?.definition;
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
  none: {
    en: "No PoC mandate",
    fr: "Pas de mandat de protection des civils",
    definition: {
      en: "The mandate gives the mission no authority to protect civilians: neither a limited nor a core PoC mandate. Bluehelm's classification, the complement of the two others; for MINURSO, UNDOF and UNFICYP it rests on background knowledge.",
      fr: "Le mandat ne confère à la mission aucune autorité pour protéger les civils : ni mandat limité ni mandat principal. Classement de Bluehelm, complément des deux autres ; pour la MINURSO, la FNUOD et l'UNFICYP, il repose sur des connaissances générales.",
      sources: [],
      confidence: "unverified",
    },
  },
  limited: {
    en: "Limited PoC mandate",
    fr: "Mandat limité de protection des civils",
    definition: {
      en: "The mandate authorises the mission to protect civilians only under imminent threat of physical violence, within its areas of deployment or the immediate vicinity of its forces, and without prejudice to the host State's own responsibility (as S/RES/1701 (2006), op. para. 12, does for UNIFIL).",
      fr: "Le mandat n'autorise la mission à protéger les civils que sous la menace imminente de violences physiques, dans ses zones de déploiement ou à proximité immédiate de ses forces, et sans préjudice de la responsabilité de l'État hôte (comme le fait la résolution S/RES/1701 (2006), par. 12, pour la FINUL).",
      sources: [
        { sourceId: "jvl-res-1701-text", title: "Security Council resolution 1701 (2006), text (Jewish Virtual Library copy)", url: "https://jewishvirtuallibrary.org/jsource/UN/unres1701.html" },
      ],
      confidence: "verified",
    },
  },
  core: {
    en: "PoC as a core task",
    fr: "Protection des civils comme tâche principale",
    definition: {
      en: "Protection of civilians is at the core of the mandate: a priority task, listed first or as a pillar of the mandate (as in S/RES/2779 (2025) for UNMISS and S/RES/2800 (2025) for MINUSCA).",
      fr: "La protection des civils est au cœur du mandat : tâche prioritaire, citée en premier ou comme pilier du mandat (ainsi la résolution S/RES/2779 (2025) pour la MINUSS et S/RES/2800 (2025) pour la MINUSCA).",
      sources: [
        { sourceId: "gcr2p-peacekeeping-kigali-page", title: "Peacekeeping and the Kigali Principles (Global Centre for the Responsibility to Protect)", url: "http://s156658.gridserver.com/our_work/peacekeeping_and_the_kigali_principles" },
        { sourceId: "un-press-sc16059", title: "Security Council press release SC/16059 (resolution 2779 (2025))", url: "https://press.un.org/en/2025/sc16059.doc.htm" },
      ],
      confidence: "verified",
    },
  },
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

const PSDH_MISSIONS: DefinitionSource = {
  sourceId: "psdh-dppadposs-pko",
  title: "Peacekeeping operations list (data set DPPADPOSS-PKO), UN Peace and Security Data Hub",
  url: "https://psdata.un.org/dataset/DPPADPOSS-PKO",
};

/**
 * What a row of the UN's list of peacekeeping operations stands for: one operation, an umbrella over
 * operations that have rows of their own, or an office that is not itself a peacekeeping operation.
 * Counting missions means counting the operations only.
 *
 * @example
 * ```ts
 * import { MISSION_TYPES, label } from "@bluehelm/core";
 * import { missions } from "@bluehelm/data/missions";
 *
 * console.log(label(MISSION_TYPES, "umbrella", "fr")); // "Ensemble d'opérations"
 * console.log(missions.filter((m) => m.type === "operation").length);
 * ```
 */
export const MISSION_TYPES = codelist({
  operation: {
    en: "Peacekeeping operation",
    fr: "Opération de maintien de la paix",
    definition: {
      en: "A single peacekeeping operation, as a row of the UN Peace and Security Data Hub's list of peacekeeping operations names it.",
      fr: "Une opération de maintien de la paix, telle qu'une ligne de la liste des opérations de maintien de la paix du Peace and Security Data Hub de l'ONU la nomme.",
      sources: [PSDH_MISSIONS],
      confidence: "reported",
    },
  },
  umbrella: {
    en: "Group of operations",
    fr: "Ensemble d'opérations",
    definition: {
      en: "A row that spans operations which have rows of their own: the list's UNOSOM, UNEF and UNAVEM, named \"(I & II)\" and dated over their numbered operations, and UNPF, the umbrella headquarters of UNCRO, UNPROFOR and UNPREDEP. Counting it with its operations counts the same deployment twice.",
      fr: "Une ligne qui couvre des opérations ayant leurs propres lignes : UNOSOM, UNEF et UNAVEM de la liste, nommées « (I & II) » et datées sur leurs opérations numérotées, et la FPNU (UNPF), quartier général commun de l'ONURC (UNCRO), de la FORPRONU (UNPROFOR) et de la FORDEPRENU (UNPREDEP). La compter avec ses opérations compte deux fois le même déploiement.",
      sources: [
        PSDH_MISSIONS,
        {
          sourceId: "canada-dnd-unpf-hq",
          title: "United Nations Peace Forces – Headquarters (UNPF-HQ), past operations (National Defence, Canada)",
          url: "https://www.canada.ca/en/department-national-defence/services/military-history/history-heritage/past-operations/europe/speaker-roundup.html",
        },
      ],
      confidence: "reported",
    },
  },
  "other-office": {
    en: "Other UN office",
    fr: "Autre bureau de l'ONU",
    definition: {
      en: "A UN office the list carries that is not itself a peacekeeping operation: the United Nations Office of the Humanitarian Coordinator in Iraq (UNOHCI), a humanitarian office by its name.",
      fr: "Un bureau de l'ONU que la liste contient mais qui n'est pas lui-même une opération de maintien de la paix : le Bureau du Coordonnateur humanitaire des Nations Unies en Iraq (UNOHCI), un bureau humanitaire d'après son nom.",
      sources: [PSDH_MISSIONS],
      confidence: "reported",
    },
  },
});

/**
 * A code of {@link MISSION_TYPES}: `operation`, `umbrella` or `other-office`.
 *
 * @example
 * ```ts
 * import type { MissionType } from "@bluehelm/core";
 *
 * const value: MissionType = "umbrella";
 * console.log(value);
 * ```
 */
export type MissionType = keyof typeof MISSION_TYPES;

/**
 * What each authorized ceiling of a mandate counts; {@link CEILING_CATEGORY_OF} gives the code of each
 * field of `Ceilings`. A resolution
 * either splits its police ceiling (individual officers, formed units and their personnel) or gives
 * one total for all police (`police`): the total is never a count of individual officers.
 *
 * @example
 * ```ts
 * import { CEILING_CATEGORIES, label } from "@bluehelm/core";
 *
 * console.log(label(CEILING_CATEGORIES, "police")); // "Police personnel, total"
 * console.log(label(CEILING_CATEGORIES, "individual-police", "fr")); // "Policiers hors unités constituées"
 * console.log(CEILING_CATEGORIES.police.definition.en);
 * ```
 */
export const CEILING_CATEGORIES = codelist({
  troops: { en: "Military personnel", fr: "Personnel militaire" },
  "staff-officers": { en: "Staff officers", fr: "Officiers d'état-major" },
  "military-observers": { en: "Military observers", fr: "Observateurs militaires" },
  "individual-police": { en: "Individual police officers", fr: "Policiers hors unités constituées" },
  "formed-police-units": { en: "Formed police units (number of units)", fr: "Unités de police constituées (nombre d'unités)" },
  "formed-police-personnel": { en: "Formed police unit personnel", fr: "Personnel des unités de police constituées" },
  police: {
    en: "Police personnel, total",
    fr: "Personnel de police, total",
    definition: {
      en: "One ceiling for all the mission's police, individual officers and formed police units together, when the resolution does not split it: UNMISS's 900 police of 2011 included formed units, and its 2,101 of S/RES/2779 (2025) are a total police ceiling. Not comparable with a count of individual officers alone.",
      fr: "Un plafond unique pour toute la police de la mission, policiers hors unités et unités de police constituées ensemble, lorsque la résolution ne le répartit pas : les 900 policiers de la MINUSS en 2011 comprenaient des unités constituées, et ses 2 101 de la résolution S/RES/2779 (2025) sont un plafond total de police. Pas comparable à un effectif de policiers hors unités seuls.",
      sources: [
        { sourceId: "un-fr-unmiss-mandate", title: "MINUSS : Mandat (Nations Unies, maintien de la paix)", url: "http://www.un.org/fr/peacekeeping/missions/unmiss/mandate.shtml" },
        { sourceId: "un-press-sc16059", title: "Security Council press release SC/16059 (resolution 2779 (2025))", url: "https://press.un.org/en/2025/sc16059.doc.htm" },
      ],
      confidence: "verified",
    },
  },
});

/**
 * A code of {@link CEILING_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { CeilingCategory } from "@bluehelm/core";
 *
 * const value: CeilingCategory = "individual-police";
 * console.log(value);
 * ```
 */
export type CeilingCategory = keyof typeof CEILING_CATEGORIES;

/**
 * The {@link CEILING_CATEGORIES} code of each field of a mandate's `Ceilings`, to label a ceiling by
 * its field.
 *
 * @example
 * ```ts
 * import { CEILING_CATEGORIES, CEILING_CATEGORY_OF, label } from "@bluehelm/core";
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * const ceilings = mandates.find((m) => m.id === "unmiss-2779")?.ceilings ?? {};
 * for (const [field, n] of Object.entries(ceilings)) {
 *   console.log(label(CEILING_CATEGORIES, CEILING_CATEGORY_OF[field as keyof typeof CEILING_CATEGORY_OF], "fr"), n);
 * }
 * // "Personnel militaire 17000", "Personnel de police, total 2101"
 * ```
 */
export const CEILING_CATEGORY_OF = Object.freeze({
  troops: "troops",
  staffOfficers: "staff-officers",
  militaryObservers: "military-observers",
  individualPolice: "individual-police",
  formedPoliceUnits: "formed-police-units",
  formedPolicePersonnel: "formed-police-personnel",
  police: "police",
} as const satisfies Record<string, CeilingCategory>);

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
  "level-1": {
    en: "PCRS level 1 (registered)",
    fr: "SPCR niveau 1 (enregistré)",
    definition: {
      en: "The troop- or police-contributing country makes a pledge and registers it in the PCRS (with a note verbale, a table of organization and lists of major equipment and self-sustainment).",
      fr: "Le pays contributeur de troupes ou de police fait une offre et l'enregistre dans le SPCR (avec une note verbale, un tableau d'effectifs et les listes du matériel majeur et du soutien autonome).",
      sources: [PK_MANUAL_2021],
      confidence: "verified",
    },
  },
  "level-2": {
    en: "PCRS level 2 (assessed)",
    fr: "SPCR niveau 2 (évalué)",
    definition: {
      en: "The pledge is considered eligible for future deployment after a successful Assessment and Advisory Visit (AAV).",
      fr: "L'offre est jugée éligible à un futur déploiement après une visite d'évaluation et de conseil (AAV) réussie.",
      sources: [PK_MANUAL_2021],
      confidence: "verified",
    },
  },
  "level-3": {
    en: "PCRS level 3",
    fr: "SPCR niveau 3",
    definition: {
      en: "The unit's contingent-owned equipment and personnel are aligned with a specific or generic UN Statement of Unit Requirements.",
      fr: "Le matériel appartenant aux contingents et le personnel de l'unité sont alignés sur un énoncé des besoins de l'unité (SUR) de l'ONU, spécifique ou générique.",
      sources: [PK_MANUAL_2021],
      confidence: "verified",
    },
  },
  rdl: {
    en: "Rapid deployment level (deployable within 60 days)",
    fr: "Niveau de déploiement rapide (déployable sous 60 jours)",
    definition: {
      en: "The highest level: the unit is committed to deploy to any UN field mission within 60 days of a UN request, as checked by RDL verification visits.",
      fr: "Le niveau le plus élevé : l'unité s'engage à se déployer dans toute mission de l'ONU dans les 60 jours suivant une demande de l'ONU, ce que vérifient des visites de vérification du niveau de déploiement rapide.",
      sources: [UN_RDL_WORKSHOP, PK_MANUAL_2021],
      confidence: "verified",
    },
  },
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
 * What a reported figure counts.
 *
 * @example
 * ```ts
 * import { REPORTED_MEASURES, label } from "@bluehelm/core";
 *
 * console.log(label(REPORTED_MEASURES, "endorsers", "fr"));
 * ```
 */
export const REPORTED_MEASURES = codelist({
  endorsers: { en: "Endorsing States", fr: "États ayant approuvé" },
  "founding-endorsers": { en: "Founding endorsers", fr: "Signataires fondateurs" },
  "new-endorsers": { en: "New endorsers at an event", fr: "Nouveaux approbateurs lors d'un événement" },
  signatories: { en: "Signatory governments", fr: "Gouvernements signataires" },
  "participating-states": { en: "Participating Member States", fr: "États Membres participants" },
  "participating-organizations": { en: "Participating international organizations", fr: "Organisations internationales participantes" },
  "participating-delegations": { en: "Participating delegations (States and organizations)", fr: "Délégations participantes (États et organisations)" },
  "ministerial-level-states": { en: "States represented at ministerial level", fr: "États représentés au niveau ministériel" },
  delegates: { en: "Delegates or participants (people)", fr: "Délégués ou participants (personnes)" },
  "pledging-states": { en: "States that made new pledges", fr: "États ayant pris de nouveaux engagements" },
  "pledging-delegations": { en: "Delegations that made new pledges", fr: "Délégations ayant pris de nouveaux engagements" },
  "reaffirming-delegations": { en: "Delegations that reaffirmed or advanced earlier pledges", fr: "Délégations ayant réaffirmé ou fait avancer des engagements antérieurs" },
  pledges: { en: "Pledges", fr: "Engagements" },
  "units-pledged": { en: "Military and police units pledged", fr: "Unités militaires et de police promises" },
  "personnel-pledged": { en: "Troops and police pledged", fr: "Militaires et policiers promis" },
  "helicopters-pledged": { en: "Helicopters pledged", fr: "Hélicoptères promis" },
  funding: { en: "Funding announced", fr: "Financement annoncé" },
  "contributor-rank": { en: "Rank among contributors of uniformed personnel", fr: "Rang parmi les contributeurs de personnel en tenue" },
});

/**
 * A code of {@link REPORTED_MEASURES}.
 *
 * @example
 * ```ts
 * import type { ReportedMeasure } from "@bluehelm/core";
 *
 * const value: ReportedMeasure = "endorsers";
 * console.log(value);
 * ```
 */
export type ReportedMeasure = keyof typeof REPORTED_MEASURES;

/**
 * How a source states a figure: exactly, as a lower bound ("more than", "at least"), approximately ("about", "close to") or as a range.
 *
 * @example
 * ```ts
 * import { FIGURE_QUALIFIERS, label } from "@bluehelm/core";
 *
 * console.log(label(FIGURE_QUALIFIERS, "more-than")); // "More than"
 * ```
 */
export const FIGURE_QUALIFIERS = codelist({
  exact: { en: "Exactly", fr: "Exactement" },
  "more-than": { en: "More than", fr: "Plus de" },
  "at-least": { en: "At least", fr: "Au moins" },
  about: { en: "About", fr: "Environ" },
  "close-to": { en: "Close to", fr: "Près de" },
  range: { en: "Between", fr: "Entre" },
});

/**
 * A code of {@link FIGURE_QUALIFIERS}.
 *
 * @example
 * ```ts
 * import type { FigureQualifier } from "@bluehelm/core";
 *
 * const value: FigureQualifier = "close-to";
 * console.log(value);
 * ```
 */
export type FigureQualifier = keyof typeof FIGURE_QUALIFIERS;

/**
 * Where a world total of peacekeeping personnel comes from.
 *
 * @example
 * ```ts
 * import { WORLD_TOTAL_ORIGINS, label } from "@bluehelm/core";
 *
 * console.log(label(WORLD_TOTAL_ORIGINS, "un-december-report"));
 * ```
 */
export const WORLD_TOTAL_ORIGINS = codelist({
  "un-december-report": { en: "UN monthly report (December, or the month given)", fr: "Rapport mensuel de l'ONU (décembre, ou le mois indiqué)" },
  "historical-compilation": { en: "Historical compilation of yearly totals (no breakdown)", fr: "Compilation historique de totaux annuels (sans ventilation)" },
});

/**
 * A code of {@link WORLD_TOTAL_ORIGINS}.
 *
 * @example
 * ```ts
 * import type { WorldTotalOrigin } from "@bluehelm/core";
 *
 * const value: WorldTotalOrigin = "historical-compilation";
 * console.log(value);
 * ```
 */
export type WorldTotalOrigin = keyof typeof WORLD_TOTAL_ORIGINS;

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
