/**
 * Pledges and their lifecycle events, capability requirements, gender
 * parity targets, scales of assessments, conduct figures and actor roles.
 * Reviewed source file; descriptions in our own words.
 */
import type {
  ActorRole,
  AssessmentShare,
  CapabilityRequirementInput,
  ConductStat,
  GenderTarget,
  PledgeEventInput,
  PledgeInput,
} from "@bluehelm/core";

export const PLEDGES: readonly PledgeInput[] = [
  {
    id: "chn-2015-standby-force",
    actorId: "chn",
    eventId: "leaders-summit-2015",
    announcedOn: "2015-09-28",
    kind: "unit",
    title: { en: "Standby force of 8,000", fr: "Force en attente de 8 000 personnes" },
    description: { en: "China offered to build up a standby peacekeeping force of 8,000.", fr: "La Chine a proposé de constituer une force de maintien de la paix en attente de 8 000 personnes." },
    unit: { unitType: "standby-force", quantity: 1, personnel: 8000 },
    sources: ["time-2015-leaders-summit", "foreignaffairs-2015-10-06", "vov-2015-leaders-summit"],
    confidence: "reported",
    note: "No lifecycle event (registration in the PCRS, deployment) is sourced.",
  },
  {
    id: "can-2017-elsie-initiative",
    actorId: "can",
    eventId: "vancouver-2017",
    announcedOn: "2017-11-15",
    kind: "policy",
    title: { en: "Elsie Initiative for Women in Peace Operations", fr: "Initiative Elsie pour les femmes dans les opérations de paix" },
    description: { en: "An initiative to raise the meaningful participation of women in peace operations, announced by the Prime Minister at the Vancouver ministerial.", fr: "Initiative visant à accroître la participation significative des femmes aux opérations de paix, annoncée par le Premier ministre à la réunion de Vancouver." },
    themeIds: ["ptar-gender-capability"],
    sources: ["elsiefund-about", "mptf-elsie-fund-launch", "canada-dnd-2017-vancouver-concludes"],
    confidence: "reported",
    note: "The announcement day is taken as the closing day of the ministerial (15 November 2017); the sources give the ministerial, not the day.",
  },
  {
    id: "can-2019-elsie-fund",
    actorId: "can",
    announcedOn: "2019-03-28",
    kind: "funding",
    title: { en: "Initial contribution to the Elsie Initiative Fund", fr: "Contribution initiale au Fonds de l'Initiative Elsie" },
    description: { en: "Canada's initial US$15 million for the UN multi-partner trust fund set up under the Elsie Initiative and hosted by UN Women.", fr: "Les 15 millions de dollars É.-U. initiaux du Canada pour le fonds d'affectation spéciale multipartenaires créé au titre de l'Initiative Elsie et hébergé par ONU Femmes." },
    themeIds: ["ptar-gender-capability"],
    funding: { amount: 15000000, currency: "USD" },
    sources: ["mptf-elsie-fund-launch", "elsiefund-about", "elsiefund-annual-report-2019"],
    confidence: "reported",
    note: "Announced at the fund's launch on 28 March 2019, the day before the New York ministerial (so not linked to that event). The Netherlands, the United Kingdom and Finland contributed later; in 2019 the fund held US$14.2 million in contributions and US$5.3 million in pledges; by 2022 it had granted US$17 million to 20 projects.",
  },
  {
    id: "can-2017-aviation-task-force",
    actorId: "can",
    eventId: "vancouver-2017",
    announcedOn: "2017-11-15",
    kind: "unit",
    title: { en: "Helicopter aviation task force", fr: "Force opérationnelle aérienne d'hélicoptères" },
    description: {
      en: "Canada undertook at Vancouver to make helicopters available to a UN mission; in March 2018 it named MINUSMA and a twelve-month aviation task force of Chinook transport and Griffon escort helicopters for medical evacuation and logistics.",
      fr: "Le Canada s'est engagé à Vancouver à mettre des hélicoptères à la disposition d'une mission de l'ONU ; en mars 2018, il a désigné la MINUSMA et une force opérationnelle aérienne de douze mois composée d'hélicoptères de transport Chinook et d'escorte Griffon, pour l'évacuation sanitaire et la logistique.",
    },
    unit: { unitType: "utility-helicopter-unit", quantity: 1, personnel: 250 },
    missionId: "minusma",
    smart: { fillsGap: true },
    sources: ["infotel-2018-03-canada-mali-helicopters", "defense-aerospace-2018-03-19-rcaf-atf", "saultonline-2018-09-op-presence"],
    confidence: "reported",
    note: "The Canadian Press describes the March 2018 decision as fulfilling the Prime Minister's November (Vancouver) promise to make such aircraft available; the day of that promise is taken as the closing day of the ministerial. The task force numbered about 250 personnel with three Chinooks and five Griffons (one spare of each). The end of the deployment (2019) is not in a retrieved source, so no end event is recorded.",
  },
  {
    id: "can-2017-tactical-airlift",
    actorId: "can",
    eventId: "vancouver-2017",
    announcedOn: "2017-11-15",
    kind: "unit",
    title: { en: "Tactical airlift support", fr: "Soutien en transport aérien tactique" },
    description: { en: "A tactical airlift offer to support UN missions.", fr: "Offre de transport aérien tactique au profit des missions de l'ONU." },
    unit: { unitType: "tactical-airlift", quantity: 1 },
    sources: ["background-knowledge", "canada-dnd-op-presence"],
    confidence: "unverified",
    note: "The Vancouver pledge itself is background knowledge (unverified). Canada's Operation PRESENCE page reports a Tactical Airlift Detachment (one CC-130J, 30 to 50 personnel) flying episodically from Entebbe for the UN Regional Service Centre between 2019 and 2023; no day is given, so no deployment event is recorded.",
  },
  {
    id: "can-2017-quick-reaction-force",
    actorId: "can",
    eventId: "vancouver-2017",
    announcedOn: "2017-11-15",
    kind: "unit",
    title: { en: "Quick reaction force offer", fr: "Offre d'une force de réaction rapide" },
    description: { en: "An offer of a quick reaction force for a UN mission.", fr: "Offre d'une force de réaction rapide pour une mission de l'ONU." },
    unit: { unitType: "quick-reaction-force", quantity: 1 },
    sources: ["background-knowledge"],
    confidence: "unverified",
    note: "Background knowledge only (unverified): no retrieved source describes the offer, its size or its fate.",
  },
  {
    id: "kor-2021-helicopters",
    actorId: "kor",
    eventId: "seoul-2021",
    announcedOn: "2021-12-08",
    kind: "equipment",
    title: { en: "Donation of 16 helicopters", fr: "Don de 16 hélicoptères" },
    description: { en: "The Republic of Korea announced it would donate 16 helicopters for UN peacekeeping.", fr: "La République de Corée a annoncé le don de 16 hélicoptères au profit du maintien de la paix des Nations Unies." },
    sources: ["un-sg-2021-seoul"],
    confidence: "reported",
    note: "The announcement day is taken as the closing day of the ministerial (8 December 2021); recipients and delivery are not sourced.",
  },
];

