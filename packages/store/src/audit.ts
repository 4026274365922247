/** The audit trail: one row per write, appended in the write's transaction, read back in order. */
import type { Queryable } from "./driver.js";
import { MAX_LIMIT } from "./list-query.js";
import { iso } from "./rows.js";
import type { AuditEntry, AuditQuery, WriteContext } from "./types.js";

/** Appends an entry to the audit log, inside the transaction of the write it records. */
export async function writeAudit(
  tx: Queryable,
  ctx: Pick<WriteContext, "actor" | "requestId">,
  action: AuditEntry["action"],
  resource: string,
  id: string | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.query(
    "INSERT INTO audit_log (actor, action, resource, record_id, before, after, request_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)",
    [ctx.actor, action, resource, id, before === undefined ? null : JSON.stringify(before), after === undefined ? null : JSON.stringify(after), ctx.requestId ?? null],
  );
}

/** Audit entries in order, filtered by resource, record and a starting id. */
export async function readAudit(db: Queryable, query: AuditQuery = {}): Promise<AuditEntry[]> {
  if (`${query.resource ?? ""}${query.recordId ?? ""}`.includes("\u0000")) return [];
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.resource !== undefined) {
    params.push(query.resource);
    where.push(`resource = $${params.length}`);
  }
  if (query.recordId !== undefined) {
    params.push(query.recordId);
    where.push(`record_id = $${params.length}`);
  }
  if (query.after !== undefined) {
    params.push(query.after);
    where.push(`id > $${params.length}`);
  }
  params.push(Math.min(Math.max(query.limit ?? 100, 1), MAX_LIMIT));
  const rows = await db.query<{
    id: string | number;
    at: Date | string;
    actor: string;
    action: AuditEntry["action"];
    resource: string;
    record_id: string | null;
    before: unknown;
    after: unknown;
    request_id: string | null;
  }>(
    `SELECT id, at, actor, action, resource, record_id, before, after, request_id FROM audit_log
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: iso(r.at),
    actor: r.actor,
    action: r.action,
    resource: r.resource,
    recordId: r.record_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}
