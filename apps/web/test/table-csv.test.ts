import fc from "fast-check";
import { parseCsv, unneutralize } from "@bluehelm/core/tabular";
import type { Item } from "@bluehelm/client";
import { describe, expect, it } from "vitest";
import { tableCsv } from "../src/table-csv.js";
import { pledgeCells, pledgeHeader } from "../src/pages/pledge-table.js";
import { translate } from "../src/i18n.js";

describe("the CSV of a view", () => {
  it("reads back as exactly the cells it was made from, formula-like ones through the core's unneutralize", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 6 }), fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 6, maxLength: 6 }), { maxLength: 10 }), (header, rows) => {
        const h: string[] = [...header, ...Array.from({ length: 6 - header.length }, () => "x")];
        const parsed = parseCsv(tableCsv(h, rows), { separator: "," });
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows.map((r) => r.cells.map(unneutralize))).toEqual([h, ...rows]);
      }),
    );
    expect(parseCsv(tableCsv(["a"], [["'=x"], ["-1"]]), { separator: "," }).rows.map((r) => r.cells)).toEqual([["a"], ["''=x"], ["'-1"]]);
  });

  it("neutralizes cells a spreadsheet would run as formulas, as the core does", () => {
    const text = tableCsv(["a", "b"], [["=HYPERLINK(\"x\")", "+1"], ["@SUM(A1)", "ok, with comma"]]);
    expect(text).toBe('a,b\r\n"\'=HYPERLINK(""x"")",\'+1\r\n\'@SUM(A1),"ok, with comma"\r\n');
  });

  it("has the explorer's columns in the current language, with names and labels from the data", () => {
    const ref = {
      actors: new Map([["can", { names: { en: "Canada", fr: "Canada" } }]]),
      events: new Map([["vancouver-2017", { title: { en: "Vancouver Ministerial", fr: "Réunion ministérielle de Vancouver" } }]]),
      missions: new Map([["unmiss", { acronym: "UNMISS", acronymFr: "MINUSS" }]]),
    } as unknown as Parameters<typeof pledgeCells>[1];
    const pledge = {
      id: "can-2017-x",
      actorId: "can",
      eventId: "vancouver-2017",
      announcedOn: "2017-11-15",
      kind: "unit",
      title: { en: "Helicopters", fr: "Hélicoptères" },
      missionId: "unmiss",
      status: "deployed",
    } as unknown as Item<"pledge">;
    expect(pledgeHeader((k) => translate("fr", k))).toEqual(["Identifiant", "Acteur", "Intitulé", "Type", "Statut", "Annoncé le", "Événement", "Mission"]);
    expect(pledgeCells(pledge, ref, "fr")).toEqual(["can-2017-x", "Canada", "Hélicoptères", "Unité ou capacité", "Déployé", "15 novembre 2017", "Réunion ministérielle de Vancouver", "MINUSS"]);
    expect(pledgeCells(pledge, ref, "en").slice(5)).toEqual(["15 November 2017", "Vancouver Ministerial", "UNMISS"]);
    expect(pledgeCells({ ...pledge, eventId: undefined, missionId: undefined, status: null }, ref, "en").slice(3)).toEqual(["Unit or capability", "", "15 November 2017", "", ""]);
  });
});
