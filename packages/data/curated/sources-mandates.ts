/**
 * Sources for Security Council mandates, pledges, gender targets, scales of
 * assessment and conduct figures. Reviewed source file (see sources.ts for
 * the meaning of `confidence`).
 */
import type { Source } from "@bluehelm/core";

const v = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "verified" });
const r = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "reported" });

export const MORE_SOURCES: readonly Source[] = [
  // Mandates.
  r({ id: "sahara-news-res-2703", title: "Security Council renews MINURSO mandate (resolution 2703 (2023))", publisher: "Sahara News", published: "2023-10", unSymbol: "S/RES/2703 (2023)" }),
  r({
    id: "maroc-res-2756",
    title: "Moroccan Sahara: Morocco welcomes UN Security Council's adoption of resolution 2756",
    publisher: "Kingdom of Morocco portal",
    url: "https://www.maroc.ma/en/news/moroccan-sahara-morocco-welcomes-un-security-councils-adoption-resolution-2756-fm",
    published: "2024-10",
    unSymbol: "S/RES/2756 (2024)",
  }),
  v({ id: "un-press-sc16208", title: "Security Council press release SC/16208 (MINURSO, draft S/2025/692)", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16208.doc.htm", published: "2025-10-31", unSymbol: "SC/16208" }),
  r({ id: "chamaly-res-2797", title: "Adoption and vote of resolution 2797 (2025)", publisher: "Chamaly", url: "https://chamaly.ma/?p=165318", published: "2025-10", unSymbol: "S/RES/2797 (2025)" }),
  r({ id: "people-cn-res-2709", title: "UN Security Council extends MINUSCA mandate (resolution 2709 (2023))", publisher: "People's Daily Online", url: "http://en.people.cn/n3/2023/1116/c90000-20097720.html", published: "2023-11-16", unSymbol: "S/RES/2709 (2023)" }),
  r({ id: "mirage-res-2759", title: "Security Council extends MINUSCA mandate (resolution 2759 (2024))", publisher: "Mirage News (UN press release)", published: "2024-11", unSymbol: "S/RES/2759 (2024)" }),
  r({
    id: "globalsecurity-sc16219",
    title: "Security Council press release SC/16219 on resolution 2800 (2025) (mirror)",
    publisher: "United Nations, via GlobalSecurity.org",
    url: "http://www.globalsecurity.org/military/library/news/2025/11/mil-251113-unsc01.htm",
    published: "2025-11-13",
    unSymbol: "SC/16219",
  }),
  r({ id: "pubt-res-2808", title: "UN press release on the MONUSCO renewal of 19 December 2025 (mirror)", publisher: "United Nations, via pubt.io", url: "https://pubt.io/view/934EEE87A10A6D8D7CBD47482E63A2EE55E56C29", published: "2025-12-19", unSymbol: "S/RES/2808 (2025)" }),
  r({
    id: "capitalfm-res-2808",
    title: "UN Security Council extends MONUSCO mandate in DR Congo to December 2026",
    publisher: "Capital FM (Kenya)",
    url: "https://www.capitalfm.co.ke/news/2025/12/un-security-council-extends-monusco-mandate-in-dr-congo-to-december-2026/",
    published: "2025-12",
  }),
  r({ id: "mirage-res-2766", title: "UNSC extends Golan observer mandate", publisher: "Mirage News (UN press release)", url: "https://miragenews.com/unsc-extends-golan-observer-mandate-amid-israel-1383582", published: "2024-12", unSymbol: "S/RES/2766 (2024)" }),
  v({ id: "un-press-sc16106", title: "Security Council press release SC/16106 (UNDOF, resolution 2782 (2025))", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16106.doc.htm", published: "2025-06-30", unSymbol: "SC/16106" }),
  v({ id: "un-press-sc16269", title: "Security Council press release SC/16269 (UNDOF, resolution 2811 (2025))", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16269.doc.htm", published: "2025-12-29", unSymbol: "SC/16269" }),
  r({ id: "cyprus-mail-res-2723", title: "Security Council renews UNFICYP mandate for a year (resolution 2723 (2024))", publisher: "Cyprus Mail", published: "2024-01-30", unSymbol: "S/RES/2723 (2024)" }),
  r({ id: "wam-res-2771", title: "Security Council extends UNFICYP mandate (resolution 2771 (2025))", publisher: "WAM, via UrduPoint", published: "2025-02-01", unSymbol: "S/RES/2771 (2025)" }),
  r({ id: "mirage-res-2815", title: "UNSC extends Cyprus peacekeeping mandate", publisher: "Mirage News (UN press release)", url: "https://www.miragenews.com/unsc-extends-cyprus-peacekeeping-mandate-with-1611487", published: "2026-01-30", unSymbol: "S/RES/2815 (2026)" }),
  r({ id: "cyprus-mail-2026-01-31", title: "Nicosia welcomes renewal of UNFICYP mandate", publisher: "Cyprus Mail", url: "https://cyprus-mail.com/2026/01/31/nicosia-welcomes-renewal-of-unficyp-mandate", published: "2026-01-31" }),
  r({ id: "towerpost-res-2726", title: "Security Council technical rollover of UNMISS (resolution 2726 (2024))", publisher: "The Tower Post", published: "2024-03", unSymbol: "S/RES/2726 (2024)" }),
  v({ id: "un-press-sc16054", title: "Security Council press release SC/16054 (UNMISS, resolution 2778 (2025))", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16054.doc.htm", published: "2025-04-30", unSymbol: "SC/16054" }),
  v({ id: "un-press-sc16059", title: "Security Council press release SC/16059 (UNMISS, resolution 2779 (2025))", publisher: "United Nations", url: "https://press.un.org/en/2025/sc16059.doc.htm", published: "2025-05-08", unSymbol: "SC/16059" }),
  v({ id: "un-fisnua-mandate", title: "FISNUA (UNISFA) mission page", publisher: "United Nations Peacekeeping", url: "https://peacekeeping.un.org/fr/mission/fisnua", language: "fr" }),
  r({
    id: "dabanga-res-1990",
    title: "UN authorises deployment of peacekeepers to Abyei",
    publisher: "Radio Dabanga",
    url: "https://www.dabangasudan.org/en/all-news/article/un-authorises-deployment-of-peacekeepers-to-abyei",
    published: "2011-06",
    unSymbol: "S/RES/1990 (2011)",
  }),
  v({ id: "un-avlibrary-2023-06-30-res-2690", title: "Security Council, 9365th meeting: adoption of resolution 2690 (2023) on MINUSMA", publisher: "United Nations Audiovisual Library", url: "https://media.un.org/avlibrary/en/asset/d306/d3067286", published: "2023-06-30", unSymbol: "S/RES/2690 (2023)" }),
  r({
    id: "africanperceptions-res-2690-text",
    title: "Full statement: UN Security Council resolution 2690 (2023)",
    publisher: "African Perceptions",
    url: "https://africanperceptions.org/en/2023/07/full-statement-un-security-council-resolution-2690-2023-adopted-by-the-security-council-at-its-9365th-meeting-on-30-june-2023/amp",
    published: "2023-07",
    unSymbol: "S/RES/2690 (2023)",
  }),
  v({ id: "un-press-sc14401", title: "Security Council press release SC/14401 (UNAMID, resolution 2559 (2020))", publisher: "United Nations", url: "https://press.un.org/en/2020/sc14401.doc.htm", published: "2020-12-22", unSymbol: "SC/14401" }),
  v({ id: "delegfrance-res-2466", title: "Haiti: renewal of the MINUJUSTH mandate", publisher: "Permanent Mission of France to the United Nations", url: "https://onu.delegfrance.org/Haiti-Renewal-of-the-MINUJUSTH-mandate", published: "2019-04-12", unSymbol: "S/RES/2466 (2019)" }),
  r({
    id: "asil-2017-04-13-res-2350",
    title: "UN Security Council adopts resolution ending peacekeeping operations in Haiti",
    publisher: "American Society of International Law",
    url: "https://asil.org/blogs/un-security-council-adopts-resolution-ending-peacekeeping-operations-haiti-april-13-2017",
    published: "2017-04-13",
    unSymbol: "S/RES/2350 (2017)",
  }),
  v({ id: "un-press-sc12654", title: "Security Council press release SC/12654 (UNMIL, resolution 2333 (2016))", publisher: "United Nations", url: "https://press.un.org/en/2016/sc12654.doc.htm", published: "2016-12-23", unSymbol: "SC/12654" }),
  r({ id: "mofa-lr-res-2333", title: "Liberia Ministry of Foreign Affairs on resolution 2333 (2016)", publisher: "Ministry of Foreign Affairs of Liberia", url: "https://mofa.gov.lr/index.php/node/5060", published: "2016-12" }),
  r({
    id: "nigerianvoice-res-2284",
    title: "Statement attributable to the Spokesman for the Secretary-General on Côte d'Ivoire (resolution 2284 (2016))",
    publisher: "The Nigerian Voice",
    url: "https://www.thenigerianvoice.com/news/215213/statement-attributable-to-the-spokesman-for-the-secretary-ge.html",
    published: "2016-04",
    unSymbol: "S/RES/2284 (2016)",
  }),
  r({ id: "wikipedia-res-1923", title: "United Nations Security Council Resolution 1923", publisher: "Wikipedia", url: "https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1923", unSymbol: "S/RES/1923 (2010)" }),
  v({ id: "un-caac-res-1270", title: "Security Council resolution 1270 (1999) on Sierra Leone", publisher: "Office of the SRSG for Children and Armed Conflict", url: "https://childrenandarmedconflict.un.org/22oct99/", published: "1999-10-22", unSymbol: "S/RES/1270 (1999)" }),
  v({ id: "un-pk-unamsil-mandate", title: "UNAMSIL mandate", publisher: "United Nations Peacekeeping", url: "https://peacekeeping.un.org/mission/past/unamsil/mandate.html" }),

  // Pledges.
  r({
    id: "defense-aerospace-2018-03-19-rcaf-atf",
    title: "RCAF to deploy Aviation Task Force to UN mission in Mali (Royal Canadian Air Force release of 19 March 2018)",
    publisher: "Royal Canadian Air Force, via defense-aerospace.com",
    url: "http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=191672&cat=3",
    published: "2018-03-19",
  }),
  r({
    id: "infotel-2018-03-canada-mali-helicopters",
    title: "Canada sending helicopter force for 12 months to support UN mission in Mali",
    publisher: "The Canadian Press, via iNFOnews",
    url: "https://infotel.ca/newsitem/canada-sending-helicopter-force-for-12-months-to-support-un-mission-in-mali/it51043",
    published: "2018-03",
  }),
  r({
    id: "petawawa-post-2018-07-12",
    title: "Canadian Armed Forces personnel in Mali for Operation PRESENCE",
    publisher: "Petawawa Post",
    url: "http://www.petawawapostlive.ca/stories_site/july2018/july12/cafinmali.html",
    published: "2018-07-12",
  }),
  r({ id: "saultonline-2018-09-op-presence", title: "Operation PRESENCE – Mali", publisher: "SaultOnline", url: "https://saultonline.com/2018/09/operation-presence-mali/", published: "2018-09" }),
  v({
    id: "canada-dnd-op-presence",
    title: "Operation PRESENCE",
    publisher: "Government of Canada, National Defence",
    url: "https://www.canada.ca/en/department-national-defence/services/operations/military-operations/current-operations/op-presence.html",
  }),
  r({
    id: "mptf-elsie-fund-launch",
    title: "UN launches Elsie Initiative Fund for more meaningful participation of women in peace operations",
    publisher: "UN Multi-Partner Trust Fund Office",
    url: "https://mptfportal.uat.undp.org/news/un-launches-elsie-initiative-fund-more-meaningful-participation-women-peace-operations",
    published: "2019-03",
  }),
  r({ id: "elsiefund-about", title: "About the Elsie Initiative Fund", publisher: "Elsie Initiative Fund", url: "https://elsiefund.org/about-eif/" }),
  r({
    id: "elsiefund-un-strategies",
    title: "UN strategies (Elsie Initiative Fund page)",
    publisher: "Elsie Initiative Fund (UN multi-partner trust fund hosted by UN Women)",
    url: "https://elsiefund.org/un-strategies-eifund/",
    note: "\"UN DPO's ambition for its UGPS is to reach the following numbers by 2028: 15% female military peacekeepers in troop contingents; 20% female police in formed police units (FPU); 25% female military observers and staff officers; 30% individual police officers.\" Descriptive title.",
  }),
  r({ id: "elsiefund-annual-report-2019", title: "Elsie Initiative Fund annual report 2019", publisher: "Elsie Initiative Fund", url: "https://elsiefund.org/annual-report-2019/", published: "2020" }),

  // Capability requirements, PCRS.
  v({
    id: "dpo-2022-03-capability-requirements",
    title: "Current and Emerging Uniformed Capability Requirements for United Nations Peacekeeping",
    publisher: "United Nations Department of Peace Operations (copy filed with the Danish Parliament)",
    url: "https://ft.dk/samling/20211/almdel/euu/spm/186/svar/1879607/2567779/index.htm",
    published: "2022-03",
  }),

  // Gender parity.
  v({ id: "un-pk-ugps-full-text", title: "Uniformed Gender Parity Strategy 2018–2028 (full text page)", publisher: "United Nations Peacekeeping", url: "https://peacekeeping.un.org/en/uniformed-gender-parity-strategy-2018-2018-full-text" }),
  r({ id: "dpo-note-2021-ugps-targets", title: "DPO note on 2021 uniformed gender parity targets (copy)", publisher: "United Nations Department of Peace Operations, via dd-floors.com", published: "2021" }),
  r({ id: "openparliament-nddn-ugps", title: "Testimony before the Standing Committee on National Defence (NDDN) on the gender parity targets", publisher: "openparliament.ca" }),
  v({
    id: "un-police-unsom-parity-2028",
    title: "UNPOL component of UN Assistance Mission in Somalia surpasses gender parity targets for 2028",
    publisher: "United Nations Police",
    url: "https://police.un.org/en/unpol-component-un-assistance-mission-somalia-surpasses-gender-parity-targets-2028",
  }),

  // Scales of assessment.
  r({ id: "yellowsheepriver-scale-2011", title: "Peacekeeping scale of assessments 2011–2012 (secondary copy)", publisher: "yellowsheepriver.com" }),
  r({ id: "newsweek-2018-peacekeeping-cost", title: "How much does peacekeeping cost the UN?", publisher: "Newsweek", url: "https://www.newsweek.com/how-much-does-peacekeeping-cost-un-1129344", published: "2018" }),
  r({ id: "statista-xinhua-scale-2019", title: "Peacekeeping scale of assessments 2019–2021 (Statista chart; Xinhua)", publisher: "Statista; Xinhua via news24x7world", published: "2019" }),
  v({ id: "crs-2023-04-26-us-funding", title: "U.S. Funding of U.N. Peacekeeping (Congressional Research Service)", publisher: "Congressional Research Service, via HeinOnline", published: "2023-04-26" }),
  r({ id: "jiji-scale-2025", title: "Scale of assessments of the UN regular budget 2025–2027", publisher: "Jiji Press", url: "https://sp.m.jiji.com/article/show/3414909", published: "2024-12" }),
  r({ id: "163-scale-japan", title: "Japan's rate in the UN scale of assessments", publisher: "NetEase (163.com)", url: "https://m.163.com/news/article/JKMJ3QQK0552LJS9.html", published: "2024-12", language: "zh" }),
  { id: "ousaite-scale-2025-china", title: "China's share of the 2025–2027 peacekeeping scale (single secondary report)", publisher: "ousaite.com", url: "https://ousaite.com/new/736899796001893376", confidence: "unverified", note: "Low-reliability secondary source; the figure is given as approximate." },

  // Conduct (SEA).
  r({
    id: "securitywomen-sea-2023",
    title: "Report of the Secretary-General on special measures for protection from sexual exploitation and abuse (2023 figures, summary)",
    publisher: "SecurityWomen",
    url: "https://www.securitywomen.org/post/report-of-the-secretary-general-on-special-measures-for-protection-from-sexual-exploitation-and-abuse",
    published: "2024-03",
  }),
  r({ id: "finalcall-sea-2023", title: "UN says 758 allegations of sexual exploitation and abuse reported in 2023", publisher: "The Final Call", url: "https://new.finalcall.com/2024/04/01/un-says-758-allegations-of-sexual-exploitation-and-abuse-reported-in-2023", published: "2024-04-01" }),
  r({ id: "asianage-sea-2017", title: "138 sex abuse allegations against UN peacekeeping missions in 2017", publisher: "The Asian Age", url: "https://asianage.com/world/americas/140318/138-sex-abuse-allegations-against-un-peacekeeping-missions-in-2017.html", published: "2018-03-14" }),

  // Contributor ranks (news).
  r({ id: "khabarhub-2024-ranking", title: "Nepal the largest troop contributor to UN peacekeeping (30 November 2023 figures)", publisher: "Khabarhub", url: "https://english.khabarhub.com/2024/08/339576", published: "2024-08" }),
  r({ id: "fiscalnepal-2024-02-09", title: "Nepal emerges as the largest troop contributor to UN peacekeeping missions", publisher: "Fiscal Nepal", url: "https://fiscalnepal.com/2024/02/09/15568/nepal-emerges-as-the-largest-troop-contributor-to-un-peacekeeping-missions", published: "2024-02-09" }),
];
