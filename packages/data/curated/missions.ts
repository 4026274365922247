/**
 * Curated facts about the missions of the PSDH list that the file does not
 * carry (hosts), and the corrections the importer applies to its defects.
 *
 * Reviewed source file. Hosts are read from each mission's name and
 * headquarters location in the PSDH file (a mission whose host is a
 * territory rather than a current Member State gets `hostName` only). The
 * francophone flag is derived by the importer from the hosts' official
 * languages (source `countries-list`) unless `francophone` overrides it here.
 */
import type { Confidence } from "@bluehelm/core";

export interface MissionFacts {
  /** Actor ids (lower-case ISO alpha-3) of the host States. */
  readonly hosts: readonly string[];
  readonly hostName?: string;
  readonly francophone?: { readonly value: "yes" | "partial" | "no"; readonly sources: readonly string[]; readonly confidence: Confidence; readonly note: string };
  readonly predecessor?: { readonly id: string; readonly sources: readonly string[] };
  /** An observation about the row that is recorded but not corrected. */
  readonly note?: string;
}

const h = (hosts: string, hostName?: string): MissionFacts => ({ hosts: hosts.split(/\s+/).filter(Boolean), ...(hostName ? { hostName } : {}) });

/** Keyed by the acronym as the PSDH file spells it. */
export const MISSION_FACTS: Readonly<Record<string, MissionFacts>> = {
  UNYOM: h("yem", "Yemen"),
  UNPSG: h("hrv", "Croatia (Danube region)"),
  UNPROFOR: h("hrv bih mkd", "Former Yugoslavia"),
  UNPREDEP: h("mkd"),
  UNPF: h("", "Former Yugoslavia"),
  "UNOSOM II": h("som"),
  "UNOSOM I": h("som"),
  UNOSOM: h("som"),
  UNOMUR: h("uga", "Uganda side of the Uganda–Rwanda border"),
  UNOMSIL: h("sle"),
  UNOMIL: h("lbr"),
  UNTAET: h("tls", "East Timor"),
  UNOMIG: h("geo", "Abkhazia, Georgia"),
  UNOHCI: h("irq"),
  UNOGIL: h("lbn"),
  UNOCI: h("civ"),
  UNMOT: h("tjk"),
  UNMOP: h("hrv", "Prevlaka peninsula"),
  UNMOGIP: h("ind pak", "Jammu and Kashmir"),
  UNMIT: h("tls"),
  UNMISET: h("tls"),
  UNMIS: h("sdn"),
  UNTAES: h("hrv", "Eastern Slavonia, Baranja and Western Sirmium"),
  UNMIL: h("lbr"),
  UNMIK: h("", "Kosovo"),
  UNMIH: h("hti"),
  UNMIBH: h("bih"),
  UNMEE: h("eth eri"),
  UNISFA: h("sdn ssd", "Abyei"),
  UNIPOM: h("ind pak"),
  UNIKOM: h("irq kwt"),
  UNIIMOG: {
    ...h("irn irq"),
    note: "The file names Tehran as the location, but its coordinates (34.51 N, 47.93 E) point near Kermanshah, about 400 km west of Tehran; not corrected, since it is unclear which of the two the file means.",
  },
  UNIFIL: h("lbn"),
  UNTAC: h("khm"),
  UNGOMAP: h("afg pak"),
  UNGCI: h("irq"),
  UNFOR: h("", "Former Yugoslavia"),
  UNFICYP: h("cyp"),
  "UNEF II": h("egy", "Sinai"),
  "UNEF I": h("egy", "Sinai and Gaza"),
  UNEF: h("egy", "Sinai and Gaza"),
  UNDOF: h("syr", "Golan"),
  UNCRO: h("hrv"),
  UNCPSG: h("hrv"),
  UNSMIS: h("syr"),
  "UNAVEM III": h("ago"),
  "UNAVEM II": h("ago"),
  "UNAVEM I": h("ago"),
  UNAVEM: h("ago"),
  UNASOG: h("tcd", "Aouzou Strip"),
  UNAMSIL: h("sle"),
  UNAMIR: h("rwa"),
  UNAMID: h("sdn", "Darfur"),
  UNAMIC: h("khm"),
  ONUSAL: h("slv"),
  UNSMIH: h("hti"),
  ONUMOZ: h("moz"),
  ONUCA: h("cri slv gtm hnd nic", "Central America"),
  ONUC: h("cod"),
  ONUB: h("bdi"),
  MONUSCO: { ...h("cod"), predecessor: { id: "monuc", sources: ["psdh-dppadposs-pko"] } },
  MONUC: h("cod"),
  MONUA: h("ago"),
  MIPONUH: h("hti"),
  MINUSTAH: h("hti"),
  MINUSMA: {
    ...h("mli"),
    francophone: {
      value: "yes",
      sources: ["mali-constitution-2023", "boutros-ghali-paris-2016"],
      confidence: "reported",
      note: "Mali's 2023 constitution made 13 national languages official and kept French as a working language, so the flag is set by hand rather than derived from official languages.",
    },
  },
  UNSMA: h("afg"),
  MINUSCA: h("caf"),
  MINURSO: {
    ...h("", "Western Sahara"),
    francophone: {
      value: "partial",
      sources: ["background-knowledge"],
      confidence: "unverified",
      note: "French is widely used in the region but is not an official language (background knowledge, unverified).",
    },
  },
  MINURCAT: h("caf tcd"),
  MINURCA: h("caf"),
  MINUJUSTH: { ...h("hti"), predecessor: { id: "minustah", sources: ["asil-2017-04-13-res-2350"] } },
  MINUGUA: h("gtm"),
  MINUCI: h("civ"),
  MICAH: h("hti"),
  IPTF: h("bih"),
  DOMREP: h("dom"),
  UNSF: h("", "West New Guinea (West Irian)"),
  UNMISS: h("ssd"),
  UNTSO: h("", "Middle East"),
  UNSCOB: h("grc", "Balkans (headquarters in Athens)"),
};

