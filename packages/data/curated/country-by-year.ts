/**
 * How CountryByYear.csv is read: which mission names map to which mission,
 * which rows are left out and which years are kept. Reviewed source file;
 * the reasoning is in DATA.md ("CountryByYear.csv: what the numbers mean").
 */

/**
 * Mission names of CountryByYear.csv → mission id, or the reason the rows are left out.
 *
 * @example
 * ```ts
 * import { COUNTRY_BY_YEAR_MISSIONS } from "@bluehelm/data/mappings";
 *
 * console.log(COUNTRY_BY_YEAR_MISSIONS["MINUSCA"]); // { missionId: "minusca" }
 * ```
 */
export const COUNTRY_BY_YEAR_MISSIONS: Readonly<Record<string, { readonly missionId: string } | { readonly excluded: string }>> = {
  MINUJUSTH: { missionId: "minujusth" },
  MINURCAT: { missionId: "minurcat" },
  MINURSO: { missionId: "minurso" },
  MINUSCA: { missionId: "minusca" },
  MINUSMA: { missionId: "minusma" },
  MINUSTAH: { missionId: "minustah" },
  MONUC: { missionId: "monuc" },
  MONUSCO: { missionId: "monusco" },
  UNAMID: { missionId: "unamid" },
  UNDOF: { missionId: "undof" },
  UNFICYP: { missionId: "unficyp" },
  UNIFIL: { missionId: "unifil" },
  UNISFA: { missionId: "unisfa" },
  UNMIK: { missionId: "unmik" },
  UNMIL: { missionId: "unmil" },
  UNMIS: { missionId: "unmis" },
  UNMISS: { missionId: "unmiss" },
  UNMIT: { missionId: "unmit" },
  UNMOGIP: { missionId: "unmogip" },
  UNOCI: { missionId: "unoci" },
  UNSMIS: { missionId: "unsmis" },
  UNTSO: { missionId: "untso" },
  BINUB: { excluded: "special political mission (Burundi), not a peacekeeping operation of the PSDH list" },
  BINUH: { excluded: "special political mission (Haiti), not a peacekeeping operation of the PSDH list" },
  BNUB: { excluded: "special political mission (Burundi), not a peacekeeping operation of the PSDH list" },
  UNAMA: { excluded: "special political mission (Afghanistan), not a peacekeeping operation of the PSDH list" },
  UNAMI: { excluded: "special political mission (Iraq), not a peacekeeping operation of the PSDH list" },
  UNIOGBIS: { excluded: "special political mission (Guinea-Bissau), not a peacekeeping operation of the PSDH list" },
  UNMC: { excluded: "special political mission (Colombia, 2016–2017), not a peacekeeping operation of the PSDH list" },
  UNMHA: { excluded: "special political mission (Hodeidah, Yemen), not a peacekeeping operation of the PSDH list" },
  UNMIN: { excluded: "special political mission (Nepal), not a peacekeeping operation of the PSDH list" },
  UNOWAS: { excluded: "special political mission (West Africa and the Sahel), not a peacekeeping operation of the PSDH list" },
  UNSMIL: { excluded: "special political mission (Libya), not a peacekeeping operation of the PSDH list" },
  UNSOM: { excluded: "special political mission (Somalia), not a peacekeeping operation of the PSDH list" },
  UNSOS: { excluded: "support office (Somalia), not a peacekeeping operation of the PSDH list" },
  UNVMC: { excluded: "special political mission (Colombia), not a peacekeeping operation of the PSDH list" },
};

/**
 * Years whose figures are imported: the year totals show all twelve months present.
 *
 * @example
 * ```ts
 * import { KEPT_YEARS } from "@bluehelm/data/mappings";
 *
 * console.log(KEPT_YEARS.includes(2017)); // false
 * ```
 */
export const KEPT_YEARS: readonly number[] = [2011, 2013, 2014, 2015, 2016, 2018, 2019, 2020];

/**
 * Years left out, with the reason (see DATA.md for the figures behind each).
 *
 * @example
 * ```ts
 * import { LEFT_OUT_YEARS } from "@bluehelm/data/mappings";
 *
 * for (const [year, reason] of Object.entries(LEFT_OUT_YEARS)) console.log(year, reason);
 * ```
 */
export const LEFT_OUT_YEARS: Readonly<Record<number, string>> = {
  2010: "partial year: the file has only 416 grid rows and a total of 13,495, about a sixth of the neighbouring years; the UN monthly file evidently starts late in 2010, and missions are covered for different numbers of months (MONUC and MONUSCO, which succeeded each other in mid-2010, each carry about one month).",
  2012: "partial year: stable missions (UNFICYP, UNDOF, UNTSO, UNMOGIP, MINURSO) come to about 0.72–0.76 of their 2011 and 2013 levels, i.e. about nine months of twelve present, total 66,434 against 91,516 (2011) and 87,300 (2013).",
  2017: "partial year: every mission is at about 0.45 of its 2016 and 2018 level (total 40,429 against 94,511 and 90,987), i.e. five to six months of twelve present.",
  2021: "partial year: only January 2021 is present; twelve times each contributor's 2021 total matches its 31 January 2021 figure in Rank.csv within rounding (e.g. Bangladesh 558 × 12 = 6,696 against 6,711).",
};

/**
 * Mission-years of kept years whose figures still look partial: imported, but flagged unverified.
 *
 * @example
 * ```ts
 * import { FLAGGED_MISSION_YEARS } from "@bluehelm/data/mappings";
 *
 * console.log(Object.keys(FLAGGED_MISSION_YEARS));
 * ```
 */
export const FLAGGED_MISSION_YEARS: Readonly<Record<string, string>> = {
  "unifil:2011":
    "UNIFIL in 2011 totals 4,640 against 8,368 in the partial year 2012 and 9,863 in 2013, while the mission's strength did not halve: months are evidently missing for UNIFIL in 2011, so these figures understate the annual mean (unverified).",
};
