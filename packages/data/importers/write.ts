import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type BuildResult } from "./build.js";
import { COLLECTIONS } from "./collections.js";
import { renderDataMd } from "./data-md.js";

/** Compact, stable JSON: one record per line. */
export function serializeCollection(records: readonly unknown[]): string {
  if (records.length === 0) return "[]\n";
  return `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}

/** The files the import writes, by path relative to the package root. */
export function renderFiles(result: BuildResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, file] of COLLECTIONS) files.set(`json/${file}.json`, serializeCollection(result.dataset[name]));
  files.set("DATA.md", renderDataMd(result));
  return files;
}

/** Runs every importer and writes the JSON files and DATA.md under `root`. */
export function writeDataset(root: string): BuildResult {
  const result = buildDataset();
  mkdirSync(join(root, "json"), { recursive: true });
  for (const [path, text] of renderFiles(result)) writeFileSync(join(root, path), text);
  return result;
}
