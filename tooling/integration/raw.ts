// Independent readers of the raw public files, written apart from the
// importers so that tests compare two separate computations.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const EXTERNAL = join(import.meta.dirname, "..", "..", "data", "external");

export interface RankRow {
  iso3: string;
  country: string;
  rank: number;
  women: number;
  men: number;
  total: number;
}

/** Rank.csv: a UTF-8 BOM, CRLF lines, no quoted fields. */
export function readRankCsv(): RankRow[] {
  const text = readFileSync(join(EXTERNAL, "un-pk-contributions-2021", "Rank.csv"), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const cols = header!.split(",");
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const f = line.split(",");
    return {
      iso3: f[at("ISOCode3")]!,
      country: f[at("Contributing_Country")]!,
      rank: Number(f[at("Personnel_Contribution_Rank")]),
      women: Number(f[at("Female_Personnel")]),
      men: Number(f[at("Male_Personnel")]),
      total: Number(f[at("Total_Uniformed_Personnel")]),
    };
  });
}
