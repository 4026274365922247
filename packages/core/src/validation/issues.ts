import type { Label, Severity } from "../codelists.js";
import { RULES, type RuleId } from "./rules.js";

/**
 * One problem found by validation.
 *
 * @example
 * ```ts
 * import { validate, type ValidationIssue } from "@bluehelm/core";
 *
 * const issues: readonly ValidationIssue[] = validate("mission", { id: "Not An Id" }).issues;
 * for (const issue of issues) console.log(issue.rule, issue.path.join("."), issue.message.en);
 * ```
 */
export interface ValidationIssue {
  /** The stable id of the rule that found it. */
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Where: the path to the offending value inside the validated input. */
  readonly path: readonly (string | number)[];
  /** What, and how to fix it, in English and French. */
  readonly message: Label;
  /** For file input: the 1-based line of the record (CSV, NDJSON; a CSV header is line 1), or its 1-based position in a JSON array. */
  readonly row?: number;
  /** For CSV input: the column name. */
  readonly column?: string;
}

/**
 * The one validation report used by the library, the CLI, the API and the web forms.
 *
 * @example
 * ```ts
 * import { validateDataset, type ValidationReport } from "@bluehelm/core";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const report: ValidationReport = validateDataset(loadDataset());
 * console.log(report.valid, report.issues.length);
 * ```
 */
export interface ValidationReport {
  /** True when no issue has the severity "error". */
  readonly valid: boolean;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Builds an issue of a rule from the values that locate it.
 *
 * @example
 * ```ts
 * import { makeIssue } from "@bluehelm/core";
 *
 * const issue = makeIssue("reference.dangling", ["pledges", 0, "actorId"], { kind: "actor", id: "xyz" });
 * console.log(issue.severity, issue.message.en);
 * ```
 */
export function makeIssue(
  rule: RuleId,
  path: readonly (string | number)[],
  params: Readonly<Record<string, string | number | undefined>> = {},
): ValidationIssue {
  const def = RULES[rule];
  return { rule, severity: def.severity, path: [...path], message: def.message(params) };
}

/**
 * Builds a report from issues: valid when none is an error.
 *
 * @example
 * ```ts
 * import { makeIssue, makeReport } from "@bluehelm/core";
 *
 * const report = makeReport([makeIssue("source.unused", ["sources", 3])]);
 * console.log(report.valid, report.issues.length);
 * ```
 */
export function makeReport(issues: readonly ValidationIssue[]): ValidationReport {
  return { valid: !issues.some((i) => i.severity === "error"), issues };
}
