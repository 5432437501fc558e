import type { z } from 'zod';
import type { createTicketInput, updateTicketInput } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { lockAccount } from '../accounts/account-queries.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { type SupportTicket, TICKET_COLUMNS, toSupportTicket } from './feedback.ts';

const isClosed = (status: string) => status === 'solved' || status === 'closed';

export async function createSupportTicket(
  db: Db,
  actor: Actor,
  accountId: string,
  input: z.output<typeof createTicketInput>,
): Promise<SupportTicket> {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const row = await trx
      .insertInto('support_tickets')
      .values({ ...input, account_id: accountId, closed_at: isClosed(input.status) ? new Date() : null })
      .returning(TICKET_COLUMNS)
      .executeTakeFirstOrThrow();
    const ticket = toSupportTicket(row);
    await markHealthDirty(trx, [accountId]);
    await recordAudit(trx, actor, {
      action: 'ticket.created',
      entityType: 'ticket',
      entityId: ticket.id,
      after: ticket,
    });
    return ticket;
  });
}

/** Solving or closing stamps closed_at; reopening clears it. */
export async function updateSupportTicket(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateTicketInput>,
): Promise<SupportTicket> {
  return db.transaction().execute(async (trx) => {
    const beforeRow = await trx
      .selectFrom('support_tickets')
      .select(TICKET_COLUMNS)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!beforeRow) throw notFound('Ticket');
    const before = toSupportTicket(beforeRow);
    const closedAt =
      input.status === undefined
        ? {}
        : { closed_at: isClosed(input.status) ? (beforeRow.closed_at ?? new Date()) : null };
    const row = await trx
      .updateTable('support_tickets')
      .set({ ...input, ...closedAt })
      .where('id', '=', id)
      .returning(TICKET_COLUMNS)
      .executeTakeFirstOrThrow();
    const after = toSupportTicket(row);
    await markHealthDirty(trx, [after.account_id]);
    await recordAudit(trx, actor, {
      action: 'ticket.updated',
      entityType: 'ticket',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
