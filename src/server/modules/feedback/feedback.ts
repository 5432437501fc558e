import type { z } from 'zod';
import type { csmSentiment, supportTicket, surveyResponse } from '../../../shared/health.ts';

export type SurveyResponse = z.infer<typeof surveyResponse>;
export type SupportTicket = z.infer<typeof supportTicket>;
export type CsmSentiment = z.infer<typeof csmSentiment>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSurveyResponse(r: {
  id: string;
  account_id: string;
  contact_id: string | null;
  kind: string;
  score: number;
  comment: string | null;
  responded_at: Date;
}): SurveyResponse {
  return { ...r, kind: r.kind as SurveyResponse['kind'], responded_at: r.responded_at.toISOString() };
}

export function toSupportTicket(r: {
  id: string;
  account_id: string;
  external_id: string | null;
  subject: string;
  status: string;
  priority: string;
  escalated: boolean;
  opened_at: Date;
  closed_at: Date | null;
}): SupportTicket {
  return {
    ...r,
    status: r.status as SupportTicket['status'],
    priority: r.priority as SupportTicket['priority'],
    opened_at: r.opened_at.toISOString(),
    closed_at: iso(r.closed_at),
  };
}

export function toCsmSentiment(r: {
  id: string;
  account_id: string;
  author_name: string | null;
  sentiment: string;
  comment: string;
  expires_at: Date | null;
  created_at: Date;
}): CsmSentiment {
  return {
    ...r,
    sentiment: r.sentiment as CsmSentiment['sentiment'],
    expires_at: iso(r.expires_at),
    created_at: r.created_at.toISOString(),
  };
}

export const TICKET_COLUMNS = [
  'id',
  'account_id',
  'external_id',
  'subject',
  'status',
  'priority',
  'escalated',
  'opened_at',
  'closed_at',
] as const;
