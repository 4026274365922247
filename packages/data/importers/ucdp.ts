import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type ConflictEvent } from "@bluehelm/core";
import { readGed, type GedLayout } from "@bluehelm/core/tabular";
import { UCDP_FILES, type UcdpFile } from "../curated/ground.js";
import { UCDP_DIR } from "./paths.js";

export interface UcdpFileImport {
  readonly file: UcdpFile;
  readonly layout: GedLayout;
  readonly rows: number;
  readonly hxlRow: boolean;
  readonly records: number;
  /** Events of this file left out because a file of a later release has the same UCDP id. */
  readonly supersededIds: number;
  readonly warnings: Readonly<Record<string, number>>;
  readonly oneSided: number;
  readonly civilianDeaths: number;
}

export interface UcdpImport {
  readonly events: ConflictEvent[];
  readonly files: readonly UcdpFileImport[];
}

const releaseKey = (r: string) => r.split(".").reduce((n, part) => n * 100 + Number(part), 0);

/**
 * Reads every UCDP GED file with the core's reader (one implementation for
 * the dataset and for users' files). A UCDP id found in two files is kept
 * from the later release (UCDP ids are stable across releases; the later
 * release carries its revisions); with the same release, the first file.
 */
export function importUcdp(files: readonly UcdpFile[] = UCDP_FILES, dir = UCDP_DIR): UcdpImport {
  const read = files.map((file) => {
    const result = readGed(readFileSync(join(dir, file.path), "utf8"), { release: file.release, sources: file.sources, confidence: "reported", fileName: basename(file.path) });
    if (!result.report.valid || result.layout === undefined) {
      const errors = result.report.issues.filter((i) => i.severity === "error").slice(0, 10);
      throw new Error(`${file.path}: ${errors.map((i) => `row ${i.row ?? "?"} ${i.column ?? ""}: ${i.message.en}`).join("; ")}`);
    }
    return { file, result };
  });
  const keeper = new Map<string, number>();
  read.forEach(({ file, result }, i) => {
    for (const e of result.records) {
      const k = keeper.get(e.id);
      if (k === undefined || releaseKey(file.release) > releaseKey(read[k]!.file.release)) keeper.set(e.id, i);
    }
  });
  const events: ConflictEvent[] = [];
  const summaries = read.map(({ file, result }, i): UcdpFileImport => {
    const kept = result.records.filter((e) => keeper.get(e.id) === i);
    events.push(...kept);
    const warnings: Record<string, number> = {};
    for (const issue of result.report.issues) warnings[issue.rule] = (warnings[issue.rule] ?? 0) + 1;
    const oneSided = kept.filter((e) => e.typeOfViolence === "3");
    return {
      file,
      layout: result.layout!,
      rows: result.rows,
      hxlRow: result.hxlRow,
      records: kept.length,
      supersededIds: result.records.length - kept.length,
      warnings,
      oneSided: oneSided.length,
      civilianDeaths: oneSided.reduce((s, e) => s + e.deaths.civilians, 0),
    };
  });
  events.sort((a, b) => a.ucdpId - b.ucdpId);
  return { events, files: summaries };
}
