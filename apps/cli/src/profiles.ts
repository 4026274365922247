import { makeIssue, type ReadonlyDataset, type ValidationIssue } from "@bluehelm/core";
import { parseCsv, readGed, type LocatedRecord } from "@bluehelm/core/tabular";

/** Layouts of other publishers that `--profile` reads, converting each row to a Bluehelm record. */
export const PROFILES = {
  "un-country-by-year": {
    kind: "contribution",
    description: "UN contributions by contributor, mission and year: Year, Country, Mission, Female, Male, Total (names mapped with @bluehelm/data's tested tables)",
  },
  "ucdp-ged": {
    kind: "conflict-event",
    description: "UCDP Georeferenced Event Dataset, any release: the official CSV, the HDX CSV (HXL row), the UCDP web export or GeoJSON (read by @bluehelm/core's readGed)",
  },
} as const;
export type ProfileName = keyof typeof PROFILES;

/** What a profile's reader may need besides the text: the file's name, a GED release and source, the stored data. */
export interface ProfileOptions {
  readonly fileName?: string;
  readonly release?: string;
  readonly source?: string;
  readonly context?: ReadonlyDataset;
}

/** Reads a file of a profile's layout into located records, with the mapping issues and a count of all-zero rows. */
export async function readProfile(profile: ProfileName, text: string, options: ProfileOptions = {}): Promise<{ records: LocatedRecord[]; issues: ValidationIssue[]; emptyRows: number }> {
  if (profile === "ucdp-ged") {
    const read = readGed(text, {
      ...(options.fileName ? { fileName: options.fileName } : {}),
      ...(options.release ? { release: options.release } : {}),
      ...(options.source ? { sources: [options.source] } : {}),
      ...(options.context ? { context: options.context } : {}),
    });
    return { records: read.records.map((record, i) => ({ row: i + 1, record })), issues: [...read.report.issues], emptyRows: 0 };
  }
  const { countryByYearContribution, MappingError } = await import("@bluehelm/data/mappings");
  const { rows, problems } = parseCsv(text);
  const issues: ValidationIssue[] = problems.map((p) => ({ ...makeIssue("file.syntax", [], { format: "CSV", row: p.line, detail: p.message }), row: p.line }));
  const records: LocatedRecord[] = [];
  let emptyRows = 0;
  const [header, ...data] = rows;
  if (!header) return { records, issues, emptyRows };
  const columns = header.cells.map((c) => c.trim());
  for (const required of ["Year", "Country", "Mission", "Female", "Male", "Total"]) {
    if (!columns.includes(required)) {
      issues.push({ ...makeIssue("file.syntax", [], { format: "CSV", row: header.line, detail: `the ${profile} layout needs a "${required}" column` }), row: header.line });
    }
  }
  if (issues.length > 0) return { records, issues, emptyRows };
  for (const row of data) {
    const cells = Object.fromEntries(columns.map((c, i) => [c, row.cells[i] ?? ""]));
    try {
      const result = countryByYearContribution(cells);
      if (result.kind === "record") records.push({ row: row.line, record: result.record });
      else if (result.kind === "excluded") issues.push({ ...makeIssue("file.row-left-out", [], { row: row.line, reason: result.reason }), row: row.line });
      else emptyRows += 1;
    } catch (e) {
      if (!(e instanceof MappingError)) throw e;
      issues.push({ ...makeIssue("file.unmapped", [], { detail: e.message, row: row.line, column: e.column }), row: row.line, column: e.column });
    }
  }
  return { records, issues, emptyRows };
}
