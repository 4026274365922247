// The validation of a dataset large enough to produce hundreds of thousands of
// issues: they are gathered one by one, never spread into a single call.
import { validate, validateDataset } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";

// Hundreds of thousands of records take seconds to parse on a busy machine; the limit is for a hung run, not a speed target.
const LONG = 120_000;

describe("validateDataset at scale", () => {
  it("reports every issue of a dataset with more than 200,000 of them", () => {
    const d = fixture();
    const copies = 210_000;
    const theme = d.themes![0]!;
    // The first theme once, then `copies` records with its id: each copy is one duplicate, and nothing else.
    const themes = [theme, ...d.themes!.slice(1)];
    for (let i = 0; i < copies; i++) themes.push({ ...theme });
    d.themes = themes;

    const report = validateDataset(d);

    expect(report.valid).toBe(false);
    expect(report.issues.length).toBe(copies);
    const first = d.themes.length - copies;
    expect(report.issues.every((issue, n) => issue.rule === "id.duplicate" && issue.path.join(".") === `themes.${first + n}.id`)).toBe(true);
  }, LONG);

  it("reports the schema issues of more than 200,000 records, one each", () => {
    const d = fixture();
    const copies = 205_000;
    // A confidence outside the codelist is one issue per record, at its confidence.
    const bad = { ...d.sources![1]!, confidence: "certain" };
    const sources = [...d.sources!];
    for (let i = 0; i < copies; i++) sources.push({ ...bad, id: `src-extra-${i}` } as never);
    d.sources = sources;

    const report = validateDataset(d);

    const schema = report.issues.filter((i) => i.path[0] === "sources" && i.path[2] === "confidence");
    expect(schema.length).toBe(copies);
    expect(report.issues.length).toBe(copies);
  }, LONG);

  it("stops at maxIssues and says so with one report.truncated issue, in English and French", () => {
    const records = Array.from({ length: 5000 }, () => ({}));
    const full = validateDataset({ pledges: records });
    const bounded = validateDataset({ pledges: records }, { maxIssues: 100 });

    expect(full.issues.length).toBeGreaterThan(5000);
    expect(bounded.valid).toBe(false);
    expect(bounded.issues).toHaveLength(101);
    expect(bounded.issues.slice(0, 100)).toEqual(full.issues.slice(0, 100));
    const last = bounded.issues[100]!;
    expect([last.rule, last.severity, last.path]).toEqual(["report.truncated", "error", []]);
    expect(last.message.en).toContain("100 issues");
    expect(last.message.fr).toContain("100 problèmes");
  });

  it("caps a single record's issues too, and leaves a report under the limit as it is", () => {
    const record = { id: "Bad Id", themeIds: Array.from({ length: 300 }, () => 1) };
    expect(validate("pledge", record, { maxIssues: 10 }).issues.map((i) => i.rule).at(-1)).toBe("report.truncated");
    expect(validate("pledge", record, { maxIssues: 10 }).issues).toHaveLength(11);
    const few = validate("pledge", { id: "Bad Id" });
    expect(validate("pledge", { id: "Bad Id" }, { maxIssues: 1000 })).toEqual(few);
  });
});
