/**
 * Figures as the sources report them (counts of endorsers, delegates,
 * pledges, a contributor's rank), the 2014 and 2015 summit declarations, the
 * Tokyo preparatory meeting, and the numbered aims of the Vancouver themes.
 * Reviewed source file. A reported figure is the source's claim, dated to the
 * precision the source gives; where sources disagree, each figure is kept with
 * its own source. Nothing here is computed from other records.
 */
import type { Endorsement, EventInput, InstrumentInput, ReportedFigureInput, Theme } from "@bluehelm/core";

type F = ReportedFigureInput;
const day = (date: string) => ({ precision: "day", date, qualifier: "on" }) as const;
const month = (date: string) => ({ precision: "month", date, qualifier: "on" }) as const;
const year = (date: string) => ({ precision: "year", date, qualifier: "on" }) as const;
const kp = { subjectKind: "instrument", subjectId: "kigali-principles" } as const;
const vp = { subjectKind: "instrument", subjectId: "vancouver-principles" } as const;
const ev = (subjectId: string) => ({ subjectKind: "event", subjectId }) as const;

export const REPORTED_FIGURES: readonly F[] = [
  // Kigali Principles: endorsers over time.
  { id: "kp-founding-2015-05", measure: "founding-endorsers", ...kp, value: 9, date: month("2015-05"), sources: ["gcr2p-kigali-principles"], confidence: "verified", note: "The first nine signatories (GCR2P), named: Bangladesh, Ethiopia, Italy, Netherlands, Rwanda, Senegal, Sri Lanka, Uganda, Uruguay." },
  { id: "kp-endorsers-2016-04-18", measure: "endorsers", ...kp, value: 12, date: day("2016-04-18"), sources: ["prawo-pl-poland-kigali-2016"], confidence: "reported", note: "Poland was the twelfth country (\"Polska jest dwunastym krajem\") when it joined on 18 April 2016." },
  { id: "kp-new-endorsers-2016-05-11-gcr2p", measure: "new-endorsers", ...kp, value: 19, date: day("2016-05-11"), sources: ["gcr2p-press-2016-05-11"], confidence: "verified", note: "GCR2P's joint press release: 19 new Member States at the high-level event of 11 May 2016 (named only in part in the copy read)." },
  { id: "kp-endorsers-2016-05-11-newtimes", measure: "endorsers", ...kp, value: 24, date: day("2016-05-11"), sources: ["newtimes-2016-05-more-endorse"], confidence: "reported", note: "New Times: the new endorsers of 11 May 2016 brought the total to 24. Other sources give 29 for the same day." },
  { id: "kp-endorsers-2016-05-11-afp", measure: "endorsers", ...kp, value: 29, date: day("2016-05-11"), sources: ["lainformacion-afp-kigali-2016-05-11", "ukrinform-kigali-2016-05-11", "ukraineun-kigali-2016-05", "rfi-bamada-kigali-2016-05"], confidence: "reported", note: "Twenty-nine countries had adhered on 11 May 2016 (AFP, Ukrinform, Ukraine's mission, RFI); among the permanent members only the United States had signed (AFP). New Times gives 24 for the same day." },
  { id: "kp-endorsers-2016-05-13", measure: "endorsers", ...kp, value: 30, date: day("2016-05-13"), sources: ["45enord-canada-kigali-2016-05"], confidence: "reported", note: "Canada signed on Friday 13 May 2016, adding its name to the 29 countries of the week's event: the 30th." },
  { id: "kp-endorsers-2016-05-15", measure: "endorsers", ...kp, value: 30, date: day("2016-05-15"), sources: ["africanews-kigali-2016-05-15", "afrique360-kigali-2016-05-16"], confidence: "reported", note: "\"Adoptés par 30 pays\" (Africanews, 15 May 2016); Afrique360 gives the same figure on 16 May 2016." },
  { id: "kp-endorsers-2016-11-list", measure: "endorsers", ...kp, value: 38, date: month("2016-11"), sources: ["rwanda-mod-2016-11-endorsers"], confidence: "verified", note: "The Rwanda Ministry of Defence's list of November 2016 names 38 endorsing States." },
  { id: "kp-endorsers-2016-11-late", measure: "endorsers", ...kp, value: 40, date: month("2016-11"), sources: ["newtimes-2016-11-forty"], confidence: "reported", note: "\"So far, 40 countries have endorsed the principles\" (New Times, late November 2016): the latest count found. No later count was found in any source." },

  // Vancouver Principles: endorsers over time.
  { id: "vp-founding-54", measure: "founding-endorsers", ...vp, value: 54, date: day("2017-11-15"), sources: ["gac-vancouver-principles", "canada-dnd-2017-vancouver-concludes", "thestar-2018-11-21-child-soldiers"], confidence: "verified", note: "In 2017, 54 UN Member States were founding endorsers (Global Affairs Canada, copy read; the National Defence release of the ministerial; the Toronto Star, 2018). A later copy of the same page says 55." },
  { id: "vp-founding-55", measure: "founding-endorsers", ...vp, value: 55, date: day("2017-11-15"), sources: ["gac-vancouver-principles-later", "vancouverprinciples-endorsers"], confidence: "reported", note: "A later copy of the Global Affairs Canada page and vancouverprinciples.com say 55 founding endorsers; the copy of the page read first says 54." },
  { id: "vp-endorsers-63", measure: "endorsers", ...vp, value: 63, sources: ["vancouverprinciples-endorsers"], confidence: "reported", note: "\"Currently\" 63 UN Member States, 55 of them founding members, with the 63 names (undated; lower than the February 2019 count, so probably of 2018)." },
  { id: "vp-endorsers-2019-02", measure: "endorsers", ...vp, value: 72, date: month("2019-02"), sources: ["watchlist-2019-02-ottawa"], confidence: "reported", note: "\"To date\", 72 UN Member States (Watchlist's report on the Ottawa workshop of 5–7 February 2019)." },
  { id: "vp-endorsers-close-to-100", measure: "endorsers", ...vp, value: 100, qualifier: "close-to", sources: ["gac-vancouver-principles"], confidence: "verified", note: "\"The number of endorsing countries is now close to 100\" (Global Affairs Canada, copy read; undated)." },
  { id: "vp-endorsers-over-100", measure: "endorsers", ...vp, value: 100, qualifier: "more-than", sources: ["gac-vancouver-principles-later"], confidence: "reported", note: "\"The number of endorsing countries is now over 100\" (later copy of the Global Affairs Canada page; undated)." },

  // A contributor's rank (the seed note on the Kigali conference).
  { id: "rwa-rank-2015", measure: "contributor-rank", subjectKind: "actor", subjectId: "rwa", value: 5, date: year("2015"), sources: ["kigali-2015-conference-note"], confidence: "reported", note: "Rwanda described as the fifth largest contributor of UN peacekeepers (note on the Kigali conference of May 2015); no reporting date is given." },
  { id: "rwa-rank-africa-2015", measure: "contributor-rank", scope: { en: "among African contributors", fr: "parmi les contributeurs africains" }, subjectKind: "actor", subjectId: "rwa", value: 3, date: year("2015"), sources: ["kigali-2015-conference-note"], confidence: "reported", note: "Third in Africa, in the same note." },

  // 2014 summit.
  { id: "summit-2014-other-states", measure: "participating-states", scope: { en: "besides the co-hosts", fr: "en plus des coorganisateurs" }, ...ev("summit-2014"), value: 27, date: day("2014-09-26"), sources: ["whitehouse-2014-09-26-summit"], confidence: "verified", note: "The White House fact sheet names 27 other participating States (Brazil … Vietnam)." },
  { id: "summit-2014-pledging-states", measure: "pledging-states", ...ev("summit-2014"), value: 30, qualifier: "more-than", date: day("2014-09-26"), sources: ["business-standard-2014-09-27-summit"], confidence: "reported", note: "Ambassador Samantha Power: more than 30 countries had stepped up with concrete commitments (AP via PTI). No total of troops or units pledged in 2014 was found." },
  { id: "summit-2014-declaration-signatories", measure: "signatories", subjectKind: "instrument", subjectId: "summit-2014-declaration", value: 29, sources: ["whitehouse-briefings-2014-declaration"], confidence: "reported", note: "The joint declaration names 29 governments; the copy read carries no date." },

  // Kigali conference 2015.
  { id: "kigali-2015-delegates", measure: "delegates", ...ev("kigali-2015"), value: 200, qualifier: "about", date: month("2015-05"), sources: ["kigali-conference-report-2015", "newtimes-2015-05-29-kigali-pledges"], confidence: "reported", note: "About 200 delegates (an approximate figure)." },

  // 2015 Leaders' Summit: the declaration and the pledges (the sources disagree on the troops and police).
  { id: "leaders-summit-2015-declaration-signatories", measure: "signatories", subjectKind: "instrument", subjectId: "leaders-summit-2015-declaration", value: 43, date: month("2015-09"), sources: ["presidency-ucsb-2015-declaration"], confidence: "verified", note: "The declaration names 43 governments." },
  { id: "leaders-summit-2015-states", measure: "participating-states", ...ev("leaders-summit-2015"), value: 50, qualifier: "more-than", date: day("2015-09-28"), sources: ["time-2015-leaders-summit", "whitehousepool-2015-obama"], confidence: "reported", note: "More than 50 heads of State or government (Time); \"the more than 50 countries present\" (President Obama, per the press pool)." },
  { id: "leaders-summit-2015-pledging-delegations", measure: "pledging-delegations", ...ev("leaders-summit-2015"), value: 52, date: day("2015-09-28"), sources: ["time-2015-leaders-summit"], confidence: "reported", note: "52 nations and organizations pledged." },
  { id: "leaders-summit-2015-pledges", measure: "pledges", ...ev("leaders-summit-2015"), value: 170, qualifier: "more-than", date: day("2015-09-28"), sources: ["foreignaffairs-2015-10-06"], confidence: "reported", note: "Over 170 pledges (Foreign Affairs, 6 October 2015)." },
  { id: "leaders-summit-2015-personnel-40000", measure: "personnel-pledged", ...ev("leaders-summit-2015"), value: 40000, qualifier: "about", date: day("2015-09-28"), sources: ["vov-2015-leaders-summit", "foreignaffairs-2015-10-06"], confidence: "reported", note: "Some 40,000 new troops and police (Ambassador Power, per VOV/AFP; \"approximately 40,000 uniformed personnel\", Foreign Affairs): the final tally in later reports. The President's figure at the summit was 30,000." },
  { id: "leaders-summit-2015-personnel-30000", measure: "personnel-pledged", ...ev("leaders-summit-2015"), value: 30000, date: day("2015-09-28"), sources: ["whitehousepool-2015-obama"], confidence: "reported", note: "President Obama at the summit: a combined 30,000 new troops (White House press pool); AFP's first version also said 30,000, later ones 40,000." },
  { id: "leaders-summit-2015-helicopters", measure: "helicopters-pledged", ...ev("leaders-summit-2015"), value: 40, qualifier: "more-than", date: day("2015-09-28"), sources: ["vov-2015-leaders-summit"], confidence: "reported", note: "More than 40 helicopters, with 15 military engineering companies and 10 field hospitals (Ambassador Power, per VOV/AFP)." },

  // London 2016.
  { id: "london-2016-states-70", measure: "participating-states", ...ev("london-2016"), value: 70, date: day("2016-09-08"), sources: ["london-2016-report"], confidence: "verified", note: "Ministers or representatives of 70 countries (the ministerial's report)." },
  { id: "london-2016-states-80", measure: "participating-states", ...ev("london-2016"), value: 80, date: day("2016-09-08"), sources: ["govuk-london-2016-concept"], confidence: "verified", note: "80 countries invited or represented (gov.uk); the report says 70." },
  { id: "london-2016-communique-signatories", measure: "signatories", subjectKind: "instrument", subjectId: "london-communique-2016", value: 63, qualifier: "about", date: day("2016-09-08"), sources: ["govuk-london-2016-communique"], confidence: "verified", note: "Signed by about 63 governments (signatories not stored)." },

  // Paris 2016.
  { id: "paris-2016-delegations", measure: "participating-delegations", ...ev("paris-2016"), value: 60, qualifier: "about", date: day("2016-10-27"), sources: ["boutros-ghali-paris-2016"], confidence: "verified", note: "About 60 countries and international organizations." },

  // Vancouver 2017: preparatory meetings.
  { id: "tokyo-2017-states", measure: "participating-states", ...ev("tokyo-preparatory-2017"), value: 32, date: day("2017-08-25"), sources: ["canada-dnd-2017-tokyo-preparatory"], confidence: "verified", note: "Military, police and civilian personnel from 32 Member States, with the EU and the UN." },
  { id: "tokyo-2017-organizations", measure: "participating-organizations", ...ev("tokyo-preparatory-2017"), value: 2, date: day("2017-08-25"), sources: ["canada-dnd-2017-tokyo-preparatory"], confidence: "verified", note: "The EU and the UN." },
  { id: "kigali-prep-2017-states", measure: "participating-states", ...ev("kigali-preparatory-2017"), value: 25, date: day("2017-08-30"), sources: ["canada-dnd-2017-kigali-preparatory", "canada-dnd-2017-11-15-protecting-those-at-risk"], confidence: "verified", note: "Military and civilian personnel from 25 Member States, with the AU, the EU and the UN (the backgrounder says 25 Member States and international organizations)." },
  { id: "kigali-prep-2017-organizations", measure: "participating-organizations", ...ev("kigali-preparatory-2017"), value: 3, date: day("2017-08-30"), sources: ["canada-dnd-2017-kigali-preparatory"], confidence: "verified", note: "The AU, the EU and the UN." },
  { id: "dhaka-2017-states", measure: "participating-states", ...ev("dhaka-preparatory-2017"), value: 25, date: day("2017-10-02"), sources: ["canada-dnd-2017-dhaka-preparatory", "canada-dnd-2017-smart-pledges"], confidence: "verified", note: "25 Member States, with UN representatives." },

  // Vancouver 2017: the ministerial (the sources disagree: 46 or 48 pledges, 79 or 80 States).
  { id: "vancouver-2017-delegates-500", measure: "delegates", ...ev("vancouver-2017"), value: 500, qualifier: "more-than", date: day("2017-11-15"), sources: ["canada-dnd-2017-11-15-protecting-those-at-risk", "canada-dnd-2017-smart-pledges"], confidence: "verified", note: "More than 500 delegates from 84 countries and international organizations (backgrounders of 15 November 2017)." },
  { id: "vancouver-2017-delegations-84", measure: "participating-delegations", ...ev("vancouver-2017"), value: 84, date: day("2017-11-15"), sources: ["canada-dnd-2017-11-15-protecting-those-at-risk"], confidence: "verified", note: "84 countries and international organizations (backgrounder)." },
  { id: "vancouver-2017-delegates-550", measure: "delegates", ...ev("vancouver-2017"), value: 550, qualifier: "more-than", date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes"], confidence: "verified", note: "More than 550 delegates (the closing news release)." },
  { id: "vancouver-2017-states-80", measure: "participating-states", ...ev("vancouver-2017"), value: 80, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes", "canada-dnd-2017-vancouver-communique"], confidence: "verified", note: "80 UN Member States and five international organizations (closing news release); the communiqué names 80 countries. The UN counts 79." },
  { id: "vancouver-2017-states-79", measure: "participating-states", ...ev("vancouver-2017"), value: 79, date: day("2017-11-15"), sources: ["un-pk-vancouver-46-pledges", "un-pk-vancouver-2017"], confidence: "verified", note: "Some 79 Member States (UN pages); Canada's release and the communiqué say 80." },
  { id: "vancouver-2017-organizations", measure: "participating-organizations", ...ev("vancouver-2017"), value: 5, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes", "un-pk-vancouver-2017"], confidence: "verified", note: "Five international organizations." },
  { id: "vancouver-2017-pledges-46", measure: "pledges", ...ev("vancouver-2017"), value: 46, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes", "un-pk-vancouver-46-pledges"], confidence: "verified", note: "\"46 new pledges\" (the headline of the closing release and of the UN article); the body of the release counts 48 delegations making new pledges." },
  { id: "vancouver-2017-pledging-delegations-48", measure: "pledging-delegations", ...ev("vancouver-2017"), value: 48, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes"], confidence: "verified", note: "48 delegations made new pledges (body of the closing release), against the 46 new pledges of its headline." },
  { id: "vancouver-2017-reaffirming-13", measure: "reaffirming-delegations", ...ev("vancouver-2017"), value: 13, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes"], confidence: "verified", note: "13 reaffirmed or advanced past pledges." },
  { id: "vancouver-2017-gender-pledges", measure: "pledging-states", scope: { en: "to integrate gender perspectives and women's participation", fr: "pour intégrer les questions de genre et la participation des femmes" }, ...ev("vancouver-2017"), value: 26, date: day("2017-11-15"), sources: ["canada-dnd-2017-vancouver-concludes"], confidence: "verified", note: "26 countries pledged to integrate gender perspectives and women's participation." },

  // New York 2019.
  { id: "new-york-2019-delegations", measure: "participating-delegations", ...ev("new-york-2019"), value: 130, qualifier: "more-than", date: day("2019-03-29"), sources: ["un-sg-2019-03-29-chairs-summary"], confidence: "verified", note: "More than 130 Member States and intergovernmental organizations (Chair's summary)." },

  // Seoul 2021 (the UN and IPI disagree on the pledging States: 62 or 64).
  { id: "seoul-2021-states", measure: "participating-states", ...ev("seoul-2021"), value: 75, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified", note: "Seventy-five Member States and two international organizations took part (UN Note to Correspondents)." },
  { id: "seoul-2021-organizations", measure: "participating-organizations", ...ev("seoul-2021"), value: 2, date: day("2021-12-08"), sources: ["un-sg-2021-seoul", "rok-mfa-2021-12-10-seoul"], confidence: "verified", note: "Two international organizations." },
  { id: "seoul-2021-c34-members", measure: "participating-states", scope: { en: "members of the C34 (Special Committee on Peacekeeping Operations)", fr: "membres du C34 (Comité spécial des opérations de maintien de la paix)" }, ...ev("seoul-2021"), value: 155, date: day("2021-12-08"), sources: ["rok-mfa-2021-12-10-seoul"], confidence: "verified", note: "The ROK ministry speaks of the 155 members of the C34 taking part: a count of the committee's membership, not of the States present (the UN counts 75)." },
  { id: "seoul-2021-ministerial-level", measure: "ministerial-level-states", ...ev("seoul-2021"), value: 45, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified", note: "45 represented at the foreign and defence ministerial level." },
  { id: "seoul-2021-pledging-62", measure: "pledging-states", ...ev("seoul-2021"), value: 62, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified", note: "Sixty-two Member States announced new pledges (UN); IPI says 64." },
  { id: "seoul-2021-pledging-64", measure: "pledging-states", ...ev("seoul-2021"), value: 64, date: day("2021-12-08"), sources: ["ipi-global-observatory-2022-02-seoul"], confidence: "reported", note: "Sixty-four UN member states made pledges (IPI Global Observatory, February 2022); the UN says 62." },
  { id: "seoul-2021-capability-states", measure: "pledging-states", scope: { en: "of new military and police capabilities", fr: "de nouvelles capacités militaires et de police" }, ...ev("seoul-2021"), value: 36, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-2021-training-states", measure: "pledging-states", scope: { en: "of training or capacity-building partnerships", fr: "de formation ou de partenariats de renforcement des capacités" }, ...ev("seoul-2021"), value: 45, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-2021-medical-states", measure: "pledging-states", scope: { en: "to strengthen the UN's medical capabilities", fr: "pour renforcer les capacités médicales de l'ONU" }, ...ev("seoul-2021"), value: 18, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-2021-women-states", measure: "pledging-states", scope: { en: "citing their efforts to increase the number of women peacekeepers", fr: "faisant état de leurs efforts pour accroître le nombre de femmes Casques bleus" }, ...ev("seoul-2021"), value: 23, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-2021-helicopters", measure: "helicopters-pledged", scope: { en: "to be donated by the Republic of Korea", fr: "dont la République de Corée fera don" }, ...ev("seoul-2021"), value: 16, date: day("2021-12-08"), sources: ["un-sg-2021-seoul"], confidence: "verified" },

  // Accra 2023.
  { id: "accra-2023-states", measure: "participating-states", ...ev("accra-2023"), value: 91, date: day("2023-12-06"), sources: ["un-pk-2023-ministerial", "un-pk-accra-2023"], confidence: "verified", note: "Ninety-one Member States and three international organizations." },
  { id: "accra-2023-organizations", measure: "participating-organizations", ...ev("accra-2023"), value: 3, date: day("2023-12-06"), sources: ["un-pk-2023-ministerial"], confidence: "verified" },
  { id: "accra-2023-delegates", measure: "delegates", ...ev("accra-2023"), value: 600, qualifier: "more-than", date: day("2023-12-06"), sources: ["un-pk-accra-2023"], confidence: "verified", note: "More than 600 delegates." },
  { id: "accra-2023-pledging-states", measure: "pledging-states", ...ev("accra-2023"), value: 57, date: day("2023-12-06"), sources: ["un-pk-2023-ministerial"], confidence: "verified", note: "57 Member States announced new pledges." },
  { id: "accra-2023-units", measure: "units-pledged", ...ev("accra-2023"), value: 110, qualifier: "more-than", date: day("2023-12-06"), sources: ["afrinewz-accra-2023-12"], confidence: "reported", note: "Over 110 new military and police units from 33 Member States (UN release as republished by Afrinewz)." },
  { id: "accra-2023-unit-states", measure: "pledging-states", scope: { en: "of military and police units", fr: "d'unités militaires et de police" }, ...ev("accra-2023"), value: 33, date: day("2023-12-06"), sources: ["afrinewz-accra-2023-12"], confidence: "reported" },

  // Berlin 2025.
  { id: "berlin-2025-participants", measure: "delegates", ...ev("berlin-2025"), value: 1000, qualifier: "more-than", date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified", note: "Over 1,000 participants (UN News)." },
  { id: "berlin-2025-delegations", measure: "participating-delegations", ...ev("berlin-2025"), value: 130, qualifier: "more-than", date: day("2025-05-14"), sources: ["app-urdupoint-2025-05-15-berlin"], confidence: "reported", note: "More than 130 countries and international partners (APP via UrduPoint, citing the communiqué)." },
  { id: "berlin-2025-pledging-states", measure: "pledging-states", ...ev("berlin-2025"), value: 74, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified", note: "A total of 74 UN Member States made specific pledges." },
  { id: "berlin-2025-units", measure: "units-pledged", ...ev("berlin-2025"), value: 88, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified", note: "88 military and police units." },
  { id: "berlin-2025-unit-contributions", measure: "pledges", scope: { en: "national contributions of military and police units (airlift and rapid deployment among them)", fr: "contributions nationales d'unités militaires et de police (dont transport aérien et déploiement rapide)" }, ...ev("berlin-2025"), value: 53, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified" },
  { id: "berlin-2025-training", measure: "pledges", scope: { en: "of specialized training", fr: "de formation spécialisée" }, ...ev("berlin-2025"), value: 59, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified" },
  { id: "berlin-2025-technology", measure: "pledges", scope: { en: "of technological enhancements", fr: "d'améliorations technologiques" }, ...ev("berlin-2025"), value: 18, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified" },
  { id: "berlin-2025-wps", measure: "pledges", scope: { en: "advancing the Women, Peace and Security agenda", fr: "en faveur du programme pour les femmes et la paix et la sécurité" }, ...ev("berlin-2025"), value: 38, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified" },
  { id: "berlin-2025-safety", measure: "pledges", scope: { en: "on safety and protection", fr: "sur la sûreté et la protection" }, ...ev("berlin-2025"), value: 16, date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified" },
  { id: "berlin-2025-germany-funding", measure: "funding", scope: { en: "announced by Germany", fr: "annoncé par l'Allemagne" }, ...ev("berlin-2025"), value: 82000000, currency: "EUR", date: day("2025-05-14"), sources: ["un-news-2025-05-berlin"], confidence: "verified", note: "€82 million (around US$91.7 million)." },
];

/** The declarations of the 2014 summit and the 2015 Leaders' Summit. */
export const SUMMIT_INSTRUMENTS: readonly InstrumentInput[] = [
  {
    id: "summit-2014-declaration",
    kind: "declaration",
    title: { en: "Joint declaration of support for UN peacekeeping (2014 summit)", fr: "Déclaration commune d'appui au maintien de la paix des Nations Unies (sommet de 2014)" },
    eventId: "summit-2014",
    sources: ["whitehouse-briefings-2014-declaration"],
    confidence: "reported",
    note: "Title ours: the copy read shows neither title nor date; its support for the Secretary-General's strategic review fits the 2014 summit (reported). The 29 governments it names: Bangladesh, Brazil, Chile, China, Colombia, Croatia, Egypt, Denmark, Finland, France, Germany, Indonesia, Ireland, Japan, Latvia, Mongolia, Nepal, Netherlands, Norway, Pakistan, Rwanda, Serbia, Spain, Sweden, Tanzania, Uruguay, the United Kingdom, the United States and Vietnam. Not stored as endorsements: the day of signature is not sourced.",
  },
  {
    id: "leaders-summit-2015-declaration",
    kind: "declaration",
    title: { en: "Declaration of the United Nations Leaders' Summit on Peacekeeping", fr: "Déclaration du Sommet des dirigeants sur le maintien de la paix des Nations Unies" },
    eventId: "leaders-summit-2015",
    sources: ["presidency-ucsb-2015-declaration"],
    confidence: "verified",
    note: "Joint statement of 43 governments (named in the text). The day of adoption is not in the copy read; the endorsements are dated to the month of the summit (September 2015). The French title is ours.",
  },
];

/** The 43 signatories of the 2015 declaration, in the order of the text (Turkey between Rwanda and Senegal). */
const DECLARATION_2015 = "arm aus bgd khm chl chn col hrv cze dnk eth fin fji fra geo deu gha ind idn ita jpn mys npl nld nor pak per kor rou rwa tur sen srb sle esp lka swe tha ukr usa gbr ury vnm".split(" ");

export const SUMMIT_ENDORSEMENTS: readonly Endorsement[] = [
  ...DECLARATION_2015.map(
    (actorId): Endorsement => ({
      id: `ls2015-declaration-${actorId}`,
      actorId,
      instrumentId: "leaders-summit-2015-declaration",
      date: { precision: "month", date: "2015-09", qualifier: "on" },
      eventId: "leaders-summit-2015",
      sources: ["presidency-ucsb-2015-declaration"],
      confidence: "verified",
    }),
  ),
  {
    id: "vp-endorsement-gbr",
    actorId: "gbr",
    instrumentId: "vancouver-principles",
    date: { precision: "day", date: "2017-11-15", qualifier: "by" },
    eventId: "vancouver-2017",
    sources: ["government-world-uk-vancouver"],
    confidence: "reported",
    note: "The United Kingdom endorsed in advance of the launch of 15 November 2017 (a founding endorser), with a declaration reaffirming the Paris Commitments. The only Vancouver endorsement with a sourced date: the 63 names of vancouverprinciples.com are undated.",
  },
];
if (new Set(DECLARATION_2015).size !== 43) throw new Error("the 2015 declaration names 43 governments");

/** The Tokyo preparatory meeting for Vancouver 2017. */
export const PREPARATORY_EVENTS: readonly EventInput[] = [
  {
    id: "tokyo-preparatory-2017",
    kind: "preparatory-meeting",
    title: { en: "Tokyo preparatory meeting on innovation in training and capacity building", fr: "Réunion préparatoire de Tokyo sur l'innovation en matière de formation et de renforcement des capacités" },
    startDate: "2017-08-23",
    endDate: "2017-08-25",
    city: "Tokyo",
    countryId: "jpn",
    hostIds: ["jpn", "bgd"],
    participation: { states: 32, organizations: 2 },
    themeIds: ["van-training-capacity"],
    sources: ["canada-dnd-2017-tokyo-preparatory"],
    confidence: "verified",
    note: "Hosted by Japan and Bangladesh at Canada's request; military, police and civilian personnel from 32 Member States, with the EU and the UN. Three sessions of panels and open discussion on training and capacity building and the UN's capability requirements.",
  },
];

const SP = ["canada-dnd-2017-smart-pledges"];
const EW = ["canada-dnd-2017-early-warning"];

/** The numbered aims of two Vancouver themes, as sub-themes (the aims of Innovation in Training and Capacity Building were not found). */
export const VANCOUVER_AIMS: readonly Theme[] = [
  { id: "sp-rapid-deployment-pledges", parentId: "van-smart-pledges", order: 1, title: { en: "Generate new pledges to fill the UN need for rapid deployment", fr: "Susciter de nouveaux engagements pour répondre au besoin de déploiement rapide de l'ONU" }, description: { en: "Helicopter units, special forces companies and unmanned aerial systems are the key needs named; more smart pledges would help close the gaps.", fr: "Unités d'hélicoptères, compagnies de forces spéciales et drones sont les besoins clés cités ; davantage d'engagements intelligents aideraient à combler les lacunes." }, sources: SP, confidence: "verified" },
  { id: "sp-partnership-arrangements", parentId: "van-smart-pledges", order: 2, title: { en: "Create partnership arrangements to close UN capability gaps", fr: "Créer des partenariats pour combler les lacunes capacitaires de l'ONU" }, description: { en: "States team up on one gap, share practices and lessons and look for ways to work together.", fr: "Des États s'associent autour d'une lacune, partagent pratiques et enseignements et cherchent à collaborer." }, sources: SP, confidence: "verified" },
  { id: "sp-rotation-of-enablers", parentId: "van-smart-pledges", order: 3, title: { en: "Foster the reflection on the rotation of enablers", fr: "Encourager la réflexion sur la rotation des capacités habilitantes" }, sources: SP, confidence: "verified", note: "The title is found; its explanation is cut off in the copy read, and whether there was a fourth aim is not known." },
  { id: "ewrd-rapid-deployment-gaps", parentId: "van-early-warning-rapid-deployment", order: 1, title: { en: "Generate new pledges to close UN rapid deployment capability gaps", fr: "Susciter de nouveaux engagements pour combler les lacunes de l'ONU en matière de déploiement rapide" }, description: { en: "Deploying fast in a crisis is still hard: find the gaps and obtain pledges for them.", fr: "Se déployer vite en cas de crise reste difficile : repérer les lacunes et obtenir des engagements pour les combler." }, sources: EW, confidence: "verified" },
  { id: "ewrd-internal-reforms", parentId: "van-early-warning-rapid-deployment", order: 2, title: { en: "Address UN internal reforms for early warning and rapid deployment", fr: "Traiter des réformes internes de l'ONU pour l'alerte rapide et le déploiement rapide" }, description: { en: "Take up the UN's reform initiatives and support its collection and sharing of information.", fr: "Reprendre les initiatives de réforme de l'ONU et soutenir sa collecte et son partage d'informations." }, sources: EW, confidence: "verified" },
  { id: "ewrd-innovative-approaches", parentId: "van-early-warning-rapid-deployment", order: 3, title: { en: "Identify innovative approaches, capacities and technologies to improve early warning", fr: "Repérer des approches, capacités et technologies innovantes pour améliorer l'alerte rapide" }, description: { en: "Better warning, analysis and planning, drawing on local communities, civil society and NGOs.", fr: "Une meilleure alerte, analyse et planification, en s'appuyant sur les communautés locales, la société civile et les ONG." }, sources: EW, confidence: "verified" },
  { id: "ewrd-gender-capabilities", parentId: "van-early-warning-rapid-deployment", order: 4, title: { en: "Address gender-specific capabilities (title cut off in the copy read)", fr: "Traiter des capacités liées au genre (titre tronqué dans la copie consultée)" }, sources: EW, confidence: "reported", note: "The copy read breaks off inside the title (\"Address gender-specific capabili…\"); its explanation, and whether there was a fifth aim, are not known." },
];
