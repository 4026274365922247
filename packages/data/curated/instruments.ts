/**
 * Instruments, the 18 Kigali Principles, the 17 Vancouver Principles and the
 * endorsements. Reviewed source file; titles and summaries of the Kigali
 * Principles are our own words, the Vancouver titles are the Implementation
 * Guidance's chapter titles.
 */
import type { Endorsement, InstrumentInput, PrincipleInput } from "@bluehelm/core";

export const INSTRUMENTS: readonly InstrumentInput[] = [
  {
    id: "kigali-principles",
    kind: "principles",
    title: { en: "Kigali Principles on the Protection of Civilians", fr: "Principes de Kigali sur la protection des civils" },
    shortTitle: { en: "Kigali Principles", fr: "Principes de Kigali" },
    eventId: "kigali-2015",
    initiatorIds: ["rwa", "nld", "usa"],
    principleCount: 18,
    // 38 States on the Rwanda MoD list of November 2016 are recorded; New Times reported 40 in late November 2016.
    endorsementsComplete: false,
    sources: ["gcr2p-kigali-principles", "kigali-conference-report-2015", "rwandaun-kigali-principles-text", "usip-kigali-principles-event", "newtimes-2016-11-forty"],
    confidence: "verified",
    note: "Eighteen non-binding pledges adopted at the Kigali conference of 28–29 May 2015 (the day of adoption is not given, so adoptedOn is left out). Endorser counts over time: the first nine in May 2015; Poland the 12th on 18 April 2016; 19 new (GCR2P), a total of 24 (New Times), 29 (Ukraine's mission, RFI) or 30 (Afrique360) around 11 May 2016; Canada signed on 13 May 2016, joining the 29 of 11 May (45eNord.ca); 38 on the Rwanda MoD list of November 2016; 40 in late November 2016 (New Times). No later count was found.",
  },
  {
    id: "vancouver-principles",
    kind: "principles",
    title: { en: "The Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers" },
    shortTitle: { en: "Vancouver Principles", fr: "Principes de Vancouver" },
    adoptedOn: "2017-11-15",
    eventId: "vancouver-2017",
    initiatorIds: ["can"],
    principleCount: 17,
    // Only the United Kingdom's endorsement is recorded; the sources report 54 (or 55) founding endorsers.
    endorsementsComplete: false,
    sources: ["gac-vancouver-principles", "canada-dnd-2017-annex-c", "canada-dnd-vancouver-principles-introduction", "childsoldiers-vancouver-principles", "un-pk-vancouver-2017", "canada-dnd-2017-vancouver-concludes"],
    confidence: "verified",
    note: "Official title, launch on 15 November 2017 on the margins of the Vancouver ministerial and the 17 principles from Global Affairs Canada and National Defence (annex C, Implementation Guidance). No French version of the full title was found, so the title is English only. Initiators: Canada launched the principles (verified); the Roméo Dallaire Child Soldiers Initiative says it co-created them with the Government of Canada (reported). The Dallaire Initiative is not stored as an actor, because the actor schema requires a French name and none is sourced. Endorsed by 54 States at the Vancouver ministerial (a later copy of the Global Affairs Canada page says 55 founding endorsers); the endorsers are not named per date in the sources read, so the only endorsement record is the United Kingdom's (endorsed in advance of the launch); the endorser counts over time are reported figures.",
  },
  {
    id: "london-communique-2016",
    kind: "communique",
    title: { en: "UN Peacekeeping Defence Ministerial: London communiqué", fr: "Réunion ministérielle de la défense sur le maintien de la paix : communiqué de Londres" },
    adoptedOn: "2016-09-08",
    eventId: "london-2016",
    sources: ["govuk-london-2016-communique", "london-2016-report"],
    confidence: "verified",
    note: "Signed by about 63 governments (a reported figure with the qualifier \"about\"; signatories not stored).",
  },
  {
    id: "vancouver-communique-2017",
    kind: "communique",
    title: { en: "Vancouver UN Peacekeeping Defence Ministerial communiqué", fr: "Communiqué de la réunion ministérielle de la défense de Vancouver" },
    eventId: "vancouver-2017",
    sources: ["canada-dnd-2017-vancouver-communique"],
    confidence: "verified",
    note: "Speaks of delegations from 80 countries; signatories not stored.",
  },
];

const KP_1_9 = ["rwandaun-kigali-principles-text"];

