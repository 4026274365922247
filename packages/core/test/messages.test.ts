// Schema messages say what was wrong with which value, in both languages.
import { validate } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";

const endorsement = () => structuredClone(fixture().endorsements![0]!) as Record<string, unknown>;

describe("schema messages", () => {
  it("name the refused value", () => {
    const e = endorsement();
    e.confidence = "sure";
    const [issue] = validate("endorsement", e).issues;
    expect(issue!.message.en).toContain('got "sure"');
    expect(issue!.message.fr).toContain('reçu "sure"');
    expect(issue!.message.en).toContain("(at confidence)");
  });
  it("suggest the lower-case id for an id refused only for its capitals", () => {
    const e = endorsement();
    e.actorId = "RWA";
    const [issue] = validate("endorsement", e).issues;
    expect(issue!.rule).toBe("schema.invalid-format");
    expect(issue!.message.en).toContain('did you mean "rwa"?');
    expect(issue!.message.fr).toContain("vouliez-vous dire « rwa » ?");
  });
  it("suggest nothing when lower-casing would not make a valid id", () => {
    const e = endorsement();
    e.actorId = "RW A";
    const [issue] = validate("endorsement", e).issues;
    expect(issue!.message.en).toContain('got "RW A"');
    expect(issue!.message.en).not.toContain("did you mean");
  });
  it("shorten a long value", () => {
    const e = endorsement();
    e.actorId = "X".repeat(200);
    const messages = validate("endorsement", e).issues.map((i) => i.message.en);
    expect(messages.some((m) => m.includes(`got "${"X".repeat(57)}..."`))).toBe(true);
  });
});
