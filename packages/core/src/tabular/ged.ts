/**
 * A reader of UCDP Georeferenced Event Dataset (GED) files: the official CSV,
 * the HDX country extracts, the UCDP web site's export and GeoJSON
 * FeatureCollections, of any release. Pure: a string in, conflict events and
 * a validation report out.
 */
import type { Confidence } from "../codelists.js";
import type { ReadonlyDataset } from "../schemas/dataset.js";
import type { ConflictEvent } from "../schemas/ground.js";
import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "../validation/issues.js";
import type { RuleId } from "../validation/rules.js";
import { validate, validateDataset } from "../validation/validate.js";
import { parseCsv } from "./csv.js";

/**
 * The layouts of GED files {@link readGed} reads:
 * `ged-csv` the official 49-column CSV; `hdx-csv` the HDX country extracts
 * (the official columns plus `iso3`, and a row of HXL hashtags under the
 * header); `web-export` the UCDP web site's export (`best_est`, `high_est`,
 * `low_est`, no `gwnoa`/`gwnob`, US dates); `geojson` a FeatureCollection of
 * points with the official names as properties.
 *
 * @example
 * ```ts
 * import type { GedLayout } from "@bluehelm/core/tabular";
 *
 * const layout: GedLayout = "hdx-csv";
 * console.log(layout);
 * ```
 */
export type GedLayout = "ged-csv" | "hdx-csv" | "web-export" | "geojson";

/**
 * The columns of the official GED CSV, in their order (49 since release 18.1).
 *
 * @example
 * ```ts
 * import { GED_COLUMNS } from "@bluehelm/core/tabular";
 *
 * console.log(GED_COLUMNS.length, GED_COLUMNS.includes("deaths_civilians")); // 49 true
 * ```
 */
