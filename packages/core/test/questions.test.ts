import { DatasetSchema } from "@bluehelm/core";
import { QUESTIONS, askQuestion, askQuestionFrom, contributionInputsOf, createIndex, endorsementCoverage, pledgesPage, pledgeSummary, type Coverage, type PledgesPage, type PocCoverage, type QuestionName, type QuestionValue } from "@bluehelm/core/analytics";
import { describe, expect, expectTypeOf, it } from "vitest";
import { analyticsInput } from "./analytics-fixture.js";

const index = createIndex(DatasetSchema.parse(analyticsInput()));
const REQUIRED: Record<string, Record<string, string>> = {
  "capability-gaps": { missionId: "m1" },
  "gender-shares": { year: "2021", by: "contributor" },
  "top-contributors": { from: "2020", to: "2021" },
  "violence-near-sites": { missionId: "m1" },
  "presence-comparison": { missionId: "m1", iterations: "100" },
};

describe("the question registry", () => {
  it.each(Object.keys(QUESTIONS) as QuestionName[])("%s answers with text parameters, citing sources and method in both languages", (name) => {
    const r = askQuestion(index, name, { ...(REQUIRED[name] ?? {}), ...(QUESTIONS[name].params.shape.asOf ? { asOf: "2021-06-30" } : {}) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.method.en.length).toBeGreaterThan(10);
    expect(r.answer.method.fr.length).toBeGreaterThan(10);
    expect(QUESTIONS[name].summary.fr).not.toBe(QUESTIONS[name].summary.en);
  });
  it("gives the same answers as the functions it calls (the Kigali Principles by default)", () => {
    const viaRegistry = askQuestion(index, "endorsement-coverage", { population: "top-contributors", n: "3", asOf: "2021-06-30" });
    expect(viaRegistry).toEqual({ ok: true, answer: endorsementCoverage(index, "kp", { kind: "top-contributors", n: 3 }, { asOf: "2021-06-30" }) });
    const summary = askQuestion(index, "pledge-summary", { actorId: "bbb", asOf: "2021-06-30" });
    expect(summary).toEqual({ ok: true, answer: pledgeSummary(index, { asOf: "2021-06-30", filter: { actorId: "bbb" } }) });
  });
  it("reads the ground questions' comma-separated lists and refuses bad ones at their path", () => {
    const bad = askQuestion(index, "violence-near-sites", { missionId: "m1", violence: "3,4", precision: "1;2", radiusKm: "0" });
    expect(bad.ok ? [] : bad.report.issues.map((i) => i.path[0]).sort()).toEqual(["precision", "radiusKm", "violence"]);
    const good = askQuestion(index, "violence-near-sites", { missionId: "m1", violence: "1,3", precision: "1,2,3", radiusKm: "40" });
    expect(good.ok && (good.answer.value as { violence: string[]; precision: string[]; radiusKm: number })).toMatchObject({ violence: ["1", "3"], precision: ["1", "2", "3"], radiusKm: 40 });
  });
  it("reports bad parameters at their path, and unknown parameters", () => {
    const bad = askQuestion(index, "gender-shares", { year: "twenty", by: "planet" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.report.issues.map((i) => i.path[0]).sort()).toEqual(["by", "year"]);
    const extra = askQuestion(index, "poc-coverage", { asof: "2021-01-01" });
    expect(extra.ok ? [] : extra.report.issues.map((i) => i.rule)).toEqual(["schema.unrecognized-keys"]);
  });
  it("analytics.unknown-question fires for a name not in the registry, and names the questions", () => {
    const r = askQuestion(index, "meaning-of-life", {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.report.issues.map((i) => i.rule)).toEqual(["analytics.unknown-question"]);
    expect(r.report.issues[0]!.message.en).toContain("poc-coverage");
    expect(askQuestion(index, "toString", {}).ok).toBe(false);
  });
  it("analytics.unknown-question keeps quiet for a known name", () => {
    const r = askQuestion(index, "poc-coverage", {});
    expect(r.ok).toBe(true);
  });
  it("types each question's answer by its name (checked by the type checker)", () => {
    expectTypeOf<QuestionValue<"poc-coverage">>().toEqualTypeOf<PocCoverage>();
    expectTypeOf<QuestionValue<"endorsement-coverage">>().toEqualTypeOf<Coverage>();
    expectTypeOf<QuestionValue<"pledges">>().toEqualTypeOf<PledgesPage>();
    expectTypeOf<QuestionName>().toEqualTypeOf<keyof typeof QUESTIONS>();
    // @ts-expect-error: not a question of the registry
    expectTypeOf<QuestionValue<"no-such-question">>().toBeUnknown();
    const answer = askQuestion(index, "poc-coverage", { asOf: "2021-06-30" });
    expect(answer.ok && typeof (answer.answer.value as PocCoverage).active).toBe("number");
  });
});

describe("the pledges question", () => {
  // The fixture's pledges by mid-2021: p1 (aaa), p2 (bbb), p3 (ccc), p4 (ddd).
  const ask = (params: Record<string, string>) => askQuestion(index, "pledges", { asOf: "2021-06-30", ...params });
  const page = (params: Record<string, string>) => {
    const r = ask(params);
    if (!r.ok) throw new Error(JSON.stringify(r.report.issues));
    return r.answer.value as PledgesPage;
  };

  it("answers a page by id, with the total and the id to read on from", () => {
    const first = page({ limit: "3" });
    expect(first.pledges.map((p) => p.pledge.id)).toEqual(["p1", "p2", "p3"]);
    expect(first).toMatchObject({ total: 4, next: "p3" });
    const last = page({ limit: "3", after: "p3" });
    expect(last.pledges.map((p) => p.pledge.id)).toEqual(["p4"]);
    expect(last.total).toBe(4);
    expect("next" in last).toBe(false);
    expect(page({ after: "p4" })).toEqual({ total: 4, pledges: [] });
    expect(page({ actorId: "bbb" })).toMatchObject({ total: 1 });
  });
  it("gives the same answer as pledgesPage", () => {
    expect(ask({ limit: "2", after: "p1", kind: "unit" })).toEqual({ ok: true, answer: pledgesPage(index, { asOf: "2021-06-30", limit: 2, after: "p1", filter: { kind: "unit" } }) });
    expect(ask({})).toEqual({ ok: true, answer: pledgesPage(index, { asOf: "2021-06-30", limit: 100 }) });
  });
  it.each([
    ["limit", "0"],
    ["limit", "1001"],
    ["limit", "abc"],
    ["limit", "2.5"],
    ["after", "p 1"],
    ["after", "P1"],
  ])("refuses %s=%s at its path", (param, text) => {
    const r = ask({ [param]: text });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.report.issues.map((i) => i.path[0])).toEqual([param]);
  });
  it("takes the bounds of limit", () => {
    expect(page({ limit: "1" }).pledges).toHaveLength(1);
    expect(page({ limit: "1000" }).pledges).toHaveLength(4);
  });
  it("describes its parameters", () => {
    const shape: Record<string, { description?: string }> = QUESTIONS.pledges.params.shape;
    expect(shape.limit?.description).toMatch(/1,000; default 100/);
    expect(shape.after?.description).toMatch(/sorts after/);
  });
});

describe("the collections each question reads", () => {
  const input = DatasetSchema.parse(analyticsInput());
  const collections = Object.keys(DatasetSchema.shape) as (keyof typeof input)[];
  it.each(Object.keys(QUESTIONS) as QuestionName[])("%s answers the same with every collection it does not read emptied", (name) => {
    const reads: readonly string[] = QUESTIONS[name].reads;
    for (const c of reads) expect(collections).toContain(c);
    const only = Object.fromEntries(collections.map((c) => [c, reads.includes(c) ? input[c] : []])) as unknown as typeof input;
    const params = { ...(REQUIRED[name] ?? {}), ...(QUESTIONS[name].params.shape.asOf ? { asOf: "2021-06-30" } : {}) };
    expect(askQuestion(createIndex(only), name, params)).toEqual(askQuestion(index, name, params));
  });
  it("names, for the questions that depend on records, collections whose emptying changes the answer", () => {
    // The other direction, on the questions whose fixture answer depends on a collection: emptying every collection changes it.
    const empty = createIndex(DatasetSchema.parse({}));
    const changed = (Object.keys(QUESTIONS) as QuestionName[]).filter((name) => {
      const params = { ...(REQUIRED[name] ?? {}), ...(QUESTIONS[name].params.shape.asOf ? { asOf: "2021-06-30" } : {}) };
      return JSON.stringify(askQuestion(empty, name, params)) !== JSON.stringify(askQuestion(index, name, params));
    });
    for (const name of changed) expect(QUESTIONS[name].reads.length, name).toBeGreaterThan(0);
    expect(QUESTIONS["code-definitions"].reads).toEqual([]);
  });
});

describe("askQuestionFrom", () => {
  const inputs = contributionInputsOf(index);
  it("answers the questions with answerFrom as askQuestion does, and only those", async () => {
    const withInputs = Object.entries(QUESTIONS).filter(([, q]) => q.answerFrom !== undefined).map(([name]) => name).sort();
    expect(withInputs).toEqual(["conduct-rates", "peacekeeper-fatalities", "personnel-by-year", "pledge-summary", "top-contributors", "world-personnel"]);
    for (const [name, params] of [
      ["top-contributors", { from: "2020", to: "2021", n: "2" }],
      ["personnel-by-year", { contributorId: "aaa" }],
      ["personnel-by-year", {}],
      ["world-personnel", {}],
      ["world-personnel", { from: "2020" }],
      ["peacekeeper-fatalities", { asOf: "2024-01-01" }],
      ["peacekeeper-fatalities", { by: "contributor", from: "2014", asOf: "2024-01-01" }],
      ["conduct-rates", {}],
      ["conduct-rates", { year: "2020" }],
      ["pledge-summary", { asOf: "2021-06-30" }],
      ["pledge-summary", { asOf: "2018-12-31", kind: "unit" }],
      ["pledge-summary", { asOf: "2021-06-30", status: "registered" }],
    ] as const) {
      const got = await askQuestionFrom(inputs, name, params);
      expect(got).toEqual(askQuestion(index, name, params));
      expect(got?.ok).toBe(true);
    }
    expect(askQuestionFrom(inputs, "overdue-pledges", {})).toBeUndefined();
  });
  it("reports an unknown question and bad parameters as askQuestion does", async () => {
    const unknown = await askQuestionFrom(inputs, "no-such-question", {});
    expect(unknown?.ok === false && unknown.report.issues.map((i) => i.rule)).toEqual(["analytics.unknown-question"]);
    const bad = await askQuestionFrom(inputs, "top-contributors", { from: "twenty", to: "2021" });
    expect(bad).toEqual(askQuestion(index, "top-contributors", { from: "twenty", to: "2021" }));
    expect(bad?.ok).toBe(false);
  });
});
