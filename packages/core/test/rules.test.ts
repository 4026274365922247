// Every validation rule has a case that makes it fire and one that keeps it
// quiet. Each case starts from the valid fixture and changes one thing.
import { RULE_IDS, validate, validateDataset, type DatasetInput, type RuleId } from "@bluehelm/core";
import { readGed, readRecords } from "@bluehelm/core/tabular";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";

type Mutation = (d: Required<DatasetInput>) => void;
type Rec = Record<string, unknown>;
const at = <T = Rec>(list: readonly unknown[] | undefined, i: number): T => list![i] as T;

/** Rules reached outside a dataset: tested in their own blocks (file.syntax in tabular.test.ts, report.truncated in scale.test.ts). */
type Special =
  | "schema.unknown-kind"
  | "report.truncated"
  | "analytics.unknown-question"
  | "file.syntax"
  | "file.unmapped"
  | "file.row-left-out"
  | "file.layout-unknown"
  | "file.columns-ignored"
  | "file.columns-unknown"
  | "file.cell-invalid"
  | "file.release-unknown";

interface Case {
  fire: Mutation;
  /** A near miss: a change close to the firing one that must not fire. */
  quiet: Mutation;
  /** The path the firing issue must point at. */
  path?: (string | number)[];
}

const CASES: Record<Exclude<RuleId, Special>, Case> = {
  "schema.invalid-type": {
    fire: (d) => void (at(d.missions, 0).startDate = 20110709),
    quiet: (d) => void (at(d.missions, 0).startDate = "2011-07-10"),
    path: ["missions", 0, "startDate"],
  },
  "schema.invalid-value": {
    fire: (d) => void (at(d.mandates, 0).poc = "partial"),
    quiet: (d) => void (at(d.mandates, 0).poc = "core"),
    path: ["mandates", 0, "poc"],
  },
  "schema.invalid-format": {
    fire: (d) => void (at(d.mandates, 0).resolution = "S/RES/2779(2025)"),
    quiet: (d) => void (at(d.mandates, 0).resolution = "S/RES/2779 (2025)"),
    path: ["mandates", 0, "resolution"],
  },
  "schema.too-small": {
    fire: (d) => void (at(d.contributions, 0).total = -1),
    quiet: (d) => void (at(d.contributions, 0).total = 2700),
    path: ["contributions", 0, "total"],
  },
  "schema.too-big": {
    fire: (d) => void (at(d.genderTargets, 0).share = 15),
    quiet: (d) => void (at(d.genderTargets, 0).share = 1),
    path: ["genderTargets", 0, "share"],
  },
  "schema.unrecognized-keys": {
    fire: (d) => void (at(d.missions, 0).acronymn = "UNMISS"),
    quiet: (d) => void (at(d.missions, 0).acronym = "UNMISS"),
    path: ["missions", 0, "acronymn"],
  },
  "schema.invalid-union": {
    fire: (d) => void (at(d.actors, 0).kind = "country"),
    quiet: (d) => void (at(d.actors, 0).kind = "state"),
    path: ["actors", 0, "kind"],
  },
  "id.duplicate": {
    fire: (d) => void (at(d.missions, 1).id = "unmiss"),
    quiet: (d) => void (at(d.missions, 1).id = "unmiss-2"),
    path: ["missions", 1, "id"],
  },
  "reference.dangling": {
    fire: (d) => void (at(d.pledges, 0).actorId = "xyz"),
    quiet: (d) => void (at(d.pledges, 0).actorId = "nld"),
    path: ["pledges", 0, "actorId"],
  },
  "reference.wrong-kind": {
    fire: (d) => void (at(d.contributions, 0).contributorId = "au"),
    quiet: (d) => void (at(d.contributions, 0).contributorId = "nld"),
    path: ["contributions", 0, "contributorId"],
  },
  "actor.code-duplicate": {
    fire: (d) => void (at(d.actors, 1).iso3 = "RWA"),
    quiet: (d) => void (at(d.actors, 1).iso3 = "NLX"),
    path: ["actors", 1, "iso3"],
  },
  "date.end-before-start": {
    fire: (d) => void (at(d.events, 0).endDate = "2015-05-27"),
    quiet: (d) => void (at(d.events, 0).endDate = "2015-05-28"),
    path: ["events", 0, "endDate"],
  },
  "theme.cycle": {
    fire: (d) => void (at(d.themes, 0).parentId = "theme-child"),
    quiet: (d) => void (at(d.themes, 1).parentId = "theme-root"),
    path: ["themes", 0, "parentId"],
  },
  "principle.number-duplicate": {
    fire: (d) => void (at(d.principles, 1).number = 1),
    quiet: (d) => void (at(d.principles, 1).number = 3),
    path: ["principles", 1, "number"],
  },
  "principle.count-mismatch": {
    fire: (d) => void (at(d.principles, 1).number = 19),
    quiet: (d) => void (at(d.principles, 1).number = 18),
    path: ["principles", 1, "number"],
  },
  "endorsement.before-actor": {
    // South Sudan was admitted in July 2011; an endorsement dated 2010 predates it.
    fire: (d) => d.endorsements.push({ id: "end-ssd", actorId: "ssd", instrumentId: "kp", date: { precision: "year", date: "2010", qualifier: "by" }, sources: ["src-a"], confidence: "verified" }),
    quiet: (d) => d.endorsements.push({ id: "end-ssd", actorId: "ssd", instrumentId: "kp", date: { precision: "year", date: "2016", qualifier: "by" }, sources: ["src-a"], confidence: "verified" }),
    path: ["endorsements", 2, "date"],
  },
  "endorsement.after-actor": {
    // Rwanda's endorsement is dated "on 2015-05": any day of May 2015.
    fire: (d) => void (at(d.actors, 0).until = "2015-04-30"),
    quiet: (d) => void (at(d.actors, 0).until = "2015-05-15"),
    path: ["endorsements", 0, "date"],
  },
  "endorsement.before-instrument": {
    fire: (d) => void (at(d.endorsements, 0).date = { precision: "month", date: "2015-04", qualifier: "on" }),
    quiet: (d) => void (at(d.endorsements, 0).date = { precision: "day", date: "2015-05-29", qualifier: "on" }),
    path: ["endorsements", 0, "date"],
  },
  "endorsement.duplicate": {
    fire: (d) => void (at(d.endorsements, 1).actorId = "rwa"),
    quiet: (d) => void (at(d.endorsements, 1).instrumentId = "kp"),
    path: ["endorsements", 1],
  },
  "mandate.expiry-before-adoption": {
    fire: (d) => void (at(d.mandates, 0).expiresOn = "2025-05-07"),
    quiet: (d) => void (at(d.mandates, 0).expiresOn = "2025-05-08"),
    path: ["mandates", 0, "expiresOn"],
  },
  "mandate.resolution-year": {
    fire: (d) => void (at(d.mandates, 0).resolution = "S/RES/2779 (2024)"),
    quiet: (d) => void (at(d.mandates, 0).adoptedOn = "2025-01-01"),
    path: ["mandates", 0, "resolution"],
  },
  "mandate.after-mission": {
    fire: (d) => void (at(d.mandates, 0).missionId = "old-mission"),
    quiet: (d) => void (at(d.missions, 1).endDate = "2025-12-31"),
    path: ["mandates", 0, "adoptedOn"],
  },
  "mandate.poc-task-mismatch": {
    fire: (d) => void (at(d.mandates, 0).poc = "none"),
    quiet: (d) => void (at(d.mandates, 0).poc = "limited"),
    path: ["mandates", 0, "tasks"],
  },
  "contribution.women-exceed-total": {
    fire: (d) => Object.assign(at(d.contributions, 0), { women: 2701, men: undefined }),
    quiet: (d) => Object.assign(at(d.contributions, 0), { women: 2700, men: undefined }),
    path: ["contributions", 0, "women"],
  },
  "contribution.sum-mismatch": {
    fire: (d) => void (at(d.contributions, 0).men = 2398),
    quiet: (d) => void (at(d.contributions, 0).men = 2399.5),
    path: ["contributions", 0, "total"],
  },
  "contribution.outside-mission": {
    fire: (d) => Object.assign(at(d.contributions, 0), { periodStart: "2010-01-01", periodEnd: "2010-12-31" }),
    quiet: (d) => Object.assign(at(d.contributions, 0), { periodStart: "2011-01-01", periodEnd: "2011-12-31" }),
    path: ["contributions", 0],
  },
  "pledge.unit-missing": {
    fire: (d) => void delete at(d.pledges, 0).unit,
    quiet: (d) => void (at(d.pledges, 1).kind = "training"),
    path: ["pledges", 0, "unit"],
  },
  "pledge.women-exceed-personnel": {
    fire: (d) => void (at<{ unit: Rec }>(d.pledges, 0).unit.women = 61),
    quiet: (d) => void (at<{ unit: Rec }>(d.pledges, 0).unit.women = 60),
    path: ["pledges", 0, "unit", "women"],
  },
  "pledge.before-event": {
    fire: (d) => void (at(d.pledges, 0).announcedOn = "2017-11-13"),
    quiet: (d) => void (at(d.pledges, 0).announcedOn = "2017-11-14"),
    path: ["pledges", 0, "announcedOn"],
  },
  "lifecycle.illegal-transition": {
    fire: (d) => void (at(d.pledgeEvents, 2).type = "registered"),
    quiet: (d) => void (at(d.pledgeEvents, 2).type = "withdrawn"),
    path: ["pledgeEvents", 2],
  },
  "lifecycle.out-of-order": {
    fire: (d) => void (at(d.pledgeEvents, 1).date = "2018-01-09"),
    quiet: (d) => void (at(d.pledgeEvents, 1).date = "2018-01-10"),
    path: ["pledgeEvents", 1],
  },
  "lifecycle.before-announcement": {
    fire: (d) => void (at(d.pledgeEvents, 0).date = "2017-11-14"),
    quiet: (d) => void (at(d.pledgeEvents, 0).date = "2017-11-15"),
    path: ["pledgeEvents", 0],
  },
  "gender-target.duplicate": {
    fire: (d) => d.genderTargets.push({ ...at<Rec>(d.genderTargets, 0), id: "gt-2", share: 0.2 } as never),
    quiet: (d) => d.genderTargets.push({ ...at<Rec>(d.genderTargets, 0), id: "gt-2", year: 2027 } as never),
    path: ["genderTargets", 1],
  },
  "deployment-site.women-exceed": {
    fire: (d) => void (at<{ personnel: Rec }>(d.deploymentSites, 0).personnel.womenTroops = 1401),
    quiet: (d) => void (at<{ personnel: Rec }>(d.deploymentSites, 0).personnel.womenTroops = 1400),
    path: ["deploymentSites", 0, "personnel", "womenTroops"],
  },
  "conflict-event.estimates-out-of-order": {
    fire: (d) => void (at<{ deaths: Rec }>(d.conflictEvents, 0).deaths.high = 19),
    quiet: (d) => void (at<{ deaths: Rec }>(d.conflictEvents, 0).deaths.high = 20),
    path: ["conflictEvents", 0, "deaths"],
  },
  "conflict-event.deaths-sum-mismatch": {
    fire: (d) => void (at<{ deaths: Rec }>(d.conflictEvents, 0).deaths.unknown = 1),
    quiet: (d) => Object.assign(at<{ deaths: Rec }>(d.conflictEvents, 0).deaths, { unknown: 1, civilians: 19 }),
    path: ["conflictEvents", 0, "deaths", "best"],
  },
  "conduct.duplicate": {
    fire: (d) => d.conductStats.push({ ...at<Rec>(d.conductStats, 0), id: "cs-2" } as never),
    quiet: (d) => d.conductStats.push({ ...at<Rec>(d.conductStats, 0), id: "cs-2", year: 2021 } as never),
    path: ["conductStats", 1],
  },
  "assessment.total-exceeds": {
    fire: (d) => void (at(d.assessmentShares, 1).percent = 98.66),
    quiet: (d) => void (at(d.assessmentShares, 1).percent = 98.65),
    path: ["assessmentShares", 1, "percent"],
  },
  "confidence.exceeds-sources": {
    fire: (d) => Object.assign(at(d.pledges, 1), { confidence: "verified" }),
    quiet: (d) => Object.assign(at(d.pledges, 1), { confidence: "verified", sources: ["src-b", "src-a"] }),
    path: ["pledges", 1, "confidence"],
  },
  "world-total.duplicate-year": {
    fire: (d) => void Object.assign(at(d.worldTotals, 1), { year: 1991, origin: "historical-compilation", date: { precision: "year", date: "1991", qualifier: "on" } }),
    quiet: (d) => void Object.assign(at(d.worldTotals, 1), { year: 1990, origin: "historical-compilation", date: { precision: "year", date: "1990", qualifier: "on" } }),
    path: ["worldTotals", 1],
  },
  "world-total.breakdown-mismatch": {
    fire: (d) => void (at(d.worldTotals, 1).troops = 64000),
    quiet: (d) => void delete at(d.worldTotals, 1).troops,
    path: ["worldTotals", 1, "total"],
  },
  "world-total.year-mismatch": {
    fire: (d) => void (at(d.worldTotals, 1).date = { precision: "month", date: "2020-12", qualifier: "on" }),
    quiet: (d) => void (at(d.worldTotals, 1).date = { precision: "month", date: "2021-11", qualifier: "on" }),
    path: ["worldTotals", 1, "date"],
  },
  "source.unused": {
    fire: (d) => void d.sources.push({ id: "src-c", title: "Never cited", confidence: "reported" }),
    quiet: (d) => {
      d.sources.push({ id: "src-c", title: "Cited", confidence: "reported" });
      at<{ sources: string[] }>(d.missions, 0).sources.push("src-c");
    },
    path: ["sources", 2],
  },
};

