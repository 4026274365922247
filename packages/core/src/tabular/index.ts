/**
 * `@bluehelm/core/tabular` — reading and writing files, pure (strings in,
 * strings out): CSV, the records of any kind as CSV/JSON/NDJSON, and UCDP GED.
 *
 * @module tabular
 */
export { csvCell, detectSeparator, parseCsv, toCsv, unneutralize } from "./csv.js";
export type { CsvProblem, CsvRow, ParseCsvOptions, ToCsvOptions } from "./csv.js";
export { DERIVED_FIELDS, kindColumns, readRecords, validateFile, validateRecords } from "./records.js";
export type { FileFormat, FileValidation, LocatedRecord, ReadOptions } from "./records.js";
export { recordColumns, writeRecords } from "./write.js";
export type { WriteOptions } from "./write.js";
export { GED_COLUMNS, GED_COUNTRY_ACTORS, gedSourceId, readGed } from "./ged.js";
export type { GedLayout, GedReadResult, ReadGedOptions } from "./ged.js";
