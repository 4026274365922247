import { describe, expect, it } from "vitest";
import { en } from "../src/i18n.js";
import { GROUND_MESSAGES, groundEn, groundFr, groundText, type GroundKey } from "../src/pages/ground-i18n.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the ground views' text", () => {
  it("has every key in both languages, none empty, none shadowing the main dictionary", () => {
    expect(Object.keys(groundFr).sort()).toEqual(Object.keys(groundEn).sort());
    for (const lang of ["en", "fr"] as const) for (const [key, text] of Object.entries(GROUND_MESSAGES[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe("");
    for (const key of Object.keys(groundEn)) expect(Object.keys(en), key).not.toContain(key);
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(groundEn) as GroundKey[]) expect(placeholders(groundFr[key]), key).toEqual(placeholders(groundEn[key]));
  });

  it("is translated: French equals English only for words the two languages share", () => {
    const same = (Object.keys(groundEn) as GroundKey[]).filter((k) => groundEn[k] === groundFr[k]).sort();
    expect(same).toEqual(["ground.mission", "ground.police"]);
  });

  it("fills placeholders, and falls through to the main dictionary", () => {
    expect(groundText("fr")("ground.legend.ring", { radius: 25 })).toBe("25 km autour d'un site");
    expect(groundText("en")("ground.years", { first: 2014, last: 2019, n: 6 })).toBe("Years with site or event data: 2014 to 2019 (6 years).");
    expect(groundText("fr")("nav.missions")).toBe("Missions");
    expect(groundText("fr")("map.year")).toBe("Année");
  });
});
