import type { Db } from '../../db/client.ts';
import type { Actor } from './actor.ts';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Call inside the transaction of the change, so a change and its audit entry commit together. */
export async function recordAudit(trx: Db, actor: Actor, change: AuditChange): Promise<void> {
  await recordAudits(trx, actor, [change]);
}

/** Several changes by one actor (e.g. every rule a batch of signals fired), in one insert. */
export async function recordAudits(trx: Db, actor: Actor, changes: AuditChange[]): Promise<void> {
  if (!changes.length) return;
  await trx
    .insertInto('audit_log')
    .values(
      changes.map((change) => ({
        actor_type: actor.type,
        actor_id: actor.id,
        actor_label: actor.label,
        action: change.action,
        entity_type: change.entityType,
        entity_id: change.entityId,
        before: change.before === undefined ? null : JSON.stringify(redact(change.before)),
        after: change.after === undefined ? null : JSON.stringify(redact(change.after)),
      })),
    )
    .execute();
}

const SECRET_FIELDS = new Set([
  'password',
  'current_password',
  'password_hash',
  'key_hash',
  'key',
  'csrf_token',
]);

function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      SECRET_FIELDS.has(k) ? '[redacted]' : v instanceof Date ? v.toISOString() : v,
    ]),
  );
}
