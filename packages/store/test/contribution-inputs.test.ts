// The contributor-years and mission-years kept in SQL on write (migration 4) against the core's fold over the
// same records, on both engines: after the seeding, an import, updates and deletes; and a small case computed by hand.
import { DatasetSchema, type ConductStat, type Contribution, type PeacekeeperFatality, type WorldTotal } from "@bluehelm/core";
import {
  askQuestion,
  askQuestionFrom,
  contributorYears,
  createIndex,
  missionYears,
  type ConductRow,
  type ContributionSelection,
  type FatalityRow,
  type WorldPersonnelYear,
} from "@bluehelm/core/analytics";
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

const fatality = (n: number, fields: Partial<PeacekeeperFatality>): PeacekeeperFatality => ({
  id: `psdh-fatality.ci-${n}`,
  casualtyId: `CI-2031-${n}`,
  incidentDate: "2031-03-01",
  missionAcronym: "UNMISS",
  missionId: "unmiss",
  personnelType: "military",
  incidentType: "malicious-act",
  nationality: "Rwanda",
  nationalityId: "rwa",
  sources: ["psdh-fatalities"],
  confidence: "verified",
  ...fields,
});

// Four fatalities in 2031, beside the contributions above: three in UNMISS (two of uniformed personnel), one in MINUSCA.
const fatalities: PeacekeeperFatality[] = [
  fatality(1, {}),
  fatality(2, { incidentDate: "2031-05-01", personnelType: "police", incidentType: "accident", nationality: "Bangladesh", nationalityId: "bgd" }),
  fatality(3, { incidentDate: "2031-06-01", personnelType: "local-civilian", incidentType: "illness", nationality: undefined, nationalityId: undefined }),
  fatality(4, { incidentDate: "2031-08-01", missionAcronym: "MINUSCA", missionId: "minusca" }),
].map((f) => JSON.parse(JSON.stringify(f)) as PeacekeeperFatality);

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
    for (const selection of SELECTIONS) {
      expect(await store.contributorYears(selection), JSON.stringify(selection)).toEqual(contributorYears(records, selection));
      expect(await store.missionYears(selection), JSON.stringify(selection)).toEqual(missionYears(records, selection));
    }
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
    // By mission: UNMISS 100 (rwa's "all" record) + 70 (bgd, women unknown); MINUSCA 30 + 20 with 3 + 2 women.
    expect(await store.missionYears({ measure: "annual-mean", from: 2031, to: 2031, sameYear: true })).toEqual([
      { missionId: "minusca", year: 2031, total: 50, women: 5 },
      { missionId: "unmiss", year: 2031, total: 170, women: undefined },
    ]);
    expect(await store.missionYears({ measure: "annual-mean", missionId: "unmiss", from: 2031 })).toEqual([{ missionId: "unmiss", year: 2031, total: 190, women: undefined }]);
    // Sources of some cells only: MINUSCA's police record brings the second source, UNMISS's records do not.
    const cells = (by: "mission" | "contributor", key: string, year: number) => ({ measure: "annual-mean" as const, from: 2030, to: 2031, within: { by, cells: [{ key, year }] } });
    expect(await store.contributionSources(cells("mission", "minusca", 2031))).toEqual(["securitywomen-sea-2023", "un-pk-country-by-year"]);
    expect(await store.contributionSources(cells("mission", "unmiss", 2031))).toEqual(["un-pk-country-by-year"]);
    expect(await store.contributionSources(cells("mission", "minusca", 2030))).toEqual([]);
    expect(await store.contributionSources(cells("contributor", "bgd", 2031))).toEqual(["un-pk-country-by-year"]);
    await agreesWithTheFold();
  });

  it("answers peacekeeper-fatalities from the stored fatalities and the kept mission-years and contributor-years", async () => {
    await store.importRecords("peacekeeper-fatality", fatalities, { actor: "test" });
    const rowsOf = async (params: Record<string, string>): Promise<FatalityRow[]> => {
      const got = await askQuestionFrom(store, "peacekeeper-fatalities", { asOf: "2032-01-01", ...params });
      if (!got?.ok) throw new Error(`peacekeeper-fatalities ${JSON.stringify(params)} did not answer`);
      return got.answer.value as FatalityRow[];
    };
    // By hand: UNMISS 2 uniformed fatalities of 170 personnel, MINUSCA 1 of 50.
    const byMission = await rowsOf({ from: "2031", to: "2031" });
    expect(byMission.map((r) => [r.key, r.fatalities, r.uniformedFatalities, r.personnel])).toEqual([
      ["minusca", 1, 1, 50],
      ["unmiss", 3, 2, 170],
    ]);
    expect(byMission[0]?.per1000).toBeCloseTo(20, 10);
    expect(byMission[1]?.per1000).toBeCloseTo(11.764705882, 8);
    expect(byMission[1]?.byIncidentType).toEqual({ "malicious-act": 1, accident: 1, illness: 1 });
    // By nationality: rwa 2 of 150, bgd 1 of 70, the undetermined one without personnel.
    const byContributor = await rowsOf({ by: "contributor", from: "2031", to: "2031" });
    expect(byContributor.map((r) => [r.key, r.fatalities, r.uniformedFatalities, r.personnel])).toEqual([
      ["bgd", 1, 1, 70],
      ["rwa", 2, 2, 150],
      ["undetermined", 1, 0, undefined],
    ]);
    expect(byContributor[1]?.per1000).toBeCloseTo(13.333333333, 8);
    // The accident in UNMISS alone: the sources of UNMISS's contributions, not MINUSCA's.
    const accident = await askQuestionFrom(store, "peacekeeper-fatalities", { asOf: "2032-01-01", from: "2031", incidentType: "accident" });
    expect(accident?.ok && accident.answer.sources).toEqual(["psdh-fatalities", "un-pk-country-by-year"]);

    const storedFatalities = (await driver.query<{ data: PeacekeeperFatality }>("SELECT data FROM records WHERE resource = 'peacekeeper-fatality' ORDER BY seq")).map((r) => r.data);
    expect(storedFatalities.length).toBe(loadDataset().peacekeeperFatalities.length + fatalities.length);
    const index = createIndex(DatasetSchema.parse({ contributions: await stored(), peacekeeperFatalities: storedFatalities }));
    for (const params of [
      { asOf: "2032-01-01" },
      { asOf: "2032-01-01", by: "contributor" },
      { asOf: "2032-01-01", missionId: "minusma" },
      { asOf: "2032-01-01", by: "contributor", contributorId: "rwa", from: "2010" },
      { asOf: "2020-06-30", from: "2013", to: "2020", incidentType: "malicious-act" },
      { asOf: "2032-01-01", by: "contributor", missionId: "monusco", from: "2000", to: "2010" },
      { asOf: "2032-01-01", from: "2040" },
    ]) {
      expect(await askQuestionFrom(store, "peacekeeper-fatalities", params), JSON.stringify(params)).toEqual(askQuestion(index, "peacekeeper-fatalities", params));
    }
    // Real rates to compare: the reference data's annual means cover some of MINUSMA's years.
    expect((await rowsOf({ missionId: "minusma" })).filter((r) => r.per1000 !== undefined).length).toBeGreaterThan(3);
  });

  it("answers conduct-rates from the stored statistics and the kept mission-years", async () => {
    const stat = (id: string, missionId: string, allegations: number): ConductStat => ({ id, missionId, year: 2031, category: "sea", allegations, sources: ["securitywomen-sea-2023"], confidence: "reported" });
    await store.importRecords("conduct-stat", [stat("ci-sea-unmiss-2031", "unmiss", 17), stat("ci-sea-minusca-2031", "minusca", 1)], { actor: "test" });
    const got = await askQuestionFrom(store, "conduct-rates", { year: "2031" });
    const rows = got?.ok ? (got.answer.value as ConductRow[]) : [];
    // By hand: MINUSCA 1 of 50 personnel, UNMISS 17 of 170 (the sums of the import above).
    expect(rows.map((r) => [r.missionId, r.allegations, r.personnel])).toEqual([
      ["minusca", 1, 50],
      ["unmiss", 17, 170],
    ]);
    expect(rows.map((r) => r.per1000)).toEqual([expect.closeTo(20, 10), expect.closeTo(100, 10)]);

    const stats = (await driver.query<{ data: ConductStat }>("SELECT data FROM records WHERE resource = 'conduct-stat' ORDER BY seq")).map((r) => r.data);
    expect(await store.collection("conductStats")).toEqual(stats);
    const index = createIndex(DatasetSchema.parse({ contributions: await stored(), conductStats: stats }));
    for (const params of [{}, { year: "2031" }, { missionId: "unmiss" }, { missionId: "minusca", year: "2019" }, { year: "1990" }]) {
      expect(await askQuestionFrom(store, "conduct-rates", params), JSON.stringify(params)).toEqual(askQuestion(index, "conduct-rates", params));
    }
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
