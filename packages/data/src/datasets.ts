/**
 * @bluehelm/data/datasets — the public data sets the dataset is imported from, with the date of each
 * of their files as its SOURCE.md gives it, for a "data last updated" line. No records: importing this
 * subpath loads none of the collections.
 *
 * @packageDocumentation
 */
import type { Label, ReadonlyDataset } from "@bluehelm/core";
import { deepFreeze } from "./freeze.js";

/**
 * What the date of a file is, with its EN/FR label: the publisher's last update, the day its figures
 * are as of, the year of the release it belongs to, the day it was retrieved, or — when the SOURCE.md
 * gives none of these — the date of the commit it was copied from or of the copied snapshot.
 *
 * @example
 * ```ts
 * import { DATASET_DATE_BASES } from "@bluehelm/data/datasets";
 *
 * console.log(DATASET_DATE_BASES["publisher-update"].fr); // "Dernière mise à jour par l'éditeur"
 * ```
 */
export const DATASET_DATE_BASES = Object.freeze({
  "publisher-update": { en: "Last updated by the publisher", fr: "Dernière mise à jour par l'éditeur" },
  "as-of": { en: "Data as of", fr: "Données au" },
  release: { en: "Release of", fr: "Version de" },
  retrieved: { en: "Retrieved on", fr: "Récupéré le" },
  "file-commit": { en: "Date of the copied file", fr: "Date du fichier copié" },
  snapshot: { en: "Date of the copied snapshot", fr: "Date de la copie" },
} as const satisfies Record<string, Label>);

/**
 * A code of {@link DATASET_DATE_BASES}.
 *
 * @example
 * ```ts
 * import type { DatasetDateBasis } from "@bluehelm/data/datasets";
 *
 * const basis: DatasetDateBasis = "publisher-update";
 * console.log(basis);
 * ```
 */
export type DatasetDateBasis = keyof typeof DATASET_DATE_BASES;

/**
 * A date and what it is.
 *
 * @example
 * ```ts
 * import type { DatasetDate } from "@bluehelm/data/datasets";
 *
 * const date: DatasetDate = { date: "2024-02-19", basis: "publisher-update" };
 * console.log(date.date);
 * ```
 */
export interface DatasetDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision the SOURCE.md gives. */
  readonly date: string;
  readonly basis: DatasetDateBasis;
}

/**
 * One file of a data set, as copied into the repository.
 *
 * @example
 * ```ts
 * import { DATASETS, type DatasetFile } from "@bluehelm/data/datasets";
 *
 * const files: DatasetFile[] = DATASETS.flatMap((d) => d.files);
 * console.log(files.map((f) => `${f.path}: ${f.date}`));
 * ```
 */
export interface DatasetFile extends DatasetDate {
  /** The path under `data/external/` of the repository. */
  readonly path: string;
}

/**
 * A public data set the dataset is imported from.
 *
 * @example
 * ```ts
 * import { DATASETS, type DatasetInfo } from "@bluehelm/data/datasets";
 *
 * const missions: DatasetInfo | undefined = DATASETS.find((d) => d.collections.includes("missions"));
 * console.log(missions?.title.en, missions?.updated.date);
 * ```
 */
export interface DatasetInfo {
  /** The folder under `data/external/` that holds its files and their SOURCE.md. */
  readonly id: string;
  readonly title: Label;
  /** The collections of the dataset imported from it. */
  readonly collections: readonly (keyof ReadonlyDataset)[];
  /** Its entries in the sources registry (`@bluehelm/data/sources`). */
  readonly sourceIds: readonly string[];
  readonly files: readonly DatasetFile[];
  /**
   * The date to show as "data last updated": the latest date of its files on the most telling basis
   * they have (a publisher's update, then an as-of day, a release or a retrieval, then a copy date).
   */
  readonly updated: DatasetDate;
}

const file = (path: string, date: string, basis: DatasetDateBasis): DatasetFile => ({ path, date, basis });

/**
 * The public data sets the dataset is imported from, each with the date of its files as its SOURCE.md
 * gives it and the date to show as "data last updated". Deep-frozen; also the default export of
 * `@bluehelm/data/datasets`.
 *
 * @example
 * ```ts
 * import { DATASETS, DATASET_DATE_BASES } from "@bluehelm/data/datasets";
 *
 * for (const d of DATASETS) console.log(`${d.title.en}: ${DATASET_DATE_BASES[d.updated.basis].en} ${d.updated.date}`);
 * ```
 */
