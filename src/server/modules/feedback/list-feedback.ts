import type { Db } from '../../db/client.ts';
import { getAccount } from '../accounts/account-queries.ts';
import {
  type CsmSentiment,
  type SupportTicket,
  type SurveyResponse,
  TICKET_COLUMNS,
  toCsmSentiment,
  toSupportTicket,
  toSurveyResponse,
} from './feedback.ts';

const SHOWN = 200;

export async function listSurveyResponses(db: Db, accountId: string): Promise<SurveyResponse[]> {
  await getAccount(db, accountId);
  const rows = await db
    .selectFrom('survey_responses')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('responded_at', 'desc')
    .limit(SHOWN)
    .execute();
  return rows.map(toSurveyResponse);
}

export async function listSupportTickets(db: Db, accountId: string): Promise<SupportTicket[]> {
  await getAccount(db, accountId);
  const rows = await db
    .selectFrom('support_tickets')
    .select(TICKET_COLUMNS)
    .where('account_id', '=', accountId)
    .orderBy('opened_at', 'desc')
    .limit(SHOWN)
    .execute();
  return rows.map(toSupportTicket);
}

export async function listSentiments(db: Db, accountId: string): Promise<CsmSentiment[]> {
  await getAccount(db, accountId);
  const rows = await db
    .selectFrom('csm_sentiments as s')
    .leftJoin('users as u', 'u.id', 's.author_id')
    .select([
      's.id',
      's.account_id',
      'u.name as author_name',
      's.sentiment',
      's.comment',
      's.expires_at',
      's.created_at',
    ])
    .where('s.account_id', '=', accountId)
    .orderBy('s.created_at', 'desc')
    .limit(SHOWN)
    .execute();
  return rows.map(toCsmSentiment);
}
