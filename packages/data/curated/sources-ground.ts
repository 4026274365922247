/**
 * Sources of the ground collections (deployment sites, conflict events,
 * peacekeeper fatalities). Reviewed source file, in the style of sources.ts;
 * the provenance of each copy is in its folder's SOURCE.md under data/external.
 */
import type { Source } from "@bluehelm/core";

export const GROUND_SOURCES: readonly Source[] = [
  {
    id: "radpko-2020",
    title: "RADPKO (Robust African Deployments of Peacekeeping Operations): personnel by base, contributor and year, 13 African missions 1999–2019 (radpko_bases_cc_y.csv)",
    publisher: "Hunnicutt, P. & Nomikos, W. G. (DAPP Lab)",
    url: "https://github.com/dapp-lab/radpko-shiny",
    published: "2020-11-13",
    confidence: "reported",
    note: 'Cite: Hunnicutt, P. & Nomikos, W. G. (2020), "Nationality, Gender, and Deployments at the Local Level: Introducing the RADPKO Dataset", International Peacekeeping 27(4), 645–672. The yearly aggregate (the mean of the months of each year per mission × country × base) made by the prep.R script of the GitHub repository dapp-lab/radpko-shiny, file app/radpko_bases_cc_y.csv added in commit 27e5d4d8ed89a2e24d47d9a1ba2c047f6c117cb5 and later removed; copied byte for byte. Licence: none stated; the authors ask for the citation above.',
  },
  {
    id: "ucdp-ged-sundberg-melander-2013",
    title: "Introducing the UCDP Georeferenced Event Dataset",
    publisher: "Sundberg, R. & Melander, E., Journal of Peace Research 50(4), 523–532",
    url: "https://doi.org/10.1177/0022343313484347",
    published: "2013",
    confidence: "reported",
    note: "The article every use of the UCDP GED must cite, with the article of the release used. UCDP data: CC BY 4.0. Attribution: \"Source: UCDP Georeferenced Event Dataset (Sundberg & Melander 2013; release articles as listed), CC BY 4.0.\"",
  },
  {
    id: "ucdp-ged-22-1",
    title: "UCDP Georeferenced Event Dataset (GED) Global version 22.1: South Sudan extract (conflict_data_ssd.csv)",
    publisher: "Uppsala Conflict Data Program, Uppsala University; country extract by OCHA's Humanitarian Data Exchange",
    url: "https://ucdp.uu.se/downloads/",
    published: "2022",
    confidence: "reported",
    note: 'Release article: Davies, S., Pettersson, T. & Öberg, M. (2022), "Organized violence 1989–2021 and drone warfare", Journal of Peace Research 59(4). The HDX extract "South Sudan - Data on Conflict Events", copied from the GitHub repository maxmurphy2/gov50-final-project (data/conflict_data_ssd.csv, commit 424c0667ff004bdd3f5b3b15a03555dca4abd08f; SHA-256 5b08f65c…). Events 2011–2021. Licence CC BY 4.0 (HDX labels it cc-by-igo).',
  },
  {
    id: "ucdp-ged-23-1",
    title: "UCDP Georeferenced Event Dataset (GED) Global version 23.1: Central African Republic extract (GEDEvent_v23_1.geojson)",
    publisher: "Uppsala Conflict Data Program, Uppsala University; GeoJSON conversion by optgeo/ucdp-23.1-482",
    url: "https://ucdp.uu.se/downloads/ged/ged231-csv.zip",
    published: "2023",
    confidence: "reported",
    note: 'Release article: Davies, S., Pettersson, T. & Öberg, M. (2023), "Organized violence 1989–2022 and the return of conflicts between states?", Journal of Peace Research 60(4). The rows with country_id 482 of the official CSV, converted to GeoJSON by the GitHub repository optgeo/ucdp-23.1-482 (commit be05b36cd56d147ca1d47bb392c186b6b7447d56; SHA-256 50d8777d…); the converter zeroed relid and dropped the coordinates columns (kept in the geometry). Licence CC BY 4.0 (the repository itself CC0 1.0).',
  },
  {
    id: "ucdp-ged-24-1",
    title: "UCDP Georeferenced Event Dataset (GED) Global version 24.1: Sudan extract (conflict_data_sdn.csv) and Mali web export (Mali.csv)",
    publisher: "Uppsala Conflict Data Program, Uppsala University; Sudan extract by OCHA's Humanitarian Data Exchange",
    url: "https://ucdp.uu.se/downloads/ged/ged241-csv.zip",
    published: "2024",
    confidence: "reported",
    note: 'Release article: Davies, S., Engström, G., Pettersson, T. & Öberg, M. (2024), "Organized violence 1989–2023, and the prevalence of organized crime groups", Journal of Peace Research 61(4). Sudan: the HDX extract "Sudan - Data on Conflict Events", copied from the GitHub repository OmdenaAI/SudanChapter_AnalyzeHealthcareAccessibility (commit b7fbae77cba083d473c3f4c63e2c32ea159fce04; SHA-256 37948ba7…). Mali: a UCDP web site export, copied from the GitHub repository Sarahlaure/Projet-BSA (commit 6e7c0b389d282d2e40983a1ee4a3c8d022367b57), which has no licence file of its own. Events to 2023. Licence CC BY 4.0.',
  },
  {
    id: "psdh-fatalities",
    title: "Peacekeeping fatalities (data set DPPADPOSS-FATALITIES), 1948–2025",
    publisher: "United Nations Peace and Security Data Hub",
    published: "2025-04-04",
    confidence: "verified",
    note: "One row per fatality of UN peacekeeping personnel, 1948-07-06 to 2025-02-18 (last_update 2025-04-04). Copy from the GitHub repository iv-div/my-jupyter-portfolio (peacekeeping-fatalities/DPPADPOSS-FATALITIES.csv, snapshot commit 0641bdc729e38394d672454f709755362d77695e), byte for byte. Licence: the UN's terms of use; cite the Data Hub.",
  },
];
