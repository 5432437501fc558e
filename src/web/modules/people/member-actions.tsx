import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/people.ts';
import { Field } from '../../ui/field.tsx';
import { FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { EXIT_KINDS, type ExitDraft, type ExitKind, endMemberBody, exitReady } from './member-exit.ts';
import { useEndMember, useLadder, usePromote, useTeamSettings } from './people-api.ts';
import { useLabel } from './people-tabs.tsx';

const today = () => new Date().toISOString().slice(0, 10);
const PROMOTE_FIELDS = ['to_level', 'effective_on'] as const;
const END_FIELDS = ['end_date', 'exit_kind', 'exit_reason', 'exit_destination'] as const;

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
  const levels = useLadder().data?.data ?? [];
  const promote = usePromote(member.id);
  const [levelId, setLevelId] = useState('');
  const [on, setOn] = useState(today());
  const level = levels.find((l) => l.id === levelId);
  const submit = () => {
    if (!level) return;
    promote.mutate(
      { effective_on: on, to_title: level.title, to_level: level.level, to_track: level.track },
      {
        onSuccess: () => {
          showToast(t('people.member.promoted'), 'success');
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      title={t('people.member.promoteTitle', { name: member.name })}
      size="sm"
      layout="stack"
      submitLabel={t('people.member.promote')}
      mutation={promote}
      fields={PROMOTE_FIELDS}
      canSubmit={levelId !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
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
          <InputField
            label={t('people.member.effectiveOn')}
            error={errors.effective_on}
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
        </>
      )}
    </FormDialog>
  );
}

function EndDialog({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndMember(member.id);
  const { draft, bind, patch } = useDraft<ExitDraft>({
    kind: 'voluntary',
    reason: '',
    day: today(),
    destination: '',
  });
  const submit = () =>
    end.mutate(endMemberBody(draft), {
      onSuccess: () => {
        showToast(t('people.member.ended', { name: member.name }), 'success');
        onClose();
      },
    });
  return (
    <FormDialog
      title={t('people.member.endTitle', { name: member.name })}
      size="sm"
      layout="stack"
      submitLabel={t('people.member.end')}
      mutation={end}
      fields={END_FIELDS}
      canSubmit={exitReady(draft)}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <InputField
            label={t('people.member.lastDay')}
            error={errors.end_date}
            type="date"
            value={draft.day}
            onChange={bind('day')}
          />
          <Field label={t('people.roster.exit')} error={errors.exit_kind}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={draft.kind}
                onChange={(e) => patch({ kind: e.target.value as ExitKind, reason: '' })}
              >
                {EXIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`people.exitKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.kind !== 'internal_move' && (
            <ExitReasonSelect
              kind={draft.kind}
              value={draft.reason}
              error={errors.exit_reason}
              onChange={bind('reason')}
            />
          )}
          <InputField
            label={t('people.member.destination')}
            error={errors.exit_destination}
            value={draft.destination}
            onChange={bind('destination')}
          />
        </>
      )}
    </FormDialog>
  );
}

/** The configured exit reasons (Settings) of one kind; a reason named in Settings shows that name. */
function ExitReasonSelect({
  kind,
  value,
  error,
  onChange,
}: {
  kind: ExitKind;
  value: string;
  error: string | undefined;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const reasons = useTeamSettings().data?.exit_reasons ?? [];
  return (
    <Field label={t('people.member.reason')} error={error}>
      {(p) => (
        <select {...p} className="input" value={value} onChange={onChange}>
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
  );
}