export const PLEDGE_EVENTS: readonly PledgeEventInput[] = [
  {
    id: "can-2017-aviation-task-force-deployed",
    pledgeId: "can-2017-aviation-task-force",
    type: "deployed",
    date: "2018-06-24",
    missionId: "minusma",
    sources: ["petawawa-post-2018-07-12"],
    confidence: "reported",
    note: "The first members (the theatre activation team) arrived in Mali on 24 June 2018; the main body followed from 5 July 2018.",
  },
];

export const CAPABILITY_REQUIREMENTS: readonly CapabilityRequirementInput[] = (
  [
    ["utility-helicopter-unit", "utility helicopters"],
    ["attack-helicopter-unit", "armed or attack helicopters"],
    ["quick-reaction-force", "company-level quick reaction forces"],
    ["isr-unit", "intelligence, surveillance and reconnaissance units"],
  ] as const
).map(([unitType, label]) => ({
  id: `dpo-2022-03-${unitType}`,
  unitType,
  publishedOn: "2022-03-01",
  sources: ["dpo-2022-03-capability-requirements"],
  confidence: "verified" as const,
  note: `DPO lists ${label} among the critical shortages for peacekeeping as a whole (no mission, quantity or date named). Published in March 2022; the day is not known, so the first of the month is stored.`,
}));

