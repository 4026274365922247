/**
 * Sources for the reported figures, the partial-date mandates, the Vancouver
 * preparatory meetings and aims, the codelist definitions, the resolution
 * links and the world totals. Reviewed source file (see sources.ts for the
 * meaning of `confidence`). URLs are those of the reference notes; the copies
 * read were the openings of the pages.
 */
import type { Source } from "@bluehelm/core";

const v = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "verified" });
const r = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "reported" });

export const FIGURE_SOURCES: readonly Source[] = [
  // Data sets read by the importers.
  r({
    id: "cr-unsc-2722",
    title: "Corpus of Resolutions: UN Security Council (CR-UNSC), record tables to S/RES/2722",
    publisher: "Seán Fobbe (Zenodo, DOI 10.5281/zenodo.7319781)",
    url: "https://github.com/SeanFobbe/cr-unsc",
    published: "2024",
    note: "UNSC_Record-Table_2722.csv and UNSC_Record_Voting_2722.csv (data CC0 1.0): the UN Digital Library record and voting record of every resolution S/RES/1 to S/RES/2722. Read from data/external/cr-unsc-records. The Digital Library pages themselves were not read.",
  }),
  r({
    id: "owid-un-peacekeeping",
    title: "United Nations Peacekeeping (world totals by year, 1947–2021)",
    publisher: "Our World in Data (owid/owid-datasets), from the United Nations and the Global Policy Forum",
    url: "https://github.com/owid/owid-datasets/tree/master/datasets/United%20Nations%20Peacekeeping",
    note: "From the dataset's datapackage.json: all data from the UN, except the size of the force 1947–1991 (Global Policy Forum, totals only, breakdowns given as 0 meaning not given); the UN figures are those of the December report of each year (November for 1998). Read from data/external/owid-un-peacekeeping. Licence of the archived repository not stated.",
  }),

  // Codelist definitions.
  v({
    id: "un-manual-generation-deployment-2021",
    title: "United Nations Manual for the Generation and Deployment of Military and Formed Police Units to Peace Operations (ref. 2021.05)",
    publisher: "United Nations, Department of Peace Operations",
    url: "https://docslib.org/doc/168299/united-nations-manual-for-the-generation-and-deployment-of-military-and-formed-police-units-to-peace-operations",
    published: "2021-05",
    note: "Defines the PCRS levels 1, 2, 3 and the rapid deployment level. Copy read on docslib.org.",
  }),
  v({
    id: "un-rdl-workshop-article",
    title: "Rapid Deployment Level workshop (UN article on the PCRS)",
    publisher: "United Nations",
    url: "https://www.un.org/hi/node/237137",
    note: "The rapid deployment level is the highest PCRS level: units committed to deploy within 60 days of a UN request; eleven units deployed from it since the PCRS was set up. The article's date is not shown in the copy read.",
  }),
  v({
    id: "jvl-res-1701-text",
    title: "Security Council resolution 1701 (2006), text",
    publisher: "Jewish Virtual Library (copy of the UN text)",
    url: "https://jewishvirtuallibrary.org/jsource/UN/unres1701.html",
    unSymbol: "S/RES/1701 (2006)",
    note: "Operative paragraph 12 authorises UNIFIL, without prejudice to the responsibility of the Government of Lebanon, to protect civilians under imminent threat of physical violence.",
  }),
  r({
    id: "gcr2p-peacekeeping-kigali-page",
    title: "Peacekeeping and the Kigali Principles",
    publisher: "Global Centre for the Responsibility to Protect",
    url: "http://s156658.gridserver.com/our_work/peacekeeping_and_the_kigali_principles",
    note: "About 2016: nine of fifteen missions, with 96 % of peacekeepers, had the protection of civilians at the core of their mandate. Copy of the GCR2P page on a hosting address.",
  }),

  // Mandates known only to a year.
  r({ id: "newsghana-res-2717", title: "Security Council renews MONUSCO's mandate (resolution 2717 (2023))", publisher: "News Ghana", published: "2023-12", unSymbol: "S/RES/2717 (2023)", note: "Names the renewal S/RES/2717 (2023); its adoption day is not in the copy read. Descriptive title." }),
  r({ id: "military-africa-res-2765", title: "UN Security Council extends MONUSCO's mandate to 20 December 2025 (resolution 2765 (2024))", publisher: "Military Africa", published: "2024-12", unSymbol: "S/RES/2765 (2024)", note: "Also reported by iunwatch.org and IGIHE. The adoption day is not in the copies read. Descriptive title." }),
  r({ id: "menafn-res-2718", title: "Security Council extends UNDOF's mandate to 30 June 2024 (resolution 2718 (2023))", publisher: "MENAFN (Xinhua)", published: "2023-12", unSymbol: "S/RES/2718 (2023)", note: "Gives the mandate period as December 2023 to 30 June 2024; the adoption day is not in the copy read. Descriptive title." }),
  v({ id: "un-press-res-2802", title: "Security Council press release on resolution 2802 (2025) (UNISFA)", publisher: "United Nations", unSymbol: "S/RES/2802 (2025)", note: "Extends UNISFA to 15 November 2026, 12 in favour, none against, 3 abstentions (China, Pakistan, Russia). The press release number and the adoption day were not recorded." }),
  r({ id: "thehawk-res-2790", title: "UN Security Council gives UNIFIL a final extension to 31 December 2026 (resolution 2790 (2025))", publisher: "The Hawk (IANS)", published: "2025", unSymbol: "S/RES/2790 (2025)", note: "A final extension, then withdrawal within one year; also in UN press release SC/16159. The adoption day is not in the copies read. Descriptive title." }),
  v({ id: "un-press-sc16159", title: "Security Council press release SC/16159 (UNIFIL, resolution 2790 (2025))", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16159.doc.htm", published: "2025", unSymbol: "SC/16159" }),
  r({ id: "scribd-res-47", title: "Security Council resolution 47 (1948) (article copy)", publisher: "Scribd (copy), with mtsrvc.blogspot.com", unSymbol: "S/RES/47 (1948)", note: "Resolution 47 of 21 April 1948 enlarged the UN Commission for India and Pakistan; the military observer group was set up in January 1949 under that framework. Secondary copies; the URLs were not recorded." }),

  // Kigali Principles counts of May 2016.
  r({ id: "lainformacion-afp-kigali-2016-05-11", title: "Firman acuerdo de protección de civiles en la ONU (AFP)", publisher: "La Información (AFP)", url: "https://www.lainformacion.com/asuntos-sociales/firman-acuerdo-proteccion-civiles-ONU_0_916108390.html", published: "2016-05-11", language: "es", note: "Twenty-nine countries adhered; among the five permanent members only the United States signed for the moment; Pakistan and India absent." }),
  r({ id: "ukrinform-kigali-2016-05-11", title: "Ucrania se adhiere a los Principios de Kigali", publisher: "Ukrinform", url: "https://www.ukrinform.es/rubric-polytics/2015614-ucrania-se-adhiere-a-los-principios-de-kigali.html", published: "2016-05", language: "es", note: "Ukraine joined on 11 May 2016; all 29 countries." }),
  r({ id: "africanews-kigali-2016-05-15", title: "Les principes de Kigali adoptés par une trentaine de pays", publisher: "Africanews", url: "https://fr.africanews.com/2016/05/15/les-principes-de-kigali-adoptes-par-une-trentaine-de-pays/", published: "2016-05-15", language: "fr", note: "\"Adoptée par 30 pays\"; a copy on mediacongo.net." }),

  // Vancouver Principles counts.
  r({ id: "gac-vancouver-principles-later", title: "The Vancouver Principles (later copy of the Global Affairs Canada page)", publisher: "Global Affairs Canada (mirror at ppeniagara.com)", url: "http://ppeniagara.com/world-monde/issues_development-enjeux_developpement/human_rights-droits_homme/principles-vancouver-principes.aspx?lang=eng", note: "A later version of the GAC page: 55 founding endorsers in 2017 and \"now over 100\" endorsing countries (the earlier copy says 54 and \"close to 100\"). Undated." }),
  r({ id: "vancouverprinciples-endorsers", title: "Endorsers of the Vancouver Principles", publisher: "vancouverprinciples.com", url: "https://www.vancouverprinciples.com/endorsers/", note: "\"Currently\" endorsed by 63 UN Member States, 55 of whom are founding members, with the 63 names; it does not say which 55 are founding endorsers, nor when each endorsed. Undated (the count is lower than that of February 2019)." }),
  r({ id: "thestar-2018-11-21-child-soldiers", title: "Child soldier crisis is not going away (op-ed)", publisher: "Toronto Star", url: "https://www.thestar.com/opinion/contributors/2018/11/21/child-soldier-crisis-is-not-going-away.html", published: "2018-11-21", note: "54 UN member states endorsed the Vancouver Principles in Vancouver." }),
  r({ id: "watchlist-2019-02-ottawa", title: "In Ottawa, senior policy-makers and experts seek to strengthen peacekeepers' response to child recruitment", publisher: "Watchlist on Children and Armed Conflict", url: "https://watchlist.org/in-ottawa-senior-policy-makers-and-experts-seek-to-strengthen-peacekeepers-response-to-child-recruitment/", published: "2019-02", note: "Report on the Ottawa workshop of 5–7 February 2019: \"To date\", 72 UN Member States had endorsed the Vancouver Principles." }),
  r({ id: "government-world-uk-vancouver", title: "Government response: the Vancouver Principles (United Kingdom)", publisher: "government-world.com (copy of a UK government statement)", url: "http://government-world.com/government-response-the-vancouver-principles-2/", note: "The United Kingdom endorsed in advance of the launch on 15 November 2017, with a declaration reaffirming the Paris Commitments." }),

  // Summits.
  r({ id: "business-standard-2014-09-27-summit", title: "Over 30 countries make concrete commitments to UN peacekeeping (AP via PTI)", publisher: "Business Standard (AP via PTI)", published: "2014-09-27", note: "US Ambassador Samantha Power said more than 30 countries had stepped up with concrete commitments. Descriptive title; URL not recorded." }),
  r({ id: "whitehouse-briefings-2014-declaration", title: "Joint declaration of governments in support of UN peacekeeping (2014 summit) (mirror)", publisher: "whitehousepressbriefings.com (copy of a White House text)", url: "http://whitehousepressbriefings.com/?p=24917", note: "\"We, the governments of\" 29 States (named) \"reaffirm our support\"; the copy shows no title or date; its support for the Secretary-General's strategic review fits the 2014 summit." }),
  v({ id: "presidency-ucsb-2015-declaration", title: "Joint Statement—Declaration of the United Nations Leaders' Summit on Peacekeeping", publisher: "The American Presidency Project (UC Santa Barbara)", url: "https://www.presidency.ucsb.edu/documents/joint-statement-declaration-united-nations-leaders-summit-peacekeeping", published: "2015-09", note: "The governments of 43 States (named) jointly declare. The copy read gives the signatories, not the day." }),
  r({ id: "whitehousepool-2015-obama", title: "Peacekeeping summit remarks (White House press pool report)", publisher: "White House press pool", url: "https://www.whitehousepool.report/fw-peacekeeping-summit-remarks-pool-11/", published: "2015-09-28", note: "President Obama: the more than 50 countries present had promised to commit a combined 30,000 new troops. AFP first wrote 30,000 and later versions 40,000." }),

  // Vancouver 2017 preparatory meetings and themes.
  v({ id: "canada-dnd-2017-tokyo-preparatory", title: "Tokyo preparatory meeting (2017 UN Peacekeeping Defence Ministerial)", publisher: "Government of Canada, National Defence", url: "https://www.canada.ca/en/department-national-defence/campaigns/peacekeeping-defence-ministerial/tokyo-preparatory-meeting.html", published: "2017", note: "23–25 August 2017, hosted by Japan and Bangladesh at Canada's request; military, police and civilian personnel from 32 Member States, the EU and the UN; on Innovation in Training and Capacity Building." }),
  v({ id: "canada-dnd-2017-dhaka-preparatory", title: "Dhaka preparatory meeting (2017 UN Peacekeeping Defence Ministerial)", publisher: "Government of Canada, National Defence", url: "https://www.canada.ca/en/department-national-defence/campaigns/peacekeeping-defence-ministerial/dhaka-preparatory-meeting.html", published: "2017", note: "1–2 October 2017, hosted by the Government of Bangladesh; 25 Member States and UN representatives; the last preparatory meeting; smart pledges, the rotation of key enablers and gender pledges." }),
  v({ id: "canada-dnd-2017-early-warning", title: "United Nations Peacekeeping Defence Ministerial: Early Warning and Rapid Deployment (backgrounder)", publisher: "Government of Canada, National Defence", url: "https://www.canada.ca/en/department-national-defence/news/2017/11/united_nations_peacekeepingdefenceministerialearlywarningandrapi.html", published: "2017-11-15", note: "Four numbered aims; the copy read is cut inside the title of the fourth." }),
];
