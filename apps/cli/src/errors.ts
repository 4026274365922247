/**
 * The exit codes of the CLI: 0 ok, 1 validation failed, 2 usage, 3 not found, 4 conflict, 5 unreachable (or a store too large
 * to hold in memory for analytics), 6 alerts found (`bluehelm alerts`), 70 unexpected.
 *
 * @example
 * ```ts
 * import { EXIT, main } from "bluehelm";
 *
 * const code = await main(["validate", "partner-pledges.csv", "--kind", "pledge"]);
 * if (code === EXIT.invalid) console.error("the file has errors");
 * ```
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, notFound: 3, conflict: 4, unavailable: 5, alerts: 6, internal: 70 } as const;

/**
 * A failure with an exit code and a message for people.
 *
 * @example
 * ```ts
 * import { CliError, EXIT } from "bluehelm";
 *
 * const error = new CliError(EXIT.notFound, "no mission with id xyz");
 * console.log(error.code, error.message);
 * ```
 */
export class CliError extends Error {
  /**
   * Creates a failure that ends the command with an exit code.
   *
   * @param code - The exit code, one of {@link EXIT}.
   * @param message - What went wrong, for people; empty when the output already says it.
   */
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