/** What is known of Kigali principles 12–18 as a group (none of the sources numbers them). */
const KP_12_18_SUMMARY = {
  en: "Wording not verified against the official text. What is known of principles 12–18 as a group, from reported sources that number none of them: they include preparing and equipping forces before deployment and engaging the Security Council (New Times, 29 May 2015); accountable, well-prepared leadership, disciplined troops and zero tolerance of sexual exploitation and abuse (the Dutch Foreign Minister, September 2016); and, for the principles as a whole, assessment and planning, force generation, training and equipping, performance and accountability (USIP).",
  fr: "Libellé non vérifié sur le texte officiel. Ce que l'on sait des principes 12 à 18 pris ensemble, d'après des sources rapportées qui n'en numérotent aucun : ils portent notamment sur la préparation et l'équipement des forces avant le déploiement et le dialogue avec le Conseil de sécurité (New Times, 29 mai 2015) ; un commandement responsable et bien préparé, des troupes disciplinées et la tolérance zéro envers l'exploitation et les atteintes sexuelles (le ministre néerlandais des Affaires étrangères, septembre 2016) ; et, pour l'ensemble des principes, l'évaluation et la planification, la génération de forces, la formation et l'équipement, la performance et la responsabilité (USIP).",
};
const KP_12_18_SOURCES = ["newtimes-2015-05-29-kigali-pledges", "impunitywatch-dutch-fm-kigali", "usip-kigali-principles-event"];
const KP_12_18_NOTE =
  "The text and order of principles 12–18 were not found: every copy of the full text reached (rwandaun.org, the conference report, GCR2P pages) stops before principle 10. The primary documents to check are the GCR2P PDF and the conference report (civilianprotection.rw, pages about 40–44). No topic is assigned to this number.";

/**
 * The Kigali Principles. The wording of 1–9 was checked against the text (rwandaun.org); 10 and 11 are
 * topics a newspaper reported, and the text of 12–18 was not found, so their wording is not verified.
 */
