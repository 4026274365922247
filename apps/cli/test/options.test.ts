// Options the command line checks itself: dates (a real calendar day, named in the message, in English and in
// French), and BLUEHELM_MAX_RECORDS, the most records an analytics command loads in memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askQuestion, createIndex } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { bluehelm } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-options-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const db = join(scratch, "ref");

describe("date options", () => {
  const cases: [string, string[]][] = [
    ["--as-of", ["missions", "list", "--as-of", "2021-02-30"]],
    ["--as-of", ["missions", "get", "monusco", "--as-of", "2021-02-29"]],
    ["--as-of", ["export", "pledges", "--as-of", "2019-04-31"]],
    ["--as-of", ["analytics", "poc-coverage", "--as-of", "2021-02-30"]],
    ["--as-of", ["analytics", "endorsers", "--as-of", "20210101"]],
    ["--since", ["alerts", "--since", "2019-13-01", "--until", "2019-12-31"]],
    ["--until", ["alerts", "--since", "2019-01-01", "--until", "2019-06-31"]],
  ];
  it.each(cases.map(([option, args]) => [args.join(" "), option, args] as const))("%s: exit 2, naming the option and the value", (_, option, args) => {
    const value = args[args.indexOf(option) + 1]!;
    const r = bluehelm(["--db", db, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${option} takes a calendar date YYYY-MM-DD, got "${value}"`);
    expect(r.stdout).toBe("");
  });
  it("says it in French with --lang fr", () => {
    const r = bluehelm(["--db", db, "--lang", "fr", "pledges", "list", "--as-of", "2021-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--as-of attend une date du calendrier AAAA-MM-JJ, reçu « 2021-02-30 »");
  });
  it("takes a real day, 29 February of a leap year included", () => {
    expect(bluehelm(["--db", db, "missions", "list", "--as-of", "2020-02-29", "--limit", "1"]).code).toBe(0);
  });
});

describe("token commands against a server that cannot be reached", () => {
  it("exit 5, unreachable", () => {
    const r = bluehelm(["--api", "http://127.0.0.1:9", "--token", "x", "token", "list"]);
    expect(r.code).toBe(5);
  });
});

describe("analytics top-contributors with nothing to count", () => {
  it("says why nothing matched and what is stored", () => {
    const r = bluehelm(["--db", db, "analytics", "top-contributors", "--from", "2021", "--to", "2021", "--measure", "snapshot"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Nothing matched\./);
    // The ranking of 31 January 2021 (Rank.csv): 122 snapshot contributions over all missions.
    expect(r.stderr).toContain("Years with snapshot contributions to missions: none.");
    expect(r.stderr).toContain("122 snapshot contributions are stored without a mission (a ranking over all missions) on 2021-01-31");
    expect(r.stderr).toContain("bluehelm contributions list --where measure=snapshot --sort rank");
  });
  it("names the years that have data when the range has none", () => {
    const r = bluehelm(["--db", db, "analytics", "top-contributors", "--from", "2012", "--to", "2012"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Years with annual-mean contributions to missions: 2011, 2013, 2014, 2015, 2016, 2018, 2019, 2020.");
  });
  it("says nothing more when there is an answer", () => {
    const r = bluehelm(["--db", db, "--json", "analytics", "top-contributors", "--from", "2019", "--to", "2019", "--n", "3"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { value: unknown[] }).value).toHaveLength(3);
    expect(r.stderr).toBe("");
  });
});

describe("analytics on a store with more records than the command may hold in memory", () => {
  // The seeded reference dataset, counted from the data package rather than by the store.
  const seeded = Object.values(loadDataset()).reduce((n, list) => n + (list as readonly unknown[]).length, 0);

  it("exit 5 past BLUEHELM_MAX_RECORDS, with both figures and the way out, printing no answer", () => {
    const r = bluehelm(["--db", db, "analytics", "endorsers"], { BLUEHELM_MAX_RECORDS: "1000" });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`the store holds ${seeded} records, and this process may hold at most 1000`);
    expect(r.stderr).toContain("NODE_OPTIONS=--max-old-space-size=<MiB>");
    expect(r.stdout).toBe("");
  });
  it("answers at exactly the records stored, and lists records whatever the limit", () => {
    expect(bluehelm(["--db", db, "--json", "analytics", "endorsers"], { BLUEHELM_MAX_RECORDS: String(seeded) }).code).toBe(0);
    const listed = bluehelm(["--db", db, "--json", "missions", "list", "--limit", "1"], { BLUEHELM_MAX_RECORDS: "1" });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });
  it("answers the questions with answerFrom from the store's tables whatever the limit: nothing is loaded in memory", () => {
    const index = createIndex(loadDataset());
    for (const [name, params, args] of [
      ["top-contributors", { from: "2015", to: "2019", n: "5" }, ["--from", "2015", "--to", "2019", "--n", "5"]],
      ["personnel-by-year", { contributorId: "rwa" }, ["--contributor-id", "rwa"]],
      ["world-personnel", { from: "2015" }, ["--from", "2015"]],
      ["peacekeeper-fatalities", { missionId: "minusma", asOf: "2026-12-01" }, ["--mission-id", "minusma", "--as-of", "2026-12-01"]],
      ["conduct-rates", { missionId: "minusca" }, ["--mission-id", "minusca"]],
      ["pledge-summary", { asOf: "2022-01-01", kind: "unit" }, ["--as-of", "2022-01-01", "--kind", "unit"]],
    ] as const) {
      const r = bluehelm(["--db", db, "--json", "analytics", name, ...args], { BLUEHELM_MAX_RECORDS: "1000" });
      expect(r.code, r.stderr).toBe(0);
      const expected = askQuestion(index, name, params);
      expect(expected.ok).toBe(true);
      // The index's answer, through JSON as the command prints it.
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected.ok ? expected.answer : undefined)));
    }
  });
  it.each(["abc", "0", "-5", "1.5"])("BLUEHELM_MAX_RECORDS=%s: exit 2, naming the variable and the value", (value) => {
    const r = bluehelm(["--db", db, "analytics", "endorsers"], { BLUEHELM_MAX_RECORDS: value });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`BLUEHELM_MAX_RECORDS takes a positive whole number`);
    expect(r.stderr).toContain(JSON.stringify(value));
  });
});
