/**
 * Formatting for people: counts with their noun, numbers, dates and language
 * names, in English or French, through `Intl`. One implementation for the web
 * client and the CLI. No zod: a bundle that imports these loads none of the schemas.
 */
import type { PartialDate } from "./schemas/common.js";
import { isIsoDate } from "./dates.js";

/**
 * The forms of a noun after a number, by plural category of `Intl.PluralRules`.
 * English and French need only `one` and `other`; the other categories are used
 * when given, for languages that have them, and fall back to `other`.
 *
 * @example
 * ```ts
 * import { formatCount, type PluralForms } from "@bluehelm/core";
 *
 * const missions: PluralForms = { one: "mission", other: "missions" };
 * console.log(formatCount(1, "fr", missions), formatCount(11, "fr", missions)); // "1 mission 11 missions"
 * ```
 */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly zero?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
}

/**
 * How a date is written: `long` "5 March 2024", `medium` "5 Mar 2024", `short` "05/03/2024".
 *
 * @example
 * ```ts
 * import { formatDate, type DateStyle } from "@bluehelm/core";
 *
 * const style: DateStyle = "medium";
 * console.log(formatDate("2024-03-05", "en", style)); // "5 Mar 2024"
 * ```
 */
export type DateStyle = "long" | "medium" | "short";

/**
 * The locale `Intl` is given: Bluehelm's two languages, the bare `en` and `fr`,
 * are written the way the UN writes them (`en-GB`: 5 March 2024; `fr-FR`);
 * any other BCP 47 tag is passed through as it is.
 */
