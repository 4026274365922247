import { validateDataset } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { actors, endorsements, instruments, loadDataset, missions, principles, sources } from "../src/index.js";
import { readRaw } from "./raw.js";

const dataset = loadDataset();

describe("the whole dataset", () => {
  it("has no validation error", () => {
    const report = validateDataset(dataset);
    const errors = report.issues.filter((i) => i.severity === "error");
    const warnings = report.issues.filter((i) => i.severity === "warning");
    console.log(`validateDataset: ${errors.length} errors, ${warnings.length} warnings, ${report.issues.length - errors.length - warnings.length} notes`);
    expect(errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("cites only registered sources, and every record has sources and a confidence", () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const [name, list] of Object.entries(dataset)) {
      if (name === "sources") continue;
      for (const record of list as readonly { id: string; sources: readonly string[]; confidence: string }[]) {
        expect(record.sources.length, `${name}/${record.id}`).toBeGreaterThan(0);
        for (const s of record.sources) expect(ids.has(s), `${name}/${record.id} cites ${s}`).toBe(true);
        expect(["verified", "reported", "unverified"]).toContain(record.confidence);
      }
    }
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(missions)).toBe(true);
    expect(Object.isFrozen(missions[0])).toBe(true);
    expect(Object.isFrozen(actors[0]!.names)).toBe(true);
    expect(() => (missions as unknown as unknown[]).push({})).toThrow();
    expect(loadDataset()).toBe(dataset);
  });
});

describe("actors", () => {
  const states = actors.filter((a) => a.kind === "state");
  const observers = actors.filter((a) => a.kind === "observer");

  it("holds exactly 193 Member States and 2 observer States", () => {
    expect(states).toHaveLength(193);
    expect(observers.map((a) => a.id).sort()).toEqual(["pse", "vat"]);
    expect(states.some((a) => a.id === "vat")).toBe(false);
  });

  it("contains every contributor ISO3 code of Rank.csv as a Member State", () => {
    const codes = readRaw("un-pk-contributions-2021/Rank.csv").map((r) => r.ISOCode3!.trim());
    expect(codes).toHaveLength(122);
    const memberIso3 = new Set(states.map((a) => (a.kind === "state" ? a.iso3 : "")));
    expect(codes.filter((c) => !memberIso3.has(c))).toEqual([]);
  });

  it("uses lower-case ISO alpha-3 ids and unique codes; the M49 codes agree with Rank.csv", () => {
    const m49 = new Map(readRaw("un-pk-contributions-2021/Rank.csv").map((r) => [r.ISOCode3!.toLowerCase(), Number(r.M49_Code)]));
    for (const a of [...states, ...observers]) {
      if (!("iso3" in a)) throw new Error("an observer or state without an ISO code");
      expect(a.id).toBe(a.iso3.toLowerCase());
      if (m49.has(a.id)) expect(a.m49).toBe(m49.get(a.id));
    }
    expect(new Set(states.map((a) => (a.kind === "state" ? a.iso2 : ""))).size).toBe(193);
  });

  it("has the UN regional group sizes (54 African, 54 Asia-Pacific, 23 Eastern European, 33 GRULAC, 29 WEOG with Türkiye and the US)", () => {
    const count = (g: string) => states.filter((a) => a.kind === "state" && a.regionalGroup === g).length;
    expect([count("african"), count("asia-pacific"), count("eastern-european"), count("grulac"), count("weog")]).toEqual([54, 54, 23, 33, 29]);
  });

  it("has English and French names and the organizations of the ministerials", () => {
    const rwa = actors.find((a) => a.id === "rwa");
    expect(rwa?.names).toEqual({ en: "Rwanda", fr: "Rwanda" });
    expect(actors.find((a) => a.id === "nld")?.names.fr).toBe("Pays-Bas");
    for (const id of ["au", "eu", "oif", "nato", "un"]) expect(actors.find((a) => a.id === id)?.kind).toBe("organization");
  });
});

describe("framework", () => {
  it("has the 18 Kigali Principles; 1-9 verified, 12-18 unverified with unverified numbers", () => {
    const kp = principles.filter((p) => p.instrumentId === "kigali-principles").sort((a, b) => a.number - b.number);
    expect(kp.map((p) => p.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(instruments.find((i) => i.id === "kigali-principles")?.principleCount).toBe(18);
    for (const p of kp) {
      expect(p.title.fr, `principle ${p.number}`).toBeTruthy();
      expect(p.summary.fr, `principle ${p.number}`).toBeTruthy();
      if (p.number <= 9) expect([p.confidence, p.numberConfidence]).toEqual(["verified", "verified"]);
      if (p.number >= 10) expect(p.numberConfidence).toBe("unverified");
      if (p.number >= 12) expect(p.confidence).toBe("unverified");
    }
  });

  it("records the first nine endorsers of May 2015, Poland on 18 April 2016 and the 38 of November 2016", () => {
    const kp = endorsements.filter((e) => e.instrumentId === "kigali-principles");
    const may2015 = kp.filter((e) => e.date.precision === "month" && e.date.date === "2015-05").map((e) => e.actorId).sort();
    expect(may2015).toEqual(["bgd", "eth", "ita", "lka", "nld", "rwa", "sen", "uga", "ury"]);
    expect(kp.find((e) => e.actorId === "pol")?.date).toEqual({ precision: "day", date: "2016-04-18", qualifier: "on" });
    const nov = kp.filter((e) => e.sources.includes("rwanda-mod-2016-11-endorsers"));
    expect(nov).toHaveLength(38);
  });
});
