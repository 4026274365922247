/** Bearer tokens in the database: created (stored hashed, audited), listed, verified, revoked (audited). */
import { writeAudit } from "./audit.js";
import type { Driver } from "./driver.js";
import { StoreError } from "./errors.js";
import { iso } from "./rows.js";
import { ROLES, hashToken, newToken, tokenId, tokenMatches, type Role } from "./tokens.js";
import type { TokenInfo } from "./types.js";

/** Creates a token; the token itself is returned once and only its hash is stored. */
export async function createToken(
  driver: Driver,
  input: { readonly name: string; readonly role: Role },
  actor: string,
): Promise<{ token: string; info: TokenInfo }> {
  if (!ROLES.includes(input.role)) throw new StoreError("invalid", `The role is one of ${ROLES.join(", ")}.`);
  if (!/^\S(?:.{0,118}\S)?$/.test(input.name)) throw new StoreError("invalid", "A token's name is 1 to 120 characters, without surrounding spaces.");
  const { id, token } = newToken();
  const info = await driver.transaction(async (tx) => {
    const [row] = await tx.query<{ created_at: Date | string }>(
      "INSERT INTO tokens (id, name, role, hash) VALUES ($1, $2, $3, $4) RETURNING created_at",
      [id, input.name, input.role, hashToken(token)],
    );
    const created: TokenInfo = { id, name: input.name, role: input.role, createdAt: iso(row!.created_at), revokedAt: null };
    await writeAudit(tx, { actor }, "token-create", "token", id, undefined, created);
    return created;
  });
  return { token, info };
}

/** Revokes a token not yet revoked; `false` when there is none with this id. */
export function revokeToken(driver: Driver, id: string, actor: string): Promise<boolean> {
  return driver.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>("UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id", [id]);
    if (rows.length > 0) await writeAudit(tx, { actor }, "token-revoke", "token", id, undefined, undefined);
    return rows.length > 0;
  });
}

/** Every token, revoked ones included, oldest first. */
export async function listTokens(driver: Driver): Promise<TokenInfo[]> {
  const rows = await driver.query<{ id: string; name: string; role: Role; created_at: Date | string; revoked_at: Date | string | null }>(
    "SELECT id, name, role, created_at, revoked_at FROM tokens ORDER BY created_at, id",
  );
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: iso(r.created_at), revokedAt: r.revoked_at ? iso(r.revoked_at) : null }));
}

/** The token's information when it is a live token, compared in constant time; `undefined` otherwise. */
export async function verifyToken(driver: Driver, token: string): Promise<TokenInfo | undefined> {
  const id = tokenId(token);
  const rows = id
    ? await driver.query<{ id: string; name: string; role: Role; hash: string; created_at: Date | string }>(
        "SELECT id, name, role, hash, created_at FROM tokens WHERE id = $1 AND revoked_at IS NULL",
        [id],
      )
    : [];
  const row = rows[0];
  if (!tokenMatches(token, row?.hash) || !row) return undefined;
  return { id: row.id, name: row.name, role: row.role, createdAt: iso(row.created_at), revokedAt: null };
}
