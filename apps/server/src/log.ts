// The structured request log: one JSON object per line, credentials never in it.

/**
 * One line of the structured log: a level, a message and fields (request id,
 * method, path, status, milliseconds, client, actor). The Authorization header
 * is never in it, nor the values of query parameters that carry credentials.
 *
 * @example
 * ```ts
 * import { createApp, type LogRecord } from "@bluehelm/server";
 * import { openStore } from "@bluehelm/store";
 *
 * const lines: LogRecord[] = [];
 * const app = createApp({ store: await openStore(), logger: (record) => lines.push(record) });
 * await app.request("/healthz");
 * console.log(lines.filter((l) => l.level === "error").length);
 * ```
 */
export interface LogRecord {
  readonly level: "info" | "warn" | "error";
  readonly msg: string;
  readonly [key: string]: unknown;
}

/**
 * Where log lines go: a function taking one JSON object per line.
 *
 * @example
 * ```ts
 * import { createApp, type LogSink } from "@bluehelm/server";
 * import { openStore } from "@bluehelm/store";
 *
 * const toStderr: LogSink = (record) => process.stderr.write(`${JSON.stringify(record)}\n`);
 * const app = createApp({ store: await openStore(), logger: toStderr });
 * ```
 */
export type LogSink = (record: LogRecord) => void;

/** The default sink: JSON lines on standard output. */
export const stdoutSink: LogSink = (record) => {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...record }) + "\n");
};

/** The sink of `logger: false`. */
export const silent: LogSink = () => undefined;

/** Query parameters that carry credentials, whatever a client sends them as: their values never reach a log. */
const SECRET_PARAMS = /^(?:token|access[_-]?token|api[_-]?key|key|auth|authorization|password|secret|bearer)$/i;

/** A query string with the values of credential parameters replaced by `[redacted]`. */
export function redactQuery(query: string): string {
  return query.replace(/([?&])([^=&#]*)=([^&#]*)/g, (whole, sep: string, name: string) => {
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, " "));
    } catch {
      // a malformed escape: judge the name as written
    }
    return SECRET_PARAMS.test(decoded.trim()) ? `${sep}${name}=[redacted]` : whole;
  });
}
