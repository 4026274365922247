// A small, hand-made dataset that is valid under every rule. Tests copy it and
// change one thing to make a single rule fire.
import type { DatasetInput } from "@bluehelm/core";

const prov = { sources: ["src-a"], confidence: "verified" as const };

export function fixture(): DatasetInput {
  return structuredClone({
    sources: [
      { id: "src-a", title: "Primary source", publisher: "United Nations", url: "https://example.org/a", published: "2015-05", confidence: "verified" },
      { id: "src-b", title: "Secondary source", confidence: "unverified" },
    ],
    actors: [
      {
        kind: "state",
        id: "rwa",
        names: { en: "Rwanda", fr: "Rwanda" },
        iso2: "RW",
        iso3: "RWA",
        m49: 646,
        regionalGroup: "african",
        languages: ["rw", "en", "fr", "sw"],
        oif: "member",
        since: "1962-09-18",
        ...prov,
      },
      {
        kind: "state",
        id: "nld",
        names: { en: "Netherlands", fr: "Pays-Bas" },
        iso2: "NL",
        iso3: "NLD",
        m49: 528,
        regionalGroup: "weog",
        languages: ["nl"],
        oif: "none",
        since: "1945-12-10",
        ...prov,
      },
      {
        kind: "state",
        id: "ssd",
        names: { en: "South Sudan", fr: "Soudan du Sud" },
        iso2: "SS",
        iso3: "SSD",
        m49: 728,
        regionalGroup: "african",
        languages: ["en"],
        oif: "none",
        since: "2011-07-14",
        ...prov,
      },
      { kind: "organization", id: "au", names: { en: "African Union", fr: "Union africaine" }, acronym: "AU", organizationKind: "regional", memberIds: ["rwa", "ssd"], ...prov },
    ],
    actorRoles: [{ id: "role-1", actorId: "rwa", role: "troop-police-contributor-rank", from: "2021-01-31", to: "2021-01-31", value: 2, ...prov }],
    assessmentShares: [
      { id: "share-1", actorId: "nld", scale: "peacekeeping", fromYear: 2019, toYear: 2021, percent: 1.35, ...prov },
      { id: "share-2", actorId: "rwa", scale: "peacekeeping", fromYear: 2019, toYear: 2021, percent: 0.0003, ...prov },
    ],
    themes: [
      { id: "theme-root", title: { en: "Protecting those at risk", fr: "Protéger les personnes à risque" }, eventId: "ev-2017", order: 1, ...prov },
      { id: "theme-child", parentId: "theme-root", title: { en: "Kigali Principles" }, order: 2, ...prov },
    ],
    events: [
      { id: "ev-2015", kind: "conference", title: { en: "Kigali conference" }, startDate: "2015-05-28", endDate: "2015-05-29", city: "Kigali", countryId: "rwa", hostIds: ["rwa"], instrumentIds: ["kp"], ...prov },
      {
        id: "ev-2017",
        kind: "ministerial",
        title: { en: "Vancouver ministerial" },
        startDate: "2017-11-14",
        endDate: "2017-11-15",
        themeIds: ["theme-root"],
        participation: { delegations: 84, delegates: 500, atLeast: true },
        pledgeSummary: { pledgingDelegations: 48 },
        ...prov,
      },
    ],
    instruments: [
      { id: "kp", kind: "principles", title: { en: "Kigali Principles on the Protection of Civilians" }, adoptedOn: "2015-05-29", eventId: "ev-2015", initiatorIds: ["rwa", "nld"], principleCount: 18, ...prov },
    ],
    principles: [
      { id: "kp-1", instrumentId: "kp", number: 1, title: { en: "Training" }, summary: { en: "Train troops in PoC before deployment." }, ...prov },
      { id: "kp-2", instrumentId: "kp", number: 2, title: { en: "Leaders" }, summary: { en: "Prepare commanders." }, themeIds: ["theme-child"], ...prov },
    ],
    endorsements: [
      { id: "end-rwa", actorId: "rwa", instrumentId: "kp", date: { precision: "month", date: "2015-05", qualifier: "on" }, eventId: "ev-2015", ...prov },
      { id: "end-nld", actorId: "nld", instrumentId: "kp", date: { precision: "day", date: "2016-11-30", qualifier: "by" }, ...prov },
    ],
    missions: [
      {
        id: "unmiss",
        acronym: "UNMISS",
        names: { en: "United Nations Mission in the Republic of South Sudan", fr: "Mission des Nations Unies au Soudan du Sud" },
        hostIds: ["ssd"],
        startDate: "2011-07-09",
        location: "Juba",
        coordinates: { lat: 4.85, lon: 31.6 },
        francophoneEnvironment: "no",
        ...prov,
      },
      { id: "old-mission", acronym: "UNOLD", names: { en: "A closed mission" }, startDate: "2000-01-01", endDate: "2005-12-31", francophoneEnvironment: "yes", ...prov },
    ],
    mandates: [
      {
        id: "unmiss-2779",
        missionId: "unmiss",
        resolution: "S/RES/2779 (2025)",
        adoptedOn: "2025-05-08",
        expiresOn: "2026-04-30",
        chapterVII: true,
        poc: "core",
        tasks: ["protection-of-civilians", "human-rights"],
        ceilings: { troops: 17000, police: 2101 },
        ...prov,
      },
    ],
    pledges: [
      {
        id: "pl-1",
        actorId: "rwa",
        eventId: "ev-2017",
        announcedOn: "2017-11-15",
        kind: "unit",
        title: { en: "Level-2 hospital" },
        themeIds: ["theme-root"],
        unit: { unitType: "level-2-hospital", quantity: 1, personnel: 60, women: 12 },
        missionId: "unmiss",
        ...prov,
      },
      { id: "pl-2", actorId: "nld", announcedOn: "2017-11-15", kind: "training", title: { en: "PoC training" }, sources: ["src-b"], confidence: "reported" },
    ],
    pledgeEvents: [
      { id: "pe-1", pledgeId: "pl-1", type: "registered", date: "2018-01-10", ...prov },
      { id: "pe-2", pledgeId: "pl-1", type: "deployed", date: "2018-06-01", missionId: "unmiss", ...prov },
      { id: "pe-3", pledgeId: "pl-1", type: "fulfilled", date: "2019-06-01", ...prov },
    ],
    contributions: [
      {
        id: "c-1",
        contributorId: "rwa",
        missionId: "unmiss",
        periodStart: "2021-01-31",
        periodEnd: "2021-01-31",
        measure: "snapshot",
        category: "all",
        women: 300,
        men: 2400,
        total: 2700,
        ...prov,
      },
    ],
    capabilityRequirements: [
      { id: "cr-1", missionId: "unmiss", unitType: "utility-helicopter-unit", quantity: 2, publishedOn: "2019-03-01", neededBy: "2019-12-31", ...prov },
    ],
    genderTargets: [{ id: "gt-1", strategy: "UGPS 2018-2028", category: "troops", year: 2028, share: 0.15, ...prov }],
    conductStats: [{ id: "cs-1", missionId: "unmiss", year: 2020, category: "sea", allegations: 5, ...prov }],
  } satisfies DatasetInput);
}
