import * as core from "@bluehelm/core";
import type { Codelist } from "@bluehelm/core";

export { DatasetSchema, EndorsementSchema, MandateSchema, PartialDateSchema, ResolutionSymbolSchema, validate } from "@bluehelm/core";

/** Every codelist the package exports, by name. */
export const CODELISTS_FOR_TEST: Record<string, Codelist<string>> = Object.fromEntries(
  Object.entries(core).filter(([name, value]) => /^[A-Z_]+$/.test(name) && isCodelist(value)),
) as Record<string, Codelist<string>>;

function isCodelist(value: unknown): value is Codelist<string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const first = Object.values(value)[0] as unknown;
  return typeof first === "object" && first !== null && "en" in first && "fr" in first && typeof (first as { en: unknown }).en === "string";
}
