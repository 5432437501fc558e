import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEALTH_COLORS, type HealthColor, TICKET_PRIORITIES } from '../../../shared/health.ts';
import { fieldErrors } from '../../lib/api.ts';
import { showToast } from '../../ui/toast.tsx';
import { sentiments, surveys, tickets } from './health-api.ts';

type Kind = 'nps' | 'csat';

/** The score a survey kind allows: NPS 0–10, CSAT 1–5. */
export function scoreRange(kind: Kind): [number, number] {
  return kind === 'nps' ? [0, 10] : [1, 5];
}

/** The end of the chosen expiry day in UTC, or no expiry. */
export function expiryOf(day: string): string | null {
  return day ? new Date(`${day}T23:59:59Z`).toISOString() : null;
}

/** Submits the form's fields when they are complete; the caller clears the form on success. */
function onSubmitWhen(ready: boolean, send: () => void) {
  return (e: FormEvent) => {
    e.preventDefault();
    if (ready) send();
  };
}

export function SurveyForm({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const create = surveys.useCreate(accountId);
  const [kind, setKind] = useState<Kind>('nps');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const errors = fieldErrors(create.error);
  const [lo, hi] = scoreRange(kind);
  const value = Number(score);
  const valid = score !== '' && Number.isInteger(value) && value >= lo && value <= hi;
  const submit = onSubmitWhen(valid, () =>
    create.mutate(
      { kind, score: value, comment: comment.trim() || null },
      {
        onSuccess: () => {
          setScore('');
          setComment('');
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    ),
  );
  return (
    <form className="signal-form" onSubmit={submit} noValidate>
      <select
        className="input input-sm"
        aria-label={t('health.signals.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
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
      <button type="submit" className="button button-sm button-primary" disabled={!valid || create.isPending}>
        {t('health.signals.record')}
      </button>
      {score !== '' && !valid && (
        <p className="field-error span-4">{t('health.signals.range', { lo, hi })}</p>
      )}
      {errors.score && <p className="field-error">{errors.score}</p>}
    </form>
  );
}

export function TicketForm({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const create = tickets.useCreate(accountId);
  const [subject, setSubject] = useState('');
  const [priority, setPriority] = useState<(typeof TICKET_PRIORITIES)[number]>('normal');
  const [escalated, setEscalated] = useState(false);
  const submit = onSubmitWhen(subject.trim() !== '', () =>
    create.mutate(
      { subject: subject.trim(), priority, escalated },
      {
        onSuccess: () => {
          setSubject('');
          setEscalated(false);
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    ),
  );
  return (
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
  );
}

export function SentimentForm({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const create = sentiments.useCreate(accountId);
  const [sentiment, setSentiment] = useState<HealthColor>('green');
  const [comment, setComment] = useState('');
  const [expires, setExpires] = useState('');
  const errors = fieldErrors(create.error);
  const submit = onSubmitWhen(comment.trim() !== '', () =>
    create.mutate(
      { sentiment, comment: comment.trim(), expires_at: expiryOf(expires) },
      {
        onSuccess: () => {
          setComment('');
          setExpires('');
          showToast(t('health.signals.recorded'), 'success');
        },
      },
    ),
  );
  return (
    <form className="signal-form" onSubmit={submit} noValidate>
      <SentimentChips value={sentiment} onChange={setSentiment} />
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
  );
}

function SentimentChips({ value, onChange }: { value: HealthColor; onChange: (c: HealthColor) => void }) {
  const { t } = useTranslation();
  return (
    <div className="chip-row" title={t('health.signals.sentiment')}>
      {HEALTH_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`chip health-${c}`}
          aria-pressed={value === c}
          onClick={() => onChange(c)}
        >
          <span className="health-dot" style={{ display: 'inline-block', marginRight: 6 }} />
          {t(`health.colors.${c}`)}
        </button>
      ))}
    </div>
  );
}
