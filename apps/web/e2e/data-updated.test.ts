// "Data last updated": every view that shows figures says when their data was last updated: the
// date of each public data set they draw on (`@bluehelm/data/datasets`, from the SOURCE notes), and
// the most recent date of the records of their sources (publication and retrieval, as the API serves
// them); each source says its own dates or that it gives none. Checked against the API.
import { DATASETS } from "@bluehelm/data/datasets";
import { describe, expect, it } from "vitest";
import { webSession } from "./harness.js";

const session = webSession();
const open = session.open;
const json = session.json;

interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly published?: string;
  readonly accessed?: string;
}

describe("data last updated", () => {
  it("the map's contributions say the publication date of their data set, in English and in French", async () => {
    const answer = await json<{ sources: string[] }>("/v1/analytics/top-contributors?from=2019&to=2019&n=200");
    // The yearly figures come from one data set, dated by its publication only.
    expect(answer.sources).toEqual(["un-pk-country-by-year"]);
    const source = await json<SourceRecord>("/v1/sources/un-pk-country-by-year");
    expect(source.published).toBe("2023-09-06");
    expect(source.accessed).toBeUndefined();
    const expected = {
      en: `Data last updated: 6 September 2023, the publication date of its most recent source, “${source.title}”.`,
      fr: `Dernière mise à jour des données : 6 septembre 2023, date de publication de sa source la plus récente, « ${source.title} ».`,
    };
    // The data set those yearly figures come from, with the date its SOURCE note gives (as written there).
    const set = DATASETS.find((d) => d.sourceIds.includes("un-pk-country-by-year"))!;
    expect([set.id, set.updated.date, set.updated.basis]).toEqual(["un-pk-contributions-2021", "2021-01-31", "as-of"]);
    const expectedSet = {
      en: `Data as of: 31 January 2021 — data set “${set.title.en}”.`,
      fr: `Données au : 31 janvier 2021 — jeu de données « ${set.title.fr} ».`,
    };
    for (const lang of ["en", "fr"] as const) {
      const { page, errors } = await open(`/map?layer=contributions&asOf=2019-12-31${lang === "fr" ? "&lang=fr" : ""}`);
      try {
        await page.waitForSelector("p.updated[data-updated]");
        expect(await page.locator("p.updated[data-updated]").count()).toBe(1);
        expect(await page.locator("p.updated[data-updated]").textContent()).toBe(expected[lang]);
        expect(await page.locator("p.updated[data-updated]").getAttribute("data-updated")).toBe("2023-09-06");
        expect(await page.locator("p.updated[data-dataset]").allTextContents()).toEqual([expectedSet[lang]]);
        expect(await page.locator("p.updated[data-dataset]").getAttribute("data-dataset-updated")).toBe("2021-01-31");
        await page.locator("details.sources summary").first().click();
        expect(await page.locator('details.sources li[data-source="un-pk-country-by-year"]').textContent()).toContain(lang === "fr" ? "(publication : 6 septembre 2023)" : "(published: 6 September 2023)");
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("a source without a date says it gives none; none is made up", async () => {
    const countries = await json<SourceRecord>("/v1/sources/countries-list");
    expect(countries.published).toBeUndefined();
    expect(countries.accessed).toBeUndefined();
    const { page, errors } = await open("/states/fra");
    try {
      const item = page.locator('details.sources li[data-source="countries-list"]').first();
      expect(await item.textContent()).toContain("(no date given)");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("every view with figures says when their data was last updated", async () => {
    for (const path of ["/?asOf=2019-06-01", "/missions?asOf=2019-06-30", "/missions/minusca", "/principles", "/states/rwa", "/ground", "/map?layer=women&asOf=2020-12-31"]) {
      const { page, errors } = await open(path);
      try {
        await page.waitForSelector("p.updated");
        const lines = await page.locator("p.updated").allTextContents();
        expect(lines.length, path).toBeGreaterThan(0);
        for (const line of lines) {
          expect(line, path).toMatch(
            /^(Data last updated: (.+, (the publication date of its most recent source, “.+”|the day its most recent source, “.+”, was retrieved)\.|not known \(none of its sources is dated\)\.)|(Last updated by the publisher|Data as of|Release of|Retrieved on|Date of the copied file|Date of the copied snapshot): .+ — data set “.+”\.)$/,
          );
        }
        expect(errors, path).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
