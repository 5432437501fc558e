import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field.tsx';
import { FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useCreateMember, useLadder, useMembers } from './people-api.ts';

const FIELDS = [
  'name',
  'title',
  'track',
  'level',
  'start_date',
  'user_id',
  'manager_id',
  'location',
] as const;

type MemberDraft = {
  name: string;
  levelId: string;
  start: string;
  userId: string;
  managerId: string;
  location: string;
};

/** The form's draft and its submit: the chosen ladder level gives the title, track and level. */
function useAddMember(onClose: () => void) {
  const { t } = useTranslation();
  const ladder = useLadder().data?.data ?? [];
  const create = useCreateMember();
  const { draft, bind, patch } = useDraft<MemberDraft>({
    name: '',
    levelId: '',
    start: new Date().toISOString().slice(0, 10),
    userId: '',
    managerId: '',
    location: '',
  });
  const level = ladder.find((l) => l.id === draft.levelId);
  const submit = () => {
    if (!level) return;
    const { name } = draft;
    const input = {
      name,
      title: level.title,
      track: level.track,
      level: level.level,
      start_date: draft.start,
    };
    create.mutate(
      {
        ...input,
        user_id: draft.userId || null,
        manager_id: draft.managerId || null,
        location: draft.location.trim() || null,
      },
      {
        onSuccess: () => {
          showToast(t('people.roster.added', { name }), 'success');
          onClose();
        },
      },
    );
  };
  const ready = draft.name.trim() !== '' && level !== undefined;
  return { ladder, create, draft, bind, patch, submit, ready };
}

/** Adds someone already on the team (hires made in Tend arrive through their requisition). */
export function AddMemberDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const members = useMembers('current').data?.data ?? [];
  const users = useUsers().data ?? [];
  const { ladder, create, draft, bind, patch, submit, ready } = useAddMember(onClose);
  return (
    <FormDialog
      title={t('people.roster.add')}
      layout="stack"
      submitLabel={t('people.roster.add')}
      mutation={create}
      fields={FIELDS}
      canSubmit={ready}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <InputField
            label={t('people.roster.name')}
            error={errors.name}
            required
            value={draft.name}
            onChange={bind('name')}
          />
          <Field label={t('people.roster.titleColumn')} error={errors.title ?? errors.level} required>
            {(p) => (
              <select {...p} className="input" value={draft.levelId} onChange={bind('levelId')}>
                <option value="">{t('common.choose')}</option>
                {ladder.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title} · {t('people.levelShort', { level: l.level })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <InputField
            label={t('people.member.startDate')}
            error={errors.start_date}
            required
            type="date"
            value={draft.start}
            onChange={bind('start')}
          />
          <OptionalSelect
            label={t('people.roster.login')}
            error={errors.user_id}
            hint={t('people.roster.loginHint')}
            value={draft.userId}
            onChange={(userId) => patch({ userId })}
            options={users.map((u) => ({ id: u.id, label: `${u.name} · ${u.email}` }))}
          />
          <OptionalSelect
            label={t('people.roster.manager')}
            error={errors.manager_id}
            value={draft.managerId}
            onChange={(managerId) => patch({ managerId })}
            options={members.map((m) => ({ id: m.id, label: m.name }))}
          />
          <InputField
            label={t('people.roster.location')}
            error={errors.location}
            value={draft.location}
            onChange={bind('location')}
          />
        </>
      )}
    </FormDialog>
  );
}

type OptionalSelectProps = {
  label: string;
  error: string | undefined;
  hint?: string;
  value: string;
  onChange: (id: string) => void;
  options: { id: string; label: string }[];
};

/** A select of records that may be left unset. */
function OptionalSelect({ label, error, hint, value, onChange, options }: OptionalSelectProps) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <select {...p} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('common.notSet')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
