import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importContributions } from "../importers/contributions.js";
import { buildActors } from "../importers/actors.js";
import { importMissions } from "../importers/missions.js";
import { PACKAGE_ROOT, MISSIONS_CSV, RANK_CSV } from "../importers/paths.js";
import { writeDataset } from "../importers/write.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the importers", () => {
  it("reproduce the committed JSON files and DATA.md byte for byte", () => {
    writeDataset(scratch);
    const files = readdirSync(join(PACKAGE_ROOT, "json")).sort();
    expect(files.length).toBe(22);
    expect(readdirSync(join(scratch, "json")).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(scratch, "json", file), "utf8"), file).toBe(readFileSync(join(PACKAGE_ROOT, "json", file), "utf8"));
    }
    expect(readFileSync(join(scratch, "DATA.md"), "utf8")).toBe(readFileSync(join(PACKAGE_ROOT, "DATA.md"), "utf8"));
  });

  it("fail on an unmapped contributor name, naming it and its row", () => {
    const dir = join(scratch, "bad");
    mkdirSync(dir, { recursive: true });
    const cby = join(dir, "CountryByYear.csv");
    writeFileSync(cby, '"","Year","Country","Mission","Female","Male","Total"\n"1",2015,"Rwanda","UNMISS",1,2,3\n"2",2015,"Freedonia","UNMISS",0,1,1\n');
    const actors = buildActors();
    const { missions } = importMissions(actors);
    expect(() => importContributions(actors, missions, { rank: RANK_CSV, countryByYear: cby })).toThrow(/CountryByYear\.csv row 2: contributor name "Freedonia"/);
  });

  it("fail when a curated mission correction no longer matches the file", () => {
    const dir = join(scratch, "bad-missions");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "DPPADPOSS-PKO.csv");
    writeFileSync(file, readFileSync(MISSIONS_CSV, "utf8").replace('Bamako,"12,6500","-8,0000"', 'Bamako,"-8,0000","12,6500"'));
    expect(() => importMissions(buildActors(), file)).toThrow(/coordinate correction for MINUSMA no longer matches/);
  });
});
