import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HEALTH_COLORS,
  type HealthColor,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate, formatDateTime, formatNumber, formatRelative } from '../../lib/format.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { sentiments, surveys, tickets, useUpdateTicket } from './health-api.ts';

type ListQuery<T> = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data?: T[];
  refetch: () => unknown;
};

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
  query: ListQuery<T>;
  empty: string;
  render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{title}</h2>
      </header>
      <p className="card-description health-panel-hint">{hint}</p>
      {form}
      {query.isPending ? (
        <Skeleton rows={2} height={14} />
      ) : query.isError ? (
        <ErrorState
          message={describeError(query.error)}
          onRetry={() => void query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (query.data ?? []).length === 0 ? (
        <p className="card-empty health-note">{empty}</p>
      ) : (
        <ul className="signal-list">{(query.data ?? []).slice(0, 20).map(render)}</ul>
      )}
    </section>
  );
}

export function SurveyPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const list = surveys.useList(accountId);
  const create = surveys.useCreate(accountId);
  const [kind, setKind] = useState<'nps' | 'csat'>('nps');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const errors = fieldErrors(create.error);
  const [lo, hi] = kind === 'nps' ? [0, 10] : [1, 5];
  const value = Number(score);
  const valid = score !== '' && Number.isInteger(value) && value >= lo && value <= hi;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    create.mutate(
      { kind, score: value, comment: comment.trim() || null },
      {
        onSuccess: () => {
          setScore('');
          setComment('');
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    );
  };

  return (
    <Panel
      title={t('health.signals.surveys')}
      hint={t('health.signals.surveysHint')}
      query={list}
      empty={t('health.signals.surveysEmpty')}
      form={
        canWrite && (
          <form className="signal-form" onSubmit={submit} noValidate>
            <select
              className="input input-sm"
              aria-label={t('health.signals.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'nps' | 'csat')}
            >
              <option value="nps">NPS</option>
              <option value="csat">CSAT</option>
            </select>
            <input
              type="number"
              className="input input-sm"
              style={{ width: 90 }}
              min={lo}
              max={hi}
              placeholder={`${lo}–${hi}`}
              aria-label={t('health.signals.score')}
              aria-invalid={score !== '' && !valid}
              value={score}
              onChange={(e) => setScore(e.target.value)}
            />
            <input
              className="input input-sm"
              style={{ flex: 1, minWidth: 140 }}
              placeholder={t('health.signals.commentOptional')}
              aria-label={t('health.signals.comment')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <button
              type="submit"
              className="button button-sm button-primary"
              disabled={!valid || create.isPending}
            >
              {t('health.signals.record')}
            </button>
            {score !== '' && !valid && (
              <p className="field-error span-4">{t('health.signals.range', { lo, hi })}</p>
            )}
            {errors.score && <p className="field-error">{errors.score}</p>}
          </form>
        )
      }
      render={(r) => (
        <li key={r.id}>
          <span className="signal-score">
            {r.kind.toUpperCase()} {formatNumber(r.score, locale)}
          </span>
          <span className="signal-main">{r.comment ?? <span className="muted">—</span>}</span>
          <span className="signal-when" title={formatDateTime(r.responded_at, locale)}>
            {formatRelative(r.responded_at, locale, 'short')}
          </span>
        </li>
      )}
    />
  );
}

export function TicketPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const list = tickets.useList(accountId);
  const create = tickets.useCreate(accountId);
  const update = useUpdateTicket(accountId);
  const [subject, setSubject] = useState('');
  const [priority, setPriority] = useState<(typeof TICKET_PRIORITIES)[number]>('normal');
  const [escalated, setEscalated] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!subject.trim()) return;
    create.mutate(
      { subject: subject.trim(), priority, escalated },
      {
        onSuccess: () => {
          setSubject('');
          setEscalated(false);
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    );
  };

  return (
    <Panel
      title={t('health.signals.tickets')}
      hint={t('health.signals.ticketsHint')}
      query={list}
      empty={t('health.signals.ticketsEmpty')}
      form={
        canWrite && (
          <form className="signal-form" onSubmit={submit} noValidate>
            <input
              className="input input-sm"
              style={{ flex: 1, minWidth: 160 }}
              placeholder={t('health.signals.subject')}
              aria-label={t('health.signals.subject')}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
            />
            <select
              className="input input-sm"
              aria-label={t('health.signals.priority')}
              value={priority}
              onChange={(e) => setPriority(e.target.value as typeof priority)}
            >
              {TICKET_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`health.signals.priorities.${p}`)}
                </option>
              ))}
            </select>
            <label className="inline-label">
              <input type="checkbox" checked={escalated} onChange={(e) => setEscalated(e.target.checked)} />
              {t('health.signals.escalated')}
            </label>
            <button
              type="submit"
              className="button button-sm button-primary"
              disabled={!subject.trim() || create.isPending}
            >
              {t('health.signals.addTicket')}
            </button>
          </form>
        )
      }
      render={(ticket) => (
        <li key={ticket.id}>
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
              onChange={(e) =>
                update.mutate({ id: ticket.id, status: e.target.value as typeof ticket.status })
              }
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
          <span className="signal-when" title={formatDateTime(ticket.opened_at, locale)}>
            {formatRelative(ticket.opened_at, locale, 'short')}
          </span>
        </li>
      )}
    />
  );
}

