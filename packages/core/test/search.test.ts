// The search: its matching rule (case, accents, punctuation, both languages, acronyms, ids), its
// ranking, its limit and its date, on a small hand-made set of records whose answers are written out here.
import {
  ActorSchema,
  EndorsementSchema,
  EventSchema,
  InstrumentSchema,
  MissionSchema,
  PledgeSchema,
  PrincipleSchema,
  search,
  searchText,
  type SearchHit,
  type SearchRecords,
} from "@bluehelm/core";
import { describe, expect, it } from "vitest";

const prov = { sources: ["src-a"], confidence: "verified" as const };

const records: SearchRecords = {
  actors: [
    ActorSchema.parse({ kind: "state", id: "civ", names: { en: "Côte d'Ivoire", fr: "Côte-d’Ivoire" }, iso2: "CI", iso3: "CIV", m49: 384, regionalGroup: "african", languages: ["fr"], oif: "member", since: "1960-09-20", ...prov }),
    ActorSchema.parse({ kind: "state", id: "ssd", names: { en: "South Sudan", fr: "Soudan du Sud" }, iso2: "SS", iso3: "SSD", m49: 728, regionalGroup: "african", languages: ["en"], oif: "none", since: "2011-07-14", ...prov }),
    ActorSchema.parse({ kind: "state", id: "sdn", names: { en: "Sudan", fr: "Soudan" }, iso2: "SD", iso3: "SDN", m49: 729, regionalGroup: "african", languages: ["ar", "en"], oif: "none", since: "1956-11-12", ...prov }),
    ActorSchema.parse({ kind: "state", id: "can", names: { en: "Canada", fr: "Canada" }, iso2: "CA", iso3: "CAN", m49: 124, regionalGroup: "weog", languages: ["en", "fr"], oif: "member", since: "1945-11-09", ...prov }),
    ActorSchema.parse({ kind: "organization", id: "au", names: { en: "African Union", fr: "Union africaine" }, acronym: "AU", organizationKind: "regional", ...prov }),
  ],
  missions: [
    MissionSchema.parse({ id: "unmiss", acronym: "UNMISS", acronymFr: "MINUSS", names: { en: "United Nations Mission in the Republic of South Sudan", fr: "Mission des Nations Unies au Soudan du Sud" }, hostIds: ["ssd"], startDate: "2011-07-09", francophoneEnvironment: "no", ...prov }),
    MissionSchema.parse({ id: "minusca", acronym: "MINUSCA", names: { en: "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic" }, startDate: "2014-04-10", francophoneEnvironment: "yes", ...prov }),
    MissionSchema.parse({ id: "unoci", acronym: "UNOCI", acronymFr: "ONUCI", names: { en: "United Nations Operation in Côte d'Ivoire", fr: "Opération des Nations Unies en Côte d'Ivoire" }, startDate: "2004-04-04", endDate: "2017-06-30", francophoneEnvironment: "yes", ...prov }),
    MissionSchema.parse({ id: "unfor", acronym: "UNFOR", names: { en: "United Nations Force" }, francophoneEnvironment: "no", ...prov }),
  ],
  instruments: [
    InstrumentSchema.parse({ id: "kigali-principles", kind: "principles", title: { en: "Kigali Principles on the Protection of Civilians", fr: "Principes de Kigali sur la protection des civils" }, shortTitle: { en: "Kigali Principles", fr: "Principes de Kigali" }, adoptedOn: "2015-05-29", ...prov }),
    InstrumentSchema.parse({ id: "vancouver-principles", kind: "principles", title: { en: "Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", fr: "Principes de Vancouver" }, adoptedOn: "2017-11-15", ...prov }),
  ],
  principles: [
    PrincipleSchema.parse({ id: "kigali-1", instrumentId: "kigali-principles", number: 1, title: { en: "Train troops in the protection of civilians", fr: "Former les troupes à la protection des civils" }, summary: { en: "Training." }, ...prov }),
    PrincipleSchema.parse({ id: "vancouver-1", instrumentId: "vancouver-principles", number: 1, title: { en: "Prioritize child protection", fr: "Faire de la protection de l'enfance une priorité" }, summary: { en: "Children." }, ...prov }),
  ],
  pledges: [
    PledgeSchema.parse({ id: "can-2017-elsie", actorId: "can", eventId: "vancouver-2017", announcedOn: "2017-11-15", kind: "policy", title: { en: "Elsie Initiative for Women in Peace Operations", fr: "Initiative Elsie pour les femmes dans les opérations de paix" }, ...prov }),
    PledgeSchema.parse({ id: "can-2017-helicopters", actorId: "can", announcedOn: "2017-11-15", kind: "unit", title: { en: "Helicopters for a mission" }, ...prov }),
  ],
  events: [
    EventSchema.parse({ id: "kigali-2015", kind: "conference", title: { en: "High-level International Conference on the Protection of Civilians", fr: "Conférence internationale de haut niveau sur la protection des civils" }, startDate: "2015-05-28", endDate: "2015-05-29", city: "Kigali", ...prov }),
    EventSchema.parse({ id: "vancouver-2017", kind: "ministerial", title: { en: "UN Peacekeeping Defence Ministerial, Vancouver", fr: "Réunion ministérielle de la défense sur le maintien de la paix, Vancouver" }, startDate: "2017-11-14", endDate: "2017-11-15", city: "Vancouver", ...prov }),
  ],
  endorsements: [
    EndorsementSchema.parse({ id: "end-can-kigali", actorId: "can", instrumentId: "kigali-principles", date: { precision: "day", date: "2016-05-11", qualifier: "on" }, ...prov }),
    EndorsementSchema.parse({ id: "end-can-vancouver", actorId: "can", instrumentId: "vancouver-principles", date: { precision: "year", date: "2017", qualifier: "by" }, ...prov }),
  ],
};

