import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { fieldErrors } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { EmptyState } from '../../ui/feedback.tsx';
import { Field } from '../../ui/field.tsx';
import { LockIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { MemberActions } from './member-actions.tsx';
import { useAddNote, useCareerNotes, useLadder, useMember, useMyMember } from './people-api.ts';
import { useLabel } from './people-tabs.tsx';
import { PulseForm } from './pulse-form.tsx';
import './people.css';

export function MemberPage() {
  const { memberId } = useParams({ from: '/app/team/members/$memberId' });
  const { t } = useTranslation();
  const member = useMember(memberId);
  return (
    <div className="page">
      <Link to="/team" className="back-link">
        ← {t('people.member.back')}
      </Link>
      <QueryState query={member}>{(m) => <MemberView member={m} />}</QueryState>
    </div>
  );
}

/** A person's own career record: what every team member, manager or not, can open. */
export function MyCareerPage() {
  const { t } = useTranslation();
  const me = useMyMember();
  return (
    <div className="page">
      <QueryState query={me}>
        {({ member }) =>
          member ? (
            <>
              <MemberView member={member} />
              <PulseForm />
            </>
          ) : (
            <EmptyState title={t('people.member.notOnTeamTitle')} body={t('people.member.notOnTeamBody')} />
          )
        }
      </QueryState>
    </div>
  );
}

function MemberView({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { role } = useCurrentUser();
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{member.name}</h1>
          <p className="page-subtitle">
            {member.title} · {t(`people.track.${member.track}`)} ·{' '}
            {t('people.levelShort', { level: member.level })}
            {member.end_date && ` · ${t('people.roster.ended')} ${formatDate(member.end_date, locale)}`}
          </p>
        </div>
        {(role === 'admin' || role === 'cs_manager') && <MemberActions member={member} />}
      </header>
      <dl className="stat-row">
        <div className="stat">
          <dt>{t('people.roster.manager')}</dt>
          <dd>{member.manager_name ?? '—'}</dd>
        </div>
        <div className="stat">
          <dt>{t('people.roster.location')}</dt>
          <dd>
            {member.location ?? '—'}{' '}
            {member.time_zone && <span className="stat-note">{member.time_zone}</span>}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('people.member.startDate')}</dt>
          <dd>
            {formatDate(member.start_date, locale)}
            <span className="stat-note">{t(`people.hireKind.${member.hire_kind}`)}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>{t('people.member.rampDone')}</dt>
          <dd>
            {member.ramp_done_on ? formatDate(member.ramp_done_on, locale) : t('people.member.notRamped')}
          </dd>
        </div>
      </dl>
      <div className="team-columns">
        <div>
          <LevelExpectations member={member} />
          <Promotions member={member} />
        </div>
        {member.can_read_notes && <CareerNotes memberId={member.id} />}
      </div>
    </>
  );
}

function LevelExpectations({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const ladder = useLadder();
  const level = ladder.data?.data.find((l) => l.track === member.track && l.level === member.level);
  if (!level) return null;
  return (
    <section className="card">
      <h2 className="card-title">{t('people.member.expectations')}</h2>
      <p className="strong">{level.title}</p>
      <p>{level.expectations}</p>
      <div className="badge-list">
        {level.competencies.map((c) => (
          <span key={c} className="badge badge-teal">
            {label('competency', c)}
          </span>
        ))}
      </div>
    </section>
  );
}

function Promotions({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card">
      <h2 className="card-title">{t('people.member.promotions')}</h2>
      {member.promotions.length === 0 ? (
        <p className="muted">{t('people.member.noPromotions')}</p>
      ) : (
        <ol className="team-timeline">
          {member.promotions.map((p) => (
            <li key={p.id}>
              <span className="muted">{formatDate(p.effective_on, locale)}</span>{' '}
              {t('people.member.promotedTo', { from: p.from_title, to: p.to_title })}
              {p.note && <div className="cell-sub">{p.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CareerNotes({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notes = useCareerNotes(memberId, true);
  return (
    <section className="card">
      <h2 className="card-title">{t('people.member.notes')}</h2>
      <p className="card-description team-private">
        <LockIcon size={14} /> {t('people.member.notesPrivate')}
      </p>
      <NoteForm memberId={memberId} />
      <QueryState query={notes}>
        {({ data }) =>
          data.length === 0 ? (
            <p className="muted">{t('people.member.noNotes')}</p>
          ) : (
            <ul className="team-notes">
              {data.map((n) => (
                <li key={n.id}>
                  <div className="cell-sub">
                    {formatDate(n.conversation_on, locale)} · {n.author_name ?? '—'}
                  </div>
                  <p>{n.body}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function NoteForm({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const add = useAddNote(memberId);
  const [day, setDay] = useState(new Date().toISOString().slice(0, 10));
  const [body, setBody] = useState('');
  const errors = fieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { conversation_on: day, body },
      {
        onSuccess: () => {
          setBody('');
          showToast(t('people.member.noteSaved'), 'success');
        },
      },
    );
  };
  return (
    <form className="form team-note-form" onSubmit={submit}>
      <Field label={t('people.member.conversationOn')} error={errors.conversation_on}>
        {(p) => (
          <input {...p} type="date" className="input" value={day} onChange={(e) => setDay(e.target.value)} />
        )}
      </Field>
      <Field label={t('people.member.noteBody')} error={errors.body}>
        {(p) => (
          <textarea
            {...p}
            className="input"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions form-actions-start">
        <button type="submit" className="button button-primary" disabled={add.isPending || !body.trim()}>
          {t('people.member.addNote')}
        </button>
      </div>
    </form>
  );
}