// Rules that cannot be reached through a dataset of these schemas, or that
// need a call of their own; each is tested in its own block below.
// analytics.unknown-question is tested in questions.test.ts; file.unmapped and file.row-left-out are raised by importers of other layouts (the CLI's profiles): tested there.
// The file rules of the GED reader are tested in the block below (and in ged.test.ts).
const SPECIAL = new Set<RuleId>([
  "schema.unknown-kind",
  "report.truncated",
  "analytics.unknown-question",
  "file.syntax",
  "file.unmapped",
  "file.row-left-out",
  "file.layout-unknown",
  "file.columns-ignored",
  "file.columns-unknown",
  "file.cell-invalid",
  "file.release-unknown",
]);

function run(mutation: Mutation) {
  const d = fixture() as Required<DatasetInput>;
  mutation(d);
  return validateDataset(d);
}

describe("the fixture", () => {
  it("is valid under every rule and reports no issue at all", () => {
    expect(validateDataset(fixture()).issues).toEqual([]);
  });
});

describe.each(RULE_IDS.filter((id) => !SPECIAL.has(id)))("rule %s", (id) => {
  const c = CASES[id as Exclude<RuleId, Special>];
  it("fires, at the right path, with messages in English and French", () => {
    const report = run(c.fire);
    const hits = report.issues.filter((i) => i.rule === id);
    expect(hits.length).toBeGreaterThan(0);
    if (c.path) expect(hits.map((h) => h.path)).toContainEqual(c.path);
    for (const h of hits) {
      expect(h.message.en.length).toBeGreaterThan(10);
      expect(h.message.fr.length).toBeGreaterThan(10);
      expect(h.message.fr).not.toEqual(h.message.en);
    }
    if (hits.some((h) => h.severity === "error")) expect(report.valid).toBe(false);
  });
  it("keeps quiet on a near miss", () => {
    expect(run(c.quiet).issues.filter((i) => i.rule === id)).toEqual([]);
  });
});

