/**
 * Sources for what the rows of the mission list stand for (operation, group of operations, other
 * office), for the French names and acronyms of the missions, and for the meaning of a total police
 * ceiling. Reviewed source file (see sources.ts for the meaning of `confidence`). `accessed` is the
 * day the stored copy of the page was read.
 */
import type { Source } from "@bluehelm/core";

const v = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "verified" });
const r = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "reported" });

const ACCESSED = "2026-12-01";

export const MISSION_SOURCES: readonly Source[] = [
  r({
    id: "canada-dnd-unpf-hq",
    title: "United Nations Peace Forces – Headquarters (UNPF-HQ): past operations, Europe",
    publisher: "National Defence, Government of Canada",
    url: "https://www.canada.ca/en/department-national-defence/services/military-history/history-heritage/past-operations/europe/speaker-roundup.html",
    accessed: ACCESSED,
    language: "en",
    note: "Mandate of UNPF-HQ (Zagreb, 31 March 1995 – 31 January 1996): to act as an \"umbrella\" headquarters for the UN Peace Forces in the Balkans, over the three operations that replaced UNPROFOR on 31 March 1995 — UNCRO (Croatia), UNPROFOR (Bosnia and Herzegovina) and UNPREDEP (the former Yugoslav Republic of Macedonia); resolutions 981, 982, 983, 1035 and 1036.",
  }),
  v({
    id: "un-fr-unmiss-page",
    title: "MINUSS : Mission des Nations Unies au Soudan du Sud (page de la mission)",
    publisher: "Nations Unies, maintien de la paix",
    url: "https://webarchive.unesco.org/web/20160803234720/http://www.un.org/fr/peacekeeping/missions/unmiss/",
    accessed: ACCESSED,
    language: "fr",
    note: "The UN's French page of the mission (http://www.un.org/fr/peacekeeping/missions/unmiss/), as captured by the UNESCO web archive on 4 August 2016: \"le Conseil de sécurité a institué la Mission des Nations Unies au Soudan du Sud (MINUSS)\" by resolution 1996 (2011) of 8 July 2011.",
  }),
  v({
    id: "un-fr-unmiss-mandate",
    title: "MINUSS : Mandat",
    publisher: "Nations Unies, maintien de la paix",
    url: "http://www.un.org/fr/peacekeeping/missions/unmiss/mandate.shtml",
    accessed: ACCESSED,
    language: "fr",
    note: "The initial authorized strength of the mission (resolution 1996 (2011)): 7,000 military personnel and up to 900 civilian police personnel, \"dont des unités constituées si nécessaire\" — one police ceiling that includes formed units.",
  }),
  v({
    id: "un-fr-onuci-mission-accomplie",
    title: "Opération des Nations Unies en Côte d'Ivoire : mission accomplie",
    publisher: "Nations Unies, maintien de la paix",
    url: "https://peacekeeping.un.org/fr/operation-des-nations-unies-en-cote-divoire-mission-accomplie",
    accessed: ACCESSED,
    language: "fr",
    note: "The UN's French article on the closing of the Opération des Nations Unies en Côte d'Ivoire (ONUCI), created by resolution 1528 (2004).",
  }),
  v({
    id: "minusca-fr-mandat",
    title: "Mandat de la MINUSCA",
    publisher: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine (MINUSCA)",
    url: "https://minusca.unmissions.org/mandat",
    accessed: ACCESSED,
    language: "fr",
    note: "The mission's French mandate page, read from a stored copy made through a web proxy.",
  }),
  v({
    id: "un-fr-onust-medal",
    title: "Médaille ONU : ONUST — Organisme des Nations Unies chargé de la surveillance de la trêve",
    publisher: "Nations Unies, maintien de la paix",
    url: "http://www.un.org/fr/peacekeeping/sites/medals/onust.htm",
    accessed: ACCESSED,
    language: "fr",
    note: "The UN's French page of the ONUST medal; it also names the FNUOD and the FINUL, with which the ONUST works.",
  }),
  r({
    id: "franceonu-omp",
    title: "Opérations de maintien de la paix : les 16 opérations de maintien de la paix (acronymes et noms français et anglais)",
    publisher: "Mission permanente de la France auprès des Nations Unies",
    url: "http://www.franceonu.org/la-france-a-l-onu/dossiers-thematiques/paix-et-securite/operations-de-maintien-de-la-paix/article/operations-de-maintien-de-la-paix",
    accessed: ACCESSED,
    language: "fr",
    note: "A table of the 16 operations of the time (with UNAMA, a special political mission, among them), each with its French and English acronym and name. Not a UN page: cited for the French names the UN pages read here do not give.",
  }),
];
