import { PCRS_LEVELS, POC_LEVELS, type DefinedLabel, type Definition } from "../codelists.js";
import { today } from "../dates.js";
import type { Answer } from "./answer.js";

/** The codelists whose entries carry sourced definitions, by name. */
const DEFINED = { "pcrs-levels": PCRS_LEVELS, "poc-levels": POC_LEVELS } as const;

/**
 * The name of a codelist whose codes carry definitions: `pcrs-levels` or `poc-levels`.
 *
 * @example
 * ```ts
 * import type { DefinedCodelist } from "@bluehelm/core/analytics";
 *
 * const list: DefinedCodelist = "pcrs-levels";
 * console.log(list);
 * ```
 */
export type DefinedCodelist = keyof typeof DEFINED;

/**
 * One code of a codelist with its label and its sourced definition.
 *
 * @example
 * ```ts
 * import { codeDefinitions, type CodeDefinition } from "@bluehelm/core/analytics";
 *
 * const rows: readonly CodeDefinition[] = codeDefinitions({ list: "poc-levels" }).value;
 * console.log(rows.map((r) => `${r.code}: ${r.definition.en}`));
 * ```
 */
export interface CodeDefinition {
  readonly list: DefinedCodelist;
  readonly code: string;
  readonly label: { readonly en: string; readonly fr: string };
  readonly definition: { readonly en: string; readonly fr: string };
  readonly sources: Definition["sources"];
  readonly confidence: Definition["confidence"];
}

/**
 * What each PCRS readiness level requires and what each PoC level means: the codes whose meaning is
 * itself a sourced fact, with the definition, its sources and a confidence. The answer's sources are
 * the ids of the definitions' sources in the registry of `@bluehelm/data`.
 *
 * @example
 * ```ts
 * import { codeDefinitions } from "@bluehelm/core/analytics";
 *
 * const { value, sources } = codeDefinitions({ list: "pcrs-levels" });
 * console.log(value.find((r) => r.code === "rdl")?.definition.en, sources);
 * ```
 */
export function codeDefinitions(options: { readonly list?: DefinedCodelist } = {}): Answer<CodeDefinition[]> {
  const rows: CodeDefinition[] = [];
  for (const [list, entries] of Object.entries(DEFINED) as [DefinedCodelist, Readonly<Record<string, DefinedLabel>>][]) {
    if (options.list !== undefined && options.list !== list) continue;
    for (const [code, entry] of Object.entries(entries)) {
      const d = entry.definition;
      rows.push({ list, code, label: { en: entry.en, fr: entry.fr }, definition: { en: d.en, fr: d.fr }, sources: d.sources, confidence: d.confidence });
    }
  }
  return {
    asOf: today(),
    value: rows,
    method: {
      en: "The definitions carried by the core's codelists, each with its sources and confidence; a definition without a source (the PoC level none, the complement of the others) is marked unverified.",
      fr: "Les définitions portées par les listes de codes du cœur, chacune avec ses sources et sa confiance ; une définition sans source (le niveau de protection « aucun », complément des autres) est marquée non vérifiée.",
    },
    sources: [...new Set(rows.flatMap((r) => r.sources.map((s) => s.sourceId)))].sort(),
  };
}
