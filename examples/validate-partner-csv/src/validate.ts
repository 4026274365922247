import { type ValidationIssue } from "@bluehelm/core";
import { validateFile, type FileFormat, type FileValidation } from "@bluehelm/core/tabular";
import { loadDataset } from "@bluehelm/data";

/**
 * Validates a partner's file of pledges as if its records were added to the
 * reference dataset: each record against the pledge schema, then every
 * cross-record rule (unknown actors, events, themes and sources, duplicate
 * ids…). Every issue carries its row and, for CSV, its column.
 */
export function validatePledges(text: string, format: FileFormat = "csv"): FileValidation<"pledge"> {
  return validateFile("pledge", text, { format, context: loadDataset() });
}

/** One line per issue: `row 3, actorId: reference.dangling — …`. */
export function formatIssue(issue: ValidationIssue, lang: "en" | "fr" = "en"): string {
  const where = [issue.row === undefined ? undefined : `row ${issue.row}`, issue.column].filter(Boolean).join(", ");
  return `${issue.severity.padEnd(7)} ${where}: ${issue.rule} — ${issue.message[lang]}`;
}
