import * as z from "zod";
import { ID_PATTERN } from "../ids.js";
import { makeIssue, type ValidationIssue } from "./issues.js";
import type { RuleId } from "./rules.js";

const CODE_TO_RULE: Readonly<Record<string, RuleId>> = {
  invalid_type: "schema.invalid-type",
  invalid_value: "schema.invalid-value",
  invalid_format: "schema.invalid-format",
  too_small: "schema.too-small",
  too_big: "schema.too-big",
  unrecognized_keys: "schema.unrecognized-keys",
  invalid_union: "schema.invalid-union",
};

let french: ReturnType<typeof z.locales.fr> | undefined;

function frenchMessage(issue: z.core.$ZodIssue): string {
  french ??= z.locales.fr();
  const raw = (french.localeError as (i: unknown) => string | { message: string } | undefined | null)(issue);
  if (typeof raw === "string") return raw;
  return raw?.message ?? issue.message;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

/** The value an issue is about, as it is shown in its message (short values only; undefined when absent). */
function shown(input: unknown): string | undefined {
  if (typeof input === "string") return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  if (input === null) return "null";
  return undefined;
}

/** For an id refused only for its capitals (`RWA`, `MINUSCA`), the id it likely means. */
function idHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== "invalid_format" || typeof issue.input !== "string") return undefined;
  const lower = issue.input.toLowerCase();
  return lower !== issue.input && ID_PATTERN.test(lower) && !ID_PATTERN.test(issue.input) ? lower : undefined;
}

/** Converts zod issues to validation issues under a path prefix. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const rule = CODE_TO_RULE[issue.code] ?? "schema.invalid-value";
    const base = [...prefix, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push(
          makeIssue(rule, [...base, key], {
            en: `Unknown field "${key}" at ${describePath(base)}: remove it or check its spelling.`,
            fr: `Champ inconnu « ${key} » en ${describePath(base)} : supprimez-le ou vérifiez son orthographe.`,
          }),
        );
      }
      continue;
    }
    const got = shown(issue.input);
    const hint = idHint(issue);
    out.push(
      makeIssue(rule, base, {
        en: `${issue.message}${got === undefined ? "" : `, got ${got}`} (at ${describePath(base)})${hint ? `; ids are lower-case: did you mean "${hint}"?` : ""}`,
        fr: `${frenchMessage(issue)}${got === undefined ? "" : `, reçu ${got}`} (en ${describePath(base)})${hint ? ` ; les identifiants sont en minuscules : vouliez-vous dire « ${hint} » ?` : ""}`,
      }),
    );
  }
  return out;
}

/** Parses a value, returning the data or the validation issues. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): { success: true; data: T } | { success: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: fromZodIssues(result.error.issues, prefix) };
}
