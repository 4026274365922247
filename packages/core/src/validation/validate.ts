import type * as z from "zod";
import { formatPartialDate, happenedBy, partialDateRange } from "../dates.js";
import { pledgeStatus } from "../lifecycle.js";
import type { Actor } from "../schemas/actor.js";
import { mandateAdoption } from "../mandate-dates.js";
import { DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS, KIND_OF, type Dataset, type EntityKind } from "../schemas/dataset.js";
import { makeIssue, makeReport, type ValidationIssue, type ValidationReport } from "./issues.js";
import { fromZodIssues, parseWith } from "./schema-issues.js";

/**
 * Whether a string names an entity kind.
 *
 * @example
 * ```ts
 * import { isEntityKind } from "@bluehelm/core";
 *
 * console.log(isEntityKind("pledge-event")); // true
 * console.log(isEntityKind("pledgeEvent")); // false
 * ```
 */
export function isEntityKind(kind: string): kind is EntityKind {
  return Object.prototype.hasOwnProperty.call(ENTITY_SCHEMAS, kind);
}

/**
 * Validates one record of an entity kind against its schema. Never throws:
 * an unknown kind is itself reported.
 *
 * @example
 * ```ts
 * import { validate } from "@bluehelm/core";
 *
 * const report = validate("pledge", { id: "example", kind: "unit" });
 * if (!report.valid) for (const issue of report.issues) console.log(issue.rule, issue.path.join("."), issue.message.en);
 * ```
 */
export function validate(kind: EntityKind | (string & {}), input: unknown, options: ValidateOptions = {}): ValidationReport {
  if (!isEntityKind(kind)) {
    return makeReport([makeIssue("schema.unknown-kind", [], { kind, kinds: ENTITY_KINDS.join(", ") })]);
  }
  const result = parseWith(ENTITY_SCHEMAS[kind] as z.ZodType, input);
  return makeReport(capped(result.success ? [] : result.issues, options.maxIssues));
}

/**
 * Options of {@link validate} and {@link validateDataset}.
 *
 * @example
 * ```ts
 * import { validateDataset, type ValidateOptions } from "@bluehelm/core";
 *
 * const options: ValidateOptions = { maxIssues: 1000 };
 * const report = validateDataset({ pledges: [{}, {}] }, options);
 * console.log(report.issues.length <= 1001);
 * ```
 */
export interface ValidateOptions {
  /**
   * The most issues to report. Past it, validation stops and the report ends with one `report.truncated`
   * issue (an error: the input was not checked to the end), so a report's size is bounded whatever the
   * input. Default: no limit.
   */
  readonly maxIssues?: number;
}

/** The first `max` issues and a `report.truncated` issue, when there are more than `max`. */
function capped(issues: readonly ValidationIssue[], max: number | undefined): readonly ValidationIssue[] {
  if (max === undefined || issues.length <= max) return issues;
  return [...issues.slice(0, Math.max(0, max)), makeIssue("report.truncated", [], { max })];
}

type Path = (string | number)[];

/**
 * Appends issues one by one: a dataset can produce hundreds of thousands, more than
 * the arguments a single `push(...issues)` call can take.
 */
function append(target: ValidationIssue[], more: readonly ValidationIssue[]): void {
  for (const issue of more) target.push(issue);
}
type Indexed<T> = { readonly record: T; readonly index: number };

