// The limits of POST /v1/validate, from the app's options with their defaults:
// its own body size, a token bucket per client, the worker pool and its queue.
import { TokenBucket } from "./client-address.js";
import type { LogSink } from "./log.js";
import { ValidationPool, defaultThreads } from "./validation-pool.js";

/** The `validation` options of `createApp` (documented there). */
export interface ValidationOptions {
  readonly bodyLimit?: number;
  readonly rateLimit?: false | { readonly burst?: number; readonly perMinute?: number };
  readonly threads?: number;
  readonly queue?: number;
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
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
