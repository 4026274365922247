// The order records are listed in: by the --sort field (id by default), then by id, each compared as people read it
// — numbers as numbers, and the digits inside text as numbers too, so that principle 2 comes before principle 10
// (kigali-principles-2 < kigali-principles-10) — where the store's collation compares text character by character.
import type { Printed } from "./backend.js";
import { pick } from "./output.js";

const collator = new Intl.Collator("en", { numeric: true });

/** Compares two values of a field: absent ones last, numbers and booleans by value, text with its digits as numbers. */
function compareValues(a: unknown, b: unknown): number {
  const noA = a === undefined || a === null;
  const noB = b === undefined || b === null;
  if (noA || noB) return noA === noB ? 0 : noA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  return collator.compare(text(a), text(b));
}

/** The records in the order of a `--sort` value (`field` or `-field`; default `id`): by the field, then by id; `-` reverses both. */
export function orderRecords(records: readonly Printed[], sort: string | undefined): Printed[] {
  const desc = sort?.startsWith("-") ?? false;
  const field = (desc ? sort!.slice(1) : sort) ?? "id";
  const sign = desc ? -1 : 1;
  return [...records].sort((a, b) => sign * (compareValues(pick(a, field), pick(b, field)) || compareValues(a.id, b.id)));
}
