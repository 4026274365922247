/**
 * The editor forms: text fields in, a record for the core schema out, and the
 * issues of a validation report (the core's, or the server's) placed beside
 * the field they are about, in the current language.
 */
import type { ValidationReport } from "@bluehelm/core";
import { translate, type Lang } from "./i18n.js";

export const PLEDGE_FIELDS = ["id", "actorId", "announcedOn", "kind", "titleEn", "titleFr", "unitType", "quantity", "eventId", "missionId", "sources", "confidence", "note"] as const;
export type PledgeField = (typeof PLEDGE_FIELDS)[number];
export type PledgeForm = Readonly<Record<PledgeField, string>>;

export const EVENT_FIELDS = ["id", "pledgeId", "type", "date", "missionId", "sources", "confidence", "note"] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventForm = Readonly<Record<EventField, string>>;

/** Where issues that are about no field of the form go. */
export const FORM = "_form";

export const emptyPledgeForm = (): PledgeForm => Object.fromEntries(PLEDGE_FIELDS.map((f) => [f, f === "confidence" ? "reported" : f === "quantity" ? "1" : ""])) as PledgeForm;
export const emptyEventForm = (): EventForm => Object.fromEntries(EVENT_FIELDS.map((f) => [f, f === "confidence" ? "reported" : ""])) as EventForm;

const splitIds = (text: string): string[] =>
  text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Puts a trimmed field into a record unless it is empty (so that the schema reports it missing when required). */
function put(target: Record<string, unknown>, key: string, value: string): void {
  const v = value.trim();
  if (v !== "") target[key] = v;
}

/** The pledge a form describes, as the API takes it. */
export function pledgeFromForm(form: PledgeForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  put(out, "id", form.id);
  put(out, "actorId", form.actorId);
  put(out, "eventId", form.eventId);
  put(out, "announcedOn", form.announcedOn);
  put(out, "kind", form.kind);
  const title: Record<string, unknown> = {};
  put(title, "en", form.titleEn);
  put(title, "fr", form.titleFr);
  out.title = title;
  out.themeIds = [];
  // The unit or capability offered: only for a unit pledge (the schema then requires its type; the quantity is a whole number).
  if (form.kind === "unit") {
    const unit: Record<string, unknown> = {};
    put(unit, "unitType", form.unitType);
    const quantity = form.quantity.trim();
    if (quantity !== "") unit.quantity = /^\d+$/.test(quantity) ? Number(quantity) : quantity;
    out.unit = unit;
  }
  put(out, "missionId", form.missionId);
  out.partnerIds = [];
  out.sources = splitIds(form.sources);
  put(out, "confidence", form.confidence);
  put(out, "note", form.note);
  return out;
}

/** The pledge event a form describes, as the API takes it. */
export function eventFromForm(form: EventForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  put(out, "id", form.id);
  put(out, "pledgeId", form.pledgeId);
  put(out, "type", form.type);
  put(out, "date", form.date);
  put(out, "missionId", form.missionId);
  out.sources = splitIds(form.sources);
  put(out, "confidence", form.confidence);
  put(out, "note", form.note);
  return out;
}

/** The form field an issue path points at (`["title", "en"]` → `titleEn`, `["sources", 0]` → `sources`). */
export function fieldOfPath(path: readonly (string | number)[], fields: readonly string[]): string {
  const [head, next] = path;
  if (head === "title" && (next === "en" || next === "fr")) {
    const name = next === "en" ? "titleEn" : "titleFr";
    return fields.includes(name) ? name : FORM;
  }
  if (head === "title") return fields.includes("titleEn") ? "titleEn" : FORM;
  if (head === "unit") {
    const name = next === "quantity" ? "quantity" : "unitType";
    return fields.includes(name) ? name : FORM;
  }
  return typeof head === "string" && fields.includes(head) ? head : FORM;
}

/** The schema rules that, for a field left empty, mean only that it is required. */
const MISSING = new Set(["schema.invalid-type", "schema.invalid-value", "schema.too-small"]);

/**
 * The messages of a report by field, in a language; issues of no field under
 * {@link FORM}. A field left empty that the schema requires is said to be
 * required, in the language, rather than described by the schema's type;
 * every other issue is the report's own message.
 */
export function issuesByField(report: ValidationReport, fields: readonly string[], lang: Lang, form?: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of report.issues) {
    const field = fieldOfPath(issue.path, fields);
    const empty = form !== undefined && field !== FORM && (form[field] ?? "").trim() === "";
    const message = empty && MISSING.has(issue.rule) ? translate(lang, "editor.required") : issue.message[lang];
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
