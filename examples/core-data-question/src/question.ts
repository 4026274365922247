import { createIndex, endorsementCoverage, pocCoverage, type DatasetIndex } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";

/** The answers this example prints, with what it takes to cite them. */
export interface Answers {
  readonly asOf: string;
  readonly kigali: { readonly endorsers: readonly string[]; readonly size: number; readonly share: number | undefined; readonly sources: readonly string[] };
  readonly poc: { readonly active: number; readonly unknown: number; readonly withPoc: readonly string[] };
}

let index: DatasetIndex | undefined;

/**
 * Who among the top `n` troop and police contributors had endorsed the
 * Kigali Principles as of a date, and which active missions carried a
 * Protection of Civilians mandate (core or limited) on that date.
 */
export function answer(asOf: string, n = 30): Answers {
  index ??= createIndex(loadDataset());
  const kigali = endorsementCoverage(index, "kigali-principles", { kind: "top-contributors", n }, { asOf });
  const poc = pocCoverage(index, { asOf });
  return {
    asOf,
    kigali: { endorsers: kigali.value.endorsers, size: kigali.value.size, share: kigali.value.share, sources: kigali.sources },
    poc: {
      active: poc.value.active,
      unknown: poc.value.unknown,
      withPoc: poc.value.missions.filter((m) => m.poc === "core" || m.poc === "limited").map((m) => m.missionId),
    },
  };
}

/** The answers as sentences. */
export function describe(a: Answers): string[] {
  const pct = a.kigali.share === undefined ? "n/a" : `${Math.round(a.kigali.share * 100)} %`;
  return [
    `As of ${a.asOf}, ${a.kigali.endorsers.length} of the top ${a.kigali.size} contributors (${pct}) had endorsed the Kigali Principles: ${a.kigali.endorsers.join(", ")}.`,
    `Sources: ${a.kigali.sources.join(", ")}.`,
    `${a.poc.active} missions were active; ${a.poc.withPoc.length} carried a PoC mandate (${a.poc.withPoc.join(", ")}) and ${a.poc.unknown} had no mandate recorded in the dataset.`,
  ];
}
