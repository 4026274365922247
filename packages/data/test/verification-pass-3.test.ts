import { validateDataset } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { endorsements, events, genderTargets, instruments, loadDataset, principles, sources } from "../src/index.js";

// Values written out from the sources, not read back from the curated files.
const source = (id: string) => sources.find((s) => s.id === id);

describe("Kigali Principles endorsements of May 2016", () => {
  it("dates Canada's signature to 13 May 2016 (45eNord.ca), keeping the Rwanda MoD list", () => {
    const can = endorsements.find((e) => e.id === "kp-endorsement-can");
    expect(can?.actorId).toBe("can");
    expect(can?.instrumentId).toBe("kigali-principles");
    expect(can?.date).toEqual({ precision: "day", date: "2016-05-13", qualifier: "on" });
    expect(can?.confidence).toBe("reported");
    expect(can?.sources).toEqual(["45enord-canada-kigali-2016-05", "rwanda-mod-2016-11-endorsers"]);
    expect(can?.eventId).toBeUndefined();
    expect(endorsements.filter((e) => e.actorId === "can" && e.instrumentId === "kigali-principles")).toHaveLength(1);
  });

  it("dates Romania's joining to 11 May 2016, with LexCafe.ro added to Ukraine's mission", () => {
    const rou = endorsements.find((e) => e.id === "kp-endorsement-rou");
    expect(rou?.date).toEqual({ precision: "day", date: "2016-05-11", qualifier: "on" });
    expect(rou?.eventId).toBe("hle-kigali-2016-05-11");
    expect(rou?.sources).toEqual(["ukraineun-kigali-2016-05", "lexcafe-romania-kigali-2016", "rwanda-mod-2016-11-endorsers"]);
    expect(rou?.confidence).toBe("verified");
  });

  it("registers the two new press sources as reported, with their languages and addresses", () => {
    expect(source("45enord-canada-kigali-2016-05")).toMatchObject({
      publisher: "45eNord.ca",
      url: "http://www.45enord.ca/2016/05/canada-signe-principes-de-kigali-une-evolution-significative-humanite-romeo-dallaire-video/",
      published: "2016-05",
      language: "fr",
      confidence: "reported",
    });
    expect(source("lexcafe-romania-kigali-2016")).toMatchObject({ url: "https://lexcafe.ro/?p=28806", language: "ro", confidence: "reported" });
    expect(source("lexcafe-romania-kigali-2016")?.published).toBeUndefined();
  });
});

describe("UGPS 2028 police targets", () => {
  it("are 20 % (formed police units) and 30 % (individual police), reported from the Elsie Initiative Fund", () => {
    const fpu = genderTargets.find((t) => t.id === "ugps-formed-police-units-2028");
    const ipo = genderTargets.find((t) => t.id === "ugps-individual-police-2028");
    expect([fpu?.category, fpu?.year, fpu?.share, fpu?.confidence]).toEqual(["formed-police-units", 2028, 0.2, "reported"]);
    expect([ipo?.category, ipo?.year, ipo?.share, ipo?.confidence]).toEqual(["individual-police", 2028, 0.3, "reported"]);
    for (const t of [fpu, ipo]) {
      expect(t?.sources).toContain("elsiefund-un-strategies");
      expect(t?.sources).not.toContain("background-knowledge");
    }
    expect(source("elsiefund-un-strategies")).toMatchObject({ url: "https://elsiefund.org/un-strategies-eifund/", confidence: "reported" });
    expect(source("elsiefund-un-strategies")?.note).toContain("20% female police in formed police units (FPU)");
    expect(source("elsiefund-un-strategies")?.note).toContain("30% individual police officers");
  });
});

