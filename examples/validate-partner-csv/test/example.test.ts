import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidationReport } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { formatIssue, validatePledges } from "../src/validate.js";

const dir = join(import.meta.dirname, "..");
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/index.ts", ...args], { cwd: dir, encoding: "utf8" });

describe("validating a partner's CSV", () => {
  it("reports every problem of the partner file by row, column and rule, and exits 1", () => {
    const { status, stdout } = run("files/partner-pledges.csv", "--json");
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as ValidationReport;
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [3, "actorId", "reference.dangling"],
      [4, "announcedOn", "schema.invalid-format"],
      [5, "unit.women", "pledge.women-exceed-personnel"],
      [6, "id", "id.duplicate"],
    ]);
  });

  it("prints one readable line per issue, in English or French", () => {
    const en = run("files/partner-pledges.csv");
    expect(en.stdout).toContain("row 3, actorId: reference.dangling — ");
    expect(en.stdout).toContain("2 valid, 4 rejected");
    const fr = run("files/partner-pledges.csv", "--lang", "fr");
    expect(fr.stdout).not.toEqual(en.stdout);
  });

  it("accepts a clean file with exit code 0", () => {
    const { status, stdout } = run("files/clean-pledges.csv");
    expect(stdout).toContain("1 valid, 0 rejected");
    expect(status).toBe(0);
  });

  it("keeps the valid rows, parsed, and reads the file's byte-order mark and French accents", () => {
    const { accepted, rejected } = validatePledges(readFileSync(join(dir, "files/partner-pledges.csv"), "utf8"));
    expect(accepted.map((a) => a.row)).toEqual([2, 7]);
    expect(accepted[0]!.record.title.fr).toBe("Équipe d'engagement féminine");
    expect(rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(formatIssue(rejected[0]!.issues[0]!)).toMatch(/^error {3}row 3, actorId: reference\.dangling — /);
  });

  it("rejects a usage without a file with exit code 2", () => {
    expect(run().status).toBe(2);
  });
});
