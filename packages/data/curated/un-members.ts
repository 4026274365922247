/**
 * The 193 UN Member States and the 2 non-member observer States, by ISO 3166
 * alpha-3 code, with their UN regional group.
 *
 * Reviewed source file. Regional groups follow the UN DGACM page "Regional
 * groups of Member States" (source `un-dgacm-regional-groups`), read from a
 * stored copy whose text stops inside the Latin American and Caribbean list:
 * every entry below marked `seen: true` was read on that copy; the others
 * (the end of the Latin American and Caribbean list and the whole Western
 * European and other States list) come from background knowledge and are
 * shipped as unverified (source `regional-groups-background`).
 *
 * Special cases, from the footnotes of the DGACM page as known to the
 * compilers (unverified): Türkiye takes part in the Asia-Pacific group and
 * in WEOG and counts in WEOG for elections; the United States of America is
 * in no group but attends WEOG as an observer and counts in WEOG for
 * elections; Kiribati is listed in the Asia-Pacific group.
 */
import type { RegionalGroup } from "@bluehelm/core";

export interface MemberEntry {
  readonly iso3: string;
  readonly group: RegionalGroup;
  /** Whether the group was read on the stored copy of the DGACM page. */
  readonly seen: boolean;
  readonly note?: string;
}

const seen = (group: RegionalGroup, codes: string): MemberEntry[] =>
  codes.split(/\s+/).filter(Boolean).map((iso3) => ({ iso3, group, seen: true }));
const background = (group: RegionalGroup, codes: string): MemberEntry[] =>
  codes.split(/\s+/).filter(Boolean).map((iso3) => ({ iso3, group, seen: false }));

/** African States (54), all read on the DGACM copy. */
const AFRICAN = seen(
  "african",
  `DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG CIV COD DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR
   LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TGO TUN UGA TZA ZMB ZWE`,
);

/** Asia-Pacific States (54 without Türkiye), all read on the DGACM copy. */
const ASIA_PACIFIC = seen(
  "asia-pacific",
  `AFG BHR BGD BTN BRN KHM CHN CYP PRK FJI IND IDN IRN IRQ JPN JOR KAZ KIR KWT KGZ LAO LBN MYS MDV MHL FSM MNG MMR
   NRU NPL OMN PAK PLW PNG PHL QAT KOR WSM SAU SGP SLB LKA SYR TJK THA TLS TON TKM TUV ARE UZB VUT VNM YEM`,
);

/** Eastern European States (23), all read on the DGACM copy. */
const EASTERN_EUROPEAN = seen(
  "eastern-european",
  "ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE MKD POL MDA ROU RUS SRB SVK SVN UKR",
);

/** Latin American and Caribbean States (33): 21 read on the DGACM copy, 12 after the point where it is cut off. */
const GRULAC = [
  ...seen("grulac", "ATG ARG BHS BRB BLZ BOL BRA DMA DOM ECU SLV GRD GTM GUY NIC PAN PRY PER KNA LCA VCT"),
  ...background("grulac", "CHL COL CRI CUB HTI HND JAM MEX SUR TTO URY VEN"),
];

/** Western European and other States (28 members plus the United States for elections), not on the stored copy. */
const WEOG = [
  ...background(
    "weog",
    "AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD NZL NOR PRT SMR ESP SWE CHE GBR",
  ),
  {
    iso3: "TUR",
    group: "weog",
    seen: false,
    note: "Türkiye is listed in the Asia-Pacific group on the stored DGACM copy (with a footnote mark); it counts in WEOG for elections (background knowledge).",
  } satisfies MemberEntry,
  {
    iso3: "USA",
    group: "weog",
    seen: false,
    note: "The United States is in no regional group; it attends WEOG as an observer and counts in WEOG for elections (background knowledge).",
  } satisfies MemberEntry,
];

export const MEMBER_STATES: readonly MemberEntry[] = [...AFRICAN, ...ASIA_PACIFIC, ...EASTERN_EUROPEAN, ...GRULAC, ...WEOG];

/** The two non-member observer States of the General Assembly. */
export const OBSERVER_STATES: readonly MemberEntry[] = [
  { iso3: "VAT", group: "none", seen: false, note: "The Holy See is a non-member observer State and belongs to no regional group (background knowledge)." },
  {
    iso3: "PSE",
    group: "asia-pacific",
    seen: false,
    note: "The State of Palestine is a non-member observer State; it takes part in the Asia-Pacific group (background knowledge, not on the stored DGACM copy).",
  },
];
