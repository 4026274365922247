// The contributor-years kept in SQL on write (migration 4) against the core's fold over the same records,
// on both engines: after the seeding, an import, updates and deletes; and a small case computed by hand.
import { DatasetSchema, type Contribution, type WorldTotal } from "@bluehelm/core";
import { askQuestion, askQuestionFrom, contributorYears, createIndex, type ContributionSelection, type WorldPersonnelYear } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { ENGINES } from "@bluehelm/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteDriver, postgresDriver, type Driver } from "../src/driver.js";
import { SqlStore } from "../src/sql-store.js";

const contribution = (id: string, fields: Partial<Contribution>): Contribution => ({
  id,
  contributorId: "rwa",
  missionId: "unmiss",
  periodStart: "2031-01-01",
  periodEnd: "2031-12-31",
  measure: "annual-mean",
  category: "all",
  total: 100,
  sources: ["un-pk-country-by-year"],
  confidence: "reported",
  ...fields,
});

// 2031, a year no reference record has. Computed by hand below.
const added: Contribution[] = [
  // rwa in UNMISS: an "all" record (100, 10 women) and two category records of the same period, which it replaces.
  contribution("ci-rwa-unmiss-all", { women: 10, men: 90 }),
  contribution("ci-rwa-unmiss-troops", { category: "troops", total: 60, women: 5, men: 55 }),
  contribution("ci-rwa-unmiss-police", { category: "individual-police", total: 40 }),
  // rwa in MINUSCA: category records only (30 + 20, women 3 + 2).
  contribution("ci-rwa-minusca-troops", { missionId: "minusca", category: "troops", total: 30, women: 3, men: 27 }),
  contribution("ci-rwa-minusca-police", { missionId: "minusca", category: "individual-police", total: 20, women: 2, men: 18, sources: ["un-pk-country-by-year", "securitywomen-sea-2023"] }),
  // bgd in UNMISS: one category record without women, and a period from mid-2031 to mid-2032.
  contribution("ci-bgd-unmiss-troops", { contributorId: "bgd", category: "troops", total: 70 }),
  contribution("ci-bgd-unmiss-straddle", { contributorId: "bgd", category: "troops", total: 20, women: 1, men: 19, periodStart: "2031-07-01", periodEnd: "2032-06-30" }),
];

const SELECTIONS: readonly ContributionSelection[] = [
  { measure: "annual-mean" },
  { measure: "annual-mean", sameYear: true, from: 2015, to: 2019 },
  { measure: "annual-mean", sameYear: true, from: 2031, to: 2031 },
  { measure: "annual-mean", contributorId: "rwa" },
  { measure: "annual-mean", missionId: "minusca" },
  { measure: "annual-mean", contributorId: "bgd", missionId: "unmiss", from: 2031 },
  { measure: "snapshot" },
  { measure: "snapshot", sameYear: true, from: 2019, to: 2019, missionId: "unmiss" },
];

