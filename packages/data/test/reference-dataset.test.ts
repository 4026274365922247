// The reference dataset against its sources: every source id resolves, every mandate of an active
// mission has a resolution link or says why not, the mandates of 2023–2025, the reported figures,
// the Vancouver themes and meetings, the world totals. Expected values are written out from the
// sources (verification pass 3, domain facts, the raw files), not read back from the curated files.
import { CEILING_CATEGORIES, COLLECTION_OF, ENTITY_KINDS, MISSION_TYPES, PCRS_LEVELS, POC_LEVELS, validateDataset, type Codelist, type Label } from "@bluehelm/core";
import { createIndex, mandateStanding, pocCoverage, reportedVsComputed } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";
import { events, loadDataset, mandates, principles, reportedFigures, sources, themes, worldTotals } from "../src/index.js";

const dataset = loadDataset();
const sourceIds = new Set(sources.map((s) => s.id));
const figure = (id: string) => reportedFigures.find((f) => f.id === id);
const ACTIVE = ["minurso", "minusca", "monusco", "undof", "unficyp", "unifil", "unisfa", "unmik", "unmiss", "unmogip", "untso"];

describe("sources", () => {
  it("every source id of every record points at a source record", () => {
    let checked = 0;
    for (const kind of ENTITY_KINDS) {
      if (kind === "source") continue;
      for (const record of dataset[COLLECTION_OF[kind]] as readonly { id: string; sources: readonly string[] }[]) {
        expect(record.sources.length, `${kind} ${record.id}`).toBeGreaterThan(0);
        for (const id of record.sources) {
          expect(sourceIds.has(id), `${kind} ${record.id} cites ${id}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30000);
  });

  it("every codelist definition cites a source of the registry", () => {
    for (const list of [PCRS_LEVELS, POC_LEVELS, MISSION_TYPES, CEILING_CATEGORIES] as Codelist<string>[]) {
      for (const entry of Object.values(list) as (Label & { definition?: { sources: readonly { sourceId: string; url: string }[] } })[]) {
        for (const s of entry.definition?.sources ?? []) {
          expect(sourceIds.has(s.sourceId), s.sourceId).toBe(true);
          expect(sources.find((x) => x.id === s.sourceId)?.url).toBe(s.url);
        }
      }
    }
  });

  it("validateDataset finds no error", () => {
    const report = validateDataset(dataset);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

describe("mandates of the active missions", () => {
  it("every one has a Digital Library link, or says why not", () => {
    const active = mandates.filter((m) => ACTIVE.includes(m.missionId));
    expect(active.length).toBeGreaterThanOrEqual(26);
    for (const m of active) {
      const number = Number(/^S\/RES\/(\d+) /.exec(m.resolution ?? "")?.[1]);
      if (number <= 2722) {
        expect(m.digitalLibrary?.record, m.id).toMatch(/^https:\/\/digitallibrary\.un\.org\/record\/\d+$/);
        expect(m.digitalLibrary?.votingRecord, m.id).toMatch(/^https:\/\/digitallibrary\.un\.org\/record\/\d+\?ln=en$/);
        expect(m.sources, m.id).toContain("cr-unsc-2722");
        expect(m.digitalLibraryGap).toBeUndefined();
      } else {
        expect(m.digitalLibrary, m.id).toBeUndefined();
        expect(m.digitalLibraryGap, m.id).toContain("later than S/RES/2722");
      }
    }
  });

  it("the links are CR-UNSC's, by number (values read from the raw tables)", () => {
    const link = (id: string) => mandates.find((m) => m.id === id)?.digitalLibrary;
    expect(link("minusca-2709")).toEqual({ record: "https://digitallibrary.un.org/record/4027716", votingRecord: "https://digitallibrary.un.org/record/4027712?ln=en" });
    expect(link("monusco-2717")).toEqual({ record: "https://digitallibrary.un.org/record/4030899", votingRecord: "https://digitallibrary.un.org/record/4030900?ln=en" });
    expect(link("undof-2718")).toEqual({ record: "https://digitallibrary.un.org/record/4031069", votingRecord: "https://digitallibrary.un.org/record/4031940?ln=en" });
    expect(link("minurso-2703")?.record).toBe("https://digitallibrary.un.org/record/4025694");
    expect(link("unifil-1701")?.record).toBe("https://digitallibrary.un.org/record/581053");
    expect(link("unisfa-1990")?.votingRecord).toBe("https://digitallibrary.un.org/record/707088?ln=en");
    expect(link("untso-50")?.record).toBe("https://digitallibrary.un.org/record/111999");
    expect(link("unmogip-47")?.record).toBe("https://digitallibrary.un.org/record/111955");
    expect(link("minusma-2690")?.record).toBe("https://digitallibrary.un.org/record/4014208");
  });

  it("the renewals of 2023–2025 named in the sources are all recorded, with a PoC level", () => {
    const expected: Record<string, string[]> = {
      minurso: ["S/RES/2703 (2023)", "S/RES/2756 (2024)", "S/RES/2797 (2025)"],
      minusca: ["S/RES/2709 (2023)", "S/RES/2759 (2024)", "S/RES/2800 (2025)"],
      monusco: ["S/RES/2717 (2023)", "S/RES/2765 (2024)", "S/RES/2808 (2025)"],
      undof: ["S/RES/2718 (2023)", "S/RES/2766 (2024)", "S/RES/2782 (2025)", "S/RES/2811 (2025)"],
      unficyp: ["S/RES/2723 (2024)", "S/RES/2771 (2025)"],
      unifil: ["S/RES/2790 (2025)"],
      unisfa: ["S/RES/2802 (2025)"],
      unmiss: ["S/RES/2726 (2024)", "S/RES/2778 (2025)", "S/RES/2779 (2025)"],
    };
    for (const [mission, resolutions] of Object.entries(expected)) {
      const recorded = mandates.filter((m) => m.missionId === mission).map((m) => m.resolution);
      for (const r of resolutions) expect(recorded, mission).toContain(r);
    }
    const inYears = mandates.filter((m) => ACTIVE.includes(m.missionId) && /\((2023|2024|2025)\)$/.test(m.resolution ?? ""));
    for (const m of inYears) expect(["none", "limited", "core"]).toContain(m.poc);
  });

  it("a mandate known only to its year is dated by it, never by an invented day", () => {
    const m2765 = mandates.find((m) => m.id === "monusco-2765");
    expect(m2765?.adoptedOn).toBeUndefined();
    expect(m2765?.adoptedIn).toEqual({ precision: "year", date: "2024", qualifier: "on" });
    expect(m2765?.expiresOn).toBe("2025-12-20");
    expect(mandates.find((m) => m.id === "unisfa-2802")).toMatchObject({ adoptedIn: { precision: "year", date: "2025" }, expiresOn: "2026-11-15", vote: { inFavour: 12, against: 0, abstentions: 3 } });
    expect(mandates.find((m) => m.id === "unmogip-47")?.adoptedOn).toBe("1948-04-21");
  });

  it("every active mission has a mandate in force in mid-2024, so no PoC level is unknown", () => {
    const index = createIndex(dataset);
    const coverage = pocCoverage(index, { asOf: "2024-06-30" }).value;
    expect(coverage.missions.map((m) => m.missionId).sort()).toEqual(ACTIVE);
    expect(coverage.unknown).toBe(0);
    const monusco = coverage.missions.find((m) => m.missionId === "monusco");
    expect(monusco).toMatchObject({ poc: "core", mandateId: "monusco-2717", uncertainMandateIds: ["monusco-2765"] });
    expect(mandateStanding(index, "monusco", "2024-12-31").mandate?.id).toBe("monusco-2765");
    expect(mandateStanding(index, "unifil", "2024-06-30").mandate?.id).toBe("unifil-1701");
  });
});

describe("Kigali Principles 10–18", () => {
  it("no principle text calls itself a placeholder; 12–18 say their wording is not verified", () => {
    for (const p of principles) {
      expect(JSON.stringify([p.title, p.summary, p.note ?? ""]).toLowerCase(), p.id).not.toContain("placeholder");
      expect(JSON.stringify([p.title, p.summary]).toLowerCase(), p.id).not.toContain("provisoire");
    }
    for (let n = 12; n <= 18; n++) {
      const p = principles.find((x) => x.id === `kigali-principles-${n}`);
      expect(p?.title.en).toBe(`Principle ${n}: wording not verified against the official text`);
      expect(p?.summary.en.startsWith("Wording not verified against the official text.")).toBe(true);
      expect(p?.confidence).toBe("unverified");
      expect(p?.numberConfidence).toBe("unverified");
      expect(p?.sources).not.toContain("background-knowledge");
    }
    for (let n = 1; n <= 9; n++) expect(principles.find((x) => x.id === `kigali-principles-${n}`)?.confidence).toBe("verified");
  });
});

describe("reported figures", () => {
  it("Kigali endorser counts over time, each with its source", () => {
    expect(figure("kp-endorsers-2016-05-11-afp")).toMatchObject({ value: 29, date: { precision: "day", date: "2016-05-11" }, qualifier: "exact", confidence: "reported" });
    expect(figure("kp-endorsers-2016-05-11-afp")?.sources).toContain("lainformacion-afp-kigali-2016-05-11");
    expect(figure("kp-endorsers-2016-05-11-newtimes")).toMatchObject({ value: 24, date: { date: "2016-05-11" } });
    expect(figure("kp-endorsers-2016-05-13")).toMatchObject({ value: 30, date: { date: "2016-05-13" }, sources: ["45enord-canada-kigali-2016-05"] });
    expect(figure("kp-endorsers-2016-05-15")).toMatchObject({ value: 30, date: { date: "2016-05-15" } });
    expect(figure("kp-endorsers-2016-11-late")).toMatchObject({ value: 40, date: { precision: "month", date: "2016-11" }, sources: ["newtimes-2016-11-forty"] });
  });

  it("Vancouver Principles endorser counts, dated and undated", () => {
    expect(figure("vp-founding-54")).toMatchObject({ measure: "founding-endorsers", value: 54, date: { date: "2017-11-15" }, confidence: "verified" });
    expect(figure("vp-founding-55")).toMatchObject({ measure: "founding-endorsers", value: 55, confidence: "reported" });
    expect(figure("vp-endorsers-63")).toMatchObject({ value: 63 });
    expect(figure("vp-endorsers-63")?.date).toBeUndefined();
    expect(figure("vp-endorsers-2019-02")).toMatchObject({ value: 72, date: { precision: "month", date: "2019-02" } });
    expect(figure("vp-endorsers-close-to-100")).toMatchObject({ value: 100, qualifier: "close-to" });
    expect(figure("vp-endorsers-over-100")).toMatchObject({ value: 100, qualifier: "more-than" });
  });

  it("summit declarations and the 2015 pledges where the sources disagree", () => {
    expect(figure("summit-2014-declaration-signatories")).toMatchObject({ measure: "signatories", subjectId: "summit-2014-declaration", value: 29 });
    expect(figure("leaders-summit-2015-declaration-signatories")).toMatchObject({ value: 43, confidence: "verified" });
    expect(dataset.endorsements.filter((e) => e.instrumentId === "leaders-summit-2015-declaration")).toHaveLength(43);
    expect(figure("leaders-summit-2015-personnel-40000")).toMatchObject({ value: 40000, qualifier: "about" });
    expect(figure("leaders-summit-2015-personnel-30000")).toMatchObject({ value: 30000, sources: ["whitehousepool-2015-obama"] });
  });

  it("Vancouver 2017 outcomes: 46 and 48, 79 and 80, each with its source", () => {
    expect(figure("vancouver-2017-pledges-46")).toMatchObject({ measure: "pledges", value: 46 });
    expect(figure("vancouver-2017-pledging-delegations-48")).toMatchObject({ measure: "pledging-delegations", value: 48 });
    expect(figure("vancouver-2017-states-79")?.sources).toContain("un-pk-vancouver-46-pledges");
    expect(figure("vancouver-2017-states-80")?.sources).toContain("canada-dnd-2017-vancouver-concludes");
  });

  it("ministerial figures of Seoul, Accra and Berlin", () => {
    expect(figure("seoul-2021-states")?.value).toBe(75);
    expect(figure("seoul-2021-pledging-62")?.value).toBe(62);
    expect(figure("seoul-2021-pledging-64")?.value).toBe(64);
    expect(figure("accra-2023-states")?.value).toBe(91);
    expect(figure("accra-2023-pledging-states")?.value).toBe(57);
    expect(figure("accra-2023-units")).toMatchObject({ value: 110, qualifier: "more-than" });
    expect(figure("berlin-2025-pledging-states")?.value).toBe(74);
    expect(figure("berlin-2025-units")?.value).toBe(88);
    expect(figure("berlin-2025-participants")).toMatchObject({ value: 1000, qualifier: "more-than" });
    expect(figure("berlin-2025-germany-funding")).toMatchObject({ value: 82000000, currency: "EUR" });
  });

  it("reported against computed: the Kigali counts of May 2016 and the 2015 declaration", () => {
    const rows = reportedVsComputed(createIndex(dataset), { asOf: "2026-01-01" }).value.rows;
    const row = (id: string) => rows.find((r) => r.figureId === id);
    // By 11 May 2016 the records hold the first nine, Poland, Malawi and the 14 States named as joining on 11 May.
    expect(row("kp-endorsers-2016-05-11-afp")).toMatchObject({ computed: 25, standing: "fewer-recorded" });
    expect(row("kp-endorsers-2016-05-11-newtimes")).toMatchObject({ computed: 25, standing: "more-recorded" });
    expect(row("leaders-summit-2015-declaration-signatories")).toMatchObject({ computed: 43, standing: "agrees" });
    expect(row("vp-endorsers-63")?.standing).toBe("undated");
    expect(row("berlin-2025-units")).toBeUndefined();
  });
});

describe("the Vancouver themes and preparatory meetings", () => {
  it("numbered aims are sub-themes", () => {
    const aims = (parent: string) => themes.filter((t) => t.parentId === parent).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((t) => t.title.en);
    expect(aims("van-smart-pledges")).toEqual([
      "Generate new pledges to fill the UN need for rapid deployment",
      "Create partnership arrangements to close UN capability gaps",
      "Foster the reflection on the rotation of enablers",
    ]);
    expect(aims("van-early-warning-rapid-deployment")).toHaveLength(4);
    expect(aims("van-early-warning-rapid-deployment")[0]).toBe("Generate new pledges to close UN rapid deployment capability gaps");
    expect(aims("van-protecting-those-at-risk")).toHaveLength(6);
    expect(aims("van-training-capacity")).toEqual([]);
  });

  it("the three preparatory meetings, with dates, hosts, participants and themes", () => {
    const e = (id: string) => events.find((x) => x.id === id);
    expect(e("tokyo-preparatory-2017")).toMatchObject({ startDate: "2017-08-23", endDate: "2017-08-25", hostIds: ["jpn", "bgd"], participation: { states: 32, organizations: 2 }, themeIds: ["van-training-capacity"] });
    expect(e("kigali-preparatory-2017")).toMatchObject({ startDate: "2017-08-29", endDate: "2017-08-30", hostIds: ["rwa", "nld"], participation: { states: 25, organizations: 3 } });
    expect(e("kigali-preparatory-2017")?.themeIds).toEqual(["van-protecting-those-at-risk", "van-early-warning-rapid-deployment"]);
    expect(e("dhaka-preparatory-2017")).toMatchObject({ startDate: "2017-10-01", endDate: "2017-10-02", hostIds: ["bgd"], participation: { states: 25 }, themeIds: ["van-smart-pledges"] });
  });
});

describe("world totals", () => {
  const year = (y: number) => worldTotals.find((t) => t.year === y);
  it("one per year 1947–2021, the UN's December figures from 1992 (values of the raw file)", () => {
    expect(worldTotals).toHaveLength(75);
    expect(year(1947)).toMatchObject({ total: 30, missions: 0, origin: "historical-compilation", date: { precision: "year", date: "1947" } });
    expect(year(1947)?.troops).toBeUndefined();
    expect(year(1992)).toMatchObject({ total: 52154, police: 4413, militaryObservers: 2066, troops: 45675, date: { precision: "month", date: "1992-12" } });
    expect(year(1998)).toMatchObject({ total: 14347, date: { precision: "month", date: "1998-11" } });
    expect(year(2021)).toMatchObject({ total: 75085, police: 7676, militaryObservers: 3097, troops: 64312, missions: 23, sources: ["owid-un-peacekeeping"] });
  });
});
