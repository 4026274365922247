// The limits of POST /v1/validate, from the app's options with their defaults:
// its own body size, a token bucket per client, the worker pool and its queue.
import { TokenBucket } from "./client-address.js";
import type { LogSink } from "./log.js";
import { ValidationPool, defaultThreads } from "./validation-pool.js";

/**
 * The limits of `POST /v1/validate` (the `validation` option of `createApp`), whose cost grows with its body.
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, type ValidationOptions } from "@bluehelm/server";
 *
 * const validation: ValidationOptions = { bodyLimit: 256 * 1024, rateLimit: { burst: 5, perMinute: 5 }, threads: 1 };
 * const app = createApp({ store: await openStore({ dataDir: ".bluehelm/db" }), validation });
 * console.log((await app.request("/healthz")).status);
 * ```
 */
export interface ValidationOptions {
  /** Largest body in bytes; default 1 MiB. */
  readonly bodyLimit?: number;
  /**
   * A token bucket per client address: `burst` validations at once, then `perMinute` a minute (429 with
   * Retry-After past them); `false` for none. Default 10 and 10.
   */
  readonly rateLimit?: false | { readonly burst?: number; readonly perMinute?: number };
  /** Worker threads; default one fewer than the machine's cores (1 to 4). 0 validates on the request thread. */
  readonly threads?: number;
  /** Validations waiting for a worker before the next is refused (503 with Retry-After); default 8. */
  readonly queue?: number;
  /** The longest one validation may run, in ms, before it is stopped (413); default 30,000. */
  readonly timeoutMs?: number;
  /** The heap one worker may use, in MiB, before its validation is stopped (413); default 512. */
  readonly memoryMb?: number;
  /** The most issues a report lists; past them it ends with a `report.truncated` issue. Default 1,000. */
  readonly maxIssues?: number;
}

/** The limits of POST /v1/validate, as the app was created with them. */
export interface ValidationLimits {
  readonly bodyLimit: number;
  readonly bucket: TokenBucket | undefined;
  readonly burst: number;
  readonly perMinute: number;
  readonly maxIssues: number;
  readonly timeoutMs: number;
  readonly pool: ValidationPool;
}

/** The limits of `POST /v1/validate` from the app's options, with their defaults. */
export function validationLimits(options: ValidationOptions | undefined, log: LogSink): ValidationLimits {
  const v = options ?? {};
  const rate = v.rateLimit === false ? undefined : { burst: v.rateLimit?.burst ?? 10, perMinute: v.rateLimit?.perMinute ?? 10 };
  const timeoutMs = v.timeoutMs ?? 30_000;
  return {
    bodyLimit: v.bodyLimit ?? 1024 * 1024,
    bucket: rate ? new TokenBucket(rate.burst, rate.perMinute / 60) : undefined,
    burst: rate?.burst ?? 0,
    perMinute: rate?.perMinute ?? 0,
    maxIssues: v.maxIssues ?? 1000,
    timeoutMs,
    pool: new ValidationPool({ threads: v.threads ?? defaultThreads(), queue: v.queue ?? 8, timeoutMs, memoryMb: v.memoryMb ?? 512, log }),
  };
}