function resolve(locale: string): string {
  return locale === "en" ? "en-GB" : locale === "fr" ? "fr-FR" : locale;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string, options: Intl.NumberFormatOptions | undefined): Intl.PluralRules {
  const digits: Intl.PluralRulesOptions = {
    minimumFractionDigits: options?.minimumFractionDigits,
    maximumFractionDigits: options?.maximumFractionDigits,
  };
  const key = `${locale}|${digits.minimumFractionDigits ?? ""}|${digits.maximumFractionDigits ?? ""}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(resolve(locale), digits);
    pluralRules.set(key, rules);
  }
  return rules;
}

function numberFormatFor(locale: string, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ""}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(resolve(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

function finite(n: number, fn: string): number {
  if (typeof n !== "number" || Number.isNaN(n)) {
    throw new RangeError(`${fn}: expected a number, got ${String(n)} / ${fn} : un nombre est attendu, reçu ${String(n)}.`);
  }
  return n;
}

/**
 * The form of a noun that goes with a number, without the number, by the plural
 * rules of the locale: in English 1 is singular and 0 plural; in French 0 and 1
 * (and 1.5) are singular.
 *
 * @example
 * ```ts
 * import { pluralForm } from "@bluehelm/core";
 *
 * const forms = { one: "engagement", other: "engagements" };
 * console.log(pluralForm(0, "fr", forms), pluralForm(2, "fr", forms)); // "engagement engagements"
 * console.log(pluralForm(0, "en", { one: "pledge", other: "pledges" })); // "pledges"
 * ```
 */
export function pluralForm(n: number, locale: string, forms: PluralForms, options?: Intl.NumberFormatOptions): string {
  const category = rulesFor(locale, options).select(finite(n, "pluralForm"));
  return forms[category] ?? forms.other;
}

/**
 * A number in the locale's way of writing numbers (`Intl.NumberFormat`): in
 * French the thousands are separated by a narrow no-break space (U+202F) and
 * the decimals by a comma; a percent sign follows a no-break space (U+00A0).
 *
 * @example
 * ```ts
 * import { formatNumber } from "@bluehelm/core";
 *
 * console.log(formatNumber(12345.5, "en")); // "12,345.5"
 * console.log(formatNumber(12345.5, "fr")); // "12 345,5" (U+202F between 12 and 345)
 * console.log(formatNumber(0.25, "fr", { style: "percent" })); // "25 %" (U+00A0 before %)
 * ```
 */
export function formatNumber(n: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormatFor(locale, options).format(finite(n, "formatNumber"));
}

/**
 * A count with its noun: the number written the locale's way and the form of
 * the noun its plural rules call for.
 *
 * @example
 * ```ts
 * import { formatCount } from "@bluehelm/core";
 *
 * console.log(formatCount(1, "en", { one: "pledge", other: "pledges" })); // "1 pledge"
 * console.log(formatCount(0, "en", { one: "pledge", other: "pledges" })); // "0 pledges"
 * console.log(formatCount(0, "fr", { one: "engagement", other: "engagements" })); // "0 engagement"
 * console.log(formatCount(1200, "fr", { one: "engagement", other: "engagements" })); // "1 200 engagements"
 * ```
 */
export function formatCount(n: number, locale: string, forms: PluralForms, options?: Intl.NumberFormatOptions): string {
  return `${formatNumber(n, locale, options)} ${pluralForm(n, locale, forms, options)}`;
}

const MONTH_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  long: { year: "numeric", month: "long" },
  medium: { year: "numeric", month: "short" },
  short: { year: "numeric", month: "2-digit" },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(locale: string, style: DateStyle, precision: "day" | "month"): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = precision === "day" ? { dateStyle: style } : MONTH_OPTIONS[style];
    format = new Intl.DateTimeFormat(resolve(locale), { ...options, timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2024", "2024-03" or "2024-03-05" as its precision and a UTC instant; undefined when it is none of these. */
function parseDate(text: string): { precision: "year" | "month" | "day"; year: number; at: Date } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] !== undefined && !isIsoDate(text)) return undefined;
  const at = new Date(Date.UTC(2000, month - 1, m[3] === undefined ? 1 : Number(m[3])));
  at.setUTCFullYear(year);
  return { precision: m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year", year, at };
}

function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "object" && value !== null && typeof (value as PartialDate).date === "string";
}

/**
 * A date for people, the one way dates are written across Bluehelm: in UTC (a
 * date never shifts by a day with the reader's time zone), and at the precision
 * it is known — a year `YYYY` is written as the year, a month `YYYY-MM` as the
 * month and year; no day is ever added. French writes the first of a month
 * "1er". A partial date record (`{ precision, date, qualifier }`) with the
 * qualifier "by" is written "by …" / "au plus tard …".
 *
 * Throws a `RangeError` naming the text when it is not `YYYY`, `YYYY-MM` or a
 * calendar day `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { formatDate } from "@bluehelm/core";
 *
 * console.log(formatDate("2024-03-05", "en")); // "5 March 2024"
 * console.log(formatDate("2024-03-01", "fr")); // "1er mars 2024"
 * console.log(formatDate("2015-05", "fr")); // "mai 2015"
 * console.log(formatDate("2016", "en")); // "2016"
 * console.log(formatDate("2024-03-05", "en", "short")); // "05/03/2024"
 * console.log(formatDate({ precision: "month", date: "2016-11", qualifier: "by" }, "fr")); // "au plus tard en novembre 2016"
 * ```
 */
export function formatDate(date: string | PartialDate, locale: string, style: DateStyle = "long"): string {
  const text = isPartialDate(date) ? date.date : date;
  const parsed = typeof text === "string" ? parseDate(text) : undefined;
  if (!parsed) {
    throw new RangeError(
      `formatDate: "${String(text)}" is not a date YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), e.g. "2024-03-05" or "2024-03" / ` +
        `formatDate : « ${String(text)} » n'est pas une date AAAA, AAAA-MM ou AAAA-MM-JJ (un jour qui existe), p. ex. « 2024-03-05 » ou « 2024-03 ».`,
    );
  }
  const french = resolve(locale).toLowerCase().startsWith("fr");
  let written: string;
  if (parsed.precision === "year") written = String(parsed.year);
  else {
    written = dateFormatFor(locale, style, parsed.precision).format(parsed.at);
    if (french && parsed.precision === "day" && style !== "short") written = written.replace(/^1 /, "1er ");
  }
  if (!isPartialDate(date) || date.qualifier !== "by") return written;
  if (!french) return `by ${written}`;
  return `au plus tard ${parsed.precision === "day" ? "le" : "en"} ${written}`;
}

/**
 * The name of a language in a locale, through `Intl.DisplayNames`: `fr` in
 * English is "French", `en` in French "anglais". Falls back to the code itself
 * when the runtime has no name for it (or no `Intl.DisplayNames`).
 *
 * @example
 * ```ts
 * import { languageName } from "@bluehelm/core";
 *
 * console.log(languageName("fr", "en"), languageName("en", "fr"), languageName("qaa", "en")); // "French anglais qaa"
 * ```
 */
export function languageName(code: string, locale: string): string {
  if (typeof Intl.DisplayNames !== "function") return code;
  try {
    return new Intl.DisplayNames(resolve(locale), { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