describe("file.columns-unknown (readRecords)", () => {
  const header = "id,pledgeId,type,date,sources,confidence";
  const row = (i: number) => `e${i},p1,deployed,2019-01-0${(i % 9) + 1},src,reported`;
  it("fires once for a header with columns that are not fields of the kind, names them and the expected ones, and reads no row", () => {
    const text = [header.replace("pledgeId", "pledge_id").replace("date", "when"), ...Array.from({ length: 120 }, (_, i) => row(i))].join("\n");
    const { records, issues } = readRecords("pledge-event", text, { format: "csv" });
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.rule, i.severity, i.row])).toEqual([["file.columns-unknown", "error", 1]]);
    expect(issues[0]!.message.en).toContain('"pledge_id", "when"');
    expect(issues[0]!.message.en).toContain("pledgeId");
    expect(issues[0]!.message.fr).toContain('"pledge_id", "when"');
  });
  it("keeps quiet for the kind's own columns", () => {
    const { records, issues } = readRecords("pledge-event", `${header}\n${row(1)}\n`, { format: "csv" });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(1);
  });
});

describe("rules reached outside a dataset", () => {
  it("every rule id has a case", () => {
    expect([...Object.keys(CASES), ...SPECIAL].sort()).toEqual([...RULE_IDS].sort());
  });
  it("schema.unknown-kind fires for a kind that does not exist and names the kinds", () => {
    const report = validate("missions", {});
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.rule)).toEqual(["schema.unknown-kind"]);
    expect(report.issues[0]!.message.en).toContain("mission,");
  });
  it("schema.unknown-kind keeps quiet for a real kind", () => {
    const report = validate("mission", fixture().missions![0]);
    expect(report).toEqual({ valid: true, issues: [] });
  });
});