const UGPS = "Uniformed Gender Parity Strategy 2018-2028";
export const GENDER_TARGETS: readonly GenderTarget[] = [
  { id: "ugps-troops-2021", strategy: UGPS, category: "troops", year: 2021, share: 0.08, sources: ["dpo-note-2021-ugps-targets", "un-pk-ugps-full-text"], confidence: "reported" },
  { id: "ugps-troops-2028", strategy: UGPS, category: "troops", year: 2028, share: 0.15, sources: ["dpo-note-2021-ugps-targets", "openparliament-nddn-ugps", "un-pk-ugps-full-text"], confidence: "reported" },
  { id: "ugps-staff-officers-2021", strategy: UGPS, category: "staff-officers", year: 2021, share: 0.18, sources: ["dpo-note-2021-ugps-targets"], confidence: "reported", note: "The target covers military staff officers and military observers together." },
  { id: "ugps-military-observers-2021", strategy: UGPS, category: "military-observers", year: 2021, share: 0.18, sources: ["dpo-note-2021-ugps-targets"], confidence: "reported", note: "The target covers military staff officers and military observers together." },
  { id: "ugps-staff-officers-2028", strategy: UGPS, category: "staff-officers", year: 2028, share: 0.25, sources: ["dpo-note-2021-ugps-targets", "openparliament-nddn-ugps"], confidence: "reported", note: "The target covers military staff officers and military observers together. A retrieved page giving 20% for 2028 conflicts with this figure and was set aside." },
  { id: "ugps-military-observers-2028", strategy: UGPS, category: "military-observers", year: 2028, share: 0.25, sources: ["dpo-note-2021-ugps-targets", "openparliament-nddn-ugps"], confidence: "reported", note: "The target covers military staff officers and military observers together." },
  { id: "ugps-formed-police-units-2022", strategy: UGPS, category: "formed-police-units", year: 2022, share: 0.12, sources: ["un-police-unsom-parity-2028"], confidence: "verified" },
  { id: "ugps-formed-police-units-2028", strategy: UGPS, category: "formed-police-units", year: 2028, share: 0.2, sources: ["elsiefund-un-strategies", "un-pk-ugps-full-text"], confidence: "reported", note: "The Elsie Initiative Fund gives DPO's ambition for 2028 as 20% women in formed police units. Formerly background knowledge (unverified); the value is unchanged. The retrieved copies of the strategy itself stop before the police targets." },
  { id: "ugps-individual-police-2028", strategy: UGPS, category: "individual-police", year: 2028, share: 0.3, sources: ["elsiefund-un-strategies", "un-pk-ugps-full-text"], confidence: "reported", note: "The Elsie Initiative Fund gives DPO's ambition for 2028 as 30% individual police officers (women). Formerly background knowledge (unverified); the value is unchanged. The retrieved copies of the strategy itself stop before the police targets." },
];

const share = (id: string, actorId: string, scale: AssessmentShare["scale"], fromYear: number, toYear: number, percent: number, sources: string[], confidence: AssessmentShare["confidence"], note?: string): AssessmentShare => ({
  id,
  actorId,
  scale,
  fromYear,
  toYear,
  percent,
  sources,
  confidence,
  ...(note ? { note } : {}),
});

