import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatDateTime, formatNumber, formatRelative } from '../../lib/format.ts';
import { type QueryLike, QueryState } from '../../ui/query-state.tsx';
import { usePermissions } from '../auth/session.ts';
import { SentimentForm, SurveyForm, TicketForm } from './feedback-forms.tsx';
import {
  type CsmSentiment,
  type SupportTicket,
  type SurveyResponse,
  sentiments,
  surveys,
  tickets,
  useUpdateTicket,
} from './health-api.ts';

/** A card of one kind of feedback: the form to record it (for writers) and the latest 20 entries. */
function Panel<T>({
  title,
  hint,
  form,
  query,
  empty,
  render,
}: {
  title: string;
  hint: string;
  form: ReactNode;
  query: QueryLike<T[]>;
  empty: string;
  render: (entry: T) => ReactNode;
}) {
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{title}</h2>
      </header>
      <p className="card-description health-panel-hint">{hint}</p>
      {form}
      <QueryState query={query} placement="card" skeletonRows={2}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="card-empty health-note">{empty}</p>
          ) : (
            <ul className="signal-list">{entries.slice(0, 20).map(render)}</ul>
          )
        }
      </QueryState>
    </section>
  );
}

export function SurveyPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  return (
    <Panel
      title={t('health.signals.surveys')}
      hint={t('health.signals.surveysHint')}
      query={surveys.useList(accountId)}
      empty={t('health.signals.surveysEmpty')}
      form={canWrite && <SurveyForm accountId={accountId} />}
      render={(r) => <SurveyRow key={r.id} response={r} />}
    />
  );
}

export function TicketPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  // One mutation for the list: every status select waits while any ticket is being saved.
  const update = useUpdateTicket(accountId);
  return (
    <Panel
      title={t('health.signals.tickets')}
      hint={t('health.signals.ticketsHint')}
      query={tickets.useList(accountId)}
      empty={t('health.signals.ticketsEmpty')}
      form={canWrite && <TicketForm accountId={accountId} />}
      render={(ticket) => <TicketRow key={ticket.id} ticket={ticket} update={update} />}
    />
  );
}

export function SentimentPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  return (
    <Panel
      title={t('health.signals.sentiment')}
      hint={t('health.signals.sentimentHint')}
      query={sentiments.useList(accountId)}
      empty={t('health.signals.sentimentEmpty')}
      form={canWrite && <SentimentForm accountId={accountId} />}
      render={(s) => <SentimentRow key={s.id} sentiment={s} />}
    />
  );
}

function When({ at }: { at: string }) {
  const locale = useLocale();
  return (
    <span className="signal-when" title={formatDateTime(at, locale)}>
      {formatRelative(at, locale, 'short')}
    </span>
  );
}

function SurveyRow({ response }: { response: SurveyResponse }) {
  const locale = useLocale();
  return (
    <li>
      <span className="signal-score">
        {response.kind.toUpperCase()} {formatNumber(response.score, locale)}
      </span>
      <span className="signal-main">{response.comment ?? <span className="muted">—</span>}</span>
      <When at={response.responded_at} />
    </li>
  );
}

function TicketRow({
  ticket,
  update,
}: {
  ticket: SupportTicket;
  update: ReturnType<typeof useUpdateTicket>;
}) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  return (
    <li>
      <span className="signal-main">
        {ticket.subject}
        <span className="cell-sub">
          {t(`health.signals.priorities.${ticket.priority}`)}
          {ticket.escalated && ` · ${t('health.signals.escalated')}`}
        </span>
      </span>
      {canWrite ? (
        <select
          className="input input-sm"
          aria-label={t('health.signals.statusOf', { subject: ticket.subject })}
          value={ticket.status}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ id: ticket.id, status: e.target.value as typeof ticket.status })}
        >
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`health.signals.statuses.${s}`)}
            </option>
          ))}
        </select>
      ) : (
        <span>{t(`health.signals.statuses.${ticket.status}`)}</span>
      )}
      <When at={ticket.opened_at} />
    </li>
  );
}

function SentimentRow({ sentiment: s }: { sentiment: CsmSentiment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const expired = s.expires_at !== null && new Date(s.expires_at).getTime() < Date.now();
  return (
    <li className={expired ? 'muted' : undefined}>
      <span className={`health-badge health-${s.sentiment}`}>
        <span className="health-dot" aria-hidden="true" />
        {t(`health.colors.${s.sentiment}`)}
      </span>
      <span className="signal-main">
        {s.comment}
        <span className="cell-sub">
          {s.author_name ?? t('health.signals.system')}
          {s.expires_at &&
            ` · ${t(expired ? 'health.signals.expired' : 'health.signals.expiresOn', { date: formatDate(s.expires_at, locale) })}`}
        </span>
      </span>
      <When at={s.created_at} />
    </li>
  );
}