describe("file rules of the GED reader", () => {
  const HEADER = "id,year,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low";
  const ROW = "455412,2022,3,RSF,Civilians,2,14.155,36.479,Sudan,625,2,2022-01-01,2022-01-05,0,0,1,0,1,1,1";
  const read = (text: string, release: string | undefined = "24.1") => readGed(text, { sources: ["src-a"], ...(release ? { release } : {}) }).report.issues;
  const rules = (text: string, release?: string) => read(text, release).map((i) => i.rule);
  const bilingual = (issues: readonly { message: { en: string; fr: string } }[]) => {
    for (const i of issues) {
      expect(i.message.en.length).toBeGreaterThan(10);
      expect(i.message.fr).not.toEqual(i.message.en);
    }
  };

  it("file.layout-unknown fires once for a header that is not GED, and keeps quiet for a GED header", () => {
    const issues = read(`mission,year,total\nMINUSCA,2015,10\nMINUSCA,2016,12\n`);
    expect(issues.map((i) => [i.rule, i.row])).toEqual([["file.layout-unknown", 1]]);
    bilingual(issues);
    expect(rules(`${HEADER}\n${ROW}\n`)).not.toContain("file.layout-unknown");
  });
  it("file.columns-ignored warns of an extra column, and keeps quiet without one", () => {
    const issues = read(`${HEADER},remark\n${ROW},checked\n`);
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([["file.columns-ignored", "warning"]]);
    bilingual(issues);
    expect(rules(`${HEADER}\n${ROW}\n`)).toEqual([]);
  });
  it("file.cell-invalid fires for an unknown type of violence, and keeps quiet for 3", () => {
    const issues = read(`${HEADER}\n${ROW.replace(",2022,3,", ",2022,4,")}\n`);
    expect(issues.map((i) => [i.rule, i.row, i.column])).toEqual([["file.cell-invalid", 2, "type_of_violence"]]);
    bilingual(issues);
    expect(rules(`${HEADER}\n${ROW}\n`)).toEqual([]);
  });
  it("file.release-unknown fires when neither the options nor the file name give the release", () => {
    const issues = read(`${HEADER}\n${ROW}\n`, "");
    expect(issues.map((i) => i.rule)).toEqual(["file.release-unknown"]);
    bilingual(issues);
    expect(readGed(`${HEADER}\n${ROW}\n`, { sources: ["src-a"], fileName: "ged241.csv" }).report.issues).toEqual([]);
  });
});
