import { describe, expect, it } from "vitest";
import { bucketOf, layerOf, layerYear, legendOf, legendUnit } from "../src/pages/map-layers.js";
import { translate } from "../src/i18n.js";

describe("the map's layers", () => {
  it("map annual means only for years that had ended by the date; endorsements on the day", () => {
    expect(layerYear("contributions", "2019-12-31")).toBe(2019);
    expect(layerYear("contributions", "2019-12-30")).toBe(2018);
    expect(layerYear("women", "2017-06-30")).toBe(2016);
    expect(layerYear("contributions", "2017-01-01")).toBe(2016);
    expect(layerYear("endorsements", "2017-06-30")).toBe(2017);
    expect(layerYear("endorsements", "2017-01-01")).toBe(2017);
  });

  it("colour the map by classes with a legend in each language", () => {
    expect(layerOf("women")).toBe("women");
    expect(layerOf("nonsense")).toBe("endorsements");
    expect(layerOf(null)).toBe("endorsements");
    expect([undefined, 0, 1].map((v) => bucketOf("endorsements", v))).toEqual([0, 1, 4]);
    expect([50, 500, 2000, 9000].map((v) => bucketOf("contributions", v))).toEqual([1, 2, 3, 4]);
    expect([0.01, 0.07, 0.15, 0.5].map((v) => bucketOf("women", v))).toEqual([1, 2, 3, 4]);
    expect(legendOf("women", "fr", (k) => translate("fr", k)).map((l) => l.label.replace(/\s/g, " "))).toEqual(["< 5 %", "5 % – 10 %", "10 % – 20 %", "≥ 20 %", "Pas de données"]);
    expect(legendOf("endorsements", "en", (k) => translate("en", k))).toEqual([
      { bucket: 4, label: "Endorsed" },
      { bucket: 1, label: "Not endorsed" },
      { bucket: 0, label: "No data" },
    ]);
    expect(legendOf("contributions", "en", (k) => translate("en", k)).map((l) => l.label)).toEqual(["< 100", "100 – 1,000", "1,000 – 5,000", "≥ 5,000", "No data"]);
  });

  it("say on the legend what the layer measures, with its year or date", () => {
    const en = (k: Parameters<typeof translate>[1], p: Readonly<Record<string, string | number>>) => translate("en", k, p);
    const fr = (k: Parameters<typeof translate>[1], p: Readonly<Record<string, string | number>>) => translate("fr", k, p);
    expect(legendUnit("contributions", 2019, "31 December 2019", en)).toBe("Uniformed personnel each State contributed, summed over every mission: annual mean of 2019");
    expect(legendUnit("women", 2018, "30 June 2019", en)).toBe("Women's share of the uniformed personnel each State contributed, over every mission: annual means of 2018");
    expect(legendUnit("endorsements", 2019, "31 December 2019", en)).toBe("Whether each State's endorsement of the Kigali Principles is recorded and certain by 31 December 2019");
    expect(legendUnit("contributions", 2019, "31 décembre 2019", fr)).toBe("Personnel en tenue fourni par chaque État, toutes missions additionnées : moyenne annuelle de 2019");
  });
});
