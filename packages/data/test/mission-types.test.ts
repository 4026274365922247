// What each row of the mission list stands for, the French names the UN uses, and what a total police
// ceiling is labelled. Expected values are written out from the PSDH file and the sources read.
import { CEILING_CATEGORIES, CEILING_CATEGORY_OF, MISSION_TYPES, MissionSchema, label } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { mandates, missions, sources } from "../src/index.js";
import { readRaw } from "./raw.js";

const raw = readRaw("un-psdh-pko-missions/DPPADPOSS-PKO.csv");
const byId = (id: string) => missions.find((m) => m.id === id);
const source = (id: string) => sources.find((s) => s.id === id);

describe("mission types", () => {
  it("marks the groups of operations and the humanitarian office, and every other row an operation", () => {
    expect(missions.filter((m) => m.type === "umbrella").map((m) => m.id).sort()).toEqual(["unavem", "unef", "unosom", "unpf"]);
    expect(missions.filter((m) => m.type === "other-office").map((m) => m.id)).toEqual(["unohci"]);
    expect(missions.filter((m) => m.type === "operation")).toHaveLength(76);
    expect(byId("unavem-iii")?.type).toBe("operation");
  });

  it("takes the umbrella rows from the file's own names, which span numbered operations", () => {
    const names = Object.fromEntries(raw.map((r) => [r.mission_acronym!.trim(), r.mission_name!.trim()]));
    expect(names.UNAVEM).toBe("United Nations Angola Verification Mission (I & II)");
    expect(names.UNEF).toBe("United Nations Emergency Force (I & II)");
    expect(names.UNOSOM).toBe("United Nations Operation in Somalia (I & II)");
    expect(names.UNOHCI).toBe("United Nations Office of the Humanitarian Coordinator in Iraq");
    for (const id of ["unavem", "unef", "unosom"]) expect(byId(id)?.note, id).toMatch(/Group of operations, not one operation: The list names the row/);
    expect(byId("unpf")?.sources).toContain("canada-dnd-unpf-hq");
    expect(byId("unohci")?.note).toMatch(/Not a peacekeeping operation/);
  });

  it("labels and defines every type in English and French, citing sources of the registry", () => {
    expect(label(MISSION_TYPES, "umbrella", "en")).toBe("Group of operations");
    expect(label(MISSION_TYPES, "umbrella", "fr")).toBe("Ensemble d'opérations");
    expect(label(MISSION_TYPES, "other-office", "fr")).toBe("Autre bureau de l'ONU");
    for (const entry of Object.values(MISSION_TYPES)) {
      expect(entry.definition.en.length).toBeGreaterThan(20);
      expect(entry.definition.fr.length).toBeGreaterThan(20);
      for (const s of entry.definition.sources) expect(source(s.sourceId)?.url, s.sourceId).toBe(s.url);
    }
  });

  it("reads a mission without a type as an operation", () => {
    const parsed = MissionSchema.parse({ id: "x", acronym: "X", names: { en: "X" }, francophoneEnvironment: "no", sources: ["psdh-dppadposs-pko"], confidence: "reported" });
    expect(parsed.type).toBe("operation");
    expect(MissionSchema.safeParse({ ...parsed, type: "office" }).success).toBe(false);
  });
});

