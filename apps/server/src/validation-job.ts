// One validation of a request body: the JSON parsed, the core's report
// rendered as JSON. The same function runs in the validation workers and, when
// no worker can be started, on the request thread.
import { isEntityKind, validate, validateDataset } from "@bluehelm/core";

/** What a validation is asked: the body as received, the kind (absent for a dataset), the cap on issues. */
export interface ValidationJob {
  readonly text: string;
  readonly kind: string | undefined;
  readonly maxIssues: number;
}

/** The report as JSON text, or the body was not JSON. */
export type ValidationOutcome = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly error: "json" };

/** Parses the body and validates it as a record of the kind, or as a dataset. */
export function runValidation(job: ValidationJob): ValidationOutcome {
  let input: unknown;
  try {
    input = JSON.parse(job.text);
  } catch {
    return { ok: false, error: "json" };
  }
  const options = { maxIssues: job.maxIssues };
  const report = job.kind !== undefined && isEntityKind(job.kind) ? validate(job.kind, input, options) : validateDataset(input, options);
  return { ok: true, body: JSON.stringify(report) };
}
