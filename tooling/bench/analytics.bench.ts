// Analytics benchmark, in two parts.
// 1. The time to build the index over the whole reference dataset, and the
//    median time per query of each analytics function, each printed with its
//    ratio to the time to merely JSON.parse the dataset, measured in the same run.
// 2. Every question of the registry (QUESTIONS, what the API serves) on the
//    reference dataset plus the synthetic records at growing scales: the index,
//    the first answer and the median of the next ones, with the growth of each
//    against the smallest scale of the run.
// Usage: pnpm --filter @bluehelm/bench bench:analytics [--quick] [--scales 1,10,100]
import { type ReadonlyDataset } from "@bluehelm/core";
import { QUESTIONS, capabilityGaps, conductRates, createIndex, endorsementCoverage, endorsementEffect, endorsersAsOf, francophoneEnvironments, genderShares, overduePledges, personnelByYear, pledgeSummary, pocCoverage, policingGaps, topContributors } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { performance } from "node:perf_hooks";
import { median, ms, sample } from "./measure.js";
import { QUESTION_PARAMS, syntheticDataset } from "./synthetic.js";

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

/** One question at one scale. */
export interface QuestionRow {
  readonly question: string;
  readonly firstMs: number;
  readonly medianMs: number;
}

/** Every question at each scale (0 = the reference dataset alone): the index's build time and each question's times. */
export function runQuestionsAtScales(scales: readonly number[], runs: number): { scale: number; records: number; indexMs: number; rows: QuestionRow[] }[] {
  const base = loadDataset();
  return scales.map((scale) => {
    const dataset = scale === 0 ? base : syntheticDataset(base, scale);
    const records = Object.values(dataset).reduce((n, list) => n + (list as readonly unknown[]).length, 0);
    const t0 = performance.now();
    const index = createIndex(dataset);
    const indexMs = performance.now() - t0;
    const rows = Object.entries(QUESTIONS).map(([question, q]) => {
      const params = QUESTION_PARAMS[question] ?? {};
      const t1 = performance.now();
      q.run(index, params);
      const firstMs = performance.now() - t1;
      return { question, firstMs, medianMs: median(sample(() => q.run(index, params), runs, 0)) };
    });
    return { scale, records, indexMs, rows };
  });
}

function main() {
  const quick = process.argv.includes("--quick");
  const runs = quick ? 3 : 25;
  const at = process.argv.indexOf("--scales");
  const scales = at > 0 ? process.argv[at + 1]!.split(",").map(Number) : quick ? [0, 1] : [0, 1, 10];
  const dataset = loadDataset();
  const { baselineMs, bytes, rows } = runAnalyticsBench(dataset, runs);
  console.log(`$ ${["node", ...process.argv.slice(1).map((a) => a.replace(/^.*\/tooling\/bench\//, ""))].join(" ")}`);
  console.log(`analytics benchmark — ${runs} runs each, median; Node ${process.version}`);
  console.log(`baseline: JSON.parse of the dataset (${(bytes / 1e6).toFixed(2)} MB, ${dataset.contributions.length} contributions): ${ms(baselineMs)} ms`);
  console.log("");
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"function".padEnd(width)}  ${"median ms".padStart(10)}  ${"× JSON.parse".padStart(12)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${ms(r.medianMs).padStart(10)}  ${r.ratio.toPrecision(3).padStart(12)}`);

  const runsAtScale = Math.min(runs, 9);
  const results = runQuestionsAtScales(scales, runsAtScale);
  const first = results[0]!;
  // Growth against the smallest scale with synthetic records (the reference dataset alone has no pledges to grow from).
  const ref = results.find((r) => r.scale > 0) ?? first;
  console.log("");
  console.log(`every question of the registry at scales ${scales.join(", ")} (0 = the reference dataset alone; one unit = 2,000 pledges, 10,000 pledge events, 40,000 contributions); first answer, then the median of ${runsAtScale}; growth: median at ${results[results.length - 1]!.scale}× ÷ median at ${ref.scale}×`);
  console.log(results.map((r) => `${r.scale}×: ${r.records.toLocaleString("en")} records, index built in ${ms(r.indexMs)} ms`).join("; "));
  const qWidth = Math.max(...first.rows.map((r) => r.question.length));
  const header = [`${"question".padEnd(qWidth)}`, ...results.flatMap((r) => [`${r.scale}× first`.padStart(11), `${r.scale}× median`.padStart(12)]), `growth ÷ ${ref.scale}×`.padStart(12)];
  console.log(header.join("  "));
  for (const [i, row] of first.rows.entries()) {
    const last = results[results.length - 1]!.rows[i]!;
    console.log(
      [row.question.padEnd(qWidth), ...results.flatMap((r) => [ms(r.rows[i]!.firstMs).padStart(11), ms(r.rows[i]!.medianMs).padStart(12)]), (last.medianMs / Math.max(ref.rows[i]!.medianMs, 0.001)).toFixed(1).padStart(12)].join("  "),
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main();