describe("French names", () => {
  it("gives the names and acronyms the sources give, and no other", () => {
    expect(byId("unmiss")).toMatchObject({ acronymFr: "MINUSS", names: { fr: "Mission des Nations Unies au Soudan du Sud" } });
    expect(byId("unifil")).toMatchObject({ acronymFr: "FINUL", names: { fr: "Force intérimaire des Nations Unies au Liban" } });
    expect(byId("unisfa")).toMatchObject({ acronymFr: "FISNUA", names: { fr: "Force intérimaire de sécurité des Nations Unies pour Abiyé" } });
    expect(byId("unoci")).toMatchObject({ acronymFr: "ONUCI", names: { fr: "Opération des Nations Unies en Côte d’Ivoire" } });
    expect(byId("untso")).toMatchObject({ acronymFr: "ONUST" });
    expect(byId("undof")).toMatchObject({ acronymFr: "FNUOD" });
    expect(byId("minusma")?.names.fr).toBe("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali");
    expect(byId("minusma")?.acronymFr).toBeUndefined();
    const withFrench = missions.filter((m) => m.names.fr !== undefined).map((m) => m.id).sort();
    expect(withFrench).toEqual(["minurso", "minusca", "minusma", "minustah", "monusco", "unamid", "undof", "unifil", "unisfa", "unmik", "unmil", "unmiss", "unoci", "untso"]);
    // No French name without a source: none for UNFICYP or UNMOGIP, whose French names were not found.
    expect(byId("unficyp")?.names.fr).toBeUndefined();
    expect(byId("unmogip")?.names.fr).toBeUndefined();
  });

  it("cites for each French name a French-language source with its address and the day it was read", () => {
    for (const m of missions.filter((x) => x.names.fr !== undefined)) {
      const cited = /French name(?: and acronym)? from ([^.]+)\./.exec(m.note ?? "")?.[1]?.split(", ") ?? [];
      expect(cited.length, m.id).toBeGreaterThan(0);
      for (const id of cited) {
        expect(m.sources, m.id).toContain(id);
        expect(source(id)?.language, id).toBe("fr");
        expect(source(id)?.url, id).toMatch(/^https?:\/\//);
        if (id !== "un-fisnua-mandate") expect(source(id)?.accessed, id).toBe("2026-12-01");
      }
    }
    expect(source("un-fr-unmiss-page")).toMatchObject({ accessed: "2026-12-01", language: "fr", confidence: "verified" });
    expect(source("franceonu-omp")).toMatchObject({ confidence: "reported", publisher: "Mission permanente de la France auprès des Nations Unies" });
  });
});

describe("ceilings", () => {
  it("keeps UNMISS's 2,101 police as a total police ceiling, not as individual officers", () => {
    const m = mandates.find((x) => x.id === "unmiss-2779");
    expect(m?.ceilings).toEqual({ troops: 17000, police: 2101 });
    expect(m?.ceilings?.individualPolice).toBeUndefined();
  });

  it("labels the total police ceiling as such, in English and French, with a sourced definition", () => {
    expect(label(CEILING_CATEGORIES, "police", "en")).toBe("Police personnel, total");
    expect(label(CEILING_CATEGORIES, "police", "fr")).toBe("Personnel de police, total");
    expect(label(CEILING_CATEGORIES, CEILING_CATEGORY_OF.individualPolice, "en")).toBe("Individual police officers");
    expect(label(CEILING_CATEGORIES, CEILING_CATEGORY_OF.police, "fr")).toBe("Personnel de police, total");
    expect(CEILING_CATEGORIES.police.definition.en).toMatch(/individual officers and formed police units together/);
    for (const s of CEILING_CATEGORIES.police.definition.sources) expect(source(s.sourceId)?.url, s.sourceId).toBe(s.url);
    expect(source("un-fr-unmiss-mandate")?.note).toMatch(/dont des unités constituées si nécessaire/);
  });

  it("has a label for every ceiling field of the schema", () => {
    const fields = ["troops", "staffOfficers", "militaryObservers", "individualPolice", "formedPoliceUnits", "formedPolicePersonnel", "police"];
    expect(Object.keys(CEILING_CATEGORY_OF).sort()).toEqual([...fields].sort());
    expect(Object.values(CEILING_CATEGORY_OF).sort()).toEqual(Object.keys(CEILING_CATEGORIES).sort());
    for (const m of mandates) for (const key of Object.keys(m.ceilings ?? {})) expect(fields, `${m.id} ${key}`).toContain(key);
  });
});
