// When the data behind a figure was last updated: the dates come from the sources' records only,
// and the expected answers are written out here.
import { dataUpdated, datasetsOf, type Source } from "@bluehelm/core";
import { describe, expect, it } from "vitest";

const source = (s: Omit<Source, "confidence">): Source => ({ ...s, confidence: "reported" });

const registry = new Map<string, Source>(
  [
    source({ id: "list", title: "Operations list", published: "2024-02-19" }),
    source({ id: "release", title: "A release known to its year", published: "2024" }),
    source({ id: "month", title: "A report of a month", published: "2024-02" }),
    source({ id: "retrieved", title: "A page retrieved", accessed: "2023-05-01" }),
    source({ id: "both", title: "Published and retrieved", published: "2022-01-10", accessed: "2025-03-12" }),
    source({ id: "undated", title: "No date at all" }),
    source({ id: "same-day", title: "Retrieved on its publication day", published: "2024-02-19", accessed: "2024-02-19" }),
  ].map((s) => [s.id, s]),
);

describe("dataUpdated", () => {
  it("gives each source's own dates, and says when it has none or is not in the registry", () => {
    expect(dataUpdated(["list", "undated", "missing"], registry)).toEqual({
      latest: { sourceId: "list", date: "2024-02-19", basis: "published" },
      sources: [
        { id: "list", known: true, title: "Operations list", published: "2024-02-19" },
        { id: "undated", known: true, title: "No date at all" },
        { id: "missing", known: false },
      ],
    });
  });

  it("has no latest date when no source gives one (none is made up)", () => {
    expect(dataUpdated(["undated", "missing"], registry).latest).toBeUndefined();
    expect(dataUpdated([], registry)).toEqual({ sources: [] });
  });

  it("takes the most recent date, of publication or retrieval", () => {
    expect(dataUpdated(["list", "both"], registry).latest).toEqual({ sourceId: "both", date: "2025-03-12", basis: "accessed" });
    expect(dataUpdated(["retrieved", "both"], registry).latest).toEqual({ sourceId: "both", date: "2025-03-12", basis: "accessed" });
    expect(dataUpdated(["retrieved"], registry).latest).toEqual({ sourceId: "retrieved", date: "2023-05-01", basis: "accessed" });
  });

  it("does not count a year or a month as later than a day within it", () => {
    // "2024" may be 1 January 2024; "2024-02" 1 February 2024: the list's 19 February 2024 is later than both.
    expect(dataUpdated(["release", "month", "list"], registry).latest).toEqual({ sourceId: "list", date: "2024-02-19", basis: "published" });
    // "2024-02" (from 1 February) is later than "2024" (from 1 January).
    expect(dataUpdated(["release", "month"], registry).latest).toEqual({ sourceId: "month", date: "2024-02", basis: "published" });
  });

  it("on the same day, keeps the publication, and the first source given; ids repeated are taken once", () => {
    expect(dataUpdated(["same-day"], registry).latest).toEqual({ sourceId: "same-day", date: "2024-02-19", basis: "published" });
    expect(dataUpdated(["list", "same-day"], registry).latest).toEqual({ sourceId: "list", date: "2024-02-19", basis: "published" });
    expect(dataUpdated(["list", "list"], registry).sources.map((s) => s.id)).toEqual(["list"]);
  });
});

describe("datasetsOf", () => {
  const sets = [
    { id: "missions", title: { en: "Operations list", fr: "Liste des opérations" }, sourceIds: ["list"], updated: { date: "2024-02-19", basis: "publisher-update" } },
    { id: "contributions", title: { en: "Contributions", fr: "Contributions" }, sourceIds: ["ranking", "by-year"], updated: { date: "2021-01-31", basis: "as-of" } },
    { id: "ged", title: { en: "Events", fr: "Événements" }, sourceIds: ["ged-22", "ged-23"], updated: { date: "2024", basis: "release" } },
  ];

  it("gives the data sets cited by any of the ids, in their own order, each once", () => {
    expect(datasetsOf(["by-year", "list", "ranking", "by-year"], sets).map((d) => d.id)).toEqual(["missions", "contributions"]);
    expect(datasetsOf(["ged-23"], sets)).toEqual([sets[2]]);
  });

  it("gives none for a figure from curated sources only", () => {
    expect(datasetsOf(["a-news-article", "undated"], sets)).toEqual([]);
    expect(datasetsOf([], sets)).toEqual([]);
  });
});
