// What the web shows of a principle whose wording is not verified, and of an instrument's endorsers:
// the recorded per-State endorsements apart from the endorser counts the sources report. Expected
// values are written out from the sources (verification pass 3), not read back from the curated files.
import { describe, expect, it } from "vitest";
import { endorsements, instruments, principles, reportedFigures } from "../src/index.js";

const principle = (id: string) => principles.find((p) => p.id === id);

describe("principles whose wording is not verified", () => {
  it("Kigali 12–18 say so in the title, summary, note and flag, in English and French", () => {
    for (let n = 12; n <= 18; n++) {
      const p = principle(`kigali-principles-${n}`)!;
      expect(p.wordingVerified, p.id).toBe(false);
      expect(p.title).toEqual({ en: `Principle ${n}: wording not verified against the official text`, fr: `Principe ${n} : libellé non vérifié sur le texte officiel` });
      expect(p.summary.en.startsWith("Wording not verified against the official text. What is known of principles 12–18 as a group")).toBe(true);
      expect(p.summary.fr?.startsWith("Libellé non vérifié sur le texte officiel.")).toBe(true);
      expect(p.note).toMatch(/^The text and order of principles 12–18 were not found/);
      expect(p.confidence).toBe("unverified");
    }
  });

  it("flags the other principles whose text was not checked, and only those", () => {
    const notVerified = principles.filter((p) => p.wordingVerified === false).map((p) => p.id);
    const expected = [10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => `kigali-principles-${n}`).concat(Array.from({ length: 16 }, (_, i) => `vancouver-principles-${i + 1}`));
    expect(notVerified.sort()).toEqual(expected.sort());
    for (let n = 1; n <= 9; n++) expect(principle(`kigali-principles-${n}`)?.wordingVerified).toBe(true);
    expect(principle("vancouver-principles-17")?.wordingVerified).toBe(true);
    expect(principle("vancouver-principles-12")?.summary.en).toBe("Gist not recorded: the text of this principle was not retrieved.");
  });

  it("no record calls itself a placeholder", () => {
    const text = JSON.stringify([principles, instruments]).toLowerCase();
    expect(text).not.toContain("placeholder");
    expect(text).not.toContain("provisoire");
  });
});

describe("endorsers: recorded and reported, side by side", () => {
  it("the Vancouver Principles: one recorded endorsement, and the reported count of 54 founding endorsers", () => {
    expect(instruments.find((i) => i.id === "vancouver-principles")?.endorsementsComplete).toBe(false);
    expect(endorsements.filter((e) => e.instrumentId === "vancouver-principles").map((e) => e.actorId)).toEqual(["gbr"]);
    const reported = reportedFigures.filter((f) => f.subjectKind === "instrument" && f.subjectId === "vancouver-principles");
    expect(reported.find((f) => f.id === "vp-founding-54")).toMatchObject({ measure: "founding-endorsers", value: 54, qualifier: "exact", date: { date: "2017-11-15" }, confidence: "verified" });
    expect(reported.map((f) => f.value).sort((a, b) => a - b)).toEqual([54, 55, 63, 72, 100, 100]);
  });

  it("the Kigali Principles: 38 recorded endorsements, and 40 reported in late November 2016", () => {
    expect(instruments.find((i) => i.id === "kigali-principles")?.endorsementsComplete).toBe(false);
    expect(new Set(endorsements.filter((e) => e.instrumentId === "kigali-principles").map((e) => e.actorId)).size).toBe(38);
    const reported = reportedFigures.filter((f) => f.subjectKind === "instrument" && f.subjectId === "kigali-principles");
    expect(reported.find((f) => f.id === "kp-endorsers-2016-11-late")).toMatchObject({ value: 40, date: { precision: "month", date: "2016-11" } });
  });
});
