// The world map, end to end: a click on a country opens its State profile; countries are reached
// with the keyboard (Tab, Enter) and show their tooltip on focus and on a touch, not only on hover;
// the play button steps through the years and pauses, slower and without transitions when the
// reader asks for reduced motion; the legend says what the layer measures. Tooltips are checked
// against the API's own answers.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe, settled, webSession } from "./harness.js";

const session = webSession();
const open = session.open;
const json = session.json;

const ASOF = "2019-12-31";

async function mapOpen(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await open(path);
  await opened.page.waitForSelector("svg.world a.country path");
  return opened;
}

/** The State's name and its value on the endorsements layer, as the API answers for the date. */
async function endorsementText(id: string): Promise<string> {
  const actor = await json<{ names: { en: string } }>(`/v1/actors/${id}`);
  const coverage = await json<{ value: { endorsers: string[]; nonEndorsers: string[] } }>(`/v1/analytics/endorsement-coverage?asOf=${ASOF}`);
  const endorsed = coverage.value.endorsers.includes(id);
  expect(endorsed || coverage.value.nonEndorsers.includes(id)).toBe(true);
  return `${actor.names.en}: ${endorsed ? "Endorsed" : "Not endorsed"}`;
}

describe("the world map", () => {
  it("opens a State's profile when its country is clicked", async () => {
    const { page, errors } = await mapOpen(`/map?asOf=${ASOF}`);
    try {
      await page.locator('svg.world a.country[data-actor="bra"]').click();
      await page.waitForURL((u) => u.pathname === "/states/bra");
      expect(new URL(page.url()).searchParams.get("asOf")).toBe(ASOF);
      await settled(page);
      const brazil = await json<{ names: { en: string } }>("/v1/actors/bra");
      expect(await page.locator("main h1").textContent()).toContain(brazil.names.en);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("reaches countries with the keyboard, shows the tooltip on focus, and opens the profile with Enter", async () => {
    const { page, errors } = await mapOpen(`/map?asOf=${ASOF}`);
    try {
      // Tab from the play button (the last control before the map) lands on a country.
      await page.locator("button.play").focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("svg.world") !== null && document.activeElement?.getAttribute("data-actor") !== null)).toBe(true);
      const france = page.locator('svg.world a.country[data-actor="fra"]');
      await france.focus();
      const text = await endorsementText("fra");
      expect(await page.locator('.map-tip[data-tip="fra"]').textContent()).toBe(text);
      expect(await france.getAttribute("aria-label")).toBe(text);
      expect(await page.locator(".map-tip").isVisible()).toBe(true);
      // The page with a tooltip shown is still free of axe violations.
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.keyboard.press("Enter");
      await page.waitForURL((u) => u.pathname === "/states/fra");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows the tooltip on a first touch and opens the profile on the second", async () => {
    const { page, errors } = await mapOpen(`/map?asOf=${ASOF}`);
    try {
      const rwanda = page.locator('svg.world a.country[data-actor="rwa"]');
      const touch = async () => {
        await rwanda.dispatchEvent("pointerdown", { pointerType: "touch", isPrimary: true, button: 0 });
        await rwanda.dispatchEvent("click", { button: 0 });
      };
      await touch();
      expect(await page.locator('.map-tip[data-tip="rwa"]').textContent()).toBe(await endorsementText("rwa"));
      expect(new URL(page.url()).pathname).toBe("/map");
      await touch();
      await page.waitForURL((u) => u.pathname === "/states/rwa");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("plays the years one by one and pauses", async () => {
    const { page, errors } = await mapOpen("/map?layer=contributions&asOf=2017-12-31");
    try {
      const play = page.locator("button.play");
      expect(await play.textContent()).toBe("Play the years");
      expect(await play.getAttribute("aria-controls")).toBe("map-year");
      await play.click();
      expect(await play.textContent()).toBe("Pause");
      await page.waitForURL((u) => u.searchParams.get("asOf") === "2018-12-31");
      await page.waitForURL((u) => u.searchParams.get("asOf") === "2019-12-31");
      expect(await page.locator("output[for=map-year]").textContent()).toBe("2019");
      await play.click();
      expect(await play.textContent()).toBe("Play the years");
      const paused = new URL(page.url()).searchParams.get("asOf");
      await page.waitForTimeout(3500);
      expect(new URL(page.url()).searchParams.get("asOf")).toBe(paused);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("with reduced motion, keeps each year longer and does not animate the colours", async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(`${session.server.url}/map?layer=contributions&asOf=2017-12-31`);
      await settled(page);
      await page.waitForSelector("svg.world a.country path");
      expect(await page.locator("svg.world path").first().evaluate((p) => getComputedStyle(p).transitionDuration)).toBe("0s");
      await page.locator("button.play").click();
      const started = Date.now();
      await page.waitForURL((u) => u.searchParams.get("asOf") === "2018-12-31", { timeout: 20_000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
      await page.locator("button.play").click();
    } finally {
      await page.close();
    }
    // Without the preference, the colours change with a transition.
    const { page: other } = await mapOpen("/map");
    try {
      expect(await other.locator("svg.world path").first().evaluate((p) => getComputedStyle(p).transitionDuration)).toBe("0.4s");
    } finally {
      await other.close();
    }
  });

  it("says on the legend what each layer measures, in English and French", async () => {
    const cases: readonly [string, string][] = [
      [`/map?asOf=${ASOF}`, "Whether each State's endorsement of the Kigali Principles is recorded and certain by 31 December 2019"],
      [`/map?layer=contributions&asOf=${ASOF}`, "Uniformed personnel each State contributed, summed over every mission: annual mean of 2019"],
      ["/map?layer=women&asOf=2019-06-30", "Women's share of the uniformed personnel each State contributed, over every mission: annual means of 2018"],
      [`/map?layer=contributions&asOf=${ASOF}&lang=fr`, "Personnel en tenue fourni par chaque État, toutes missions additionnées : moyenne annuelle de 2019"],
    ];
    for (const [path, unit] of cases) {
      const { page, errors } = await mapOpen(path);
      try {
        expect(await page.locator("#map-unit").textContent(), path).toBe(unit);
        expect(await page.locator(".legend").getAttribute("aria-describedby")).toBe("map-unit");
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
