// The "data last updated" list against the SOURCE.md files, read here on their own: every date is
// parsed from the text the SOURCE.md gives for its file, not taken from the list under test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_DATE_BASES, type DatasetDateBasis } from "../src/datasets.js";
import { loadDataset, sources } from "../src/index.js";
import { EXTERNAL } from "./raw.js";

const sourceMd = (folder: string) => readFileSync(join(EXTERNAL, folder, "SOURCE.md"), "utf8");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const latest = (dates: readonly string[]) => [...dates].sort().at(-1);

/** The date a SOURCE.md gives for a file, on the given basis; undefined when it gives none. */
function parsedDate(path: string, basis: DatasetDateBasis): string | undefined {
  const folder = path.split("/")[0]!;
  const text = sourceMd(folder);
  switch (basis) {
    case "publisher-update":
      return /`last_update`\D*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    case "as-of": {
      const day = /as of (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(text);
      if (day) return `${day[3]}-${String(MONTHS.indexOf(day[2]!) + 1).padStart(2, "0")}-${day[1]!.padStart(2, "0")}`;
      return /\((?:early|mid|late) (\d{4})\)/.exec(text)?.[1];
    }
    case "retrieved":
      return /retrieved (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    case "file-commit":
      // The latest date in parentheses right after a commit hash.
      return latest([...text.matchAll(/\b[0-9a-f]{40}`?\s*\((\d{4}-\d{2}-\d{2})\)/g)].map((m) => m[1]!));
    case "snapshot":
      return /snapshot HEAD `?[0-9a-f]{40}`? \((\d{4}-\d{2}-\d{2})\)/.exec(text)?.[1];
    case "release": {
      // The folder table names each file with its GED release; the release's article gives its year.
      const name = path.split("/").slice(1).join("/");
      const release = new RegExp(`\\| ${name.replace(/[.]/g, "\\.")} \\| (\\d+\\.\\d+)`).exec(text)?.[1];
      return release ? new RegExp(`${release.replace(".", "\\.")} \\([^)]*?(\\d{4}), JPR`).exec(text)?.[1] : undefined;
    }
  }
}

describe("DATASETS", () => {
  it("gives every file the date its SOURCE.md gives", () => {
    let checked = 0;
    for (const d of DATASETS) {
      for (const f of d.files) {
        expect(f.path.startsWith(`${d.id}/`), f.path).toBe(true);
        expect(existsSync(join(EXTERNAL, f.path)), f.path).toBe(true);
        expect(f.date, `${f.path} (${f.basis})`).toBe(parsedDate(f.path, f.basis));
        checked++;
      }
    }
    expect(checked).toBe(15);
  });

  it("has the dates written out from the SOURCE.md files", () => {
    const updated = Object.fromEntries(DATASETS.map((d) => [d.id, `${d.updated.basis} ${d.updated.date}`]));
    expect(updated).toEqual({
      "un-psdh-pko-missions": "publisher-update 2024-02-19",
      "un-psdh-fatalities": "publisher-update 2025-04-04",
      "un-pk-contributions-2021": "as-of 2021-01-31",
      "owid-un-peacekeeping": "retrieved 2022-02-24",
      "radpko-bases": "file-commit 2020-11-13",
      "geo-pko-v2.3-aggregates": "snapshot 2025-05-04",
      "cr-unsc-records": "as-of 2024",
      "ucdp-ged-extracts": "release 2024",
    });
  });

  it("shows as last updated the latest date of the files on their most telling basis", () => {
    const rank: readonly DatasetDateBasis[] = ["publisher-update", "as-of", "release", "retrieved", "file-commit", "snapshot"];
    for (const d of DATASETS) {
      const best = Math.min(...d.files.map((f) => rank.indexOf(f.basis)));
      const candidates = d.files.filter((f) => rank.indexOf(f.basis) === best);
      expect(d.updated, d.id).toEqual({ date: latest(candidates.map((f) => f.date)), basis: rank[best] });
    }
  });

  it("covers every folder of data/external, cites sources of the registry and names real collections", () => {
    const folders = readdirSync(EXTERNAL, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(DATASETS.map((d) => d.id).sort()).toEqual(folders);
    const ids = new Set(sources.map((s) => s.id));
    const dataset = loadDataset();
    for (const d of DATASETS) {
      for (const id of d.sourceIds) expect(ids.has(id), `${d.id} cites ${id}`).toBe(true);
      for (const c of d.collections) expect(dataset[c].length, `${d.id} → ${c}`).toBeGreaterThan(0);
      expect(d.title.en.length * d.title.fr.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(DATASETS[0]?.files)).toBe(true);
  });

  it("labels every date basis in English and French", () => {
    expect(DATASET_DATE_BASES["publisher-update"]).toEqual({ en: "Last updated by the publisher", fr: "Dernière mise à jour par l'éditeur" });
    expect(DATASET_DATE_BASES["as-of"]).toEqual({ en: "Data as of", fr: "Données au" });
    for (const d of DATASETS) for (const f of d.files) expect(DATASET_DATE_BASES[f.basis].fr.length, f.basis).toBeGreaterThan(0);
  });
});