export function SentimentPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const list = sentiments.useList(accountId);
  const create = sentiments.useCreate(accountId);
  const [sentiment, setSentiment] = useState<HealthColor>('green');
  const [comment, setComment] = useState('');
  const [expires, setExpires] = useState('');
  const errors = fieldErrors(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!comment.trim()) return;
    create.mutate(
      {
        sentiment,
        comment: comment.trim(),
        expires_at: expires ? new Date(`${expires}T23:59:59Z`).toISOString() : null,
      },
      {
        onSuccess: () => {
          setComment('');
          setExpires('');
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    );
  };

  return (
    <Panel
      title={t('health.signals.sentiment')}
      hint={t('health.signals.sentimentHint')}
      query={list}
      empty={t('health.signals.sentimentEmpty')}
      form={
        canWrite && (
          <form className="signal-form" onSubmit={submit} noValidate>
            <div className="chip-row" title={t('health.signals.sentiment')}>
              {HEALTH_COLORS.map((c) => (
                <button
                  key={c}
                  type="button"
                  className={`chip health-${c}`}
                  aria-pressed={sentiment === c}
                  onClick={() => setSentiment(c)}
                >
                  <span className="health-dot" style={{ display: 'inline-block', marginRight: 6 }} />
                  {t(`health.colors.${c}`)}
                </button>
              ))}
            </div>
            <input
              className="input input-sm"
              style={{ flex: 1, minWidth: 160 }}
              placeholder={t('health.signals.why')}
              aria-label={t('health.signals.comment')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <label className="inline-label">
              {t('health.signals.expires')}
              <input
                type="date"
                className="input input-sm"
                value={expires}
                onChange={(e) => setExpires(e.target.value)}
              />
            </label>
            <button
              type="submit"
              className="button button-sm button-primary"
              disabled={!comment.trim() || create.isPending}
            >
              {t('health.signals.record')}
            </button>
            {(errors.comment || errors.expires_at) && (
              <p className="field-error">{errors.comment ?? errors.expires_at}</p>
            )}
          </form>
        )
      }
      render={(s) => {
        const expired = s.expires_at !== null && new Date(s.expires_at).getTime() < Date.now();
        return (
          <li key={s.id} className={expired ? 'muted' : undefined}>
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
            <span className="signal-when" title={formatDateTime(s.created_at, locale)}>
              {formatRelative(s.created_at, locale, 'short')}
            </span>
          </li>
        );
      }}
    />
  );
}
