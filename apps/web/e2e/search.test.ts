// The search, end to end: the header's box on every page opens the search view with its words in
// the URL, the hits are grouped by kind and linked to their records' pages, names are matched
// whatever the accents and in either language, nothing dated after the view's date is found, and
// the view has no axe violations in English or French. What is on screen is checked against the
// API's own records.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe, settled, webSession } from "./harness.js";

const session = webSession();
const open = session.open;
const json = session.json;

interface Named {
  readonly id: string;
  readonly names: { readonly en: string; readonly fr?: string };
}

/** The hits of a group on screen: each one's id, link text and link path (with its query and fragment). */
const group = (page: Page, kind: string): Promise<{ id: string; text: string; href: string }[]> =>
  page.$$eval(`section[data-group="${kind}"] li`, (items) =>
    items.map((li) => {
      const a = li.querySelector("a")!;
      const url = new URL(a.href);
      return { id: li.getAttribute("data-id") ?? "", text: (a.textContent ?? "").trim(), href: `${url.pathname}${url.search}${url.hash}` };
    }),
  );

const status = async (page: Page) => ((await page.locator("#search-status").textContent()) ?? "").trim();

describe("the search", () => {
  it("is in the header of every page, and opens the search view with its words in the URL, keeping the date", async () => {
    for (const path of ["/", "/states/fra", "/events?lang=fr"]) {
      const { page, errors } = await open(path);
      try {
        expect(await page.locator('header.site form[role="search"] input#site-search').count(), path).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
    const { page, errors } = await open("/principles?asOf=2020-06-30");
    try {
      await page.locator("#site-search").fill("minuss");
      await page.locator("#site-search").press("Enter");
      await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "minuss");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe("2020-06-30");
      await settled(page);
      // UNMISS, found by its French acronym, is the only record that holds "minuss".
      const unmiss = await json<{ acronym: string; acronymFr?: string; names: { en: string } }>("/v1/missions/unmiss");
      expect(unmiss.acronymFr).toBe("MINUSS");
      expect(await group(page, "mission")).toEqual([{ id: "unmiss", text: `${unmiss.acronym} — ${unmiss.names.en}`, href: "/missions/unmiss?asOf=2020-06-30" }]);
      expect(await page.locator("section[data-group]").count()).toBe(1);
      expect(await page.locator("#search-mission").textContent()).toBe("1 mission");
      expect(await status(page)).toBe("1 match");
      // The French acronym that matched is said, since the English name shown does not hold it.
      expect(await page.locator('li[data-id="unmiss"]').textContent()).toContain("matched: MINUSS");
      // The view's own box holds the words; a new search replaces them in the URL.
      expect(await page.locator("#search-q").inputValue()).toBe("minuss");
      await page.locator('a[href^="/missions/unmiss"]').click();
      await page.waitForURL((u) => u.pathname === "/missions/unmiss");
      await settled(page);
      expect(await page.locator("main h1").textContent()).toContain(unmiss.acronym);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("finds a State whatever its accents and apostrophes, in English and in French, and links to its profile", async () => {
    const civ = await json<Named>("/v1/actors/civ");
    for (const lang of ["en", "fr"] as const) {
      const { page, errors } = await open(`/search?q=${encodeURIComponent("COTE D’IVOIRE")}${lang === "fr" ? "&lang=fr" : ""}`);
      try {
        const actors = await group(page, "actor");
        expect(actors.map((a) => a.id)).toEqual(["civ"]);
        expect(actors[0]!.text).toBe(lang === "fr" ? civ.names.fr : civ.names.en);
        expect(actors[0]!.href).toBe(lang === "fr" ? "/states/civ?lang=fr" : "/states/civ");
        expect(await page.locator("#search-actor").textContent()).toBe(lang === "fr" ? "1 État ou organisation" : "1 State or organization");
        // Every hit is counted once in the status, in the plural form the language takes.
        const shown = await page.locator("section[data-group] li").count();
        expect(shown).toBeGreaterThan(1);
        expect(await status(page)).toBe(lang === "fr" ? `${shown} résultats` : `${shown} matches`);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("finds nothing dated after the view's date: pledges announced, events held and endorsements made later", async () => {
    const elsie = await json<{ id: string; actorId: string; announcedOn: string; title: { en: string } }>("/v1/pledges/can-2017-elsie-initiative");
    expect(elsie.announcedOn).toBe("2017-11-15");
    const before = await json<{ items: { id: string }[] }>("/v1/pledges?asOf=2017-11-14&limit=1000");
    expect(before.items.map((p) => p.id)).not.toContain(elsie.id);
    {
      const { page, errors } = await open("/search?q=elsie&asOf=2017-11-14");
      try {
        expect(await group(page, "pledge")).toEqual([]);
        expect(await status(page)).toBe("Nothing matches “elsie” as of this date.");
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
    {
      const { page, errors } = await open("/search?q=elsie&asOf=2017-11-15");
      try {
        expect(await group(page, "pledge")).toEqual([{ id: elsie.id, text: elsie.title.en, href: `/pledges?actorId=${elsie.actorId}&asOf=2017-11-15#p-${elsie.id}` }]);
        // The link opens the explorer on that State's pledges, where the row is shown.
        await page.locator(`li[data-id="${elsie.id}"] a`).click();
        await page.waitForURL((u) => u.pathname === "/pledges");
        await settled(page);
        await page.waitForSelector(`#p-${elsie.id}`);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
    // The Berlin ministerial began in 2025: not found as of the end of 2024.
    const berlin = await json<{ id: string; startDate: string; title: { en: string } }>("/v1/events/berlin-2025");
    expect(berlin.startDate.slice(0, 4)).toBe("2025");
    {
      const { page } = await open("/search?q=berlin&asOf=2024-12-31");
      try {
        expect((await group(page, "event")).map((e) => e.id)).toEqual([]);
      } finally {
        await page.close();
      }
    }
    {
      const { page } = await open(`/search?q=berlin&asOf=${berlin.startDate}`);
      try {
        expect(await group(page, "event")).toEqual([{ id: berlin.id, text: berlin.title.en, href: `/events?asOf=${berlin.startDate}#e-${berlin.id}` }]);
      } finally {
        await page.close();
      }
    }
    // Canada's endorsement of the Kigali Principles, as the API dates it: not shown the day before, shown on the day.
    const endorsements = await json<{ items: { instrumentId: string; date: { precision: string; date: string } }[] }>("/v1/endorsements?actorId=can&asOf=9999-12-31&limit=1000");
    const kigali = endorsements.items.find((e) => e.instrumentId === "kigali-principles");
    expect(kigali?.date.precision).toBe("day");
    const day = kigali!.date.date;
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const [asOf, endorsed] of [
      [dayBefore, false],
      [day, true],
    ] as const) {
      const { page } = await open(`/search?q=canada&asOf=${asOf}`);
      try {
        const text = (await page.locator('section[data-group="actor"] li[data-id="can"]').textContent()) ?? "";
        expect(text.includes("Endorsed by this date: Kigali Principles"), `${asOf}: ${text}`).toBe(endorsed);
      } finally {
        await page.close();
      }
    }
  });

  for (const lang of ["en", "fr"] as const) {
    it(`(${lang}) has no axe violations, with hits of several kinds, and none with no words`, async () => {
      for (const path of ["/search?q=kigali", "/search"]) {
        const { page, errors } = await open(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        try {
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          if (path.includes("q=")) expect(await page.locator("section[data-group]").count()).toBeGreaterThan(1);
          else expect(await status(page)).toBe(lang === "fr" ? "Saisissez un nom, un sigle ou un identifiant." : "Type a name, an acronym or an id.");
          const violations = await axe(page);
          expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });
  }
});