describe.each(ENGINES.map((make) => make()))("contribution inputs kept on write, on $name", (engine) => {
  let driver: Driver;
  let store: SqlStore;
  const stored = async (): Promise<Contribution[]> =>
    (await driver.query<{ data: Contribution }>("SELECT data FROM records WHERE resource = 'contribution' ORDER BY seq")).map((r) => r.data);
  const agreesWithTheFold = async () => {
    const records = await stored();
    for (const selection of SELECTIONS) expect(await store.contributorYears(selection), JSON.stringify(selection)).toEqual(contributorYears(records, selection));
  };

  beforeAll(async () => {
    const where = await engine.setup();
    driver = where.url ? await postgresDriver(where.url, { max: 2 }) : await pgliteDriver(where.dataDir!);
    store = await SqlStore.open(driver, { seed: where.url ? loadDataset() : false });
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
  });

  it("after the seeding, has the contributor-years the core folds from the stored records", async () => {
    const records = await stored();
    expect(records.length).toBe(loadDataset().contributions.length);
    // The reference data has contributor-years to compare: not an empty table against an empty fold.
    expect((await store.contributorYears({ measure: "annual-mean" })).length).toBeGreaterThan(500);
    await agreesWithTheFold();
  });

  it("answers world-personnel from the stored world totals and the kept contributor-years as the core does over the stored records", async () => {
    const worldTotals = (await driver.query<{ data: WorldTotal }>("SELECT data FROM records WHERE resource = 'world-total' ORDER BY seq")).map((r) => r.data);
    expect(await store.collection("worldTotals")).toEqual(worldTotals);
    const index = createIndex(DatasetSchema.parse({ contributions: await stored(), worldTotals }));
    for (const params of [{}, { from: "2010", to: "2020" }, { from: "1950", to: "1960" }]) {
      const got = await askQuestionFrom(store, "world-personnel", params);
      expect(got, JSON.stringify(params)).toEqual(askQuestion(index, "world-personnel", params));
    }
    // Real figures to compare: the reference data's world totals, and contribution sums beside those of the years
    // its annual means cover (2011, 2013–2016, 2018–2020; none in 2010, 2012, 2017).
    const decade = await askQuestionFrom(store, "world-personnel", { from: "2010", to: "2020" });
    const rows = decade?.ok ? (decade.answer.value as WorldPersonnelYear[]) : [];
    expect(rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(rows.filter((r) => r.contributionsTotal === undefined).map((r) => r.year)).toEqual([2010, 2012, 2017]);
  });

  it("after an import, counts an 'all categories' record instead of its categories, and women only when every record has them", async () => {
    await store.importRecords("contribution", added, { actor: "test" });
    expect(await store.contributorYears({ measure: "annual-mean", from: 2031, to: 2031, sameYear: true })).toEqual([
      { contributorId: "bgd", year: 2031, total: 70, women: undefined },
      { contributorId: "rwa", year: 2031, total: 150, women: 15 },
    ]);
    // Without the same-year condition, the period beginning in July 2031 counts in 2031.
    expect(await store.contributorYears({ measure: "annual-mean", contributorId: "bgd", from: 2031 })).toEqual([{ contributorId: "bgd", year: 2031, total: 90, women: undefined }]);
    expect(await store.contributorYears({ measure: "annual-mean", missionId: "minusca", from: 2031 })).toEqual([{ contributorId: "rwa", year: 2031, total: 50, women: 5 }]);
    expect(await store.contributionSources({ measure: "annual-mean", from: 2031, to: 2031, contributorIds: ["rwa"] })).toEqual(["securitywomen-sea-2023", "un-pk-country-by-year"]);
    expect(await store.contributionSources({ measure: "annual-mean", from: 2031, to: 2031, contributorIds: ["bgd"] })).toEqual(["un-pk-country-by-year"]);
    await agreesWithTheFold();
  });

  it("after updates and deletes, takes the old rows out and puts the new ones in", async () => {
    // The "all" record loses its women's figure: UNMISS's 2031 for rwa is now 100 with women unknown.
    await driver.query("UPDATE records SET data = data - 'women' - 'men' WHERE resource = 'contribution' AND id = 'ci-rwa-unmiss-all'");
    expect(await store.contributorYears({ measure: "annual-mean", contributorId: "rwa", from: 2031 })).toEqual([{ contributorId: "rwa", year: 2031, total: 150, women: undefined }]);
    // Without it, the two category records count: 60 + 40, and the police record has no women.
    await driver.query("DELETE FROM records WHERE resource = 'contribution' AND id = 'ci-rwa-unmiss-all'");
    expect(await store.contributorYears({ measure: "annual-mean", contributorId: "rwa", missionId: "unmiss", from: 2031 })).toEqual([
      { contributorId: "rwa", year: 2031, total: 100, women: undefined },
    ]);
    // A record moved to another year and another contributor.
    await driver.query(
      `UPDATE records SET data = data || '{"contributorId": "bgd", "periodStart": "2030-01-01", "periodEnd": "2030-12-31"}'::jsonb
       WHERE resource = 'contribution' AND id = 'ci-rwa-minusca-police'`,
    );
    expect(await store.contributorYears({ measure: "annual-mean", missionId: "minusca", from: 2031 })).toEqual([{ contributorId: "rwa", year: 2031, total: 30, women: 3 }]);
    expect(await store.contributionSources({ measure: "annual-mean", missionId: "minusca", from: 2031 })).toEqual(["un-pk-country-by-year"]);
    // Several rows in one statement, reference records among them.
    await driver.query("UPDATE records SET data = jsonb_set(data, '{total}', to_jsonb((data->>'total')::numeric + 1)) WHERE resource = 'contribution' AND data->>'contributorId' = 'rwa'");
    await driver.query("DELETE FROM records WHERE resource = 'contribution' AND data->>'contributorId' = 'bgd' AND data->>'periodStart' >= '2031'");
    await agreesWithTheFold();
    // Emptied keys leave no rows behind.
    expect(await store.contributorYears({ measure: "annual-mean", contributorId: "bgd", from: 2031 })).toEqual([]);
    const [left] = await driver.query<{ n: number }>("SELECT count(*)::integer AS n FROM contribution_periods WHERE contributor_id = 'bgd' AND period_start >= '2031'");
    expect(Number(left?.n)).toBe(0);
  });
});
