import { ENTITY_KINDS, ENTITY_PATHS } from "@bluehelm/core";
import { describe, expect, it } from "vitest";

describe("ENTITY_PATHS", () => {
  it("has one plural for every kind, and no other", () => {
    expect(Object.keys(ENTITY_PATHS).sort()).toEqual([...ENTITY_KINDS].sort());
    expect(new Set(Object.values(ENTITY_PATHS)).size).toBe(ENTITY_KINDS.length);
  });
  it("spells the plurals in English", () => {
    expect(ENTITY_PATHS["peacekeeper-fatality"]).toBe("peacekeeper-fatalities");
    expect(ENTITY_PATHS["actor-role"]).toBe("actor-roles");
    expect(ENTITY_PATHS["deployment-site"]).toBe("deployment-sites");
  });
});
