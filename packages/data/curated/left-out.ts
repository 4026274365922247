/**
 * Facts the sources did not allow to ship, or shipped only as unverified.
 * Reviewed source file; rendered into DATA.md.
 */
export const LEFT_OUT: readonly string[] = [
  "Start and end dates of UNOHCI and UNFOR and the start date of UNSCOB: not in the file or any retrieved source; the records are kept undated (see the missions section).",
  "CountryByYear.csv years 2010, 2012, 2017 and 2021: partial years (months missing), not imported; special political missions and the Somalia support office (14 mission names), not imported.",
  "Kigali Principles 12–18: text and order not retrieved; shipped as placeholder gists, confidence and numberConfidence unverified. Positions 10–11 are inferred (numberConfidence unverified).",
  "Kigali Principles: endorsement dates after November 2016 and the current endorser count (the latest sourced count is 40, late November 2016); the 19 new endorsers GCR2P announced on 11 May 2016 are named only in part; the endorsers of the September 2016 roundtable are not named.",
  "Vancouver Principles: the 54 (or 55) founding endorsers and later endorsers (no official list with dates was found); the text and a French title of each principle (only the English chapter titles of the Implementation Guidance are sourced); the Dallaire Initiative as an actor (no sourced French name).",
  "Mandates not stored for lack of a sourced adoption date: MONUSCO S/RES/2717 (2023) and S/RES/2765 (2024); UNDOF S/RES/2718 (2023); UNISFA S/RES/2802 (2025); UNIFIL S/RES/1701 (2006) and S/RES/2790 (2025); UNMIS S/RES/1997 (2011) (a withdrawal resolution after the mission's end). Links of UNTSO (S/RES/50), UNMOGIP (S/RES/47, S/RES/307) and UNMIK (S/RES/1244) are not sourced.",
  "PoC level \"none\" of the MINURSO, UNDOF and UNFICYP mandates, and the PoC levels of MINUSTAH, MINUJUSTH and MINURCAT: background knowledge, those mandates are unverified.",
  "Canada's Vancouver pledges of tactical airlift and a quick reaction force: background knowledge only (unverified); the end date of the aviation task force in Mali (2019) is not sourced.",
  "Gender parity targets for justice and corrections personnel and the year-by-year table of the strategy: not retrieved.",
  "Peacekeeping scale of assessments 2022–2024 (except the US share for 2023) and 2025–2027 (except an approximate, unverified China share); the top-10 financial contributors for both periods; China's 2016–2018 share (given only as about 10.2–10.3%).",
  "Participation counts given only approximately (about 27 ministers in 2014, about 200 delegates at Kigali 2015, about 60 delegations at Paris 2016): kept in notes, not stored as counts.",
  "UN regional group of the Western European and other States and of 12 Latin American and Caribbean States, the observer States' groups, and every State's OIF status: background knowledge (unverified); the affected actors are unverified.",
  "UN admission dates of the Member States (`since`): not sourced, so omitted.",
  "French names of the missions: not sourced, so omitted.",
  "SEA allegations per mission and year beyond 2016, 2017 (MINUSCA) and 2023: no data set found.",
  "Conflict events of DR Congo (MONUSCO), Lebanon (UNIFIL) and other mission areas, and every event of 2024: no UCDP GED file for them is in data/external.",
  "RADPKO's per-region columns (afr_*, asian_*, west_*) and counts of contributors: derivable from the contributors, not stored. Geo-PKO's troops of each source map (NoTroops): only the yearly mean over the maps is stored.",
];
