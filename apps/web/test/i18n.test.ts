import { describe, expect, it } from "vitest";
import { COUNTS, MESSAGES, en, enCounts, fr, frCounts, formatPercent, localized, translate, translateCount, type CountKey, type MessageKey } from "../src/i18n.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the interface text", () => {
  it("has every key in both languages, none empty", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const lang of ["en", "fr"] as const) for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(en) as MessageKey[]) expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  it("is translated: French equals English only for words the two languages share", () => {
    const same = (Object.keys(en) as MessageKey[]).filter((k) => en[k] === fr[k]).sort();
    expect(same).toEqual([
      "app.name",
      "editor.date",
      "editor.missionId",
      "editor.note",
      "missions.mission",
      "nav.missions",
      "pledges.col.mission",
      "pledges.mission",
      "sources",
      "state.francophone",
      "state.mission",
      "state.oif",
    ]);
  });

  it("has every counted message in both languages, each form with the count's placeholder", () => {
    expect(Object.keys(frCounts).sort()).toEqual(Object.keys(enCounts).sort());
    for (const lang of ["en", "fr"] as const) {
      for (const [key, forms] of Object.entries(COUNTS[lang])) {
        expect(placeholders(forms.one), `${lang} ${key}`).toEqual(["n"]);
        expect(placeholders(forms.other), `${lang} ${key}`).toEqual(["n"]);
        expect(forms.one, `${lang} ${key}`).not.toBe(forms.other);
      }
    }
  });

  it("writes a count in the plural form it takes in each language", () => {
    const key: CountKey = "pledges.count";
    expect(translateCount("en", key, 1)).toBe("1 pledge matches.");
    expect(translateCount("en", key, 0)).toBe("0 pledges match; all are shown.");
    expect(translateCount("en", key, 7)).toBe("7 pledges match; all are shown.");
    // French takes the singular for 0 and 1.
    expect(translateCount("fr", key, 0)).toBe("0 engagement correspond.");
    expect(translateCount("fr", key, 1)).toBe("1 engagement correspond.");
    expect(translateCount("fr", key, 2)).toBe("2 engagements correspondent ; tous sont affichés.");
    expect(translateCount("en", "editor.invalid", 1)).toBe("The form has 1 problem; see the message beside the field.");
    expect(translateCount("fr", "overview.pledges.total", 1234).replace(/\s/g, " ")).toBe("1 234 engagements annoncés à cette date ; selon leur statut à cette date :");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "overview.endorsers.value", { n: 38, size: 193 })).toBe("38 États Membres sur 193");
    expect(translate("en", "editor.created", {})).toBe("Created {id}.");
  });

  it("formats numbers and shares in each language's conventions, and falls back to English text", () => {
    expect(formatPercent("en", 0.0647)).toBe("6.5%");
    expect(formatPercent("fr", 0.0647).replace(/\s/g, " ")).toBe("6,5 %");
    expect(localized("fr", { en: "Training" })).toBe("Training");
    expect(localized("fr", { en: "Training", fr: "Formation" })).toBe("Formation");
  });
});
