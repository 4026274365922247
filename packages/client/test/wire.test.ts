// The client's token methods against a real server, and its types: inferred
// from the core's wire schemas, so they are the closed lists the API documents.
import { ROLES as coreRoles, type PledgeStatus } from "@bluehelm/core";
import { ROLES as storeRoles, WRITABLE_KINDS as storeKinds } from "@bluehelm/store";
import { WRITABLE_KINDS as coreKinds } from "@bluehelm/core";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { BluehelmError, createClient, type AuditEntry, type CreatedToken, type Item, type PledgeStatusAnswer, type ProblemDetails, type TokenHolder, type TokenInfo } from "../src/index.js";
import { ENGINES, startServer, type TestServer } from "../../../apps/server/test/harness.js";

describe("the client's tokens", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(ENGINES[0]!());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists, creates and revokes tokens with an admin token; the new token works until it is revoked", async () => {
    const admin = createClient({ baseUrl: s.url, token: s.tokens.admin });
    const made = await admin.createToken({ name: "client test", role: "reader" });
    expect(made).toMatchObject({ name: "client test", role: "reader", revokedAt: null });
    expect(made.token).toMatch(/^bhk_/);
    const holder = createClient({ baseUrl: s.url, token: made.token, retries: 0 });
    expect(await holder.me()).toEqual({ id: made.id, name: "client test", role: "reader" });
    const listed = await admin.listTokens();
    expect(listed.find((t) => t.id === made.id)).toEqual({ id: made.id, name: "client test", role: "reader", createdAt: made.createdAt, revokedAt: null });
    expect(listed.every((t) => !("token" in t))).toBe(true);
    await admin.revokeToken(made.id);
    const refused = await holder.me().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BluehelmError);
    expect((refused as BluehelmError).status).toBe(401);
    const twice = await admin.revokeToken(made.id).catch((e: unknown) => e);
    expect((twice as BluehelmError).status).toBe(404);
    const editor = createClient({ baseUrl: s.url, token: s.tokens.editor, retries: 0 });
    expect(((await editor.listTokens().catch((e: unknown) => e)) as BluehelmError).status).toBe(403);
    const actions = (await admin.audit({ resource: "token", recordId: made.id })).map((e) => e.action);
    expect(actions).toEqual(["token-create", "token-revoke"]);
  });

  it("has one definition of the roles and the writable kinds, the core's", () => {
    expect(storeRoles).toBe(coreRoles);
    expect(storeKinds).toBe(coreKinds);
    expect(coreRoles).toEqual(["reader", "editor", "admin"]);
  });

  it("types the wire's closed lists as unions, not strings", () => {
    expectTypeOf<AuditEntry["action"]>().toEqualTypeOf<"create" | "update" | "append" | "import" | "seed" | "token-create" | "token-revoke">();
    expectTypeOf<TokenHolder["role"]>().toEqualTypeOf<"reader" | "editor" | "admin">();
    expectTypeOf<TokenInfo["role"]>().toEqualTypeOf<"reader" | "editor" | "admin">();
    expectTypeOf<CreatedToken["token"]>().toEqualTypeOf<string>();
    expectTypeOf<PledgeStatusAnswer["status"]>().toEqualTypeOf<PledgeStatus | null>();
    expectTypeOf<Item<"pledge">["status"]>().toEqualTypeOf<PledgeStatus | null>();
    expectTypeOf<ProblemDetails["status"]>().toEqualTypeOf<number>();
  });
});
