// Options the command line checks itself: dates (a real calendar day, named in the message, in English and in
// French).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
