// Who a request comes from, for the rate limiter and the log: the socket's
// peer, or, when that peer is a trusted proxy, the address the proxies say
// they forwarded for (X-Forwarded-For, read from the right).
import { BlockList, isIP } from "node:net";
import { header, type AppContext } from "./http.js";

/** `::ffff:10.0.0.1` as `10.0.0.1`; other addresses as they are. */
function plain(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * The proxies whose X-Forwarded-For is believed: addresses or CIDR blocks
 * (`10.0.0.0/8`, `::1`, `fd00::/8`). Throws on an entry that is neither.
 */
export class TrustedProxies {
  readonly #list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const entry = raw.trim();
      const [address = "", bits, extra] = entry.split("/");
      const family = isIP(plain(address));
      const prefix = bits === undefined ? undefined : Number(bits);
      const max = family === 4 ? 32 : 128;
      if (family === 0 || extra !== undefined || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max && /^\d+$/.test(bits!)))) {
        throw new Error(`trustProxy: "${raw}" is not an IP address or a CIDR block (e.g. 10.0.0.1, 10.0.0.0/8, fd00::/8).`);
      }
      const type = family === 4 ? "ipv4" : "ipv6";
      if (prefix === undefined) this.#list.addAddress(plain(address), type);
      else this.#list.addSubnet(plain(address), prefix, type);
    }
  }

  has(address: string): boolean {
    const a = plain(address);
    const family = isIP(a);
    return family !== 0 && this.#list.check(a, family === 4 ? "ipv4" : "ipv6");
  }
}

/** The address a request comes from; X-Forwarded-For counts only when the peer is a trusted proxy. */
export function clientAddress(c: AppContext, trusted: TrustedProxies | undefined): string {
  const peer = c.env?.incoming?.socket?.remoteAddress;
  if (peer === undefined) return "unknown";
  if (!trusted || !trusted.has(peer)) return plain(peer);
  const forwarded = header(c, "x-forwarded-for");
  if (forwarded === undefined) return plain(peer);
  // Each proxy appends the address it received from: the first from the right that is not a trusted proxy is the client.
  const hops = forwarded.split(",").map((h) => plain(h.trim()));
  let client = plain(peer);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/** A fixed-window rate limiter per client address. */
export class RateLimiter {
  readonly #windowMs: number;
  readonly #max: number;
  readonly #hits = new Map<string, { start: number; count: number }>();

  constructor(windowMs: number, max: number) {
    this.#windowMs = windowMs;
    this.#max = max;
  }

  /** Counts a request; returns the remaining allowance and when the window resets. */
  take(key: string, now = Date.now()): { allowed: boolean; remaining: number; resetMs: number; limit: number } {
    if (this.#hits.size > 10_000) {
      for (const [k, v] of this.#hits) if (now - v.start >= this.#windowMs) this.#hits.delete(k);
    }
    let entry = this.#hits.get(key);
    if (!entry || now - entry.start >= this.#windowMs) {
      entry = { start: now, count: 0 };
      this.#hits.set(key, entry);
    }
    entry.count += 1;
    const resetMs = entry.start + this.#windowMs - now;
    return { allowed: entry.count <= this.#max, remaining: Math.max(0, this.#max - entry.count), resetMs, limit: this.#max };
  }
}

/**
 * A token bucket per client address: `capacity` requests at once, then one more every `1 / perSecond`
 * seconds. For the costly routes, on top of the fixed-window limit of every request.
 */
export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(capacity: number, perSecond: number) {
    this.#capacity = capacity;
    this.#perMs = perSecond / 1000;
  }

  /** Takes a token for a client; when there is none, how many seconds until there is one. */
  take(key: string, now = Date.now()): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSec: number } {
    if (this.#buckets.size > 10_000) {
      // Full buckets are the same as no bucket: forget them.
      for (const [k, b] of this.#buckets) if (b.tokens + (now - b.at) * this.#perMs >= this.#capacity) this.#buckets.delete(k);
    }
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, at: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)) };
  }
}