const LATE = "2024-12-31";
const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe("searchText", () => {
  it("drops accents and case and turns punctuation into single spaces", () => {
    expect(searchText("Côte-d’Ivoire")).toBe("cote d ivoire");
    expect(searchText("  COTE D'IVOIRE ")).toBe("cote d ivoire");
    expect(searchText("Réunion ministérielle, Vancouver")).toBe("reunion ministerielle vancouver");
    expect(searchText("S/RES/2765 (2024)")).toBe("s res 2765 2024");
  });
});

describe("search", () => {
  it("finds a State whatever the case, accents and apostrophe, in English and French", () => {
    expect(ids(search(records, "cote d'ivoire", { asOf: LATE, kinds: ["actor"] }).hits)).toEqual(["actor:civ"]);
    expect(ids(search(records, "CÔTE-D’IVOIRE", { asOf: LATE, kinds: ["actor"] }).hits)).toEqual(["actor:civ"]);
    expect(ids(search(records, "soudan du sud", { asOf: LATE, kinds: ["actor"] }).hits)).toEqual(["actor:ssd"]);
    expect(ids(search(records, "union africaine", { asOf: LATE }).hits)).toEqual(["actor:au"]);
  });

  it("finds a mission by its French acronym, its English acronym, its id and its name", () => {
    const minuss = search(records, "minuss", { asOf: LATE });
    expect(ids(minuss.hits)).toEqual(["mission:unmiss"]);
    expect(minuss.hits[0]).toMatchObject({ match: "exact", matched: "MINUSS" });
    expect(ids(search(records, "UNMISS", { asOf: LATE }).hits)).toEqual(["mission:unmiss"]);
    expect(ids(search(records, "onuci", { asOf: LATE }).hits)).toEqual(["mission:unoci"]);
    expect(search(records, "unoci", { asOf: LATE }).hits[0]).toMatchObject({ kind: "mission", id: "unoci", match: "exact", matched: "UNOCI" });
  });

  it("finds a State by its ISO codes and an organization by its acronym", () => {
    expect(search(records, "CIV", { asOf: LATE, kinds: ["actor"] }).hits[0]).toMatchObject({ id: "civ", match: "exact" });
    expect(search(records, "au", { asOf: LATE }).hits[0]).toMatchObject({ kind: "actor", id: "au", match: "exact", matched: "AU" });
  });

  it("ranks exact matches, then prefixes, then word starts, then parts", () => {
    // "sudan": Sudan (exact), then South Sudan (a word), then UNMISS (a word of its English name); "soudan" likewise in French.
    expect(ids(search(records, "sudan", { asOf: LATE }).hits)).toEqual(["actor:sdn", "actor:ssd", "mission:unmiss"]);
    expect(search(records, "sudan", { asOf: LATE }).hits.map((h) => h.match)).toEqual(["exact", "word", "word"]);
    // "minus": a prefix of MINUSCA and MINUSS (by acronym); ordered by kind then by acronym.
    expect(ids(search(records, "minus", { asOf: LATE }).hits)).toEqual(["mission:minusca", "mission:unmiss"]);
    // "ivoire": a word of Côte d'Ivoire and of UNOCI's name; "voir" only a part of them.
    expect(search(records, "ivoire", { asOf: LATE }).hits.map((h) => `${h.id}:${h.match}`)).toEqual(["civ:word", "unoci:word"]);
    expect(search(records, "voir", { asOf: LATE }).hits.map((h) => `${h.id}:${h.match}`)).toEqual(["civ:part", "unoci:part"]);
  });

  it("finds records holding every word of the query, in any order, last", () => {
    const answer = search(records, "kigali protection", { asOf: LATE });
    // The instrument's title holds both words; the first Kigali principle holds "Kigali" in its id and "protection" in its
    // title; the Kigali conference holds "protection" in its title and "Kigali" as its city. By kind.
    expect(ids(answer.hits)).toEqual(["instrument:kigali-principles", "principle:kigali-1", "event:kigali-2015"]);
    expect(answer.hits.map((h) => h.match)).toEqual(["words", "words", "words"]);
  });

  it("finds principles, pledges and events by their titles in either language and their ids", () => {
    expect(ids(search(records, "elsie", { asOf: LATE }).hits)).toEqual(["pledge:can-2017-elsie"]);
    expect(ids(search(records, "enfance", { asOf: LATE }).hits)).toEqual(["principle:vancouver-1"]);
    const principle = search(records, "kigali-1", { asOf: LATE }).hits[0];
    expect(principle).toMatchObject({ kind: "principle", id: "kigali-1", match: "exact" });
    expect(principle?.kind === "principle" ? principle.instrument?.id : undefined).toBe("kigali-principles");
    // The ministerial's city is "Vancouver" (exact); the principles' title and the principle's id start with it (prefix).
    expect(ids(search(records, "vancouver", { asOf: LATE }).hits)).toEqual(["event:vancouver-2017", "instrument:vancouver-principles", "principle:vancouver-1"]);
  });

  it("finds nothing dated after the date: States admitted, missions started, instruments adopted, pledges announced, events begun later", () => {
    // On 2011-07-08 South Sudan was not yet admitted and UNMISS not yet begun.
    expect(ids(search(records, "sudan", { asOf: "2011-07-08" }).hits)).toEqual(["actor:sdn"]);
    expect(ids(search(records, "minuss", { asOf: "2011-07-08" }).hits)).toEqual([]);
    expect(ids(search(records, "minuss", { asOf: "2011-07-09" }).hits)).toEqual(["mission:unmiss"]);
    // The Vancouver ministerial began on 14 November 2017, its principles and pledges came on the 15th.
    expect(ids(search(records, "vancouver", { asOf: "2017-11-13" }).hits)).toEqual([]);
    expect(ids(search(records, "vancouver", { asOf: "2017-11-14" }).hits)).toEqual(["event:vancouver-2017"]);
    expect(ids(search(records, "elsie", { asOf: "2017-11-14" }).hits)).toEqual([]);
    expect(ids(search(records, "elsie", { asOf: "2017-11-15" }).hits)).toEqual(["pledge:can-2017-elsie"]);
    // A mission without a start date is not known to be later: it is found.
    expect(ids(search(records, "unfor", { asOf: "1990-01-01" }).hits)).toEqual(["mission:unfor"]);
  });

  it("gives a State's endorsements certain by the date, and none later", () => {
    const endorsed = (asOf: string) => {
      const hit = search(records, "canada", { asOf, kinds: ["actor"] }).hits[0];
      return hit?.kind === "actor" ? hit.endorsed : undefined;
    };
    expect(endorsed("2016-05-10")).toEqual([]);
    expect(endorsed("2016-05-11")).toEqual(["kigali-principles"]);
    // Endorsed "by 2017": certain only once 2017 has ended.
    expect(endorsed("2017-12-30")).toEqual(["kigali-principles"]);
    expect(endorsed("2017-12-31")).toEqual(["kigali-principles", "vancouver-principles"]);
  });

  it("is bounded by its limit and says how many matched in all, by kind", () => {
    const answer = search(records, "un", { asOf: LATE, limit: 2 });
    // "un" starts "Union africaine", the four missions' acronyms or names, the Vancouver ministerial's title ("UN Peacekeeping…")
    // and a word ("une") of the French title of the first Vancouver principle. The first two: the African Union (a prefix,
    // and actors come first), then MINUSCA (a prefix; missions by acronym).
    expect(ids(answer.hits)).toEqual(["actor:au", "mission:minusca"]);
    expect(answer.total).toBe(7);
    expect(answer.totals).toEqual({ actor: 1, mission: 4, instrument: 0, principle: 1, pledge: 0, event: 1 });
    expect(() => search(records, "un", { asOf: LATE, limit: 0 })).toThrow(RangeError);
    expect(() => search(records, "un", { asOf: LATE, limit: 501 })).toThrow(RangeError);
    expect(() => search(records, "un", { asOf: LATE, limit: 1.5 })).toThrow(RangeError);
  });

  it("finds nothing for an empty query or one of punctuation only", () => {
    expect(search(records, "", { asOf: LATE })).toEqual({ query: "", asOf: LATE, hits: [], total: 0, totals: { actor: 0, mission: 0, instrument: 0, principle: 0, pledge: 0, event: 0 } });
    expect(search(records, " '-. ", { asOf: LATE }).total).toBe(0);
  });
});

describe("search's order within a kind", () => {
  it("lists the principles of an instrument in their numbered order", () => {
    const more: SearchRecords = {
      ...records,
      principles: [
        PrincipleSchema.parse({ id: "kigali-10", instrumentId: "kigali-principles", number: 10, title: { en: "Alpha" }, summary: { en: "…" }, ...prov }),
        PrincipleSchema.parse({ id: "kigali-2", instrumentId: "kigali-principles", number: 2, title: { en: "Zulu" }, summary: { en: "…" }, ...prov }),
        ...records.principles,
      ],
    };
    // All three start with "kigali" by their ids: numbers 1, 2, 10 (not by title, nor by id as text).
    expect(ids(search(more, "kigali", { asOf: LATE, kinds: ["principle"] }).hits)).toEqual(["principle:kigali-1", "principle:kigali-2", "principle:kigali-10"]);
  });
});