export const GED_COLUMNS: readonly string[] = Object.freeze([
  "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name",
  "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
  "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
  "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
  "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
  "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]);

/**
 * UCDP's `country_id` (the Gleditsch–Ward number of the State) → the actor id
 * (lower-case ISO 3166-1 alpha-3) of the States that hosted UN peacekeeping
 * operations since 1990 and of their neighbours in the Sahel and the Great
 * Lakes. Numbers from Gleditsch, K. S. & Ward, M. D. (1999), "A revised list of
 * independent states since the congress of Vienna", *International
 * Interactions* 25(4), 393–413. A country not in the table gets no `hostId`
 * unless the file has an `iso3` column.
 *
 * @example
 * ```ts
 * import { GED_COUNTRY_ACTORS } from "@bluehelm/core/tabular";
 *
 * console.log(GED_COUNTRY_ACTORS[625], GED_COUNTRY_ACTORS[626]); // "sdn" "ssd"
 * ```
 */
export const GED_COUNTRY_ACTORS: Readonly<Record<number, string>> = Object.freeze({
  41: "hti", 90: "gtm", 92: "slv", 343: "mkd", 344: "hrv", 346: "bih", 352: "cyp", 372: "geo",
  432: "mli", 433: "sen", 435: "mrt", 436: "ner", 437: "civ", 439: "bfa", 450: "lbr", 451: "sle",
  471: "cmr", 475: "nga", 482: "caf", 483: "tcd", 484: "cog", 490: "cod", 500: "uga", 501: "ken",
  510: "tza", 516: "bdi", 517: "rwa", 520: "som", 530: "eth", 531: "eri", 540: "ago", 541: "moz",
  565: "nam", 600: "mar", 615: "dza", 616: "tun", 620: "lby", 625: "sdn", 626: "ssd", 645: "irq",
  651: "egy", 652: "syr", 660: "lbn", 666: "isr", 690: "kwt", 700: "afg", 702: "tjk", 750: "ind",
  770: "pak", 811: "khm", 860: "tls",
});

/**
 * Options of {@link readGed}.
 *
 * @example
 * ```ts
 * import type { ReadGedOptions } from "@bluehelm/core/tabular";
 *
 * const options: ReadGedOptions = { release: "24.1", sources: ["ucdp-ged-24-1"], fileName: "conflict_data_sdn.csv" };
 * console.log(options.release);
 * ```
 */
export interface ReadGedOptions {
  /** The GED release, such as `24.1`; default: read from `fileName` (`ged241…`, `…_v23_1…`). */
  readonly release?: string;
  /** The source ids every record cites (at least one); default the registry's entry of the release, {@link gedSourceId}. */
  readonly sources?: readonly string[];
  /** The confidence of every record; default `reported`. */
  readonly confidence?: Confidence;
  /** The file's name, to tell the release and to name the file in messages. */
  readonly fileName?: string;
  /**
   * A stored dataset to check the records against: their sources, host
   * actors and ids. Without it, references are not checked and `hostId` is
   * taken from the mapping alone.
   */
  readonly context?: ReadonlyDataset;
}

/**
 * What {@link readGed} returns. All or nothing: `records` is empty when the
 * report has an error.
 *
 * @example
 * ```ts
 * import { readGed, type GedReadResult } from "@bluehelm/core/tabular";
 *
 * const result: GedReadResult = readGed("not,a,ged,file\n1,2,3,4\n", { sources: ["ucdp-ged-24-1"], release: "24.1" });
 * console.log(result.layout, result.records.length, result.report.issues[0]?.rule); // undefined 0 "file.layout-unknown"
 * ```
 */
export interface GedReadResult {
  /** The layout found; absent when the text is none of them. */
  readonly layout?: GedLayout;
  /** The release the records carry. */
  readonly release?: string;
  /** Data rows (CSV, the HXL row left out) or features (GeoJSON) read. */
  readonly rows: number;
  /** Whether a row of HXL hashtags under the header was skipped. */
  readonly hxlRow: boolean;
  readonly records: ConflictEvent[];
  /** Every issue, with the row (the line of the file, counting the header and the HXL row; for GeoJSON the feature's position) and the column. */
  readonly report: ValidationReport;
}

const GEO_DROPPED = new Set(["latitude", "longitude", "geom_wkt"]);
const WEB_RENAMED: Readonly<Record<string, string>> = { best: "best_est", high: "high_est", low: "low_est" };
const LAYOUT_COLUMNS: Readonly<Record<GedLayout, readonly string[]>> = {
  "ged-csv": GED_COLUMNS,
  "hdx-csv": [...GED_COLUMNS.slice(0, 34), "iso3", ...GED_COLUMNS.slice(34)],
  "web-export": GED_COLUMNS.filter((c) => c !== "gwnoa" && c !== "gwnob").map((c) => WEB_RENAMED[c] ?? c),
  geojson: GED_COLUMNS.filter((c) => !GEO_DROPPED.has(c)),
};
/** Columns every layout needs (best/high/low under their web-export names there). */
const REQUIRED = [
  "id", "year", "type_of_violence", "side_a", "side_b", "where_prec", "latitude", "longitude", "country", "country_id",
  "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
];

type Cells = Readonly<Record<string, string>>;
interface RawRow {
  readonly row: number;
  readonly cells: Cells;
}

const LAYOUT_NAME = "UCDP GED";

function requiredOf(layout: GedLayout): string[] {
  return REQUIRED.filter((c) => layout !== "geojson" || !GEO_DROPPED.has(c)).map((c) => (layout === "web-export" ? (WEB_RENAMED[c] ?? c) : c));
}

function layoutOf(columns: readonly string[], geojson: boolean): GedLayout {
  if (geojson) return "geojson";
  if (columns.some((c) => c === "best_est" || c === "high_est" || c === "low_est")) return "web-export";
  return columns.includes("iso3") ? "hdx-csv" : "ged-csv";
}

/** One issue when the columns are not a GED layout, a warning for extra columns, nothing when they are. */
function headerIssues(columns: readonly string[], layout: GedLayout, row: number): ValidationIssue[] {
  const known = new Set(LAYOUT_COLUMNS[layout]);
  const unknown = columns.filter((c) => !known.has(c));
  const missing = requiredOf(layout).filter((c) => !columns.includes(c));
  const list = (l: readonly string[]) => (l.length === 0 ? "none" : l.join(", "));
  if (missing.length > 0) {
    return [{ ...makeIssue("file.layout-unknown", [], { layout: LAYOUT_NAME, unknown: list(unknown), missing: list(missing), expected: LAYOUT_COLUMNS[layout].join(", ") }), row }];
  }
  if (unknown.length > 0) return [{ ...makeIssue("file.columns-ignored", [], { layout: LAYOUT_NAME, columns: list(unknown) }), row }];
  return [];
}

/**
 * The id of a GED release in the sources registry: `24.1` → `ucdp-ged-24-1`. Records read without
 * explicit sources cite it.
 *
 * @example
 * ```ts
 * import { gedSourceId } from "@bluehelm/core/tabular";
 *
 * console.log(gedSourceId("23.1")); // "ucdp-ged-23-1"
 * ```
 */
export function gedSourceId(release: string): string {
  return `ucdp-ged-${release.replace(".", "-")}`;
}

/** The release named by a UCDP file name: `ged241-csv.zip` → 24.1, `GEDEvent_v23_1.geojson` → 23.1. */
function releaseFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const m = /ged[_-]?(\d{2})(\d)(?!\d)/i.exec(name) ?? /v(\d{2})[._](\d{1,2})(?!\d)/i.exec(name);
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;

/** A calendar date of a GED cell, as `YYYY-MM-DD`; undefined when it is not one. */
function gedDate(cell: string): string | undefined {
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(cell);
  const us = iso ? null : US_DATE.exec(cell);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The record field → the GED column, to locate issues found on built records. */
const FIELD_COLUMN: Readonly<Record<string, string>> = {
  id: "id", ucdpId: "id", relid: "relid", release: "release", year: "year", activeYear: "active_year", typeOfViolence: "type_of_violence",
  conflictName: "conflict_name", dyadName: "dyad_name", sideA: "side_a", sideB: "side_b", sideAId: "side_a_new_id", sideBId: "side_b_new_id",
  dateStart: "date_start", dateEnd: "date_end", datePrecision: "date_prec", locationPrecision: "where_prec", place: "where_coordinates",
  adm1: "adm_1", adm2: "adm_2", priogridId: "priogrid_gid", country: "country", countryId: "country_id", hostId: "country_id",
  eventClarity: "event_clarity", numberOfSources: "number_of_sources",
  "deaths.sideA": "deaths_a", "deaths.sideB": "deaths_b", "deaths.civilians": "deaths_civilians", "deaths.unknown": "deaths_unknown",
  "deaths.best": "best", "deaths.low": "low", "deaths.high": "high", "coordinates.lat": "latitude", "coordinates.lon": "longitude",
};

class RowReader {
  readonly issues: ValidationIssue[] = [];
  constructor(
    private readonly raw: RawRow,
    private readonly layout: GedLayout,
  ) {}

  column(name: string): string {
    if (this.layout === "web-export") return WEB_RENAMED[name] ?? name;
    if (this.layout === "geojson" && (name === "latitude" || name === "longitude")) return "geometry.coordinates";
    return name;
  }

  /** The cell of a column by its official name (GeoJSON coordinates are kept under latitude and longitude). */
  cell(name: string): string {
    const key = this.layout === "web-export" ? (WEB_RENAMED[name] ?? name) : name;
    return (this.raw.cells[key] ?? "").trim();
  }

  fail(name: string, field: string, value: string, expected: string, expectedFr: string, rule: RuleId = "file.cell-invalid"): undefined {
    const column = this.column(name);
    this.issues.push({ ...makeIssue(rule, field.split("."), { row: this.raw.row, column, value, expected, expectedFr }), row: this.raw.row, column });
    return undefined;
  }

  text(name: string): string | undefined {
    const v = this.cell(name).replace(/\s+/g, " ");
    return v === "" ? undefined : v;
  }

  requiredText(name: string, field: string): string | undefined {
    return this.text(name) ?? this.fail(name, field, "", "a non-empty text", "un texte non vide");
  }

  int(name: string, field: string, opts: { min?: number; max?: number; optional?: boolean; what?: [string, string] } = {}): number | undefined {
    const v = this.cell(name);
    if (v === "" && opts.optional) return undefined;
    const [en, fr] = opts.what ?? [
      `a whole number${opts.min !== undefined ? ` of at least ${opts.min}` : ""}${opts.max !== undefined ? ` and at most ${opts.max}` : ""}`,
      `un nombre entier${opts.min !== undefined ? ` d'au moins ${opts.min}` : ""}${opts.max !== undefined ? ` et d'au plus ${opts.max}` : ""}`,
    ];
    if (!/^-?\d+(?:\.0+)?$/.test(v)) return this.fail(name, field, v, en, fr);
    const n = Number(v);
    if (!Number.isSafeInteger(n) || (opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) return this.fail(name, field, v, en, fr);
    return n;
  }

  code<T extends string>(name: string, field: string, allowed: readonly T[]): T | undefined {
    const v = this.cell(name).replace(/\.0+$/, "");
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(name, field, this.cell(name), `one of the codes ${allowed.join(", ")}`, `l'un des codes ${allowed.join(", ")}`);
  }

  coordinate(name: string, field: string, limit: number): number | undefined {
    const v = this.cell(name);
    const n = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(v) ? Number(v) : NaN;
    if (Number.isFinite(n) && Math.abs(n) <= limit) return n;
    const what = name === "latitude" ? "latitude" : "longitude";
    return this.fail(name, field, v, `a ${what} in decimal degrees between -${limit} and ${limit}`, `une ${what} en degrés décimaux entre -${limit} et ${limit}`);
  }

  date(name: string, field: string): string | undefined {
    const v = this.cell(name);
    return gedDate(v) ?? this.fail(name, field, v, "a date (YYYY-MM-DD, optionally with a time, or MM/DD/YYYY)", "une date (AAAA-MM-JJ, éventuellement avec une heure, ou MM/JJ/AAAA)");
  }

  flag(name: string, field: string): boolean | undefined {
    const v = this.cell(name).toLowerCase();
    if (v === "") return undefined;
    if (v === "1" || v === "true") return true;
    if (v === "0" || v === "false") return false;
    return this.fail(name, field, this.cell(name), "1, 0, True or False", "1, 0, True ou False");
  }
}

const VIOLENCE = ["1", "2", "3"] as const;
const DATE_PRECISION = ["1", "2", "3", "4", "5"] as const;
const WHERE_PRECISION = ["1", "2", "3", "4", "5", "6", "7"] as const;

function convert(raw: RawRow, layout: GedLayout, release: string, options: ReadGedOptions, actorIds: ReadonlySet<string> | undefined): { record?: ConflictEvent; issues: ValidationIssue[] } {
  const r = new RowReader(raw, layout);
  const ucdpId = r.int("id", "ucdpId", { min: 1, what: ["a positive whole number (UCDP's event id)", "un nombre entier positif (l'identifiant UCDP de l'événement)"] });
  const relid = r.text("relid");
  const year = r.int("year", "year", { min: 1989, max: 2100 });
  const activeYear = r.flag("active_year", "activeYear");
  const typeOfViolence = r.code("type_of_violence", "typeOfViolence", VIOLENCE);
  const sideA = r.requiredText("side_a", "sideA");
  const sideB = r.requiredText("side_b", "sideB");
  const sideAId = r.int("side_a_new_id", "sideAId", { optional: true });
  const sideBId = r.int("side_b_new_id", "sideBId", { optional: true });
  const dateStart = r.date("date_start", "dateStart");
  const dateEnd = r.date("date_end", "dateEnd");
  const datePrecision = r.code("date_prec", "datePrecision", DATE_PRECISION);
  const lat = r.coordinate("latitude", "coordinates.lat", 90);
  const lon = r.coordinate("longitude", "coordinates.lon", 180);
  const locationPrecision = r.code("where_prec", "locationPrecision", WHERE_PRECISION);
  const priogridId = r.int("priogrid_gid", "priogridId", { optional: true, min: 1 });
  const country = r.requiredText("country", "country");
  const countryId = r.int("country_id", "countryId", { min: 0 });
  const eventClarity = r.int("event_clarity", "eventClarity", { optional: true, min: 1, max: 2 });
  const numberOfSources = r.int("number_of_sources", "numberOfSources", { optional: true, min: -1 });
  const death = (name: string, field: string) =>
    r.int(name, `deaths.${field}`, { min: 0, what: ["a whole number of deaths (0 or more)", "un nombre entier de décès (0 ou plus)"] });
  const deaths = {
    sideA: death("deaths_a", "sideA"),
    sideB: death("deaths_b", "sideB"),
    civilians: death("deaths_civilians", "civilians"),
    unknown: death("deaths_unknown", "unknown"),
    best: death("best", "best"),
    low: death("low", "low"),
    high: death("high", "high"),
  };
  if (dateStart !== undefined && dateEnd !== undefined && dateEnd < dateStart) {
    const column = r.column("date_end");
    r.issues.push({ ...makeIssue("date.end-before-start", ["dateEnd"], { startField: "date_start", start: dateStart, endField: "date_end", end: dateEnd }), row: raw.row, column });
  }
  if (r.issues.length > 0) return { issues: r.issues };
  const iso3 = r.cell("iso3");
  let hostId = /^[A-Za-z]{3}$/.test(iso3) ? iso3.toLowerCase() : GED_COUNTRY_ACTORS[countryId!];
  if (hostId !== undefined && actorIds !== undefined && !actorIds.has(hostId)) hostId = undefined;
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));
  const record: ConflictEvent = {
    id: `ucdp-ged.${ucdpId!}`,
    ucdpId: ucdpId!,
    ...optional("relid", relid === "0" ? undefined : relid),
    release,
    year: year!,
    ...optional("activeYear", activeYear),
    typeOfViolence: typeOfViolence!,
    ...optional("conflictName", r.text("conflict_name")),
    ...optional("dyadName", r.text("dyad_name")),
    sideA: sideA!,
    sideB: sideB!,
    ...optional("sideAId", sideAId),
    ...optional("sideBId", sideBId),
    dateStart: dateStart!,
    dateEnd: dateEnd!,
    datePrecision: datePrecision!,
    coordinates: { lat: lat!, lon: lon! },
    locationPrecision: locationPrecision!,
    ...optional("place", r.text("where_coordinates")),
    ...optional("adm1", r.text("adm_1")),
    ...optional("adm2", r.text("adm_2")),
    ...optional("priogridId", priogridId),
    country: country!,
    countryId: countryId!,
    ...optional("hostId", hostId),
    ...optional("eventClarity", eventClarity),
    ...optional("numberOfSources", numberOfSources),
    deaths: deaths as ConflictEvent["deaths"],
    sources: [...(options.sources ?? [gedSourceId(release)])],
    confidence: options.confidence ?? "reported",
  };
  return { record, issues: [] };
}

/** The rows of a GeoJSON FeatureCollection as text cells; the coordinates from the geometry. */
function geojsonRows(value: unknown): { rows: RawRow[]; columns: string[] } | { problem: string } {
  if (typeof value !== "object" || value === null || (value as { type?: unknown }).type !== "FeatureCollection" || !Array.isArray((value as { features?: unknown }).features)) {
    return { problem: 'not a GeoJSON FeatureCollection (an object with "type": "FeatureCollection" and a "features" array)' };
  }
  const features = (value as { features: unknown[] }).features;
  const columns = new Set<string>();
  const rows = features.map((feature, i): RawRow => {
    const f = (typeof feature === "object" && feature !== null ? feature : {}) as { properties?: unknown; geometry?: unknown };
    const props = (typeof f.properties === "object" && f.properties !== null ? f.properties : {}) as Record<string, unknown>;
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(props)) {
      columns.add(k);
      cells[k] = v === null || v === undefined ? "" : typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
    }
    const g = (typeof f.geometry === "object" && f.geometry !== null ? f.geometry : {}) as { type?: unknown; coordinates?: unknown };
    const c = g.type === "Point" && Array.isArray(g.coordinates) ? g.coordinates : [];
    const num = (x: unknown) => (typeof x === "number" ? String(x) : typeof x === "string" ? x : "");
    // The geometry is [longitude, latitude]; issues about them name the column geometry.coordinates.
    return { row: i + 1, cells: { ...cells, longitude: num(c[0]), latitude: num(c[1]) } };
  });
  return { rows, columns: [...columns] };
}

/**
 * Reads a UCDP GED file — the official CSV, an HDX extract, the UCDP web
 * export or a GeoJSON FeatureCollection, of any release — into conflict
 * events (`ucdp-ged.<id>`), with a validation report in the core's format.
 * The layout is detected from the header (or the JSON). Every issue carries
 * its row (the file's line, counting the header and the HXL row; the
 * feature's position in GeoJSON) and column. A header that is not a GED
 * layout yields one issue and no row is read; any error yields no records.
 * Relids zeroed by converters (0) are left out; `hostId` comes from the
 * `iso3` column, else from {@link GED_COUNTRY_ACTORS}. Never throws.
 *
 * @example
 * ```ts
 * import { readGed } from "@bluehelm/core/tabular";
 *
 * const csv = [
 *   "id,relid,year,active_year,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low",
 *   "244657,CEN-2017-3-1133-2,2017,1,3,UPC,Civilians,1,5.75,20.67,Central African Republic,482,1,2017-05-13,2017-05-13,0,0,4,0,4,4,4",
 * ].join("\n");
 * const { layout, records, report } = readGed(csv, { release: "23.1", sources: ["ucdp-ged-23-1"] });
 * console.log(layout, records[0]?.id, records[0]?.hostId, report.valid); // "ged-csv" "ucdp-ged.244657" "caf" true
 * ```
 */
export function readGed(text: string, options: ReadGedOptions): GedReadResult {
  const issues: ValidationIssue[] = [];
  const done = (partial: Omit<GedReadResult, "records" | "report" | "hxlRow"> & { hxlRow?: boolean }, records: ConflictEvent[] = []): GedReadResult => {
    const report = makeReport(issues);
    return { hxlRow: false, ...partial, records: report.valid ? records : [], report };
  };
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let layout: GedLayout;
  let rows: RawRow[];
  let hxlRow = false;
  if (/^\s*[{[]/.test(body)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      issues.push({ ...makeIssue("file.syntax", [], { format: "GeoJSON", row: 1, detail: error instanceof Error ? error.message : String(error) }), row: 1 });
      return done({ rows: 0 });
    }
    const read = geojsonRows(parsed);
    if ("problem" in read) {
      issues.push({ ...makeIssue("file.syntax", [], { format: "GeoJSON", row: 1, detail: read.problem }), row: 1 });
      return done({ rows: 0 });
    }
    layout = "geojson";
    issues.push(...headerIssues(read.columns.length === 0 && read.rows.length === 0 ? requiredOf("geojson") : read.columns, layout, 1));
    rows = read.rows;
  } else {
    const parsed = parseCsv(body, { separator: "," });
    for (const p of parsed.problems) issues.push({ ...makeIssue("file.syntax", [], { format: "CSV", row: p.line, detail: p.message }), row: p.line });
    const [header, ...data] = parsed.rows;
    if (!header) {
      issues.push({ ...makeIssue("file.layout-unknown", [], { layout: LAYOUT_NAME, unknown: "none", missing: requiredOf("ged-csv").join(", "), expected: GED_COLUMNS.join(", ") }), row: 1 });
      return done({ rows: 0 });
    }
    const columns = header.cells.map((c) => c.trim());
    layout = layoutOf(columns, false);
    issues.push(...headerIssues(columns, layout, header.line));
    const first = data[0];
    if (first && first.cells.some((c) => c.trim() !== "") && first.cells.every((c) => c.trim() === "" || c.trim().startsWith("#"))) {
      hxlRow = true;
      data.shift();
    }
    rows = [];
    for (const row of data) {
      let cells = row.cells;
      // The web export ends every row with a separator: one empty field more than the header.
      if (cells.length === columns.length + 1 && cells[cells.length - 1]!.trim() === "") cells = cells.slice(0, -1);
      if (cells.length !== columns.length) {
        issues.push({ ...makeIssue("file.syntax", [], { format: "CSV", row: row.line, detail: `the row has ${row.cells.length} cells but the header has ${columns.length} columns` }), row: row.line });
        continue;
      }
      rows.push({ row: row.line, cells: Object.fromEntries(columns.map((c, i) => [c, cells[i]!])) });
    }
  }
  if (issues.some((i) => i.rule === "file.layout-unknown")) return done({ layout: undefined, rows: rows.length, hxlRow });
  const release = options.release ?? releaseFromName(options.fileName);
  if (release === undefined || !/^\d{1,2}\.\d{1,2}$/.test(release)) {
    issues.push(makeIssue("file.release-unknown", ["release"], { dataset: LAYOUT_NAME, example: "24.1" }));
    return done({ layout, rows: rows.length, hxlRow });
  }
  const sources = options.sources ?? [gedSourceId(release)];
  if (sources.length === 0) {
    issues.push(makeIssue("schema.too-small", ["sources"], { en: "Give at least one source id for the records (options.sources).", fr: "Indiquez au moins un identifiant de source pour les enregistrements (options.sources)." }));
    return done({ layout, release, rows: rows.length, hxlRow });
  }
  const actorIds = options.context ? new Set(options.context.actors.map((a) => a.id)) : undefined;
  const located: { row: number; record: ConflictEvent }[] = [];
  for (const raw of rows) {
    const { record, issues: rowIssues } = convert(raw, layout, release, options, actorIds);
    issues.push(...rowIssues);
    if (record) located.push({ row: raw.row, record });
  }
  // Schema and cross-record rules on the built records, located back to their rows and columns.
  const columnOf = (path: readonly (string | number)[]): string | undefined => {
    const key = path.filter((p): p is string => typeof p === "string").join(".");
    for (const k of [key, key.split(".")[0]!]) {
      const c = FIELD_COLUMN[k];
      if (c !== undefined) return new RowReader({ row: 0, cells: {} }, layout).column(c);
    }
    return undefined;
  };
  const locate = (issue: ValidationIssue, row: number): ValidationIssue => {
    const column = columnOf(issue.path);
    return { ...issue, row, ...(column !== undefined ? { column } : {}) };
  };
  const schemaValid: { row: number; record: ConflictEvent }[] = [];
  for (const l of located) {
    const report = validate("conflict-event", l.record);
    if (report.valid) schemaValid.push(l);
    issues.push(...report.issues.map((i) => locate(i, l.row)));
  }
  const base = options.context?.conflictEvents ?? [];
  const merged = { ...(options.context ?? {}), conflictEvents: [...base, ...schemaValid.map((l) => l.record)] };
  for (const issue of validateDataset(merged).issues) {
    const [collection, index] = issue.path;
    if (collection !== "conflictEvents" || typeof index !== "number" || index < base.length) continue;
    if (!options.context && issue.rule === "reference.dangling") continue;
    issues.push(locate({ ...issue, path: issue.path.slice(2) }, schemaValid[index - base.length]!.row));
  }
  return done({ layout, release, rows: rows.length, hxlRow }, schemaValid.map((l) => l.record));
}
