/**
 * Corrections to the official languages that `countries-list` gives.
 * Reviewed source file.
 */
export const LANGUAGE_OVERRIDES: Readonly<Record<string, { languages: readonly string[]; note: string; sources: readonly string[] }>> = {
  MLI: {
    languages: [],
    note: "Languages: countries-list still gives French, but the constitution of 22 July 2023 made 13 national languages official and French a working language; their codes are not sourced here, so the list is left empty.",
    sources: ["mali-constitution-2023"],
  },
};
