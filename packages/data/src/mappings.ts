/**
 * The tested tables that map the names of the UN contribution files to
 * Bluehelm ids, and a converter for rows of the "CountryByYear" layout
 * (Year, Country, Mission, Female, Male, Total), so that tools importing
 * such files (the bluehelm CLI among them) read them exactly as the dataset
 * does. Reviewed sources: `curated/contributor-names.ts` and
 * `curated/country-by-year.ts`; the reasoning is in DATA.md.
 *
 * @packageDocumentation
 */
import type { Contribution } from "@bluehelm/core";
import { CONTRIBUTOR_NAMES } from "../curated/contributor-names.js";
import { COUNTRY_BY_YEAR_MISSIONS, FLAGGED_MISSION_YEARS, KEPT_YEARS, LEFT_OUT_YEARS } from "../curated/country-by-year.js";

export { CONTRIBUTOR_NAMES, COUNTRY_BY_YEAR_MISSIONS, FLAGGED_MISSION_YEARS, KEPT_YEARS, LEFT_OUT_YEARS };

/**
 * The source id the converted records cite.
 *
 * @example
 * ```ts
 * import { COUNTRY_BY_YEAR_SOURCE } from "@bluehelm/data/mappings";
 * import { sources } from "@bluehelm/data/sources";
 *
 * console.log(sources.find((s) => s.id === COUNTRY_BY_YEAR_SOURCE)?.title);
 * ```
 */
export const COUNTRY_BY_YEAR_SOURCE = "un-pk-country-by-year";

/**
 * A row of the CountryByYear layout, as text cells by column name.
 *
 * @example
 * ```ts
 * import { countryByYearContribution, type CountryByYearRow } from "@bluehelm/data/mappings";
 *
 * const row: CountryByYearRow = { Year: "2019", Country: "Rwanda", Mission: "MINUSCA", Female: "10", Male: "90", Total: "100" };
 * console.log(countryByYearContribution(row).kind);
 * ```
 */
export interface CountryByYearRow {
  readonly Year?: string;
  readonly Country?: string;
  readonly Mission?: string;
  readonly Female?: string;
  readonly Male?: string;
  readonly Total?: string;
}

/**
 * What a row becomes: a contribution, a row left out with the reason, or an all-zero row (of any mission).
 *
 * @example
 * ```ts
 * import { countryByYearContribution, type CountryByYearResult } from "@bluehelm/data/mappings";
 *
 * const result: CountryByYearResult = countryByYearContribution({ Year: "2019", Country: "Rwanda", Mission: "MINUSCA", Female: "0", Male: "0", Total: "0" });
 * console.log(result.kind); // "empty"
 * ```
 */
export type CountryByYearResult =
  | { readonly kind: "record"; readonly record: Contribution }
  | { readonly kind: "excluded"; readonly reason: string }
  | { readonly kind: "empty" };

/**
 * A row that cannot be read: what, and which column.
 *
 * @example
 * ```ts
 * import { MappingError, countryByYearContribution } from "@bluehelm/data/mappings";
 *
 * try {
 *   countryByYearContribution({ Year: "2019", Country: "Atlantis", Mission: "MINUSCA", Female: "1", Male: "1", Total: "2" });
 * } catch (error) {
 *   if (error instanceof MappingError) console.log(error.column, error.message);
 * }
 * ```
 */
export class MappingError extends Error {
  /**
   * Creates the error of a row that cannot be read.
   *
   * @param column - The column of the row that cannot be read.
   * @param message - What is wrong with it.
   */
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

const whole = (value: string | undefined, column: string): number => {
  const v = (value ?? "").trim();
  if (!/^\d+$/.test(v)) throw new MappingError(column, `"${value ?? ""}" is not a whole number`);
  return Number(v);
};

/**
 * Converts one row of the CountryByYear layout. An unknown contributor or
 * mission name throws a MappingError naming it (never a silent drop); rows of
 * the missions the dataset leaves out (special political missions) come back
 * as "excluded" with the reason; all-zero rows as "empty". Years the dataset
 * judges partial, and flagged mission-years, are kept but marked unverified
 * with the reason in the note.
 *
 * @example
 * ```ts
 * import { countryByYearContribution } from "@bluehelm/data/mappings";
 *
 * const result = countryByYearContribution({ Year: "2019", Country: "Rwanda", Mission: "MINUSCA", Female: "10", Male: "90", Total: "100" });
 * if (result.kind === "record") console.log(result.record.contributorId, result.record.missionId, result.record.total);
 * else if (result.kind === "excluded") console.log(result.reason);
 * ```
 */
export function countryByYearContribution(row: CountryByYearRow): CountryByYearResult {
  const year = whole(row.Year, "Year");
  const name = (row.Country ?? "").trim();
  const contributorId = CONTRIBUTOR_NAMES[name];
  if (contributorId === undefined) throw new MappingError("Country", `contributor name "${name}" is not in the name table; add it to curated/contributor-names.ts with its actor id`);
  const missionName = (row.Mission ?? "").trim();
  const mission = COUNTRY_BY_YEAR_MISSIONS[missionName];
  if (mission === undefined) throw new MappingError("Mission", `mission name "${missionName}" is not in the mission table; map it in curated/country-by-year.ts or exclude it with a reason`);
  const women = whole(row.Female, "Female");
  const men = whole(row.Male, "Male");
  const total = whole(row.Total, "Total");
  if (women === 0 && men === 0 && total === 0) return { kind: "empty" };
  if ("excluded" in mission) return { kind: "excluded", reason: `${missionName}: ${mission.excluded}` };
  const caveat = KEPT_YEARS.includes(year) ? FLAGGED_MISSION_YEARS[`${mission.missionId}:${year}`] : (LEFT_OUT_YEARS[year] ?? "a year the dataset has not assessed");
  return {
    kind: "record",
    record: {
      id: `cby-${year}-${contributorId}-${mission.missionId}`,
      contributorId,
      missionId: mission.missionId,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      measure: "annual-mean",
      category: "all",
      women,
      men,
      total,
      sources: [COUNTRY_BY_YEAR_SOURCE],
      confidence: caveat ? "unverified" : "reported",
      ...(caveat ? { note: caveat } : {}),
    },
  };
}
