/**
 * How the ground data sets are read: the UCDP files with their release and
 * sources, and the Geo-PKO missions left out. Reviewed source file; the
 * reasoning is in DATA.md ("The ground").
 */

/** Geo-PKO missions that are not peacekeeping operations of the PSDH list: their FrontMap rows are left out. */
export const GEO_PKO_LEFT_OUT_MISSIONS: Readonly<Record<string, string>> = {
  BINUB: "the UN Integrated Office in Burundi, a special political mission, not a peacekeeping operation of the PSDH list",
  UNIOSIL: "the UN Integrated Office in Sierra Leone, a special political mission, not a peacekeeping operation of the PSDH list",
};

/** One UCDP GED file: where it is under data/external/ucdp-ged-extracts, its release and the sources its events cite. */
export interface UcdpFile {
  readonly path: string;
  readonly release: string;
  readonly country: string;
  readonly sources: readonly string[];
}

export const UCDP_FILES: readonly UcdpFile[] = [
  { path: "car_ged231_optgeo/GEDEvent_v23_1.geojson", release: "23.1", country: "Central African Republic", sources: ["ucdp-ged-23-1", "ucdp-ged-sundberg-melander-2013"] },
  { path: "sudan_ged241_hdx/conflict_data_sdn.csv", release: "24.1", country: "Sudan", sources: ["ucdp-ged-24-1", "ucdp-ged-sundberg-melander-2013"] },
  { path: "south_sudan_ged221_hdx/conflict_data_ssd.csv", release: "22.1", country: "South Sudan", sources: ["ucdp-ged-22-1", "ucdp-ged-sundberg-melander-2013"] },
  { path: "mali_ged241_webexport/Mali.csv", release: "24.1", country: "Mali", sources: ["ucdp-ged-24-1", "ucdp-ged-sundberg-melander-2013"] },
];
