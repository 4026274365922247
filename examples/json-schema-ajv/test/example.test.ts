import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "..");
const run = (...args: string[]) => spawnSync(process.execPath, ["validate.mjs", ...args], { cwd: dir, encoding: "utf8" });

describe("the JSON Schema files from plain JavaScript (Ajv)", () => {
  it("accepts a valid pledge and explains what is wrong with the other, exit code 1", () => {
    const { status, stdout } = run("records/pledges.json");
    expect(status).toBe(1);
    expect(stdout).toContain("record 2 (Bad Id): /id must match pattern");
    expect(stdout).toContain('record 2 (Bad Id): /announcedOn must match format "date"');
    expect(stdout).toContain("record 2 (Bad Id): /kind must be equal to one of the allowed values");
    expect(stdout).toContain("record 2 (Bad Id): /sources must NOT have fewer than 1 items");
    expect(stdout).not.toContain("record 1 ");
    expect(stdout).toContain("records/pledges.json: 2 pledge records, 5 problems");
  });

  it("validates every collection of @bluehelm/data's raw JSON against its schema with no problem", () => {
    const collections = readdirSync(join(dir, "node_modules", "@bluehelm", "data", "json")).map((f) => f.replace(/\.json$/, ""));
    expect(collections.length).toBeGreaterThan(15);
    const { status, stdout } = run("--dataset");
    for (const collection of collections) expect(stdout).toMatch(new RegExp(`^@bluehelm/data/json/${collection}\\.json: \\d+ [a-z-]+ records, 0 problems$`, "m"));
    expect(status).toBe(0);
  });
});
