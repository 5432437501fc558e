import type { AuditEntry } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';

export interface AuditQuery {
  entity_type?: string;
  entity_id?: string;
  actor_id?: string;
  cursor?: string;
  limit: number;
}

export async function listAuditLog(
  db: Db,
  query: AuditQuery,
): Promise<{ data: AuditEntry[]; next_cursor: string | null }> {
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.entity_type) q = q.where('entity_type', '=', query.entity_type);
  if (query.entity_id) q = q.where('entity_id', '=', query.entity_id);
  if (query.actor_id) q = q.where('actor_id', '=', query.actor_id);
  if (query.cursor) q = q.where('id', '<', Number(decodeCursor(query.cursor, 1)[0]));
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((r) => ({
      ...r,
      id: String(r.id),
      at: r.at.toISOString(),
      actor_type: r.actor_type as AuditEntry['actor_type'],
    })),
    next_cursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
  };
}
