import type { HealthAlert, Scorecard } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { labelOf } from './health-read.ts';
import { listScorecards } from './scorecards.ts';

export interface AlertQuery {
  account_id?: string;
  open?: boolean;
  limit: number;
}

export async function listHealthAlerts(db: Db, q: AlertQuery): Promise<HealthAlert[]> {
  const rows = await db
    .selectFrom('health_alerts as h')
    .innerJoin('accounts as a', 'a.id', 'h.account_id')
    .select([
      'h.id',
      'h.account_id',
      'a.name as account_name',
      'h.kind',
      'h.details',
      'h.created_at',
      'h.acknowledged_at',
    ])
    .$if(q.account_id !== undefined, (b) => b.where('h.account_id', '=', q.account_id as string))
    .$if(q.open === true, (b) => b.where('h.acknowledged_at', 'is', null))
    .orderBy('h.created_at', 'desc')
    .limit(q.limit)
    .execute();
  const cards = rows.some((r) => r.kind === 'measure_trend') ? await listScorecards(db) : [];
  return rows.map((r) => ({
    ...r,
    kind: r.kind as HealthAlert['kind'],
    details: withMeasureLabel(r.details as Record<string, unknown>, cards),
    created_at: r.created_at.toISOString(),
    acknowledged_at: r.acknowledged_at?.toISOString() ?? null,
  }));
}

/** A falling-measure alert names its measure by key; readers see the scorecard's label beside it. */
function withMeasureLabel(details: Record<string, unknown>, cards: Scorecard[]) {
  if (typeof details.measure !== 'string') return details;
  const card = cards.find((c) => c.id === details.scorecard_id);
  return { ...details, measure_label: labelOf(card, details.measure) };
}

/** Marks an alert as seen; acknowledging twice keeps the first time. */
export async function acknowledgeHealthAlert(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('health_alerts')
      .set((eb) => ({
        acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.fn<Date>('now')),
        acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(actor.type === 'user' ? actor.id : null)),
      }))
      .where('id', '=', id)
      .returning(['id', 'account_id', 'kind'])
      .executeTakeFirst();
    if (!row) throw notFound('Health alert');
    await recordAudit(trx, actor, {
      action: 'health_alert.acknowledged',
      entityType: 'health_alert',
      entityId: id,
      after: row,
    });
  });
}
