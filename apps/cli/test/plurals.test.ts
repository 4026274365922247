// Counts printed with a noun take the form the language's plural rules call for: "1 record", "0 records"; in
// French 0 and 1 are singular ("0 enregistrement"). The expected strings are written out by hand.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { t } from "../src/i18n.js";
import { bluehelm } from "./run.js";

const NNBSP = "\u202f";

describe("messages with counts", () => {
  it("write one record, and zero or more records, in English", () => {
    expect(t("en", "valid", { file: "a.csv", n: 1 })).toBe("a.csv: 1 record, valid.");
    expect(t("en", "valid", { file: "a.csv", n: 0 })).toBe("a.csv: 0 records, all valid.");
    expect(t("en", "valid", { file: "a.csv", n: 2 })).toBe("a.csv: 2 records, all valid.");
    expect(t("en", "invalid", { file: "a.csv", n: 1, bad: 1, errors: 1, warnings: 0 })).toBe("a.csv: 1 record, 1 rejected, 1 error, 0 warnings.");
    expect(t("en", "invalid", { file: "a.csv", n: 1200, bad: 3, errors: 2, warnings: 1 })).toBe("a.csv: 1,200 records, 3 rejected, 2 errors, 1 warning.");
    expect(t("en", "imported", { n: 1, kind: "pledge" })).toBe("Imported 1 pledge record.");
    expect(t("en", "imported", { n: 2, kind: "pledge" })).toBe("Imported 2 pledge records.");
    expect(t("en", "emptyRows", { n: 1 })).toBe("1 all-zero row skipped (it changes no total).");
    expect(t("en", "emptyRows", { n: 3 })).toBe("3 all-zero rows skipped (they change no total).");
    expect(t("en", "rejectedWritten", { bad: 1, file: "r.ndjson" })).toBe("1 rejected record and its errors written to r.ndjson.");
    expect(t("en", "alertsSummary", { n: 1, screened: 1 })).toBe("1 alert among 1 event screened.");
    expect(t("en", "alertsSummary", { n: 0, screened: 0 })).toBe("0 alerts among 0 events screened.");
    expect(t("en", "rankingNotCounted", { n: 1, measure: "snapshot", dates: "2021-01-31" })).toMatch(
      /^1 snapshot contribution is stored without a mission \(a ranking over all missions\) on 2021-01-31; top-contributors does not count it\. List it with:/,
    );
    expect(t("en", "moreOfRule", { n: 1, rule: "x.y" })).toBe("… and 1 more [x.y]");
  });
  it("write zero and one as singular in French, and thousands with a narrow no-break space", () => {
    expect(t("fr", "valid", { file: "a.csv", n: 1 })).toBe("a.csv : 1 enregistrement, valide.");
    expect(t("fr", "valid", { file: "a.csv", n: 2 })).toBe("a.csv : 2 enregistrements, tous valides.");
    expect(t("fr", "invalid", { file: "a.csv", n: 1, bad: 0, errors: 1, warnings: 0 })).toBe("a.csv : 1 enregistrement, 0 rejeté, 1 erreur, 0 avertissement.");
    expect(t("fr", "invalid", { file: "a.csv", n: 1200, bad: 2, errors: 3, warnings: 4 })).toBe(`a.csv : 1${NNBSP}200 enregistrements, 2 rejetés, 3 erreurs, 4 avertissements.`);
    expect(t("fr", "wouldImport", { n: 1, bad: 0 })).toBe("Essai : 1 serait inséré, 0 rejeté ; rien n'a été écrit.");
    expect(t("fr", "wouldImport", { n: 2, bad: 3 })).toBe("Essai : 2 seraient insérés, 3 rejetés ; rien n'a été écrit.");
    expect(t("fr", "imported", { n: 1, kind: "pledge" })).toBe("1 enregistrement pledge importé.");
    expect(t("fr", "emptyRows", { n: 0 })).toBe("0 ligne entièrement nulle ignorée (elle ne change aucun total).");
    expect(t("fr", "emptyRows", { n: 2 })).toBe("2 lignes entièrement nulles ignorées (elles ne changent aucun total).");
    expect(t("fr", "alertsSummary", { n: 0, screened: 1 })).toBe("0 alerte parmi 1 événement examiné.");
    expect(t("fr", "rankingNotCounted", { n: 2, measure: "snapshot", dates: "2021-01-31" })).toMatch(
      /^2 contributions snapshot sont enregistrées sans mission .* ; top-contributors ne les compte pas\. Pour les lister :/,
    );
    expect(t("fr", "moreOfRule", { n: 1, rule: "x.y" })).toBe("… et 1 autre [x.y]");
    expect(t("fr", "moreOfRule", { n: 5, rule: "x.y" })).toBe("… et 5 autres [x.y]");
  });
  it("never reads a value as a placeholder", () => {
    expect(t("en", "imported", { n: 2, kind: "{n#a|b}" })).toBe("Imported 2 {n#a|b} records.");
    expect(t("en", "valid", { file: "{n}.csv", n: 1 })).toBe("{n}.csv: 1 record, valid.");
  });
});

describe("bluehelm validate prints its counts with the right forms", () => {
  const scratch = mkdtempSync(join(tmpdir(), "bluehelm-plurals-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const db = join(scratch, "db");
  const file = join(scratch, "one.csv");
  writeFileSync(
    file,
    ["id,actorId,announcedOn,kind,title.en,unit.unitType,unit.quantity,unit.personnel,unit.women,sources,confidence", "new-1,xyz,2024-01-10,unit,Unknown actor,level-2-hospital,1,60,12,un-pk-ranking-2021-01,reported"].join("\n"),
  );

  it("one record with one error, in English and French", () => {
    const en = bluehelm(["--db", db, "validate", file, "--kind", "pledge"]);
    expect(en.stderr + en.stdout).toContain(`${file}: 1 record, 1 rejected, 1 error, 0 warnings.`);
    const fr = bluehelm(["--db", db, "--lang", "fr", "validate", file, "--kind", "pledge"]);
    expect(fr.stderr + fr.stdout).toContain(`${file} : 1 enregistrement, 1 rejeté, 1 erreur, 0 avertissement.`);
  });
});
