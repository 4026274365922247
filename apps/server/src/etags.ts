// Entity tags: strong ones for records (a version, and for pledges a digest
// of the status, which is part of the representation), weak ones for
// rendered lists and answers; If-Match and If-None-Match as RFC 9110 says.
import { createHash } from "node:crypto";

/** `"<version>"`, with a digest of the status for pledges (`"<version>-<digest>"`): the same bytes for the same tag. */
export function recordEtag(version: number, status?: string | null, since?: string | null): string {
  if (status === undefined) return `"${version}"`;
  const h = createHash("sha1").update(`${status ?? ""}|${since ?? ""}`).digest("base64url").slice(0, 8);
  return `"${version}-${h}"`;
}

/** A weak tag of a rendered body (lists, answers): equal bodies, equal tags (a string and its UTF-8 bytes alike). */
export function bodyEtag(body: string | Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** The entity tags of an If-Match or If-None-Match header (`*` as itself); malformed members are left out. */
function entityTags(header: string): string[] {
  const tags: string[] = [];
  for (const m of header.matchAll(/\s*(\*|(?:W\/)?"[^"]*")\s*(?:,|$)/g)) tags.push(m[1]!);
  return tags;
}

/**
 * Whether an If-Match header matches the current ETag of a record (RFC 9110 §13.1.1): `*` matches any current
 * representation; otherwise by strong comparison, so a weak tag (`W/"3"`) never matches.
 */
export function ifMatches(header: string, current: string): boolean {
  return entityTags(header).some((t) => t === "*" || (!t.startsWith("W/") && t === current));
}

/** Whether an If-None-Match header matches an ETag (weak comparison; `*` matches any). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}
