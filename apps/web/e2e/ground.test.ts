// The ground in Debian's chromium against the real server: a mission's sites
// map and the violence-near-sites chart show what the API answers, the year
// slider writes the URL and changes the tables, and the ground page loads in
// both languages without errors or axe violations.
import type { DeploymentSite } from "@bluehelm/core";
import type { PresenceComparison, EndorsementOnGround, ViolenceNearSites } from "@bluehelm/core/analytics";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ARTIFACTS, axe, screenshot, settled, webSession } from "./harness.js";

const session = webSession();
const open = session.open;

async function get<T>(path: string): Promise<T> {
  const res = await fetch(session.server.url + path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** The text of every cell of a table, row by row (header and footer included). */
const cells = (page: Page, selector: string) =>
  page.$$eval(`${selector} tr`, (rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));

const en = (n: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(n);

const ASOF = "2019-12-31";

describe("a mission's sites and the violence around them", () => {
  it("MINUSCA's map and chart show the API's sites and the violence-near-sites answer, and the slider moves the year in the URL and the tables", async () => {
    const near = await get<{ value: ViolenceNearSites; method: { en: string } }>(`/v1/analytics/violence-near-sites?missionId=minusca&asOf=${ASOF}`);
    const years = near.value.years;
    expect(years.length).toBeGreaterThan(1);
    const { page, errors } = await open(`/missions/minusca?asOf=${ASOF}`);
    try {
      await page.waitForSelector("svg.ground-map circle.site");
      await page.waitForSelector('svg.chart[data-chart="near-events"] .bars rect');
      await settled(page);

      // The chart's table, cell by cell, is the answer.
      const table = await cells(page, 'table[data-table="near"]');
      expect(table[0]).toEqual(["Year", "Active sites", "Events near", "Events beyond", "Civilian deaths near", "Civilian deaths beyond", "Share of events near"]);
      const body = table.slice(1, 1 + years.length);
      expect(body.map((r) => r.slice(0, 6))).toEqual(
        years.map((y) => [String(y.year), en(y.activeSites), en(y.near.events), en(y.beyond.events), en(y.near.civilianDeaths), en(y.beyond.civilianDeaths)]),
      );
      expect(table.at(-1)!.slice(2, 6)).toEqual([en(near.value.total.near.events), en(near.value.total.beyond.events), en(near.value.total.near.civilianDeaths), en(near.value.total.beyond.civilianDeaths)]);
      // One bar per year and series with a value, and the chart is an image with a name, reachable by keyboard.
      expect(await page.locator('svg.chart[data-chart="near-events"] .bars rect').count()).toBe(years.length * 2);
      expect(await page.locator('svg.chart[data-chart="near-events"]').getAttribute("tabindex")).toBe("0");
      expect(await page.locator('svg.chart[data-chart="near-events"] title').first().textContent()).toContain("Events within 25 km");
      expect(await page.locator("section.ground details.method p").textContent()).toBe(near.method.en);

      // The map shows the latest year with data by default: its sites are the API's for that year, as many as the answer counts active.
      const last = years.at(-1)!;
      expect(await page.locator("#ground-year-value").textContent()).toBe(String(last.year));
      const sitesThen = await get<{ items: DeploymentSite[] }>(`/v1/deployment-sites?missionId=minusca&dataset=radpko&year=${last.year}&limit=1000`);
      const active = sitesThen.items.filter((s) => (s.personnel.total ?? 0) > 0);
      expect(active.length).toBe(last.activeSites);
      expect(await page.locator('table[data-table="ground-sites"] tbody tr').count()).toBe(last.activeSites);
      expect(await page.locator("svg.ground-map circle.site").count()).toBe(last.activeSites);
      const biggest = [...active].sort((a, b) => b.personnel.total! - a.personnel.total!)[0]!;
      const firstRow = (await cells(page, 'table[data-table="ground-sites"] tbody'))[0]!;
      expect(firstRow.slice(0, 2)).toEqual([expect.stringContaining(biggest.place), en(biggest.personnel.total!)]);
      // The events table counts the API's one-sided events of that year in the host State.
      const events = await get<{ total: number }>(`/v1/conflict-events?hostId=caf&year=${last.year}&typeOfViolence=3&locationPrecision=1&locationPrecision=2&dateStart.lte=${ASOF}&limit=1`);
      const eventRows = await cells(page, 'table[data-table="ground-events"] tbody');
      expect(eventRows).toHaveLength(1);
      expect(eventRows[0]!.slice(0, 2)).toEqual(["One-sided violence (against civilians)", en(events.total)]);
      expect(await page.locator("svg.ground-map path.event").count()).toBe(events.total);
      await screenshot(page, "mission-minusca-ground-en");
      await page.locator("figure.ground-figure").screenshot({ path: join(ARTIFACTS, "mission-minusca-ground-map.png") });
      await page.locator("section.ground .charts").screenshot({ path: join(ARTIFACTS, "mission-minusca-near-charts.png") });

      // One step back on the slider: the URL names the year before, and the tables show it.
      const previous = years.at(-2)!;
      await page.locator("#ground-year").focus();
      await page.keyboard.press("ArrowLeft");
      await page.waitForURL((u) => u.searchParams.get("year") === String(previous.year));
      expect(new URL(page.url()).searchParams.get("asOf")).toBe(ASOF);
      await settled(page);
      await page.waitForFunction((y) => document.querySelector('table[data-table="ground-sites"] caption')?.textContent?.includes(`in ${y}`), previous.year);
      expect(await page.locator('table[data-table="ground-sites"] tbody tr').count()).toBe(previous.activeSites);
      // A reload shows the same year.
      await page.reload();
      await settled(page);
      await page.waitForSelector("svg.ground-map");
      expect(await page.locator("#ground-year-value").textContent()).toBe(String(previous.year));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("every type of violence and the Geo-PKO sites are choices in the URL", async () => {
    const { page, errors } = await open(`/missions/minusca?asOf=${ASOF}`);
    try {
      await page.waitForSelector("svg.ground-map");
      await page.getByLabel("Every type of organized violence").check();
      await page.waitForURL(/violence=all/);
      await page.getByLabel("Geo-PKO deployment locations").check();
      await page.waitForURL(/siteSet=geo-pko/);
      await settled(page);
      await page.waitForSelector("svg.ground-map");
      const near = await get<{ value: ViolenceNearSites }>(`/v1/analytics/violence-near-sites?missionId=minusca&siteSet=geo-pko&violence=1,2,3&asOf=${ASOF}`);
      const table = await cells(page, 'table[data-table="near"] tbody');
      expect(table.map((r) => [r[0], r[2]])).toEqual(near.value.years.map((y) => [String(y.year), en(y.near.events)]));
      expect(await page.locator("svg.ground-map path.event").count()).toBeGreaterThan(0);
      await screenshot(page, "mission-minusca-ground-all-geo-pko");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("says which years no stored event data covers (MONUSCO: no events are stored for DR Congo), instead of showing zeros", async () => {
    const near = await get<{ value: ViolenceNearSites }>(`/v1/analytics/violence-near-sites?missionId=monusco&asOf=${ASOF}`);
    expect(near.value.years).toEqual([]);
    expect(near.value.uncoveredYears.length).toBeGreaterThan(0);
    const { page, errors } = await open(`/missions/monusco?asOf=${ASOF}`);
    try {
      await page.waitForSelector("#s-near");
      const note = page.locator("p.note[data-uncovered]").first();
      expect(await note.getAttribute("data-uncovered")).toBe(near.value.uncoveredYears.join(","));
      expect(await note.textContent()).toMatch(/unknown, not zero/);
      expect(await page.locator('table[data-table="near"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the ground page", () => {
  for (const lang of ["en", "fr"] as const) {
    it(`(${lang}) shows the core's answers and words, without console errors and with no axe violations`, async () => {
      const q = `missionId=minusca&asOf=${ASOF}`;
      const [presence, endorsement] = await Promise.all([
        get<{ value: PresenceComparison; method: { en: string; fr: string } }>(`/v1/analytics/presence-comparison?${q}`),
        get<{ value: EndorsementOnGround; method: { en: string; fr: string } }>(`/v1/analytics/endorsement-on-ground?${q}`),
      ]);
      const { page, errors } = await open(`/ground?${q}${lang === "fr" ? "&lang=fr" : ""}`);
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const statements = await page.locator("p.statement").allTextContents();
        expect(statements.map((s) => s.trim())).toEqual([
          presence.value.statement[lang],
          endorsement.value.crossSection.statement[lang],
          endorsement.value.beforeAfter.statement[lang],
        ]);
        const pooled = await cells(page, 'table[data-table="presence-pooled"] tbody');
        const nf = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 0 });
        expect(pooled[0]![1]).toBe(nf.format(presence.value.withPresence.n));
        expect(pooled[1]![1]).toBe(nf.format(presence.value.without.n));
        expect(await page.locator('table[data-table="presence-events-table"] tbody tr').count()).toBe(presence.value.byYear.length);
        expect(await page.locator("details.method p").first().textContent()).toBe(presence.method[lang]);
        const violations = await axe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await screenshot(page, `ground-${lang}`);
        await page.locator("section[aria-labelledby='s-presence']").screenshot({ path: join(ARTIFACTS, `ground-presence-${lang}.png`) });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("is a permalink: the mission and the bases compared are in the URL, and the nav leads to it", async () => {
    const { page, errors } = await open(`/missions?asOf=${ASOF}`);
    try {
      await page.getByRole("navigation").getByRole("link", { name: "On the ground" }).click();
      await page.waitForURL((u) => u.pathname === "/ground");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe(ASOF);
      await settled(page);
      await page.locator("#ground-mission").selectOption("unmiss");
      await page.waitForURL(/missionId=unmiss/);
      await page.getByLabel("The bases of every mission with RADPKO data").check();
      await page.waitForURL(/scope=all/);
      await settled(page);
      const all = await get<{ value: EndorsementOnGround }>(`/v1/analytics/endorsement-on-ground?asOf=${ASOF}`);
      await page.reload();
      await settled(page);
      expect(await page.locator("#ground-mission").inputValue()).toBe("unmiss");
      expect((await page.locator("p.statement").nth(1).textContent())?.trim()).toContain(all.value.crossSection.statement.en);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
