// Analytics benchmark: the time to build the index over the whole reference
// dataset, and the median time per query of each analytics function, each
// printed with its ratio to the time to merely JSON.parse the dataset,
// measured in the same run. Usage: pnpm --filter @bluehelm/bench bench:analytics [--quick]
import { type ReadonlyDataset } from "@bluehelm/core";
import { capabilityGaps, conductRates, createIndex, endorsementCoverage, endorsementEffect, endorsersAsOf, francophoneEnvironments, genderShares, overduePledges, personnelByYear, pledgeSummary, pocCoverage, policingGaps, topContributors } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { median, ms, sample } from "./measure.js";

export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  /** medianMs ÷ the median time to JSON.parse the dataset. */
  readonly ratio: number;
}

export function runAnalyticsBench(dataset: ReadonlyDataset, runs: number): { baselineMs: number; bytes: number; rows: BenchRow[] } {
  const text = JSON.stringify(dataset);
  const baselineMs = median(sample(() => JSON.parse(text), runs));
  const rows: BenchRow[] = [];
  const add = (name: string, fn: () => unknown) => {
    const m = median(sample(fn, runs));
    rows.push({ name, medianMs: m, ratio: m / baselineMs });
  };
  add("createIndex (whole dataset)", () => createIndex(dataset));
  const index = createIndex(dataset);
  const asOf = "2021-06-30";
  const instrumentId = dataset.instruments.find((i) => i.kind === "principles")?.id ?? dataset.instruments[0]?.id ?? "none";
  const missionId = dataset.missions.find((m) => m.endDate === undefined)?.id ?? "none";
  add("endorsersAsOf", () => endorsersAsOf(index, instrumentId, { asOf }));
  add("endorsementCoverage (member states)", () => endorsementCoverage(index, instrumentId, { kind: "member-states" }, { asOf }));
  add("endorsementCoverage (top 30)", () => endorsementCoverage(index, instrumentId, { kind: "top-contributors", n: 30 }, { asOf }));
  add("pocCoverage", () => pocCoverage(index, { asOf }));
  add("pledgeSummary", () => pledgeSummary(index, { asOf }));
  add("overduePledges", () => overduePledges(index, { asOf }));
  add("capabilityGaps", () => capabilityGaps(index, missionId, { asOf }));
  add("genderShares (by contributor)", () => genderShares(index, { year: 2019, by: "contributor" }));
  add("francophoneEnvironments", () => francophoneEnvironments(index, { asOf }));
  add("policingGaps", () => policingGaps(index, { asOf }));
  add("conductRates", () => conductRates(index));
  add("topContributors (2015–2019)", () => topContributors(index, { from: 2015, to: 2019 }));
  add("personnelByYear", () => personnelByYear(index));
  add("endorsementEffect (2,000 resamples)", () =>
    endorsementEffect(index, { instrumentId, asOf, indicator: (id) => (index.actors.get(id)?.kind === "state" ? id.charCodeAt(0) : undefined) }),
  );
  return { baselineMs, bytes: text.length, rows };
}

function main() {
  const quick = process.argv.includes("--quick");
  const runs = quick ? 3 : 25;
  const dataset = loadDataset();
  const { baselineMs, bytes, rows } = runAnalyticsBench(dataset, runs);
  console.log(`analytics benchmark — ${runs} runs each, median; Node ${process.version}`);
  console.log(`baseline: JSON.parse of the dataset (${(bytes / 1e6).toFixed(2)} MB, ${dataset.contributions.length} contributions): ${ms(baselineMs)} ms`);
  console.log("");
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"function".padEnd(width)}  ${"median ms".padStart(10)}  ${"× JSON.parse".padStart(12)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${ms(r.medianMs).padStart(10)}  ${r.ratio.toPrecision(3).padStart(12)}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main();
