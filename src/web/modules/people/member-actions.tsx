import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/people.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useEndMember, useLadder, usePromote, useTeamSettings } from './people-api.ts';
import { useLabel } from './people-tabs.tsx';

const today = () => new Date().toISOString().slice(0, 10);
const EXIT_KINDS = ['voluntary', 'involuntary', 'internal_move'] as const;
type ExitKind = (typeof EXIT_KINDS)[number];

/** Promote or end a spell: what a manager does on a member's page. */
export function MemberActions({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'promote' | 'end' | null>(null);
  if (member.end_date) return null;
  return (
    <div className="team-actions">
      <button type="button" className="button" onClick={() => setOpen('promote')}>
        {t('people.member.promote')}
      </button>
      <button type="button" className="button" onClick={() => setOpen('end')}>
        {t('people.member.end')}
      </button>
      {open === 'promote' && <PromoteDialog member={member} onClose={() => setOpen(null)} />}
      {open === 'end' && <EndDialog member={member} onClose={() => setOpen(null)} />}
    </div>
  );
}

function PromoteDialog({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const ladder = useLadder();
  const promote = usePromote(member.id);
  const levels = ladder.data?.data ?? [];
  const [levelId, setLevelId] = useState('');
  const [on, setOn] = useState(today());
  const errors = fieldErrors(promote.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const level = levels.find((l) => l.id === levelId);
    if (!level) return;
    promote.mutate(
      { effective_on: on, to_title: level.title, to_level: level.level, to_track: level.track },
      {
        onSuccess: () => {
          showToast(t('people.member.promoted'), 'success');
          onClose();
        },
        onError: (err) => Object.keys(fieldErrors(err)).length === 0 && showToast(describeError(err)),
      },
    );
  };
  return (
    <Dialog
      title={t('people.member.promoteTitle', { name: member.name })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="promote"
            className="button button-primary"
            disabled={!levelId || promote.isPending}
          >
            {t('people.member.promote')}
          </button>
        </>
      }
    >
      <form id="promote" className="form" onSubmit={submit}>
        <Field label={t('people.member.newLevel')} error={errors.to_level}>
          {(p) => (
            <select {...p} className="input" value={levelId} onChange={(e) => setLevelId(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title} · {t(`people.track.${l.track}`)} · {t('people.levelShort', { level: l.level })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.member.effectiveOn')} error={errors.effective_on}>
          {(p) => (
            <input {...p} type="date" className="input" value={on} onChange={(e) => setOn(e.target.value)} />
          )}
        </Field>
      </form>
    </Dialog>
  );
}

function EndDialog({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const end = useEndMember(member.id);
  // The configured exit reasons (Settings), each of one kind; an internal move names where it went instead.
  const reasons = useTeamSettings().data?.exit_reasons ?? [];
  const [kind, setKind] = useState<ExitKind>('voluntary');
  const [reason, setReason] = useState('');
  const [day, setDay] = useState(today());
  const [destination, setDestination] = useState('');
  const errors = fieldErrors(end.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    end.mutate(
      {
        end_date: day,
        exit_kind: kind,
        exit_reason: kind === 'internal_move' ? 'internal_move' : reason,
        exit_destination: destination.trim() || null,
      },
      {
        onSuccess: () => {
          showToast(t('people.member.ended', { name: member.name }), 'success');
          onClose();
        },
        onError: (err) => Object.keys(fieldErrors(err)).length === 0 && showToast(describeError(err)),
      },
    );
  };
  const ready = kind === 'internal_move' || reason !== '';
  return (
    <Dialog
      title={t('people.member.endTitle', { name: member.name })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="end"
            className="button button-primary"
            disabled={!ready || end.isPending}
          >
            {t('people.member.end')}
          </button>
        </>
      }
    >
      <form id="end" className="form" onSubmit={submit}>
        <Field label={t('people.member.lastDay')} error={errors.end_date}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={day}
              onChange={(e) => setDay(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('people.roster.exit')} error={errors.exit_kind}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ExitKind);
                setReason('');
              }}
            >
              {EXIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`people.exitKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind !== 'internal_move' && (
          <Field label={t('people.member.reason')} error={errors.exit_reason}>
            {(p) => (
              <select {...p} className="input" value={reason} onChange={(e) => setReason(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {reasons
                  .filter((r) => r.kind === kind)
                  .map((r) => (
                    <option key={r.key} value={r.key}>
                      {label('exitReason', r.key) === r.key.replace(/_/g, ' ')
                        ? r.label
                        : label('exitReason', r.key)}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('people.member.destination')} error={errors.exit_destination}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={destination}
              onChange={(e) => setDestination(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