/**
 * Validates a whole dataset: every record against its schema, then the rules
 * that span records (references, dates, duplicates, the pledge lifecycle…).
 * Records that fail their schema are left out of the cross-record rules, so a
 * single bad record yields its own issues and no cascade.
 *
 * @example
 * ```ts
 * import { validateDataset } from "@bluehelm/core";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const report = validateDataset(loadDataset());
 * console.log(report.valid);
 *
 * // At most 1,000 issues, whatever the input (then a last `report.truncated` issue).
 * const bounded = validateDataset({ pledges: Array.from({ length: 5000 }, () => ({})) }, { maxIssues: 1000 });
 * console.log(bounded.issues.length); // 1001
 * ```
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationReport {
  const max = options.maxIssues;
  const issues: ValidationIssue[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const parsed = DatasetSchema.safeParse(input);
    return makeReport(capped(parsed.success ? [] : fromZodIssues(parsed.error.issues), max));
  }
  const raw = input as Record<string, unknown>;
  const shape = DatasetSchema.shape;
  const collections = Object.keys(shape) as (keyof Dataset)[];
  for (const key of Object.keys(raw)) {
    if (!collections.includes(key as keyof Dataset)) {
      issues.push(
        makeIssue("schema.unrecognized-keys", [key], {
          en: `Unknown collection "${key}": the collections are ${collections.join(", ")}.`,
          fr: `Collection inconnue « ${key} » : les collections sont ${collections.join(", ")}.`,
        }),
      );
    }
  }
  const valid = {} as { [K in keyof Dataset]: Indexed<Dataset[K][number]>[] };
  for (const collection of collections) {
    const value = raw[collection];
    const list: Indexed<unknown>[] = [];
    (valid as Record<string, Indexed<unknown>[]>)[collection] = list;
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      const parsed = shape[collection].safeParse(value);
      if (!parsed.success) append(issues, fromZodIssues(parsed.error.issues, [collection]));
      continue;
    }
    const schema = ENTITY_SCHEMAS[KIND_OF[collection]] as z.ZodType;
    for (let index = 0; index < value.length; index++) {
      // Past the limit, the rest is not checked: the report says so, and its size stays bounded.
      if (max !== undefined && issues.length > max) return makeReport(capped(issues, max));
      const parsed = parseWith(schema, value[index], [collection, index]);
      if (parsed.success) list.push({ record: parsed.data, index });
      else append(issues, parsed.issues);
    }
  }
  if (max !== undefined && issues.length > max) return makeReport(capped(issues, max));
  append(issues, crossRecordIssues(valid));
  return makeReport(capped(issues, max));
}

type ValidCollections = { [K in keyof Dataset]: Indexed<Dataset[K][number]>[] };

function crossRecordIssues(d: ValidCollections): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (rule: Parameters<typeof makeIssue>[0], path: Path, params: Parameters<typeof makeIssue>[2] = {}) =>
    issues.push(makeIssue(rule, path, params));

  // Ids: unique within each collection.
  const byId = {} as { [K in keyof Dataset]: Map<string, Dataset[K][number]> };
  for (const collection of Object.keys(d) as (keyof Dataset)[]) {
    const seen = new Map<string, number>();
    const map = new Map<string, unknown>();
    for (const { record, index } of d[collection] as Indexed<{ id: string }>[]) {
      const first = seen.get(record.id);
      if (first !== undefined) {
        push("id.duplicate", [collection, index, "id"], { id: record.id, first: `${collection}[${first}]` });
        continue;
      }
      seen.set(record.id, index);
      map.set(record.id, record);
    }
    (byId as Record<string, Map<string, unknown>>)[collection] = map;
  }

  const ref = (collection: keyof Dataset, target: string, id: string | undefined, path: Path): boolean => {
    if (id === undefined) return false;
    if (byId[collection].has(id)) return true;
    push("reference.dangling", path, { id, target, collection });
    return false;
  };
  const refs = (collection: keyof Dataset, target: string, ids: readonly string[] | undefined, path: Path) =>
    ids?.forEach((id, i) => ref(collection, target, id, [...path, i]));
  const endBeforeStart = (path: Path, startField: string, start: string | number | undefined, endField: string, end: string | number | undefined) => {
    if (start !== undefined && end !== undefined && end < start) {
      push("date.end-before-start", [...path, endField], { startField, start, endField, end });
    }
  };
  const sourcesOf = (path: Path, record: { sources: readonly string[]; confidence: string }) => {
    refs("sources", "source", record.sources, [...path, "sources"]);
    if (record.confidence === "verified" && record.sources.length > 0) {
      const known = record.sources.map((id) => byId.sources.get(id)).filter((s) => s !== undefined);
      if (known.length === record.sources.length && known.every((s) => s.confidence === "unverified")) {
        push("confidence.exceeds-sources", [...path, "confidence"], { sources: record.sources.join(", ") });
      }
    }
  };
  const cited = new Set<string>();
  for (const collection of Object.keys(d) as (keyof Dataset)[]) {
    if (collection === "sources") continue;
    for (const { record, index } of d[collection] as Indexed<{ sources: string[]; confidence: string }>[]) {
      record.sources.forEach((s) => cited.add(s));
      sourcesOf([collection, index], record);
    }
  }
  for (const { record, index } of d.sources) {
    if (!cited.has(record.id)) push("source.unused", ["sources", index], { id: record.id });
  }

  // Actors.
  const codeOwners = new Map<string, string>();
  for (const { record, index } of d.actors) {
    endBeforeStart(["actors", index], "since", record.since, "until", record.until);
    if (record.kind === "organization") {
      refs("actors", "actor", record.memberIds, ["actors", index, "memberIds"]);
      continue;
    }
    for (const [code, value] of [["iso2", record.iso2], ["iso3", record.iso3], ["m49", record.m49]] as const) {
      const key = `${code}:${value}`;
      const other = codeOwners.get(key);
      if (other !== undefined && other !== record.id) {
        push("actor.code-duplicate", ["actors", index, code], { code, value, other });
      } else codeOwners.set(key, record.id);
    }
  }
  const expectState = (id: string | undefined, path: Path, field: string) => {
    if (id === undefined) return;
    const actor: Actor | undefined = byId.actors.get(id);
    if (actor === undefined) {
      push("reference.dangling", path, { id, target: "actor", collection: "actors" });
    } else if (actor.kind === "organization") {
      push("reference.wrong-kind", path, { id, actual: "organization", field, expected: "a State (state or observer)" });
    }
  };
  for (const { record, index } of d.actorRoles) {
    ref("actors", "actor", record.actorId, ["actorRoles", index, "actorId"]);
    ref("missions", "mission", record.missionId, ["actorRoles", index, "missionId"]);
    endBeforeStart(["actorRoles", index], "from", record.from, "to", record.to);
  }
  const shareSums = new Map<string, number>();
  for (const { record, index } of d.assessmentShares) {
    ref("actors", "actor", record.actorId, ["assessmentShares", index, "actorId"]);
    endBeforeStart(["assessmentShares", index], "fromYear", record.fromYear, "toYear", record.toYear);
    const key = `${record.scale}:${record.fromYear}-${record.toYear}`;
    const before = shareSums.get(key) ?? 0;
    const sum = before + record.percent;
    shareSums.set(key, sum);
    if (before <= 100 + 1e-9 && sum > 100 + 1e-9) {
      push("assessment.total-exceeds", ["assessmentShares", index, "percent"], {
        scale: record.scale,
        period: `${record.fromYear}–${record.toYear}`,
        sum: Math.round(sum * 1000) / 1000,
      });
    }
  }

  // Themes: references and cycles.
  for (const { record, index } of d.themes) {
    ref("themes", "theme", record.parentId, ["themes", index, "parentId"]);
    ref("events", "event", record.eventId, ["themes", index, "eventId"]);
    const chain = [record.id];
    let parent = record.parentId;
    while (parent !== undefined) {
      chain.push(parent);
      if (parent === record.id) {
        push("theme.cycle", ["themes", index, "parentId"], { id: record.id, chain: chain.join(" → ") });
        break;
      }
      if (chain.length > byId.themes.size + 1) break;
      parent = byId.themes.get(parent)?.parentId;
    }
  }

  // Events and instruments.
  for (const { record, index } of d.events) {
    const p: Path = ["events", index];
    endBeforeStart(p, "startDate", record.startDate, "endDate", record.endDate);
    ref("actors", "actor", record.countryId, [...p, "countryId"]);
    refs("actors", "actor", record.hostIds, [...p, "hostIds"]);
    refs("actors", "actor", record.coChairIds, [...p, "coChairIds"]);
    refs("themes", "theme", record.themeIds, [...p, "themeIds"]);
    refs("instruments", "instrument", record.instrumentIds, [...p, "instrumentIds"]);
  }
  for (const { record, index } of d.instruments) {
    ref("events", "event", record.eventId, ["instruments", index, "eventId"]);
    refs("actors", "actor", record.initiatorIds, ["instruments", index, "initiatorIds"]);
  }
  const numbers = new Map<string, string>();
  for (const { record, index } of d.principles) {
    const p: Path = ["principles", index];
    refs("themes", "theme", record.themeIds, [...p, "themeIds"]);
    if (!ref("instruments", "instrument", record.instrumentId, [...p, "instrumentId"])) continue;
    const key = `${record.instrumentId}#${record.number}`;
    const other = numbers.get(key);
    if (other !== undefined) {
      push("principle.number-duplicate", [...p, "number"], { number: record.number, instrument: record.instrumentId, other });
    } else numbers.set(key, record.id);
    const declared = byId.instruments.get(record.instrumentId)?.principleCount;
    if (declared !== undefined && record.number > declared) {
      push("principle.count-mismatch", [...p, "number"], { instrument: record.instrumentId, declared, number: record.number });
    }
  }

  // Endorsements.
  const endorsed = new Map<string, string>();
  for (const { record, index } of d.endorsements) {
    const p: Path = ["endorsements", index];
    ref("events", "event", record.eventId, [...p, "eventId"]);
    const hasActor = ref("actors", "actor", record.actorId, [...p, "actorId"]);
    const hasInstrument = ref("instruments", "instrument", record.instrumentId, [...p, "instrumentId"]);
    const { earliest, latest } = partialDateRange(record.date);
    const shown = `${record.date.qualifier} ${record.date.date}`;
    if (hasActor) {
      const actor = byId.actors.get(record.actorId);
      if (actor?.since !== undefined && latest < actor.since) {
        push("endorsement.before-actor", [...p, "date"], { actor: record.actorId, since: actor.since, date: shown });
      }
      if (actor?.until !== undefined && earliest !== undefined && earliest > actor.until) {
        push("endorsement.after-actor", [...p, "date"], { actor: record.actorId, until: actor.until, date: shown });
      }
    }
    if (hasInstrument) {
      const adopted = byId.instruments.get(record.instrumentId)?.adoptedOn;
      if (adopted !== undefined && !happenedBy({ precision: "day", date: adopted, qualifier: "on" }, latest)) {
        push("endorsement.before-instrument", [...p, "date"], { instrument: record.instrumentId, adopted, date: shown });
      }
    }
    const key = `${record.actorId}→${record.instrumentId}`;
    const other = endorsed.get(key);
    if (other !== undefined) {
      push("endorsement.duplicate", p, { actor: record.actorId, instrument: record.instrumentId, other });
    } else endorsed.set(key, record.id);
  }

  // Missions and mandates.
  for (const { record, index } of d.missions) {
    const p: Path = ["missions", index];
    endBeforeStart(p, "startDate", record.startDate, "endDate", record.endDate);
    record.hostIds.forEach((id, i) => expectState(id, [...p, "hostIds", i], "hostIds"));
    ref("missions", "mission", record.predecessorId, [...p, "predecessorId"]);
  }
  for (const { record, index } of d.mandates) {
    const p: Path = ["mandates", index];
    // A partial adoption date (month or year) is judged by the days it can stand for: an issue is
    // raised only when every one of them breaks the rule.
    const adoption = mandateAdoption(record);
    const range = partialDateRange(adoption);
    const adoptedField = record.adoptedOn !== undefined ? "adoptedOn" : "adoptedIn";
    const adopted = record.adoptedOn ?? formatPartialDate(adoption);
    if (record.expiresOn !== undefined && range.earliest !== undefined && record.expiresOn < range.earliest) {
      push("mandate.expiry-before-adoption", [...p, "expiresOn"], { expires: record.expiresOn, adopted });
    }
    const year = record.resolution?.match(/\((\d{4})\)$/)?.[1];
    if (year !== undefined && year !== adoption.date.slice(0, 4)) {
      push("mandate.resolution-year", [...p, "resolution"], { resolution: record.resolution, year, adopted });
    }
    if (ref("missions", "mission", record.missionId, [...p, "missionId"])) {
      const mission = byId.missions.get(record.missionId);
      if (mission?.endDate !== undefined && range.earliest !== undefined && range.earliest > mission.endDate) {
        push("mandate.after-mission", [...p, adoptedField], { mission: record.missionId, end: mission.endDate, adopted });
      }
    }
    if (record.tasks.length > 0) {
      const has = record.tasks.includes("protection-of-civilians");
      if (has !== (record.poc !== "none")) {
        push("mandate.poc-task-mismatch", [...p, "tasks"], { poc: record.poc, has: has ? "include" : "do not include" });
      }
    }
  }

  // Contributions.
  for (const { record, index } of d.contributions) {
    const p: Path = ["contributions", index];
    expectState(record.contributorId, [...p, "contributorId"], "contributorId");
    endBeforeStart(p, "periodStart", record.periodStart, "periodEnd", record.periodEnd);
    if (record.women !== undefined && record.women > record.total) {
      push("contribution.women-exceed-total", [...p, "women"], { women: record.women, total: record.total });
    }
    if (record.women !== undefined && record.men !== undefined) {
      const sum = record.women + record.men;
      if (Math.abs(sum - record.total) > 1) {
        push("contribution.sum-mismatch", [...p, "total"], { women: record.women, men: record.men, sum, total: record.total });
      }
    }
    if (ref("missions", "mission", record.missionId, [...p, "missionId"]) && record.missionId !== undefined) {
      const m = byId.missions.get(record.missionId);
      const before = m?.startDate !== undefined && record.periodEnd < m.startDate;
      const after = m?.endDate !== undefined && record.periodStart > m.endDate;
      if (m !== undefined && (before || after)) {
        push("contribution.outside-mission", p, {
          mission: m.id,
          start: m.startDate ?? "?",
          end: m.endDate ?? "today",
          periodStart: record.periodStart,
          periodEnd: record.periodEnd,
        });
      }
    }
  }

  // Pledges and their histories.
  const eventsByPledge = new Map<string, Indexed<Dataset["pledgeEvents"][number]>[]>();
  for (const entry of d.pledgeEvents) {
    const { record, index } = entry;
    ref("missions", "mission", record.missionId, ["pledgeEvents", index, "missionId"]);
    if (!ref("pledges", "pledge", record.pledgeId, ["pledgeEvents", index, "pledgeId"])) continue;
    const list = eventsByPledge.get(record.pledgeId) ?? [];
    list.push(entry);
    eventsByPledge.set(record.pledgeId, list);
  }
  for (const { record, index } of d.pledges) {
    const p: Path = ["pledges", index];
    ref("actors", "actor", record.actorId, [...p, "actorId"]);
    refs("themes", "theme", record.themeIds, [...p, "themeIds"]);
    refs("actors", "actor", record.partnerIds, [...p, "partnerIds"]);
    ref("missions", "mission", record.missionId, [...p, "missionId"]);
    if (ref("events", "event", record.eventId, [...p, "eventId"]) && record.eventId !== undefined) {
      const event = byId.events.get(record.eventId);
      if (event !== undefined && record.announcedOn < event.startDate) {
        push("pledge.before-event", [...p, "announcedOn"], { announced: record.announcedOn, event: event.id, start: event.startDate });
      }
    }
    if (record.kind === "unit" && record.unit === undefined) push("pledge.unit-missing", [...p, "unit"]);
    if (record.unit?.women !== undefined && record.unit.personnel !== undefined && record.unit.women > record.unit.personnel) {
      push("pledge.women-exceed-personnel", [...p, "unit", "women"], { women: record.unit.women, personnel: record.unit.personnel });
    }
    if (byId.pledges.get(record.id) !== record) continue;
    const history = eventsByPledge.get(record.id) ?? [];
    const folded = pledgeStatus(
      record,
      history.map((h) => h.record),
      { asOf: "9999-12-31", path: ["pledgeEvents"], indices: history.map((h) => h.index) },
    );
    append(issues, folded.issues);
  }

  // Capability requirements, gender targets, conduct.
  for (const { record, index } of d.capabilityRequirements) {
    ref("missions", "mission", record.missionId, ["capabilityRequirements", index, "missionId"]);
    endBeforeStart(["capabilityRequirements", index], "publishedOn", record.publishedOn, "neededBy", record.neededBy);
  }
  const targets = new Map<string, string>();
  for (const { record, index } of d.genderTargets) {
    const key = `${record.strategy}|${record.category}|${record.year}`;
    const other = targets.get(key);
    if (other !== undefined) {
      push("gender-target.duplicate", ["genderTargets", index], { other, year: record.year, category: record.category, strategy: record.strategy });
    } else targets.set(key, record.id);
  }
  const conduct = new Map<string, string>();
  for (const { record, index } of d.conductStats) {
    ref("missions", "mission", record.missionId, ["conductStats", index, "missionId"]);
    const key = `${record.missionId}|${record.year}|${record.category}`;
    const other = conduct.get(key);
    if (other !== undefined) {
      push("conduct.duplicate", ["conductStats", index], { other, category: record.category, mission: record.missionId, year: record.year });
    } else conduct.set(key, record.id);
  }

  // The ground: deployment sites, conflict events, peacekeeper fatalities.
  for (const { record, index } of d.deploymentSites) {
    const p: Path = ["deploymentSites", index];
    ref("missions", "mission", record.missionId, [...p, "missionId"]);
    ref("actors", "actor", record.hostId, [...p, "hostId"]);
    record.contributors.forEach((c, i) => ref("actors", "actor", c.actorId, [...p, "contributors", i, "actorId"]));
    endBeforeStart(p, "periodStart", record.periodStart, "periodEnd", record.periodEnd);
    const { personnel } = record;
    for (const [women, of] of [["womenTroops", "troops"], ["womenPolice", "police"], ["womenMilitaryObservers", "militaryObservers"]] as const) {
      const w = personnel[women];
      const total = personnel[of];
      if (w !== undefined && total !== undefined && w > total + 1e-9) push("deployment-site.women-exceed", [...p, "personnel", women], { women: w, total, category: of });
    }
  }
  for (const { record, index } of d.conflictEvents) {
    const p: Path = ["conflictEvents", index];
    ref("actors", "actor", record.hostId, [...p, "hostId"]);
    endBeforeStart(p, "dateStart", record.dateStart, "dateEnd", record.dateEnd);
    const { low, best, high, sideA, sideB, civilians, unknown } = record.deaths;
    if (!(low <= best && best <= high)) push("conflict-event.estimates-out-of-order", [...p, "deaths"], { low, best, high });
    const sum = sideA + sideB + civilians + unknown;
    if (sum !== best) push("conflict-event.deaths-sum-mismatch", [...p, "deaths", "best"], { sum, best });
  }
  for (const { record, index } of d.peacekeeperFatalities) {
    const p: Path = ["peacekeeperFatalities", index];
    ref("missions", "mission", record.missionId, [...p, "missionId"]);
    ref("actors", "actor", record.nationalityId, [...p, "nationalityId"]);
  }

  // Reported figures: the record each is about.
  const SUBJECT_COLLECTION = { instrument: "instruments", event: "events", actor: "actors", mission: "missions", theme: "themes" } as const;
  for (const { record, index } of d.reportedFigures) {
    ref(SUBJECT_COLLECTION[record.subjectKind], record.subjectKind, record.subjectId, ["reportedFigures", index, "subjectId"]);
  }

  // World totals: one per year and origin, the reporting date in the year, the breakdown against the total.
  const totalYears = new Map<string, string>();
  for (const { record, index } of d.worldTotals) {
    const p: Path = ["worldTotals", index];
    const key = `${record.year}|${record.origin}`;
    const other = totalYears.get(key);
    if (other !== undefined) push("world-total.duplicate-year", p, { year: record.year, origin: record.origin, other });
    else totalYears.set(key, record.id);
    if (record.date.date.slice(0, 4) !== String(record.year)) push("world-total.year-mismatch", [...p, "date"], { date: record.date.date, year: record.year });
    const { troops, police, militaryObservers } = record;
    if (troops !== undefined && police !== undefined && militaryObservers !== undefined) {
      const sum = troops + police + militaryObservers;
      if (sum !== record.total) push("world-total.breakdown-mismatch", [...p, "total"], { sum, total: record.total });
    }
  }
  return issues;
}
