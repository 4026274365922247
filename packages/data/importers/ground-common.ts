import type { NotAnActor } from "../curated/ground-names.js";

/** A slug for an id segment: lower case, accents dropped, runs of other characters as one hyphen. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The decimal places of a coordinate, counted on the shortest form of the
 * number, so that binary noise written out by a converter
 * ("6.5436820000000004") counts as what it stands for (6.543682: 6).
 */
export function decimals(cell: string): number {
  const m = /\.(\d+)$/.exec(String(Number(cell.trim())));
  return m ? m[1]!.length : 0;
}

/** More decimal places than this (about a millimetre) is not precision but noise: no hint is given. */
export const MAX_MEANINGFUL_DECIMALS = 8;

/** The `coordinatesDecimals` hint of a pair of coordinate cells, when it means something. */
export function coordinatesDecimals(lat: string, lon: string): { coordinatesDecimals?: number } {
  const n = Math.max(decimals(lat), decimals(lon));
  return n <= MAX_MEANINGFUL_DECIMALS ? { coordinatesDecimals: n } : {};
}

/** A decimal number of a cell; throws naming the file, row and column. */
export function number(cell: string | undefined, where: string): number {
  const text = (cell ?? "").trim();
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) throw new Error(`${where}: "${cell ?? ""}" is not a number`);
  return Number(text);
}

/** A name of a curated table; an unknown name fails the import, naming where it was found and the table. */
export function lookup<T>(table: Readonly<Record<string, T>>, name: string, where: string, tableFile: string): T {
  if (!Object.prototype.hasOwnProperty.call(table, name)) {
    throw new Error(`${where}: "${name}" is not in the name table (${tableFile}); add it with its actor id, or as not an actor with the reason`);
  }
  return table[name]!;
}

export const isActor = (entry: string | NotAnActor): entry is string => typeof entry === "string";

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
