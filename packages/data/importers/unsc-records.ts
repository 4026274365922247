/**
 * Links every Security Council resolution a mandate names to its UN Digital
 * Library record and voting record, by resolution number, from the CR-UNSC
 * record tables (S/RES/1 to S/RES/2722). A mandate whose resolution is later
 * than the tables, or has no sourced number, says why it has no link. The
 * links are never typed by hand.
 */
import { readFileSync } from "node:fs";
import type { MandateInput } from "@bluehelm/core";
import { parseCsv } from "./csv.js";
import { UNSC_RECORD_TABLE_CSV, UNSC_VOTING_TABLE_CSV } from "./paths.js";

export const CR_UNSC_SOURCE = "cr-unsc-2722";
/** The last resolution the tables cover. */
export const LAST_RESOLUTION = 2722;

export interface UnscRecordsImport {
  readonly mandates: readonly MandateInput[];
  /** Rows in each table. */
  readonly recordRows: number;
  readonly votingRows: number;
  /** Resolutions linked, and those left without a link, with the reason. */
  readonly linked: readonly { readonly resolution: string; readonly record: string; readonly votingRecord: string | undefined }[];
  readonly unlinked: readonly { readonly mandateId: string; readonly reason: string }[];
}

function table(path: string, file: string): Map<number, string> {
  const csv = parseCsv(readFileSync(path, "utf8"), file);
  if (csv.header.join(",") !== "res_no,url_record") throw new Error(`${file}: expected the columns res_no,url_record, found ${csv.header.join(",")}`);
  const map = new Map<number, string>();
  for (const row of csv.rows) {
    const n = Number(row.fields.res_no);
    const url = row.fields.url_record!;
    if (!Number.isInteger(n) || n < 1) throw new Error(`${file}: row ${row.line}: res_no "${row.fields.res_no}" is not a resolution number`);
    if (!/^https:\/\/digitallibrary\.un\.org\/record\/\d+(?:\?ln=[a-z]{2})?$/.test(url)) throw new Error(`${file}: row ${row.line}: "${url}" is not a Digital Library record`);
    if (map.has(n)) throw new Error(`${file}: row ${row.line}: resolution ${n} is listed twice`);
    map.set(n, url);
  }
  for (let n = 1; n <= LAST_RESOLUTION; n++) if (!map.has(n)) throw new Error(`${file}: resolution ${n} is missing`);
  return map;
}

/** Adds the Digital Library links (and the CR-UNSC source) to the mandates, or the reason there is none. */
export function linkResolutions(mandates: readonly MandateInput[]): UnscRecordsImport {
  const records = table(UNSC_RECORD_TABLE_CSV, "UNSC_Record-Table_2722.csv");
  const voting = table(UNSC_VOTING_TABLE_CSV, "UNSC_Record_Voting_2722.csv");
  const linked = new Map<string, { resolution: string; record: string; votingRecord: string | undefined }>();
  const unlinked: { mandateId: string; reason: string }[] = [];
  const out = mandates.map((m): MandateInput => {
    if (m.digitalLibrary !== undefined || m.digitalLibraryGap !== undefined) throw new Error(`mandate ${m.id}: resolution links come from the importer, not the curated file`);
    const number = m.resolution === undefined ? undefined : Number(/^S\/RES\/(\d+) /.exec(m.resolution)?.[1]);
    if (number === undefined || m.resolution === undefined) {
      const reason = "No resolution number is sourced for this mandate, so it cannot be linked.";
      unlinked.push({ mandateId: m.id, reason });
      return { ...m, digitalLibraryGap: reason };
    }
    if (number > LAST_RESOLUTION) {
      const reason = `${m.resolution} is later than S/RES/${LAST_RESOLUTION}, the last resolution of the CR-UNSC record tables.`;
      unlinked.push({ mandateId: m.id, reason });
      return { ...m, digitalLibraryGap: reason };
    }
    const record = records.get(number)!;
    const votingRecord = voting.get(number);
    linked.set(m.resolution, { resolution: m.resolution, record, votingRecord });
    return {
      ...m,
      digitalLibrary: { record, ...(votingRecord ? { votingRecord } : {}) },
      sources: m.sources.includes(CR_UNSC_SOURCE) ? m.sources : [...m.sources, CR_UNSC_SOURCE],
    };
  });
  return {
    mandates: out,
    recordRows: records.size,
    votingRows: voting.size,
    linked: [...linked.values()].sort((a, b) => Number(/\d+/.exec(a.resolution)![0]) - Number(/\d+/.exec(b.resolution)![0])),
    unlinked,
  };
}
