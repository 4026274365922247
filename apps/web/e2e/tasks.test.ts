// The everyday tasks of an analyst, each done end to end in the browser and
// its answer on screen checked against the API's own answer: endorsers by a
// date, active missions with PoC mandates and their personnel, a State's
// record with charts, women's share by category against the targets, a CSV
// download, the whole site as of a date, a mission's mandates with their
// resolution links, and an editor recording a unit pledge and an event.
import { readFileSync } from "node:fs";
import { PERSONNEL_CATEGORIES, PLEDGE_STATUSES } from "@bluehelm/core";
import { parseCsv } from "@bluehelm/core/tabular";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe, screenshot, settled, webSession } from "./harness.js";

const session = webSession();
const open = session.open;
const json = session.json;

/** Written here, independently of the client: English numbers and shares as en-GB writes them. */
const count = (n: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(n);
const percent = (share: number) => new Intl.NumberFormat("en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

/** The text of every body row of a table, cell by cell. */
const bodyCells = (page: Page, table: string): Promise<string[][]> =>
  page.$$eval(`${table} tbody tr`, (rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())));

/** A chart is an image with a title and a description, reachable with the keyboard. */
async function expectAccessibleChart(page: Page, id: string): Promise<void> {
  const svg = page.locator(`svg[data-chart="${id}"]`);
  expect(await svg.getAttribute("role")).toBe("img");
  expect(await svg.getAttribute("tabindex")).toBe("0");
  expect(await svg.locator(":scope > title").textContent()).not.toBe("");
  expect(await svg.locator(":scope > desc").textContent()).not.toBe("");
  await svg.focus();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-chart"))).toBe(id);
}

describe("an analyst's tasks", () => {
  it("(a) lists the endorsers of the Kigali Principles by the end of 2016, as the API answers", async () => {
    const { page, errors } = await open("/principles");
    try {
      await page.locator("#as-of").fill("2016-12-31");
      await page.waitForURL(/asOf=2016-12-31/);
      await settled(page);
      const answer = await json<{ value: { actorId: string }[] }>("/v1/analytics/endorsers?instrumentId=kigali-principles&asOf=2016-12-31");
      expect(answer.value.length).toBeGreaterThan(0);
      const section = page.locator('section[aria-labelledby="i-kigali-principles"]');
      const shown = await section.locator("ul.columns li a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/").pop()));
      expect(shown.sort()).toEqual(answer.value.map((e) => e.actorId).sort());
      expect(await section.locator("h3[data-endorsers]").getAttribute("data-endorsers")).toBe(String(answer.value.length));
      // The running total by year ends on that count.
      const lastRow = (await bodyCells(page, "#endorsements-kigali-principles-table")).at(-1)!;
      expect(lastRow).toEqual(["2016", count(answer.value.length)]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(b) lists the missions active with a PoC mandate on a date, with their personnel on it", async () => {
    const { page, errors } = await open("/missions?asOf=2019-06-30");
    try {
      await page.locator("#f-poc").check();
      await page.waitForURL(/poc=1/);
      await settled(page);
      const poc = await json<{ value: { missions: { missionId: string; poc?: string; personnel?: number }[] } }>("/v1/analytics/poc-coverage?asOf=2019-06-30");
      const expected = poc.value.missions.filter((m) => m.poc === "limited" || m.poc === "core");
      expect(expected.length).toBeGreaterThan(0);
      const ids = await page.$$eval("#missions-active tbody tr", (rows) => rows.map((r) => r.getAttribute("data-id")));
      expect([...ids].sort()).toEqual(expected.map((m) => m.missionId).sort());
      const rows = await bodyCells(page, "#missions-active");
      for (const m of expected) {
        const row = rows[ids.indexOf(m.missionId)]!;
        expect(row.at(-1), m.missionId).toBe(m.personnel === undefined ? "—" : count(Math.round(m.personnel)));
      }
      // No mission that had closed is listed.
      expect(await page.locator("#missions-closed").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(c) shows one State's record as of a date, with its charts and their tables", async () => {
    const { page, errors } = await open("/states/rwa?asOf=2019-12-31");
    try {
      const series = await json<{ value: { year: number; total: number; women?: number }[] }>("/v1/analytics/personnel-by-year?contributorId=rwa");
      const known = series.value.filter((p) => p.year <= 2019);
      expect(known.length).toBeGreaterThan(0);
      await expectAccessibleChart(page, "state-personnel");
      await expectAccessibleChart(page, "state-share");
      expect(await bodyCells(page, "#state-personnel-table")).toEqual(known.map((p) => [String(p.year), count(Math.round(p.total)), p.women === undefined ? "—" : count(Math.round(p.women))]));
      expect((await bodyCells(page, "#state-share-table")).map((r) => r[1])).toEqual(known.map((p) => (p.women === undefined || p.total === 0 ? "—" : percent(p.women / p.total))));
      // Its endorsements and pledges are those of the API for the same date.
      const endorsements = await json<{ items: unknown[] }>("/v1/endorsements?actorId=rwa&asOf=2019-12-31");
      expect(await page.locator('section[aria-labelledby="s-endorsements"] > ul > li').count()).toBe(endorsements.items.length);
      const pledges = await json<{ items: { id: string }[] }>("/v1/pledges?actorId=rwa&asOf=2019-12-31&sort=announcedOn&limit=1000");
      const listed = await page.$$eval("ul[data-list=pledges] li", (items) => items.map((li) => li.getAttribute("data-id")));
      expect(listed).toEqual(pledges.items.map((p) => p.id));
      expect(await axe(page)).toEqual([]);
      await screenshot(page, "task-state-rwa");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(d) compares women's share in each personnel category with the category's target", async () => {
    const { page, errors } = await open("/?asOf=2021-12-31");
    try {
      type Category = keyof typeof PERSONNEL_CATEGORIES;
      const year = 2021;
      const answer = await json<{ value: { category: Category; share?: number; target?: number }[] }>(`/v1/analytics/gender-shares?year=${year}&by=category`);
      const targets = (await json<{ items: { category: Category; year: number; share: number }[] }>("/v1/gender-targets?asOf=9999-12-31&limit=1000")).items;
      expect(targets.some((x) => x.year <= year)).toBe(true);
      // Every category with a figure or a target: its share, the target in force (the latest set for a year up to this one), the next one set.
      const expected = (Object.keys(PERSONNEL_CATEGORIES) as Category[])
        .filter((c) => answer.value.some((r) => r.category === c) || targets.some((x) => x.category === c))
        .map((c) => {
          const row = answer.value.find((r) => r.category === c);
          const mine = targets.filter((x) => x.category === c).sort((a, b) => a.year - b.year);
          const inForce = row?.target ?? mine.filter((x) => x.year <= year).at(-1)?.share;
          const next = mine.find((x) => x.year > year);
          return [PERSONNEL_CATEGORIES[c].en, row?.share === undefined ? "—" : percent(row.share), inForce === undefined ? "—" : percent(inForce), next ? `${percent(next.share)} (${next.year})` : "—"];
        });
      expect(expected.some((r) => r[2] !== "—")).toBe(true);
      await expectAccessibleChart(page, "women-category");
      expect(await bodyCells(page, "#women-category-table")).toEqual(expected);
      expect(await page.locator("#s-by-category").textContent()).toContain(String(year));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(e) downloads the pledges of the Vancouver Ministerial (2017) as CSV, the rows the API lists", async () => {
    const { page, errors } = await open("/pledges?asOf=2018-12-31");
    try {
      await page.locator("#f-eventId").selectOption("vancouver-2017");
      await page.waitForURL(/eventId=vancouver-2017/);
      await settled(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV/ }).click()]);
      const parsed = parseCsv(readFileSync(await download.path(), "utf8"));
      expect(parsed.problems).toEqual([]);
      const [header, ...rows] = parsed.rows.map((r) => r.cells);
      const api = await json<{ items: { id: string; title: { en: string }; eventId?: string }[] }>("/v1/pledges?eventId=vancouver-2017&asOf=2018-12-31&sort=-announcedOn&limit=1000");
      expect(api.items.length).toBeGreaterThan(0);
      expect(header![0]).toBe("Id");
      expect(rows.map((r) => r[0])).toEqual(api.items.map((p) => p.id));
      expect(rows.map((r) => r[header!.indexOf("Title")])).toEqual(api.items.map((p) => p.title.en));
      expect(new Set(rows.map((r) => r[header!.indexOf("Event")])).size).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(g) shows a mission's mandates over time, each resolution linked to its recorded Digital Library record", async () => {
    const { page, errors } = await open("/missions/minusca?asOf=2025-12-31");
    try {
      const mandates = await json<{ items: { id: string; digitalLibrary?: { record: string } }[] }>("/v1/mandates?missionId=minusca&asOf=2025-12-31&limit=1000");
      expect(mandates.items.length).toBeGreaterThan(1);
      expect(await page.locator("#mandates-table tbody tr").count()).toBe(mandates.items.length);
      expect(await page.locator("svg#mandates-svg rect").count()).toBe(mandates.items.length);
      for (const m of mandates.items) {
        if (m.digitalLibrary) expect(await page.locator(`a[data-resolution="${m.id}"]`).getAttribute("href"), m.id).toBe(m.digitalLibrary.record);
        else {
          expect(await page.locator(`a[data-resolution="${m.id}"]`).count(), m.id).toBe(0);
          expect(await page.locator(`[data-no-record="${m.id}"]`).textContent()).toContain("no Digital Library record");
        }
      }
      expect(mandates.items.some((m) => m.digitalLibrary) && mandates.items.some((m) => !m.digitalLibrary)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("(h) lets an editor record a unit pledge, then an event for it, with no reload", async () => {
    const { page, errors } = await open("/editor");
    try {
      await page.locator("#token").fill(session.server.editorToken);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForSelector("#pledge-id");
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      const source = (await json<{ items: { id: string }[] }>("/v1/sources?limit=1")).items[0]!.id;
      await page.locator("#pledge-id").fill("rwa-2020-e2e-hospital");
      await page.locator("#pledge-actorId").selectOption("rwa");
      await page.locator("#pledge-announcedOn").fill("2020-03-01");
      await page.locator("#pledge-kind").selectOption("unit");
      await page.locator("#pledge-titleEn").fill("A level 2 hospital");
      // A unit pledge needs its unit: the form says so beside the field, in its own words.
      await page.locator("form[aria-labelledby='pledge-form-title'] button[type=submit]").click();
      await page.waitForSelector("#pledge-unitType-error");
      expect(await page.locator("#pledge-unitType-error").textContent()).toBe("Required: fill in this field.");
      await page.locator("#pledge-unitType").selectOption("level-2-hospital");
      await page.locator("#pledge-quantity").fill("2");
      await page.locator("#pledge-sourcePick").selectOption(source);
      expect(await page.locator("#pledge-sources").inputValue()).toBe(source);
      await page.locator("form[aria-labelledby='pledge-form-title'] button[type=submit]").click();
      await page.waitForSelector("form[aria-labelledby='pledge-form-title'] .outcome.created");
      const pledge = await json<{ unit?: { unitType: string; quantity: number } }>("/v1/pledges/rwa-2020-e2e-hospital");
      expect(pledge.unit).toEqual(expect.objectContaining({ unitType: "level-2-hospital", quantity: 2 }));

      // The new pledge is a choice of the event form at once.
      await page.waitForSelector("#event-pledgeId option[value='rwa-2020-e2e-hospital']", { state: "attached" });
      await page.locator("#event-id").fill("rwa-2020-e2e-hospital-registered");
      await page.locator("#event-pledgeId").selectOption("rwa-2020-e2e-hospital");
      await page.locator("#event-type").selectOption("registered");
      await page.locator("#event-date").fill("2020-05-01");
      await page.locator("#event-sourcePick").selectOption(source);
      await page.locator("form[aria-labelledby='event-form-title'] button[type=submit]").click();
      await page.waitForSelector("form[aria-labelledby='event-form-title'] .outcome.created");
      const status = await json<{ status: string }>("/v1/pledges/rwa-2020-e2e-hospital/status");
      expect(status.status).toBe("registered");
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Every date and year in a text that falls after a day: ISO dates, "15 November 2017", "November 2017", and bare years after its year. */
function laterThan(text: string, day: string): string[] {
  const later: string[] = [];
  let rest = text;
  const take = (re: RegExp, toIso: (m: RegExpMatchArray) => string) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpMatchArray;
      const iso = toIso(m);
      if (iso > day) later.push(m[0]);
      return " ";
    });
  };
  const month = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, "0");
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => `${m[1]}-${m[2]}-${m[3]}`);
  take(new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`, "g"), (m) => `${m[3]}-${month(m[2]!)}-${m[1]!.padStart(2, "0")}`);
  // A month counts from its first day: "December 2017" is later than 15 November 2017.
  take(new RegExp(`\\b(${MONTHS.join("|")}) (\\d{4})\\b`, "g"), (m) => `${m[2]}-${month(m[1]!)}-01`);
  take(/\b(19\d\d|20\d\d)\b/g, (m) => `${m[1]}-01-01`);
  return later;
}

describe("the whole site as of a date", () => {
  it("finds what the check looks for", () => {
    expect(laterThan("On 2017-11-16, 20 December 2017, December 2017 and 2018; not 2017-11-15, 15 November 2017 or 2016.", "2017-11-15")).toEqual(["2017-11-16", "20 December 2017", "December 2017", "2018"]);
  });

  it.each([
    ["overview", "/"],
    ["map", "/map"],
    ["map-contributions", "/map?layer=contributions"],
    ["states", "/states"],
    ["state-can", "/states/can"],
    ["missions", "/missions"],
    ["mission-unmiss", "/missions/unmiss"],
    ["mission-minusca", "/missions/minusca"],
    ["principles", "/principles"],
    ["events", "/events"],
    ["pledges", "/pledges"],
    ["ground", "/ground"],
  ])("(f) %s as of 2017-11-15 shows nothing dated later", async (name, path) => {
    const day = "2017-11-15";
    const { page, errors } = await open(`${path}${path.includes("?") ? "&" : "?"}asOf=${day}`);
    try {
      if (name.startsWith("map")) await page.waitForSelector("svg.world path");
      // The visible text of the page, without the note of the latest data and the lines saying when the data was last
      // updated (they are about the dataset, not the view).
      const text = await page.evaluate(() => {
        // Left out too: statements in the sources' words (an outcome may name a target year), which are not dated records.
        const notes = [...document.querySelectorAll<HTMLElement>("[data-latest], [data-updated], [data-dataset], [data-statement]")];
        for (const n of notes) n.style.display = "none";
        const shown = document.querySelector("main")!.innerText;
        for (const n of notes) n.style.display = "";
        return shown;
      });
      expect(text.length).toBeGreaterThan(100);
      expect(laterThan(text, day)).toEqual([]);
      expect(new URL(page.url()).searchParams.get("asOf")).toBe(day);
      if (name === "state-can") {
        // Canada's pledges with their status on that day, as the API answers.
        const api = await json<{ items: { id: string; status: string }[] }>(`/v1/pledges?actorId=can&asOf=${day}&sort=announcedOn&limit=1000`);
        expect(await page.$$eval("ul[data-list=pledges] li", (items) => items.map((li) => li.getAttribute("data-id")))).toEqual(api.items.map((p) => p.id));
        for (const p of api.items) expect(await page.locator(`ul[data-list=pledges] li[data-id="${p.id}"]`).textContent()).toContain(PLEDGE_STATUSES[p.status as keyof typeof PLEDGE_STATUSES].en);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
