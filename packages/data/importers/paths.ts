import { join } from "node:path";

/** The package root (packages/data). */
export const PACKAGE_ROOT = join(import.meta.dirname, "..");

/**
 * The raw public data sets: `data/external` at the
 * repository root (each with its SOURCE.md), overridable with BLUEHELM_EXTERNAL_DATA.
 */
export const EXTERNAL_DATA = process.env.BLUEHELM_EXTERNAL_DATA ?? join(PACKAGE_ROOT, "..", "..", "data", "external");

export const MISSIONS_CSV = join(EXTERNAL_DATA, "un-psdh-pko-missions", "DPPADPOSS-PKO.csv");
export const RANK_CSV = join(EXTERNAL_DATA, "un-pk-contributions-2021", "Rank.csv");
export const COUNTRY_BY_YEAR_CSV = join(EXTERNAL_DATA, "un-pk-contributions-2021", "CountryByYear.csv");
export const RADPKO_CSV = join(EXTERNAL_DATA, "radpko-bases", "radpko_bases_cc_y.csv");
export const GEO_PKO_DIR = join(EXTERNAL_DATA, "geo-pko-v2.3-aggregates");
export const GEO_PKO_FILES = {
  front: join(GEO_PKO_DIR, "FrontMap_v.2.3.csv"),
  troopTypes: join(GEO_PKO_DIR, "TTMap_v.2.3.csv"),
  contributors: join(GEO_PKO_DIR, "TCCMap_v.2.3.csv"),
};
export const UCDP_DIR = join(EXTERNAL_DATA, "ucdp-ged-extracts");
export const FATALITIES_CSV = join(EXTERNAL_DATA, "un-psdh-fatalities", "DPPADPOSS-FATALITIES.csv");
export const UNSC_RECORDS_DIR = join(EXTERNAL_DATA, "cr-unsc-records");
export const UNSC_RECORD_TABLE_CSV = join(UNSC_RECORDS_DIR, "UNSC_Record-Table_2722.csv");
export const UNSC_VOTING_TABLE_CSV = join(UNSC_RECORDS_DIR, "UNSC_Record_Voting_2722.csv");
export const OWID_PEACEKEEPING_CSV = join(EXTERNAL_DATA, "owid-un-peacekeeping", "united-nations-peacekeeping.csv");
