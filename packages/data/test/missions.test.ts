import { describe, expect, it } from "vitest";
import { missions } from "../src/missions.js";
import { readRaw } from "./raw.js";

const raw = readRaw("un-psdh-pko-missions/DPPADPOSS-PKO.csv");
const byAcronym = (a: string) => missions.find((m) => m.acronym === a);

describe("missions", () => {
  it("has one record for each of the 81 rows of the PSDH list, undated where the file gives no date", () => {
    expect(raw).toHaveLength(81);
    expect(missions).toHaveLength(81);
    expect(new Set(missions.map((m) => m.acronym))).toEqual(new Set(raw.map((r) => r.mission_acronym!.trim())));
    const noStart = raw.filter((r) => r.start_date === "").map((r) => r.mission_acronym).sort();
    expect(noStart).toEqual(["UNFOR", "UNOHCI", "UNSCOB"]);
    for (const a of noStart) expect(byAcronym(a!)?.startDate, a).toBeUndefined();
  });

  it("uses lower-case acronym slugs as ids", () => {
    expect(byAcronym("UNOSOM I")?.id).toBe("unosom-i");
    expect(byAcronym("MONUSCO")?.id).toBe("monusco");
    for (const m of missions) expect(m.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("closes MINUSMA on the date of S/RES/2690 (2023) although the file marks it active", () => {
    expect(raw.find((r) => r.mission_acronym === "MINUSMA")?.mission_isactive).toBe("Yes");
    const minusma = byAcronym("MINUSMA")!;
    expect(minusma.endDate).toBe("2023-12-31");
    expect(minusma.sources).toContain("un-avlibrary-2023-06-30-res-2690");
    expect(minusma.note).toMatch(/Correction \(closed\)/);
    const active = missions.filter((m) => m.startDate !== undefined && m.endDate === undefined).map((m) => m.acronym).sort();
    expect(active).toEqual(["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMISS", "UNMOGIP", "UNTSO"]);
  });

  it("parses decimal commas", () => {
    const row = raw.find((r) => r.mission_acronym === "UNPSG")!;
    expect(row.mission_longitude).toBe("15,9833");
    expect(byAcronym("UNPSG")?.coordinates).toEqual({ lat: 45.8167, lon: 15.9833 });
    expect(byAcronym("MONUSCO")?.coordinates).toEqual({ lat: -4.325, lon: 15.3222 });
  });

  // Rough boxes around each headquarters city (degrees), written for this test.
  const boxes: Record<string, { lat: [number, number]; lon: [number, number] }> = {
    Mogadishu: { lat: [1.5, 2.5], lon: [45, 46] },
    Gaza: { lat: [31, 32], lon: [34, 35] },
    Luanda: { lat: [-9.5, -8], lon: [12.8, 13.8] },
    Bamako: { lat: [12, 13.2], lon: [-8.5, -7.5] },
    Athens: { lat: [37.5, 38.5], lon: [23.3, 24.2] },
    Zagreb: { lat: [45.5, 46.2], lon: [15.5, 16.5] },
    Kinshasa: { lat: [-4.8, -4], lon: [15, 15.7] },
  };

  it("fixes the swapped coordinates: every mission at these cities lies in the city's box", () => {
    for (const acronym of ["UNOSOM I", "UNOSOM II", "UNEF", "UNAVEM I", "UNAVEM II", "MINUSMA", "UNSCOB"]) {
      const m = byAcronym(acronym)!;
      expect(m.note, acronym).toMatch(/Correction \(swap-coordinates\)/);
    }
    let checked = 0;
    for (const m of missions) {
      const box = m.location ? boxes[m.location] : undefined;
      if (!box || !m.coordinates) continue;
      checked++;
      expect(m.coordinates.lat, m.acronym).toBeGreaterThanOrEqual(box.lat[0]);
      expect(m.coordinates.lat, m.acronym).toBeLessThanOrEqual(box.lat[1]);
      expect(m.coordinates.lon, m.acronym).toBeGreaterThanOrEqual(box.lon[0]);
      expect(m.coordinates.lon, m.acronym).toBeLessThanOrEqual(box.lon[1]);
    }
    // Zagreb 5, Kinshasa 3, Mogadishu 3, Gaza 3, Luanda 4, Bamako 1, Athens 1.
    expect(checked).toBe(20);
  });

  it("repairs the garbled DOMREP name and marks it unverified", () => {
    const domrep = byAcronym("DOMREP")!;
    expect(domrep.names.en).not.toMatch(/^"/);
    expect(domrep.names.en).toMatch(/Dominican Republic$/);
    expect(domrep.confidence).toBe("unverified");
  });

  it("flags francophone environments", () => {
    for (const a of ["MINUSMA", "MINUSCA", "MONUSCO", "UNOCI", "MINUSTAH"]) expect(byAcronym(a)?.francophoneEnvironment, a).toBe("yes");
    for (const a of ["UNMISS", "UNFICYP", "UNDOF"]) expect(byAcronym(a)?.francophoneEnvironment, a).toBe("no");
  });
});