/** A correction of one PSDH row, applied only if the raw values still match. */
export type MissionCorrection =
  | {
      readonly acronym: string;
      readonly kind: "swap-coordinates";
      /** The raw longitude and latitude cells as the file gives them. */
      readonly raw: { readonly longitude: string; readonly latitude: string };
      readonly reason: string;
      readonly sources: readonly string[];
    }
  | {
      readonly acronym: string;
      readonly kind: "closed";
      readonly raw: { readonly isActive: string; readonly endDate: string };
      readonly endDate: string;
      readonly reason: string;
      readonly sources: readonly string[];
    }
  | {
      readonly acronym: string;
      readonly kind: "name";
      readonly raw: { readonly name: string };
      readonly name: string;
      readonly reason: string;
      readonly sources: readonly string[];
      readonly confidence: Confidence;
    };


export const MISSION_CORRECTIONS: readonly MissionCorrection[] = [
  {
    acronym: "UNOSOM I",
    kind: "swap-coordinates",
    raw: { longitude: "2,0333", latitude: "45,3500" },
    reason: "Longitude and latitude are swapped (Mogadishu lies at about 2.03 N, 45.35 E); the umbrella row UNOSOM gives the same place in the right order.",
    sources: ["psdh-dppadposs-pko"],
  },
  {
    acronym: "UNOSOM II",
    kind: "swap-coordinates",
    raw: { longitude: "2,0333", latitude: "45,3500" },
    reason: "Longitude and latitude are swapped (Mogadishu lies at about 2.03 N, 45.35 E); the umbrella row UNOSOM gives the same place in the right order.",
    sources: ["psdh-dppadposs-pko"],
  },
  {
    acronym: "UNEF",
    kind: "swap-coordinates",
    raw: { longitude: "31,5000", latitude: "34,4667" },
    reason: "Longitude and latitude are swapped (Gaza lies at about 31.5 N, 34.47 E); the rows UNEF I and UNEF II give the same place in the right order.",
    sources: ["psdh-dppadposs-pko"],
  },
  {
    acronym: "UNAVEM I",
    kind: "swap-coordinates",
    raw: { longitude: "-8,8383", latitude: "13,2344" },
    reason: "Longitude and latitude are swapped (Luanda lies at about 8.84 S, 13.23 E); the rows UNAVEM and MONUA and Geo-PKO give the same place in the right order.",
    sources: ["psdh-dppadposs-pko", "geo-pko-v2-3"],
  },
  {
    acronym: "UNAVEM II",
    kind: "swap-coordinates",
    raw: { longitude: "-8,8383", latitude: "13,2344" },
    reason: "Longitude and latitude are swapped (Luanda lies at about 8.84 S, 13.23 E); the rows UNAVEM and MONUA and Geo-PKO (UNAVEM II, Luanda) give the same place in the right order.",
    sources: ["psdh-dppadposs-pko", "geo-pko-v2-3"],
  },
  {
    acronym: "MINUSMA",
    kind: "swap-coordinates",
    raw: { longitude: "12,6500", latitude: "-8,0000" },
    reason: "Longitude and latitude are swapped (Bamako lies at 12.65 N, 8.0 W, as Geo-PKO gives it for every MINUSMA year).",
    sources: ["psdh-dppadposs-pko", "geo-pko-v2-3"],
  },
  {
    acronym: "UNSCOB",
    kind: "swap-coordinates",
    raw: { longitude: "37,9669", latitude: "23,7668" },
    reason: "Longitude and latitude are swapped: the row names Athens, which lies at about 37.97 N, 23.77 E; read as given, the point would fall in the Arabian Peninsula.",
    sources: ["psdh-dppadposs-pko"],
  },
  {
    acronym: "MINUSMA",
    kind: "closed",
    raw: { isActive: "Yes", endDate: "" },
    endDate: "2023-12-31",
    reason: "The file (last updated 2024-02-19 from an older snapshot) still marks MINUSMA active. S/RES/2690 (2023) of 30 June 2023 terminated the mandate as of that day and required operations to cease and personnel to withdraw by 31 December 2023, the end date used here.",
    sources: ["un-avlibrary-2023-06-30-res-2690", "africanperceptions-res-2690-text"],
  },
  {
    acronym: "DOMREP",
    kind: "name",
    raw: { name: '"Mission of the Representative of the Secretary-General in the' },
    name: "Mission of the Representative of the Secretary-General in the Dominican Republic",
    reason: "The name is cut off and starts with a stray quote in the file; completed from the acronym DOMREP (background knowledge, unverified).",
    sources: ["psdh-dppadposs-pko", "background-knowledge"],
    confidence: "unverified",
  },
];

