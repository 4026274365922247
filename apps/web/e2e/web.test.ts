// The web client in Debian's chromium against the real server: every page in
// both languages (no console errors, no axe violations, a screenshot each),
// the language switch, permalinks, the editor, the CSV export, keyboard use
// and a phone's width.
import { readFileSync } from "node:fs";
import { parseCsv } from "@bluehelm/core/tabular";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatPercent, translate } from "../src/i18n.js";
import { axe, screenshot, settled, watchErrors, webSession } from "./harness.js";

const session = webSession();
const open = session.open;

const PAGES: readonly [string, string][] = [
  ["overview", "/"],
  ["map-endorsements", "/map"],
  ["map-contributions", "/map?layer=contributions&asOf=2019-12-31"],
  ["map-women", "/map?layer=women&asOf=2020-12-31"],
  ["states", "/states"],
  ["state-fra", "/states/fra"],
  ["missions", "/missions"],
  ["mission-monusco", "/missions/monusco"],
  ["principles", "/principles"],
  ["events", "/events"],
  ["pledges", "/pledges"],
  ["search", "/search?q=kigali"],
  ["editor", "/editor"],
  ["not-found", "/no/such/page"],
];

/** The text of every cell of the explorer's table, header first. */
async function tableCells(page: Page): Promise<string[][]> {
  return page.$$eval("#pledge-table tr", (rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

describe("every page", () => {
  for (const lang of ["en", "fr"] as const) {
    it.each(PAGES)(`%s (${lang}) loads without console errors, has no axe violations, and is screenshotted`, async (name, path) => {
      const url = lang === "fr" ? `${path}${path.includes("?") ? "&" : "?"}lang=fr` : path;
      const { page, errors } = await open(url);
      try {
        if (name.startsWith("map")) await page.waitForSelector("svg.world path");
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.locator("main h1").count()).toBe(1);
        const violations = await axe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await screenshot(page, `${name}-${lang}`);
        // The not-found page is the client's own page for an unknown path: the server answers it with index.html (200).
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("the overview shows each headline figure with its sources and a link to its detail", async () => {
    const { page, errors } = await open("/?asOf=2019-06-01");
    try {
      await page.waitForSelector('[data-ready="overview"]');
      for (const id of ["fig-endorsers", "fig-poc", "fig-pledges", "fig-women"]) {
        const card = page.locator(`section[aria-labelledby="${id}"]`);
        expect(await card.locator(".figure").count()).toBe(1);
        expect(await card.locator("details.sources li").count()).toBeGreaterThan(0);
        expect(await card.locator("a[href^='/']").count()).toBeGreaterThan(0);
      }
      // The endorser figure is the API's answer for that date.
      const answer = (await (await fetch(`${session.server.url}/v1/analytics/endorsement-coverage?asOf=2019-06-01`)).json()) as { value: { endorsers: string[] } };
      expect(await page.locator('section[aria-labelledby="fig-endorsers"] .figure').textContent()).toBe(String(answer.value.endorsers.length));
      expect(await page.evaluate(() => performance.getEntriesByName("bluehelm:overview-rendered").length)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the women's card shows a year that had ended by the date, with the method of the answer it comes from", async () => {
    const { page, errors } = await open("/?asOf=2017-06-30");
    try {
      await page.waitForSelector('[data-ready="overview"]');
      const card = page.locator('section[aria-labelledby="fig-women"]');
      const series = (await (await fetch(`${session.server.url}/v1/analytics/personnel-by-year`)).json()) as {
        value: { year: number; total: number; women?: number }[];
        method: { en: string };
        sources: string[];
      };
      // The latest year with figures over by 2017-06-30 (2017's mean is not known yet).
      const point = series.value.filter((p) => p.year <= 2016 && p.women !== undefined).at(-1)!;
      expect(await card.locator("p").nth(1).textContent()).toContain(` in ${point.year} (`);
      expect(await card.locator(".figure").textContent()).toBe(formatPercent("en", point.women! / point.total));
      expect(await card.locator("details.method p").textContent()).toBe(series.method.en);
      const shown = await card.locator("details.sources li").count();
      expect(shown).toBeGreaterThanOrEqual(series.sources.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the date follows the links from the overview, and the pages it leads to show their figures for it", async () => {
    const { page, errors } = await open("/?asOf=2017-06-30");
    try {
      await page.waitForSelector('[data-ready="overview"]');
      await page.getByRole("link", { name: "The principles and their endorsers" }).click();
      await page.waitForURL((u) => u.pathname === "/principles");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe("2017-06-30");
      await settled(page);
      // The Kigali Principles come first; their endorsers are the API's answer for that date.
      const then = (await (await fetch(`${session.server.url}/v1/analytics/endorsers?asOf=2017-06-30`)).json()) as { value: unknown[] };
      await page.waitForSelector("section.instrument ul.columns li");
      expect(await page.locator("section.instrument").first().locator("ul.columns li").count()).toBe(then.value.length);
      expect(await page.locator("#as-of").inputValue()).toBe("2017-06-30");

      // On to the missions, through the navigation: the date is still there, and missions are active or ended on it.
      await page.getByRole("navigation").getByRole("link", { name: "Missions" }).click();
      await page.waitForURL((u) => u.pathname === "/missions");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe("2017-06-30");
      await settled(page);
      const missions = (await (await fetch(`${session.server.url}/v1/missions?asOf=9999-12-31&limit=1000`)).json()) as { items: { type: string; startDate?: string; endDate?: string }[] };
      // Operations only: a row grouping operations, or an office that is not one, is not a mission.
      const activeOn = (date: string) =>
        missions.items.filter((m) => m.type === "operation" && m.startDate !== undefined && m.startDate <= date && (m.endDate === undefined || m.endDate >= date)).length;
      const active = activeOn("2017-06-30");
      // (Not today's figure.)
      expect(active).not.toBe(activeOn(new Date().toISOString().slice(0, 10)));
      expect(await page.locator("#m-active").textContent()).toBe(`Active (${active})`);

      // And to the map: contributions are annual means, so as of mid-2017 it shows 2016's, and says so.
      await page.getByRole("navigation").getByRole("link", { name: "Map" }).click();
      await page.waitForURL((u) => u.pathname === "/map");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe("2017-06-30");
      await page.waitForSelector("svg.world path");
      await page.getByLabel("Uniformed personnel contributed").check();
      await page.waitForURL(/layer=contributions/);
      expect(new URL(page.url()).searchParams.get("asOf")).toBe("2017-06-30");
      await settled(page);
      await page.waitForSelector("svg.world path.b4");
      const contributors = (await (await fetch(`${session.server.url}/v1/analytics/top-contributors?from=2016&to=2016&n=200`)).json()) as { value: unknown[] };
      await page.locator("details.map-table summary").click();
      expect(await page.locator("details.map-table tbody tr").count()).toBe(contributors.value.length);
      expect(await page.locator(".controls .help").textContent()).toContain("annual means of 2016");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("writes French punctuation in French: a space before the colon", async () => {
    const { page, errors } = await open("/?asOf=2019-06-01&lang=fr");
    try {
      await page.waitForSelector('[data-ready="overview"]');
      const status = await page.locator('section[aria-labelledby="fig-pledges"] ul.statuses li').first().textContent();
      expect(status).toContain(translate("fr", "colon"));
      expect(translate("fr", "colon")).not.toBe(translate("en", "colon"));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the map switches layers and years through its URL", async () => {
    const { page, errors } = await open("/map");
    try {
      await page.waitForSelector("svg.world path");
      await page.getByLabel("Uniformed personnel contributed").check();
      await page.waitForURL(/layer=contributions/);
      await page.locator("#map-year").fill("2016");
      await page.waitForURL(/asOf=2016-12-31/);
      await settled(page);
      await page.waitForSelector("svg.world path.b4");
      // Every coloured country is a country of the table, whose values come from the API.
      const answer = (await (await fetch(`${session.server.url}/v1/analytics/top-contributors?from=2016&to=2016&n=200`)).json()) as { value: unknown[] };
      await page.locator("details.map-table summary").click();
      expect(await page.locator("details.map-table tbody tr").count()).toBe(answer.value.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the API reference", () => {
  it("loads without a failed request: the icon browsers ask for is served", async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${session.server.url}/reference`);
      await page.waitForLoadState("load");
      // Browsers ask for /favicon.ico on a page that names no icon; give them time to.
      await page.waitForResponse((r) => r.url().endsWith("/favicon.ico"), { timeout: 3000 }).catch(() => undefined);
      expect((await fetch(`${session.server.url}/favicon.ico`)).status).toBe(200);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("a mission profile", () => {
  it("lists the mission's top contributors of the latest year ended by the view's date, as the core answers them", async () => {
    const { page, errors } = await open("/missions/monusco?asOf=2017-06-30");
    try {
      const answer = (await (await fetch(`${session.server.url}/v1/analytics/top-contributors?from=2016&to=2016&n=15&missionId=monusco`)).json()) as {
        value: { contributorId: string; personnel: number }[];
      };
      expect(answer.value.length).toBeGreaterThan(0);
      expect(await page.locator("#s-contributors").textContent()).toBe("Top contributors in 2016");
      const rows = page.locator("section[aria-labelledby=s-contributors] tbody tr");
      expect(await rows.count()).toBe(answer.value.length);
      const first = await rows.first().locator("td").first().textContent();
      expect(first).toBe(Math.round(answer.value[0]!.personnel).toLocaleString("en"));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the language switch", () => {
  it("keeps the view: the path, the filters and the rows", async () => {
    const { page, errors } = await open("/pledges?actorId=can&sort=kind");
    try {
      const before = await tableCells(page);
      expect(before.length).toBeGreaterThan(1);
      await page.getByRole("link", { name: "Français" }).click();
      await page.waitForURL(/lang=fr/);
      await settled(page);
      const url = new URL(page.url());
      expect(url.pathname).toBe("/pledges");
      expect(url.searchParams.get("actorId")).toBe("can");
      expect(url.searchParams.get("sort")).toBe("kind");
      expect(await page.locator("h1").textContent()).toBe("Explorateur des engagements");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
      const after = await tableCells(page);
      expect(after.length).toBe(before.length);
      // Same pledges in the same order; labels now in French.
      expect(after.map((r) => r[0])).toEqual(before.map((r, i) => (i === 0 ? "Identifiant" : r[0])));
      expect(after[0]).toContain("Intitulé");
      await page.getByRole("link", { name: "English" }).click();
      await page.waitForURL((u) => !u.searchParams.has("lang"));
      await settled(page);
      expect(await tableCells(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the pledge explorer", () => {
  it("puts filters and sort in the URL, and a reload shows the same rows", async () => {
    const { page, errors } = await open("/pledges");
    try {
      const all = await tableCells(page);
      await page.locator("#f-actorId").selectOption("can");
      await page.waitForURL(/actorId=can/);
      await settled(page);
      await page.locator("#f-sort").selectOption("kind");
      await page.waitForURL(/sort=kind/);
      await settled(page);
      const filtered = await tableCells(page);
      expect(filtered.length).toBeGreaterThan(1);
      expect(filtered.length).toBeLessThan(all.length);
      const col = filtered[0]!.indexOf("Actor");
      for (const row of filtered.slice(1)) expect(row[col]).toBe("Canada");
      const api = (await (await fetch(`${session.server.url}/v1/pledges?actorId=can&sort=kind`)).json()) as { items: { id: string }[] };
      expect(filtered.slice(1).map((r) => r[0])).toEqual(api.items.map((p) => p.id));
      const url = page.url();
      await page.reload();
      await settled(page);
      expect(page.url()).toBe(url);
      expect(await tableCells(page)).toEqual(filtered);
      expect(await page.locator("#f-actorId").inputValue()).toBe("can");
      // Back returns to the unfiltered view.
      await page.goBack();
      await page.goBack();
      await settled(page);
      expect(await tableCells(page)).toEqual(all);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("exports exactly the rows on screen as CSV", async () => {
    const { page, errors } = await open("/pledges?kind=unit&sort=-announcedOn&lang=fr");
    try {
      const cells = await tableCells(page);
      expect(cells.length).toBeGreaterThan(1);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV/ }).click()]);
      const text = readFileSync((await download.path()), "utf8");
      const parsed = parseCsv(text);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows.map((r) => r.cells)).toEqual(cells);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the editor", () => {
  it("signs in with a token kept out of the URL, checks a pledge with the core schema, shows the server's report, creates it and sees it listed", async () => {
    const { page, errors } = await open("/editor?lang=fr");
    try {
      await page.locator("#token").fill(session.server.editorToken);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForSelector("#pledge-id");
      // The server told whose token it is.
      expect(await page.getByText("Connecté en tant que web e2e editor (éditeur).").count()).toBe(1);
      expect(page.url()).not.toContain(session.server.editorToken);
      expect(await page.evaluate(() => sessionStorage.getItem("bluehelm.token"))).toBe(session.server.editorToken);

      // Client-side: the core schema's messages, in French, beside the fields.
      await page.locator("#pledge-id").fill("Not An Id");
      await page.getByRole("button", { name: "Créer" }).first().click();
      await page.waitForSelector("#pledge-id-error");
      expect(await page.locator("#pledge-id").getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#pledge-actorId-error").count()).toBe(1);
      expect(await page.locator("#pledge-titleEn-error").count()).toBe(1);
      const before = (await (await fetch(`${session.server.url}/v1/pledges?asOf=9999-12-31`)).json()) as { total: number };

      // Server-side: a source that does not exist passes the schema but not the dataset's rules.
      await page.locator("#pledge-id").fill("fra-2024-e2e-training");
      await page.locator("#pledge-actorId").selectOption("fra");
      await page.locator("#pledge-announcedOn").fill("2024-03-01");
      await page.locator("#pledge-kind").selectOption("training");
      await page.locator("#pledge-titleEn").fill("Training of protection of civilians advisers");
      await page.locator("#pledge-titleFr").fill("Formation de conseillers pour la protection des civils");
      await page.locator("#pledge-sources").fill("no-such-source");
      await page.getByRole("button", { name: "Créer" }).first().click();
      await page.waitForSelector("#pledge-sources-error");
      expect(await page.locator(".outcome.rejected").textContent()).toMatch(/refusé/);
      const after = (await (await fetch(`${session.server.url}/v1/pledges?asOf=9999-12-31`)).json()) as { total: number };
      expect(after.total).toBe(before.total);

      const source = (await (await fetch(`${session.server.url}/v1/sources?limit=1`)).json()) as { items: { id: string }[] };
      await page.locator("#pledge-sources").fill(source.items[0]!.id);
      await page.getByRole("button", { name: "Créer" }).first().click();
      await page.waitForSelector(".outcome.created");
      expect(await page.locator(".outcome.created").textContent()).toContain("fra-2024-e2e-training");
      await page.getByRole("link", { name: "Le voir dans l'explorateur des engagements" }).click();
      await page.waitForURL(/\/pledges\?actorId=fra/);
      await settled(page);
      const rows = await tableCells(page);
      expect(rows.some((r) => r[0] === "fra-2024-e2e-training" && r[2] === "Formation de conseillers pour la protection des civils")).toBe(true);

      // A pledge event for it, through the second form.
      await page.goto(`${session.server.url}/editor`);
      await settled(page);
      await page.locator("#event-id").fill("fra-2024-e2e-training-registered");
      // A text field until the list of pledges has come, then a choice among them: wait for the choice.
      await page.locator("select#event-pledgeId").selectOption("fra-2024-e2e-training");
      await page.locator("#event-type").selectOption("registered");
      await page.locator("#event-date").fill("2024-05-01");
      await page.locator("#event-sources").fill(source.items[0]!.id);
      await page.locator("form[aria-labelledby='event-form-title'] button[type=submit]").click();
      await page.waitForSelector("form[aria-labelledby='event-form-title'] .outcome.created");
      const status = (await (await fetch(`${session.server.url}/v1/pledges/fra-2024-e2e-training/status`)).json()) as { status: string };
      expect(status.status).toBe("registered");
      expect(errors.filter((e) => !/HTTP 422|status of 422/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the editor's sign-in", () => {
  it("checks the token with the server before keeping it, and says why it is refused in the current language", async () => {
    const reader = await session.server.store.createToken({ name: "web e2e reader", role: "reader" });
    const { page, errors } = await open("/editor");
    try {
      await page.getByRole("button", { name: "Sign in" }).click();
      expect(await page.locator("#token-error").textContent()).toBe("Enter a token.");
      await page.locator("#token").fill("not-a-real-token");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForFunction(() => document.querySelector("#token-error")?.textContent?.startsWith("The server does not accept"));
      expect(await page.locator("#token-error").textContent()).toBe("The server does not accept this token: check it, or ask an administrator for an editor token.");
      await page.locator("#token").fill(reader.token);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForFunction(() => document.querySelector("#token-error")?.textContent?.startsWith("This token cannot write"));
      expect(await page.locator("#pledge-id").count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem("bluehelm.token"))).toBeNull();
      // The same refusal in French.
      await page.getByRole("link", { name: "Français" }).click();
      await page.waitForSelector("html[lang=fr]");
      await page.locator("#token").fill("not-a-real-token");
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForFunction(() => document.querySelector("#token-error")?.textContent?.startsWith("Le serveur n'accepte pas"));
      expect(errors.filter((e) => !/HTTP 401|status of 401/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("reports a token revoked since sign-in on the first write, and writes nothing", async () => {
    const revoked = await session.server.store.createToken({ name: "web e2e revoked", role: "editor" });
    const { page, errors } = await open("/editor");
    try {
      await page.locator("#token").fill(revoked.token);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForSelector("#pledge-id");
      await session.server.store.revokeToken(revoked.info.id);
      const source = (await (await fetch(`${session.server.url}/v1/sources?limit=1`)).json()) as { items: { id: string }[] };
      await page.locator("#pledge-id").fill("fra-2024-refused");
      await page.locator("#pledge-actorId").selectOption("fra");
      await page.locator("#pledge-announcedOn").fill("2024-03-01");
      await page.locator("#pledge-kind").selectOption("training");
      await page.locator("#pledge-titleEn").fill("Refused");
      await page.locator("#pledge-sources").fill(source.items[0]!.id);
      await page.getByRole("button", { name: "Create" }).first().click();
      await page.waitForSelector(".outcome.rejected");
      expect(await page.locator(".outcome.rejected").textContent()).toBe("The server did not accept the token: sign out and sign in again with a valid editor token.");
      expect((await fetch(`${session.server.url}/v1/pledges/fra-2024-refused`)).status).toBe(404);
      await page.getByRole("button", { name: "Sign out" }).click();
      expect(await page.evaluate(() => sessionStorage.getItem("bluehelm.token"))).toBeNull();
      await page.waitForSelector("#token");
      expect(errors.filter((e) => !/HTTP 401|status of 401/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("keyboard and small screens", () => {
  it("starts with a skip link to the content, and the navigation works from the keyboard", async () => {
    const { page, errors } = await open("/");
    try {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
      await page.keyboard.press("Enter");
      // Focus moves in an effect after the next frame: wait for it (bounded by the test's timeout).
      await page.waitForFunction(() => document.activeElement?.id === "main");
      await page.locator("nav a", { hasText: "Events" }).focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/events$/);
      await settled(page);
      // Focus moves to the new page's heading.
      await page.waitForFunction(() => document.activeElement?.tagName === "H1");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ["overview", "/"],
    ["pledges", "/pledges"],
    ["mission-monusco", "/missions/monusco"],
    ["mission-minusca", "/missions/minusca?asOf=2019-12-31"],
    ["ground", "/ground?asOf=2019-12-31"],
  ])("%s fits a phone's width (375 px) without horizontal scrolling", async (name, path) => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    try {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(session.server.url + path);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axe(page)).toEqual([]);
      await screenshot(page, `${name}-phone`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