export const PRINCIPLES: readonly PrincipleInput[] = ([
  { id: "kigali-principles-1", instrumentId: "kigali-principles", number: 1, numberConfidence: "verified", title: { en: "PoC training before deployment", fr: "Formation à la protection des civils avant le déploiement" }, summary: { en: "Every soldier the endorsing State sends to a mission is trained in protecting civilians before deploying.", fr: "Chaque soldat envoyé en mission par l'État signataire est formé à la protection des civils avant son déploiement." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-2", instrumentId: "kigali-principles", number: 2, numberConfidence: "verified", title: { en: "Prepared commanders and mission leaders", fr: "Commandants et dirigeants de mission préparés" }, summary: { en: "Sector and contingent commanders, and the people the State puts forward for senior mission posts, are well trained for peacekeeping and for protecting civilians above all.", fr: "Les commandants de secteur et de contingent, ainsi que les candidats de l'État aux postes de direction des missions, sont bien formés au maintien de la paix et d'abord à la protection des civils." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-3", instrumentId: "kigali-principles", number: 3, numberConfidence: "verified", title: { en: "Ready to use force to protect", fr: "Prêts à employer la force pour protéger" }, summary: { en: "Be prepared to use force where the mandate calls for it: showing force to deter, standing between armed actors and civilians, and acting directly against those clearly intent on harming civilians.", fr: "Être prêt à employer la force lorsque le mandat l'exige : démonstration de force dissuasive, interposition entre acteurs armés et civils, action directe contre ceux qui veulent manifestement s'en prendre aux civils." }, themeIds: ["ptar-performance-accountability"], sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-4", instrumentId: "kigali-principles", number: 4, numberConfidence: "verified", title: { en: "No caveats on protection", fr: "Pas de restrictions nationales sur la protection" }, summary: { en: "Set no national restrictions that would keep the contingent from carrying out its mandated duty to protect civilians.", fr: "N'imposer aucune restriction nationale qui empêcherait le contingent de remplir son devoir de protection des civils fixé par le mandat." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-5", instrumentId: "kigali-principles", number: 5, numberConfidence: "verified", title: { en: "Report gaps to the UN", fr: "Signaler les lacunes à l'ONU" }, summary: { en: "Find the resource and capability gaps that hold back civilian protection and tell the UN about them.", fr: "Repérer les lacunes de moyens et de capacités qui freinent la protection des civils et les signaler à l'ONU." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-6", instrumentId: "kigali-principles", number: 6, numberConfidence: "verified", title: { en: "Provide enablers", fr: "Fournir des capacités habilitantes" }, summary: { en: "As national means allow, seek to supply enabling capabilities, such as helicopters, that make civilian protection better.", fr: "Dans la mesure des moyens nationaux, chercher à fournir des capacités habilitantes, comme des hélicoptères, qui améliorent la protection des civils." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-7", instrumentId: "kigali-principles", number: 7, numberConfidence: "verified", title: { en: "No undue delay", fr: "Pas de retard indu" }, summary: { en: "Let the contingent commander use force to protect civilians in an emergency without first referring back to the capital.", fr: "Permettre au commandant du contingent d'employer la force pour protéger les civils en cas d'urgence sans en référer d'abord à la capitale." }, sources: ["rwandaun-kigali-principles-text", "newtimes-2015-05-29-kigali-pledges"], confidence: "verified" },
  { id: "kigali-principles-8", instrumentId: "kigali-principles", number: 8, numberConfidence: "verified", title: { en: "Act when the host State does not", fr: "Agir quand l'État hôte n'agit pas" }, summary: { en: "Protect civilians, within the rules of engagement, when the host government fails or is unwilling to do so.", fr: "Protéger les civils, dans le respect des règles d'engagement, lorsque le gouvernement hôte ne le fait pas ou n'en a pas la volonté." }, sources: KP_1_9, confidence: "verified" },
  { id: "kigali-principles-9", instrumentId: "kigali-principles", number: 9, numberConfidence: "verified", title: { en: "Clear rules of engagement", fr: "Des règles d'engagement claires" }, summary: { en: "Press the UN and mission leaders for clear rules of engagement, including on when force may be used.", fr: "Demander à l'ONU et aux dirigeants de la mission des règles d'engagement claires, y compris sur le moment où la force peut être employée." }, sources: ["rwandaun-kigali-principles-text", "newtimes-2015-05-29-kigali-pledges"], confidence: "verified", note: "The stored copy of the rwandaun.org text stops inside this principle; its topic is corroborated by New Times (29 May 2015)." },
  { id: "kigali-principles-10", instrumentId: "kigali-principles", number: 10, numberConfidence: "unverified", title: { en: "Monitor and report", fr: "Surveiller et signaler" }, summary: { en: "Watch for and report human rights abuses and early signs of violence where the troops are deployed.", fr: "Surveiller et signaler les violations des droits de l'homme et les signes précurseurs de violence dans la zone de déploiement." }, sources: ["newtimes-2015-05-29-kigali-pledges"], confidence: "reported", note: "Topic reported by New Times (29 May 2015); the position number 10 is inferred from the order of that article after the verified principles 1–9 (unverified)." },
  { id: "kigali-principles-11", instrumentId: "kigali-principles", number: 11, numberConfidence: "unverified", title: { en: "Discipline failures to protect", fr: "Sanctionner les manquements à la protection" }, summary: { en: "Take disciplinary action against one's own personnel who do not act to protect civilians when they should.", fr: "Prendre des mesures disciplinaires contre son propre personnel qui n'agit pas pour protéger les civils alors qu'il le devrait." }, sources: ["newtimes-2015-05-29-kigali-pledges"], confidence: "reported", note: "Topic reported by New Times (29 May 2015); the position number 11 is inferred from the order of that article (unverified)." },
  // Principles 12–18: wording and order not found in any retrieved copy of the text (every copy reached stops before principle 10).
  // Each is shown as unverified with what is known of the group as a whole; nothing is said about any one of them.
  { id: "kigali-principles-12", instrumentId: "kigali-principles", number: 12, numberConfidence: "unverified", title: { en: "Principle 12: wording not verified against the official text", fr: "Principe 12 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-13", instrumentId: "kigali-principles", number: 13, numberConfidence: "unverified", title: { en: "Principle 13: wording not verified against the official text", fr: "Principe 13 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-14", instrumentId: "kigali-principles", number: 14, numberConfidence: "unverified", title: { en: "Principle 14: wording not verified against the official text", fr: "Principe 14 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-15", instrumentId: "kigali-principles", number: 15, numberConfidence: "unverified", title: { en: "Principle 15: wording not verified against the official text", fr: "Principe 15 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-16", instrumentId: "kigali-principles", number: 16, numberConfidence: "unverified", title: { en: "Principle 16: wording not verified against the official text", fr: "Principe 16 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-17", instrumentId: "kigali-principles", number: 17, numberConfidence: "unverified", title: { en: "Principle 17: wording not verified against the official text", fr: "Principe 17 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
  { id: "kigali-principles-18", instrumentId: "kigali-principles", number: 18, numberConfidence: "unverified", title: { en: "Principle 18: wording not verified against the official text", fr: "Principe 18 : libellé non vérifié sur le texte officiel" }, summary: KP_12_18_SUMMARY, sources: KP_12_18_SOURCES, confidence: "unverified", note: KP_12_18_NOTE },
] satisfies PrincipleInput[]).map((p) => ({ ...p, wordingVerified: p.number <= 9 }));

const VP_GUIDANCE = ["canada-dnd-vancouver-principles-guidance", "canada-dnd-vancouver-principles-introduction"];
/** The chapter titles of the Implementation Guidance, one chapter per principle, in order. */
const VP_TITLES = [
  "Mandates",
  "Planning",
  "Early Warning",
  "Child Protection Focal Points",
  "Doctrine, Training, and Education",
  "Monitoring and Reporting",
  "Protection and Care of Children",
  "Prevention",
  "Detention",
  "Conduct and Discipline",
  "Contribution of Women",
  "Disarmament, Demobilization, and Reintegration",
  "Mental Health",
  "Peace Processes",
  "Sanctions",
  "Best Practices",
  "Further Guidance",
] as const;
const VP_NO_TEXT = "The text of this principle was not retrieved, so no gist is given; only its title, the title of its chapter in the Implementation Guidance, is sourced.";

export const VANCOUVER_PRINCIPLES: readonly PrincipleInput[] = VP_TITLES.map((title, i): PrincipleInput => {
  const number = i + 1;
  const last = number === 17;
  return {
    id: `vancouver-principles-${number}`,
    instrumentId: "vancouver-principles",
    number,
    numberConfidence: "verified",
    title: { en: title },
    summary: {
      en: last
        ? "Looks forward to operational guidance for implementing the principles, to be developed with Member States, the United Nations and child protection actors."
        : "Gist not recorded: the text of this principle was not retrieved.",
    },
    // Only the gist of 17 follows the guidance's quotation of the principle; the text of 1–16 was not retrieved.
    wordingVerified: last,
    sources: VP_GUIDANCE,
    confidence: "verified",
    note: last
      ? "Title: the chapter title of the Implementation Guidance (the guidance's words, not ours); no French version is sourced. The gist follows the opening of the chapter, which quotes the principle."
      : `Title: the chapter title of the Implementation Guidance (the guidance's words, not ours); no French version is sourced. ${VP_NO_TEXT}`,
  };
});

type E = Endorsement;
const kp = "kigali-principles";
const FIRST_NINE = ["bgd", "eth", "ita", "nld", "rwa", "sen", "lka", "uga", "ury"];
/** Named by at least one source as joining at the event of 11 May 2016, with the sources that name each. */
const MAY_2016: Readonly<Record<string, readonly string[]>> = {
  aut: ["gcr2p-press-2016-05-11", "ukraineun-kigali-2016-05"],
  bel: ["gcr2p-press-2016-05-11", "newtimes-2016-05-more-endorse", "ukraineun-kigali-2016-05"],
  bfa: ["gcr2p-press-2016-05-11"],
  dji: ["gcr2p-press-2016-05-11", "newtimes-2016-05-more-endorse"],
  usa: ["newtimes-2016-05-more-endorse", "ukraineun-kigali-2016-05", "rfi-bamada-kigali-2016-05"],
  est: ["newtimes-2016-05-more-endorse", "ukraineun-kigali-2016-05"],
  gin: ["newtimes-2016-05-more-endorse"],
  ukr: ["ukraineun-kigali-2016-05"],
  irl: ["ukraineun-kigali-2016-05"],
  fin: ["ukraineun-kigali-2016-05"],
  rou: ["ukraineun-kigali-2016-05", "lexcafe-romania-kigali-2016"],
  svn: ["ukraineun-kigali-2016-05"],
  swe: ["ukraineun-kigali-2016-05"],
  lva: ["ukraineun-kigali-2016-05"],
};
/** The Rwanda MoD list of November 2016 (38 States). */
const NOV_2016_LIST = `aus aut bgd bel bfa can dji est eth fin mkd fra deu gha gin irl ita lva mwi mne nld ner nor pol rou rwa sen svn lka swe tza tgo ukr uga gbr usa ury zmb`.split(" ");

function build(): E[] {
  const out: E[] = [];
  const listed = new Set(NOV_2016_LIST);
  const onList = (id: string) => (listed.has(id) ? " Also on the Rwanda MoD list of 38 endorsing States (November 2016)." : "");
  for (const id of FIRST_NINE) {
    out.push({
      id: `kp-endorsement-${id}`,
      actorId: id,
      instrumentId: kp,
      date: { precision: "month", date: "2015-05", qualifier: "on" },
      sources: ["gcr2p-kigali-principles", "newtimes-2016-05-12-first-signatories", ...(listed.has(id) ? ["rwanda-mod-2016-11-endorsers"] : [])],
      confidence: "verified",
      note: `One of the first nine signatories of May 2015.${onList(id)}`,
    });
  }
  out.push({
    id: "kp-endorsement-pol",
    actorId: "pol",
    instrumentId: kp,
    date: { precision: "day", date: "2016-04-18", qualifier: "on" },
    sources: ["prawo-pl-poland-kigali-2016", "rwanda-mod-2016-11-endorsers", "ukraineun-kigali-2016-05"],
    confidence: "reported",
    note: `Poland handed its note joining the principles on 18 April 2016 and was the 12th endorser (Prawo.pl). Ukraine's mission lists Poland among the endorsers before 11 May 2016, which agrees.${onList("pol")}`,
  });
  out.push({
    id: "kp-endorsement-mwi",
    actorId: "mwi",
    instrumentId: kp,
    date: { precision: "day", date: "2016-05-10", qualifier: "by" },
    sources: ["ukraineun-kigali-2016-05", "rwanda-mod-2016-11-endorsers"],
    confidence: "reported",
    note: `Ukraine's mission names Malawi among the endorsers before the event of 11 May 2016; no source gives its date.${onList("mwi")}`,
  });
  for (const [id, sources] of Object.entries(MAY_2016)) {
    const note =
      id === "bfa"
        ? "GCR2P names Burkina Faso among the new endorsers of 11 May 2016, while Ukraine's mission lists it among the endorsers before that day: the sources disagree, and the record keeps GCR2P's date."
        : id === "rou"
          ? "Named as joining at the high-level event of 11 May 2016 (Ukraine's mission). LexCafe.ro, citing Romania's Permanent Mission, confirms that Romania's joining was announced at the debate of 11 May 2016 (source added; date unchanged)."
          : "Named as joining at the high-level event of 11 May 2016.";
    out.push({
      id: `kp-endorsement-${id}`,
      actorId: id,
      instrumentId: kp,
      date: { precision: "day", date: "2016-05-11", qualifier: "on" },
      eventId: "hle-kigali-2016-05-11",
      sources: [...sources, ...(listed.has(id) ? ["rwanda-mod-2016-11-endorsers"] : [])],
      confidence: sources.some((s) => s === "gcr2p-press-2016-05-11" || s === "ukraineun-kigali-2016-05") ? "verified" : "reported",
      note: `${note}${onList(id)}`,
    });
  }
  out.push({
    id: "kp-endorsement-can",
    actorId: "can",
    instrumentId: kp,
    date: { precision: "day", date: "2016-05-13", qualifier: "on" },
    sources: ["45enord-canada-kigali-2016-05", "rwanda-mod-2016-11-endorsers"],
    confidence: "reported",
    note: `Canada signed on Friday 13 May 2016, for technical reasons two days after the high-level event of 11 May, adding its name to the 29 countries that had joined then (45eNord.ca). Earlier dated only "by November 2016" from the Rwanda MoD list of 38 endorsing States, which still supports the endorsement.`,
  });
  const done = new Set(out.map((e) => e.actorId));
  for (const id of NOV_2016_LIST) {
    if (done.has(id)) continue;
    out.push({
      id: `kp-endorsement-${id}`,
      actorId: id,
      instrumentId: kp,
      date: { precision: "month", date: "2016-11", qualifier: "by" },
      sources: ["rwanda-mod-2016-11-endorsers"],
      confidence: "verified",
      note: "On the Rwanda MoD list of 38 endorsing States (November 2016); the date of its endorsement is not known.",
    });
  }
  for (const id of NOV_2016_LIST) if (!out.some((e) => e.actorId === id)) throw new Error(`endorsements: ${id} missing`);
  return out;
}

export const ENDORSEMENTS: readonly E[] = build();