/**
 * Rows the file gives without a start date (and, for closed missions,
 * without an end date). Core allows an absent start date: the record is kept
 * undated rather than dated by guess, with this explanation in its note.
 */
export const UNDATED_ROWS: Readonly<Record<string, string>> = {
  UNOHCI: "The file gives neither a start nor an end date and no retrieved source dates the office; both are left absent. The file marks it closed.",
  UNFOR: "The file gives neither a start nor an end date and no retrieved source describes this row (\"United Nations Force\", Zagreb); both are left absent. The file marks it closed.",
  UNSCOB: "The file gives no start date; it is left absent. (General Assembly resolution 109 (II) of 21 October 1947 set up the committee, according to background knowledge that no retrieved source confirms; not stored.)",
};

/**
 * Rows of the list that are not one peacekeeping operation (every other row is one, as the list names
 * it): the groups of operations that have rows of their own, and an office. Keyed by the acronym as
 * the PSDH file spells it.
 */
export const MISSION_TYPE_FACTS: Readonly<Record<string, { readonly type: "umbrella" | "other-office"; readonly reason: string; readonly sources: readonly string[] }>> = {
  UNOSOM: {
    type: "umbrella",
    reason: "The list names the row \"United Nations Operation in Somalia (I & II)\" and dates it from the start of UNOSOM I to the end of UNOSOM II, which have rows of their own.",
    sources: ["psdh-dppadposs-pko"],
  },
  UNEF: {
    type: "umbrella",
    reason: "The list names the row \"United Nations Emergency Force (I & II)\" and dates it from the start of UNEF I to the end of UNEF II, which have rows of their own.",
    sources: ["psdh-dppadposs-pko"],
  },
  UNAVEM: {
    type: "umbrella",
    reason: "The list names the row \"United Nations Angola Verification Mission (I & II)\" and dates it from the start of UNAVEM I to the end of UNAVEM II, which have rows of their own (UNAVEM III has its own row too).",
    sources: ["psdh-dppadposs-pko"],
  },
  UNPF: {
    type: "umbrella",
    reason: "UNPF (United Nations Peace Forces) was the umbrella headquarters in Zagreb over UNCRO, UNPROFOR and UNPREDEP, which have rows of their own (National Defence, Canada).",
    sources: ["psdh-dppadposs-pko", "canada-dnd-unpf-hq"],
  },
  UNOHCI: {
    type: "other-office",
    reason: "The row is the United Nations Office of the Humanitarian Coordinator in Iraq: a humanitarian office by its name, not a peacekeeping operation.",
    sources: ["psdh-dppadposs-pko"],
  },
};

