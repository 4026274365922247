// Command-line values read into what the core and the store take; a bad value is a usage error (exit 2) that says
// which option, what was given and what is expected.
import { readFileSync } from "node:fs";
import { ENTITY_KINDS, IdSchema, IsoDateSchema, isEntityKind, type EntityKind } from "@bluehelm/core";
import type { FileFormat } from "@bluehelm/core/tabular";
import type { Filter, ResourceInfo } from "@bluehelm/store";
import { CliError, EXIT } from "./errors.js";
import { t, type Lang } from "./i18n.js";

/** A date option (`--as-of`, `--since`…) checked with the core's IsoDateSchema: a real calendar day, YYYY-MM-DD. */
export function parseDate(lang: Lang, option: string, value: string): string;
export function parseDate(lang: Lang, option: string, value: string | undefined): string | undefined;
export function parseDate(lang: Lang, option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDateSchema.safeParse(value).success) throw new CliError(EXIT.usage, t(lang, "badDate", { option, value }));
  return value;
}

/** `--limit`: a positive whole number. */
export function parseLimit(lang: Lang, value: number | undefined): number | undefined {
  if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new CliError(EXIT.usage, t(lang, "badLimit"));
  return value;
}

/**
 * An id as typed: ids are lower case (the core's IdSchema), so `RWA` or `MINUSCA` can only mean `rwa` or `minusca`
 * and are read as such. Anything else is left as it is, for the lookup to say it is not found.
 */
export function normalizeId(value: string): string {
  const lower = value.toLowerCase();
  return lower !== value && IdSchema.safeParse(lower).success ? lower : value;
}

/** Whether a field holds ids (`id`, `actorId`, `missionId`…), whose values `normalizeId` reads. */
export const isIdField = (field: string): boolean => field === "id" || /Id$/.test(field);

/** `--where field=value`, `field>=value`, `field<=value` into store filters, on the filterable fields of the resource. */
export function parseWhere(lang: Lang, info: ResourceInfo, where: readonly string[]): Filter[] {
  return where.map((w) => {
    const m = /^([A-Za-z0-9.]+)(>=|<=|=)(.*)$/.exec(w);
    if (!m) throw new CliError(EXIT.usage, t(lang, "badWhere", { value: w }));
    const [, field, op, value] = m as unknown as [string, string, string, string];
    if (!info.fields.has(field)) throw new CliError(EXIT.usage, t(lang, "unknownField", { field, r: info.path, fields: [...info.fields.keys()].join(", ") }));
    const values = (op === "=" ? value.split(",") : [value]).map((v) => (isIdField(field) ? normalizeId(v) : v));
    return { field, op: op === "=" ? "eq" : op === ">=" ? "gte" : "lte", values };
  });
}

/** The format of a file: given, or from its extension. */
export function fileFormat(lang: Lang, file: string, given: string | undefined): FileFormat {
  const f = given ?? (/\.csv$/i.test(file) ? "csv" : /\.(ndjson|jsonl)$/i.test(file) ? "ndjson" : /\.json$/i.test(file) ? "json" : undefined);
  if (f !== "csv" && f !== "json" && f !== "ndjson") throw new CliError(EXIT.usage, t(lang, "badFormat", { file }));
  return f;
}

/** The text of a file; exit 2 when it cannot be read. */
export function readText(lang: Lang, file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(EXIT.usage, t(lang, "cannotRead", { file, reason: e instanceof Error ? e.message : String(e) }));
  }
}

/** `--kind`: one of the core's entity kinds. */
export function kindOf(kind: string): EntityKind {
  if (!isEntityKind(kind)) throw new CliError(EXIT.usage, `--kind: one of ${ENTITY_KINDS.join(", ")}`);
  return kind;
}