export const ASSESSMENT_SHARES: readonly AssessmentShare[] = [
  ...(
    [
      ["usa", 27.14],
      ["jpn", 12.53],
      ["gbr", 8.15],
      ["deu", 8.02],
      ["fra", 7.55],
      ["chn", 3.93],
      ["can", 3.21],
      ["esp", 3.18],
      ["kor", 2.26],
    ] as const
  ).map(([actor, pct]) => share(`pk-2011-2012-${actor}`, actor, "peacekeeping", 2011, 2012, pct, ["yellowsheepriver-scale-2011"], "reported")),
  share("pk-2018-2019-usa", "usa", "peacekeeping", 2018, 2019, 28.47, ["newsweek-2018-peacekeeping-cost"], "reported", "Budget year July 2018 to June 2019 (US$6.7 billion); the US share is about US$1.9 billion."),
  share("pk-2018-2019-chn", "chn", "peacekeeping", 2018, 2019, 10.25, ["newsweek-2018-peacekeeping-cost"], "reported", "Budget year July 2018 to June 2019."),
  share("pk-2019-2021-usa", "usa", "peacekeeping", 2019, 2021, 27.89, ["statista-xinhua-scale-2019"], "reported"),
  share("pk-2019-2021-chn", "chn", "peacekeeping", 2019, 2021, 15.21, ["statista-xinhua-scale-2019"], "reported", "Given as 15.21% and 15.22% by the two sources."),
  share("pk-2019-2021-jpn", "jpn", "peacekeeping", 2019, 2021, 8.56, ["statista-xinhua-scale-2019"], "reported"),
  share("pk-2019-2021-deu", "deu", "peacekeeping", 2019, 2021, 6.09, ["statista-xinhua-scale-2019"], "reported"),
  share("pk-2023-usa", "usa", "peacekeeping", 2023, 2023, 26.94, ["crs-2023-04-26-us-funding"], "verified", "The United States pays at most 25% under its own law, leaving arrears of about US$1.1 billion since FY2017."),
  share("pk-2025-2027-chn", "chn", "peacekeeping", 2025, 2027, 23.78, ["ousaite-scale-2025-china"], "unverified", "Approximate figure from a single low-reliability secondary source (unverified)."),
  share("regular-2022-2024-usa", "usa", "regular", 2022, 2024, 22, ["jiji-scale-2025"], "reported", "The 22% ceiling."),
  share("regular-2022-2024-chn", "chn", "regular", 2022, 2024, 15.254, ["jiji-scale-2025"], "reported"),
  share("regular-2022-2024-jpn", "jpn", "regular", 2022, 2024, 8.03, ["jiji-scale-2025", "163-scale-japan"], "reported"),
  share("regular-2025-2027-usa", "usa", "regular", 2025, 2027, 22, ["jiji-scale-2025"], "reported", "The 22% ceiling, unchanged. The scale was adopted by the General Assembly on 24 December 2024 by recorded vote."),
  share("regular-2025-2027-chn", "chn", "regular", 2025, 2027, 20.004, ["jiji-scale-2025"], "reported"),
  share("regular-2025-2027-jpn", "jpn", "regular", 2025, 2027, 6.93, ["jiji-scale-2025", "163-scale-japan"], "reported"),
];

const sea = (missionId: string, year: number, allegations: number, sources: string[], note?: string): ConductStat => ({
  id: `sea-${missionId}-${year}`,
  missionId,
  year,
  category: "sea",
  allegations,
  sources,
  confidence: "reported",
  ...(note ? { note } : {}),
});

export const CONDUCT_STATS: readonly ConductStat[] = [
  sea("monusco", 2023, 66, ["securitywomen-sea-2023", "finalcall-sea-2023"], "Includes allegations concerning MONUC. 68 of the 100 allegations in peacekeeping and special political missions in 2023 concerned incidents more than two years old."),
  sea("minusca", 2023, 24, ["securitywomen-sea-2023", "finalcall-sea-2023"]),
  sea("unmiss", 2023, 6, ["securitywomen-sea-2023", "finalcall-sea-2023"]),
  sea("unifil", 2023, 1, ["securitywomen-sea-2023", "finalcall-sea-2023"]),
  sea("minustah", 2023, 1, ["securitywomen-sea-2023", "finalcall-sea-2023"], "Allegation recorded in 2023 against personnel of the former mission."),
  sea("minusca", 2017, 19, ["asianage-sea-2017"]),
  sea("minusca", 2016, 52, ["asianage-sea-2017"]),
];

export const ACTOR_ROLES: readonly ActorRole[] = [
  {
    id: "rwa-r2p-co-chair-2015",
    actorId: "rwa",
    role: "r2p-group-of-friends-co-chair",
    from: "2015-05-28",
    to: "2015-05-29",
    sources: ["kigali-2015-conference-note"],
    confidence: "verified",
    note: "The 2015 conference note states that Rwanda co-chaired the Group of Friends of R2P at the time of the conference; the period stored is the conference only, since the start and end of the co-chairmanship are not sourced.",
  },
  ...(
    [
      ["npl", 1],
      ["bgd", 2],
      ["ind", 3],
      ["rwa", 4],
      ["pak", 5],
    ] as const
  ).map(
    ([actorId, value]): ActorRole => ({
      id: `tpcc-rank-2023-11-30-${actorId}`,
      actorId,
      role: "troop-police-contributor-rank",
      from: "2023-11-30",
      to: "2023-11-30",
      value,
      sources: ["khabarhub-2024-ranking", "fiscalnepal-2024-02-09"],
      confidence: "reported",
      note: "UN figures of 30 November 2023 as reported by the press (Nepal 6,247; Bangladesh 6,197; India 6,073; Rwanda 5,919; Pakistan 4,164).",
    }),
  ),
];
