import type { Actor, Event, Mission } from "@bluehelm/core";
import { PLEDGE_KINDS } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { actorOptions, codelistOptions, eventOptions, missionOptions } from "../src/select-options.js";

describe("the choices of the selects", () => {
  it("list actors by name in the language's order, events oldest first, missions by acronym", () => {
    const actors = new Map(
      [
        { id: "egy", names: { en: "Egypt", fr: "Égypte" } },
        { id: "fra", names: { en: "France", fr: "France" } },
        { id: "deu", names: { en: "Germany", fr: "Allemagne" } },
      ].map((a) => [a.id, a as unknown as Actor]),
    );
    expect(actorOptions({ actors }, "en").map(([id]) => id)).toEqual(["egy", "fra", "deu"]);
    expect(actorOptions({ actors }, "fr")).toEqual([
      ["deu", "Allemagne"],
      ["egy", "Égypte"],
      ["fra", "France"],
    ]);
    const events = new Map(
      [
        { id: "b", startDate: "2019-03-29", title: { en: "Ministerial", fr: "Ministérielle" } },
        { id: "a", startDate: "2015-05-28", title: { en: "Kigali" } },
      ].map((e) => [e.id, e as unknown as Event]),
    );
    expect(eventOptions({ events }, "fr")).toEqual([
      ["a", "Kigali (2015)"],
      ["b", "Ministérielle (2019)"],
    ]);
    const missions = new Map([{ id: "unmiss", acronym: "UNMISS" }, { id: "minusca", acronym: "MINUSCA" }].map((m) => [m.id, m as unknown as Mission]));
    expect(missionOptions({ missions })).toEqual([
      ["minusca", "MINUSCA"],
      ["unmiss", "UNMISS"],
    ]);
  });

  it("list a codelist's codes in its own order (not alphabetical), with the label in the language", () => {
    const list = { zulu: { en: "Last letter", fr: "Dernière lettre" }, alpha: { en: "First letter", fr: "Première lettre" } };
    expect(codelistOptions(list, "fr")).toEqual([
      ["zulu", "Dernière lettre"],
      ["alpha", "Première lettre"],
    ]);
    expect(codelistOptions(list, "en")).toEqual([
      ["zulu", "Last letter"],
      ["alpha", "First letter"],
    ]);
    expect(codelistOptions(PLEDGE_KINDS, "fr")).toEqual([
      ["unit", "Unité ou capacité"],
      ["training", "Formation"],
      ["equipment", "Équipement"],
      ["funding", "Financement"],
      ["partnership", "Partenariat"],
      ["policy", "Engagement politique"],
      ["personnel", "Personnel individuel"],
    ]);
  });
});