/**
 * The French names and acronyms the UN uses for the missions, where a source read gives them. The
 * acronym is given only when it differs from the English one. Keyed by the acronym as the PSDH file
 * spells it; missions not listed have no French name stored (none was found in a source).
 */
export const FRENCH_NAMES: Readonly<Record<string, { readonly name: string; readonly acronym?: string; readonly sources: readonly string[] }>> = {
  UNMISS: { name: "Mission des Nations Unies au Soudan du Sud", acronym: "MINUSS", sources: ["un-fr-unmiss-page", "franceonu-omp"] },
  UNISFA: { name: "Force intérimaire de sécurité des Nations Unies pour Abiyé", acronym: "FISNUA", sources: ["un-fisnua-mandate"] },
  UNOCI: { name: "Opération des Nations Unies en Côte d’Ivoire", acronym: "ONUCI", sources: ["un-fr-onuci-mission-accomplie", "franceonu-omp"] },
  MINUSCA: { name: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine", sources: ["minusca-fr-mandat"] },
  UNTSO: { name: "Organisme des Nations Unies chargé de la surveillance de la trêve", acronym: "ONUST", sources: ["un-fr-onust-medal", "franceonu-omp"] },
  UNIFIL: { name: "Force intérimaire des Nations Unies au Liban", acronym: "FINUL", sources: ["franceonu-omp", "un-fr-onust-medal"] },
  UNDOF: { name: "Force des Nations Unies chargée d’observer le désengagement", acronym: "FNUOD", sources: ["franceonu-omp", "un-fr-onust-medal"] },
  UNAMID: { name: "Opération hybride de l’Union Africaine et des Nations Unies au Darfour", acronym: "MINUAD", sources: ["franceonu-omp"] },
  UNMIK: { name: "Mission d’administration intérimaire des Nations Unies au Kosovo", acronym: "MINUK", sources: ["franceonu-omp"] },
  UNMIL: { name: "Mission des Nations Unies au Libéria", acronym: "MINUL", sources: ["franceonu-omp"] },
  MINURSO: { name: "Mission des Nations Unies pour l’organisation d’un référendum au Sahara occidental", sources: ["franceonu-omp"] },
  MINUSMA: { name: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali", sources: ["franceonu-omp"] },
  MINUSTAH: { name: "Mission des Nations Unies pour la stabilisation en Haïti", sources: ["franceonu-omp"] },
  MONUSCO: { name: "Mission de l’Organisation des Nations Unies pour la stabilisation en RD Congo", sources: ["franceonu-omp"] },
};