export const DATASETS: readonly DatasetInfo[] = deepFreeze([
  {
    id: "un-psdh-pko-missions",
    title: { en: "UN peacekeeping operations list (UN Peace and Security Data Hub)", fr: "Liste des opérations de maintien de la paix de l'ONU (Peace and Security Data Hub)" },
    collections: ["missions"],
    sourceIds: ["psdh-dppadposs-pko"],
    files: [file("un-psdh-pko-missions/DPPADPOSS-PKO.csv", "2024-02-19", "publisher-update")],
    updated: { date: "2024-02-19", basis: "publisher-update" },
  },
  {
    id: "un-psdh-fatalities",
    title: { en: "UN peacekeeping fatalities (UN Peace and Security Data Hub)", fr: "Décès dans le maintien de la paix de l'ONU (Peace and Security Data Hub)" },
    collections: ["peacekeeperFatalities"],
    sourceIds: ["psdh-fatalities"],
    files: [file("un-psdh-fatalities/DPPADPOSS-FATALITIES.csv", "2025-04-04", "publisher-update")],
    updated: { date: "2025-04-04", basis: "publisher-update" },
  },
  {
    id: "un-pk-contributions-2021",
    title: { en: "UN troop and police contributions: the ranking of January 2021 and yearly figures", fr: "Contributions de troupes et de police à l'ONU : le classement de janvier 2021 et les chiffres annuels" },
    collections: ["contributions", "actorRoles"],
    sourceIds: ["un-pk-ranking-2021-01", "un-pk-country-by-year"],
    files: [file("un-pk-contributions-2021/Rank.csv", "2021-01-31", "as-of"), file("un-pk-contributions-2021/CountryByYear.csv", "2023-09-06", "file-commit")],
    updated: { date: "2021-01-31", basis: "as-of" },
  },
  {
    id: "owid-un-peacekeeping",
    title: { en: "UN peacekeeping world totals by year (Our World in Data)", fr: "Totaux mondiaux du maintien de la paix de l'ONU par année (Our World in Data)" },
    collections: ["worldTotals"],
    sourceIds: ["owid-un-peacekeeping"],
    files: [file("owid-un-peacekeeping/united-nations-peacekeeping.csv", "2022-02-24", "retrieved")],
    updated: { date: "2022-02-24", basis: "retrieved" },
  },
  {
    id: "radpko-bases",
    title: { en: "RADPKO: deployments by base, contributor and year (Africa)", fr: "RADPKO : déploiements par base, contributeur et année (Afrique)" },
    collections: ["deploymentSites"],
    sourceIds: ["radpko-2020"],
    files: [file("radpko-bases/radpko_bases_cc_y.csv", "2020-11-13", "file-commit")],
    updated: { date: "2020-11-13", basis: "file-commit" },
  },
  {
    id: "geo-pko-v2.3-aggregates",
    title: { en: "Geo-PKO v2.3: geocoded peacekeeping deployments (dashboard aggregates)", fr: "Geo-PKO v2.3 : déploiements de maintien de la paix géocodés (agrégats du tableau de bord)" },
    collections: ["deploymentSites"],
    sourceIds: ["geo-pko-v2-3"],
    files: [
      file("geo-pko-v2.3-aggregates/FrontMap_v.2.3.csv", "2025-05-04", "snapshot"),
      file("geo-pko-v2.3-aggregates/TCCMap_v.2.3.csv", "2025-05-04", "snapshot"),
      file("geo-pko-v2.3-aggregates/TTMap_v.2.3.csv", "2025-05-04", "snapshot"),
    ],
    updated: { date: "2025-05-04", basis: "snapshot" },
  },
  {
    id: "cr-unsc-records",
    title: { en: "Security Council resolutions and their UN Digital Library records (CR-UNSC)", fr: "Résolutions du Conseil de sécurité et leurs notices de la Bibliothèque numérique de l'ONU (CR-UNSC)" },
    collections: ["mandates"],
    sourceIds: ["cr-unsc-2722"],
    files: [file("cr-unsc-records/UNSC_Record-Table_2722.csv", "2024", "as-of"), file("cr-unsc-records/UNSC_Record_Voting_2722.csv", "2024", "as-of")],
    updated: { date: "2024", basis: "as-of" },
  },
  {
    id: "ucdp-ged-extracts",
    title: { en: "UCDP Georeferenced Event Dataset: extracts for four mission areas", fr: "UCDP Georeferenced Event Dataset : extraits pour quatre zones de mission" },
    collections: ["conflictEvents"],
    sourceIds: ["ucdp-ged-sundberg-melander-2013", "ucdp-ged-22-1", "ucdp-ged-23-1", "ucdp-ged-24-1"],
    files: [
      file("ucdp-ged-extracts/car_ged231_optgeo/GEDEvent_v23_1.geojson", "2023", "release"),
      file("ucdp-ged-extracts/sudan_ged241_hdx/conflict_data_sdn.csv", "2024", "release"),
      file("ucdp-ged-extracts/south_sudan_ged221_hdx/conflict_data_ssd.csv", "2022", "release"),
      file("ucdp-ged-extracts/mali_ged241_webexport/Mali.csv", "2024", "release"),
    ],
    updated: { date: "2024", basis: "release" },
  },
]);

export default DATASETS;
