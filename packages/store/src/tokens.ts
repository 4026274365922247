import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// The roles are the API's wire definition, in @bluehelm/core; re-exported here for the store's users.
export { ROLES } from "@bluehelm/core";
export type { Role } from "@bluehelm/core";

const TOKEN = /^bhk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/**
 * The SHA-256 of a token, hex: the only form in which tokens are stored.
 *
 * @example
 * ```ts
 * import { hashToken } from "@bluehelm/store";
 *
 * console.log(hashToken("bhk_example_secret").length); // 64
 * ```
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token and its id: `bhk_<id>_<secret>`, with 256 bits of secret. */
export function newToken(): { id: string; token: string } {
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { id, token: `bhk_${id}_${secret}` };
}

/** The id part of a well-formed token, or `undefined`. */
export function tokenId(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

const DUMMY = hashToken("bhk_0000000000000000_" + "A".repeat(43));

/**
 * Compares the hash of a presented token with a stored hash in constant time
 * (for equal-length inputs, which SHA-256 hex digests always are). When there
 * is no stored hash, compares against a dummy so the time taken does not tell.
 */
export function tokenMatches(token: string, storedHash: string | undefined): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash ?? DUMMY, "hex");
  if (stored.length !== presented.length) return false;
  return timingSafeEqual(presented, stored) && storedHash !== undefined;
}
