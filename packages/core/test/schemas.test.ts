import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@bluehelm/core";
import {
  CODELISTS_FOR_TEST,
  DatasetSchema,
  EndorsementSchema,
  MandateSchema,
  PartialDateSchema,
  ResolutionSymbolSchema,
  validate,
} from "./schemas-helpers.js";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "../src/validation/rules-doc.js";
import { fixture } from "./fixture.js";

describe("resolution symbols", () => {
  it.each(["S/RES/2765 (2024)", "S/RES/50 (1948)", "S/RES/1244 (1999)"])("accepts %s", (s) => {
    expect(ResolutionSymbolSchema.safeParse(s).success).toBe(true);
  });
  it.each(["S/RES/2765(2024)", "S/RES/2765 (24)", "s/res/2765 (2024)", "S/RES/0765 (2024)", "S/RES/2765 (1930)", "2765", "A/RES/70/6"])(
    "rejects %s",
    (s) => {
      expect(ResolutionSymbolSchema.safeParse(s).success).toBe(false);
    },
  );
  it("reports a bad symbol with its path and a fix", () => {
    const mandate = { ...fixture().mandates![0], resolution: "Res. 2779" };
    const report = validate("mandate", mandate);
    expect(report.valid).toBe(false);
    expect(report.issues[0]).toMatchObject({ rule: "schema.invalid-format", path: ["resolution"] });
    expect(report.issues[0]!.message.en).toContain("S/RES/2765 (2024)");
  });
});

describe("partial dates", () => {
  it("tie the format of the date to its precision", () => {
    expect(PartialDateSchema.safeParse({ precision: "month", date: "2015-05", qualifier: "on" }).success).toBe(true);
    expect(PartialDateSchema.safeParse({ precision: "month", date: "2015-05-12", qualifier: "on" }).success).toBe(false);
    expect(PartialDateSchema.safeParse({ precision: "year", date: "2015-05", qualifier: "on" }).success).toBe(false);
    expect(PartialDateSchema.safeParse({ precision: "day", date: "2015-02-29", qualifier: "by" }).success).toBe(false);
    expect(PartialDateSchema.safeParse({ precision: "day", date: "2016-02-29", qualifier: "by" }).success).toBe(true);
    expect(PartialDateSchema.safeParse({ precision: "week", date: "2016", qualifier: "on" }).success).toBe(false);
    expect(PartialDateSchema.safeParse({ precision: "year", date: "2016", qualifier: "around" }).success).toBe(false);
  });
  it("are required on endorsements", () => {
    const e = { ...fixture().endorsements![0] } as Record<string, unknown>;
    delete e.date;
    expect(EndorsementSchema.safeParse(e).success).toBe(false);
  });
});

describe("wire format", () => {
  it("round-trips through JSON unchanged: no Date objects, no undefined-only fields", () => {
    const parsed = DatasetSchema.parse(fixture());
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });
  it("applies defaults for optional lists", () => {
    const m = MandateSchema.parse({ ...fixture().mandates![0], tasks: undefined });
    expect(m.tasks).toEqual([]);
  });
});

describe("codelists", () => {
  it.each(Object.entries(CODELISTS_FOR_TEST))("%s has an English and a French label for every code", (_, list) => {
    const entries = Object.entries(list);
    expect(entries.length).toBeGreaterThan(0);
    for (const [code, l] of entries) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(l.en.trim().length).toBeGreaterThan(0);
      expect(l.fr.trim().length).toBeGreaterThan(0);
    }
  });
  it("are frozen", () => {
    expect(Object.isFrozen(core.UNIT_TYPES)).toBe(true);
    expect(() => {
      (core.UNIT_TYPES as unknown as Record<string, unknown>).extra = { en: "x", fr: "x" };
    }).toThrow(TypeError);
  });
  it("label() falls back to the code for an unknown one", () => {
    expect(core.label(core.POC_LEVELS, "core", "fr")).toBe("Protection des civils comme tâche principale");
    expect(core.label(core.POC_LEVELS, "nope" as "core")).toBe("nope");
  });
});

describe("the public API", () => {
  it("is an explicit list: the entry never re-exports a whole module", () => {
    const index = readFileSync(join(import.meta.dirname, "..", "src", "index.ts"), "utf8");
    expect(index).not.toMatch(/export \*/);
  });
  it("keeps internals private", () => {
    expect(Object.keys(core)).not.toContain("fromZodIssues");
    expect(Object.keys(core)).not.toContain("renderRulesDoc");
    expect(Object.keys(core)).not.toContain("parseWith");
  });
});

describe("RULES.md", () => {
  it("is generated from the rule table and up to date (run `pnpm --filter @bluehelm/core rules:doc`)", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", "RULES.md"), "utf8");
    expect(committed).toBe(renderRulesDoc());
    for (const id of core.RULE_IDS) expect(committed).toContain(`\`${id}\``);
  });
});