describe("Vancouver Principles", () => {
  const TITLES = [
    "Mandates",
    "Planning",
    "Early Warning",
    "Child Protection Focal Points",
    "Doctrine, Training, and Education",
    "Monitoring and Reporting",
    "Protection and Care of Children",
    "Prevention",
    "Detention",
    "Conduct and Discipline",
    "Contribution of Women",
    "Disarmament, Demobilization, and Reintegration",
    "Mental Health",
    "Peace Processes",
    "Sanctions",
    "Best Practices",
    "Further Guidance",
  ];

  it("has the official title, the launch day, Canada as initiator and 17 principles", () => {
    const vp = instruments.find((i) => i.id === "vancouver-principles");
    expect(vp?.title).toEqual({ en: "The Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers" });
    expect(vp?.adoptedOn).toBe("2017-11-15");
    expect(vp?.eventId).toBe("vancouver-2017");
    expect(vp?.initiatorIds).toEqual(["can"]);
    expect(vp?.principleCount).toBe(17);
    expect(vp?.confidence).toBe("verified");
    expect(vp?.sources).toEqual(expect.arrayContaining(["gac-vancouver-principles", "canada-dnd-2017-annex-c", "canada-dnd-vancouver-principles-introduction", "childsoldiers-vancouver-principles"]));
    expect(vp?.note).toContain("Dallaire");
  });

  it("has the 17 chapter titles of the Implementation Guidance, in order, English only, numbers verified", () => {
    const vp = principles.filter((p) => p.instrumentId === "vancouver-principles").sort((a, b) => a.number - b.number);
    expect(vp.map((p) => p.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(vp.map((p) => p.title.en)).toEqual(TITLES);
    expect(vp.map((p) => p.id)).toEqual(TITLES.map((_, i) => `vancouver-principles-${i + 1}`));
    for (const p of vp) {
      expect(p.title.fr, `principle ${p.number}`).toBeUndefined();
      expect(p.summary.fr, `principle ${p.number}`).toBeUndefined();
      expect([p.confidence, p.numberConfidence]).toEqual(["verified", "verified"]);
      expect(p.sources).toEqual(["canada-dnd-vancouver-principles-guidance", "canada-dnd-vancouver-principles-introduction"]);
    }
    // Only principle 17's text was read; the others carry no invented gist.
    for (const p of vp.slice(0, 16)) expect(p.summary.en).toBe("Gist not recorded: the text of this principle was not retrieved.");
    expect(vp[16]?.summary.en).toContain("operational guidance");
  });

  it("registers the Canadian sources as verified and the Dallaire Initiative page as reported", () => {
    expect(source("gac-vancouver-principles")?.confidence).toBe("verified");
    expect(source("canada-dnd-2017-annex-c")?.url).toBe("https://www.canada.ca/en/department-national-defence/corporate/reports-publications/un-peace-keeping/annex-c.html");
    expect(source("canada-dnd-vancouver-principles-guidance")).toMatchObject({ published: "2019", confidence: "verified" });
    expect(source("canada-dnd-vancouver-principles-introduction")?.confidence).toBe("verified");
    expect(source("childsoldiers-vancouver-principles")).toMatchObject({ url: "https://www.childsoldiers.org/vancouver-principles/", confidence: "reported" });
  });
});

describe("ministerials of 2021, 2023 and 2025", () => {
  const event = (id: string) => events.find((e) => e.id === id);

  it("Seoul: 7–8 December 2021, held virtually, 75 States and 2 organizations, 62 pledging States (64 per IPI in the note)", () => {
    const e = event("seoul-2021");
    expect([e?.startDate, e?.endDate]).toEqual(["2021-12-07", "2021-12-08"]);
    expect(e?.participation).toEqual({ states: 75, organizations: 2 });
    expect(e?.pledgeSummary).toEqual({ pledgingStates: 62 });
    expect(e?.note).toContain("Held virtually");
    expect(e?.note).toContain("IPI Global Observatory (February 2022) gives 64");
    expect(e?.sources).toEqual(["un-sg-2021-seoul", "rok-mfa-2021-12-10-seoul", "ipi-global-observatory-2022-02-seoul"]);
    expect(source("un-sg-2021-seoul")?.published).toBe("2021-12-08");
    expect(source("rok-mfa-2021-12-10-seoul")).toMatchObject({ published: "2021-12-10", confidence: "verified" });
    expect(source("ipi-global-observatory-2022-02-seoul")).toMatchObject({ published: "2022-02", confidence: "reported" });
  });

  it("Accra: 5–6 December 2023, 91 States, 3 organizations, 57 pledging States, DPO's ministerial page cited", () => {
    const e = event("accra-2023");
    expect([e?.startDate, e?.endDate]).toEqual(["2023-12-05", "2023-12-06"]);
    expect(e?.participation).toMatchObject({ states: 91, organizations: 3 });
    expect(e?.pledgeSummary).toMatchObject({ pledgingStates: 57, units: 110, atLeast: true });
    expect(e?.sources).toEqual(expect.arrayContaining(["un-pk-2023-ministerial", "un-sg-2023-12-06-accra-chairs-summary", "afrinewz-accra-2023-12"]));
    expect(source("un-pk-2023-ministerial")).toMatchObject({ url: "https://peacekeeping.un.org/en/2023-united-nations-peacekeeping-ministerial", confidence: "verified" });
    expect(source("un-sg-2023-12-06-accra-chairs-summary")?.published).toBe("2023-12-06");
  });

  it("Berlin: 13–14 May 2025, over 1,000 participants, 74 pledging States and 88 units from UN sources", () => {
    const e = event("berlin-2025");
    expect([e?.startDate, e?.endDate]).toEqual(["2025-05-13", "2025-05-14"]);
    expect(e?.participation).toEqual({ delegations: 130, delegates: 1000, atLeast: true });
    expect(e?.pledgeSummary).toEqual({ pledgingStates: 74, units: 88 });
    expect(e?.confidence).toBe("verified");
    expect(e?.sources).toEqual(expect.arrayContaining(["un-pk-berlin-2025-budgets-shrink", "un-press-2025-sgt3427-berlin", "un-news-2025-05-berlin", "app-urdupoint-2025-05-15-berlin"]));
    expect(e?.outcomes[0]?.en).toContain("16 on safety and protection");
    expect(e?.outcomes[1]?.en).toBe("Germany announced €82 million (about US$91.7 million).");
    expect(source("un-news-2025-05-berlin")).toMatchObject({ url: "https://news.un.org/en/story/2025/05/1163246", confidence: "verified" });
    expect(source("app-urdupoint-2025-05-15-berlin")).toMatchObject({ published: "2025-05-15", confidence: "reported" });
  });
});

describe("after the pass", () => {
  it("the dataset still validates with no error", () => {
    expect(validateDataset(loadDataset()).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
