import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useAddTeamMember } from './account-records-api.ts';
import { UserSelect } from './form-controls.tsx';

type AddMemberProps = { accountId: string; taken: Set<string>; hasPrimary: boolean; onClose: () => void };

/** Puts a user on the account's team; the first member becomes the primary contact by default. */
export function AddMemberDialog({ accountId, taken, hasPrimary, onClose }: AddMemberProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const add = useAddTeamMember(accountId);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamRole>('csm');
  const [primary, setPrimary] = useState(!hasPrimary);
  const errors = fieldErrors(add.error);
  const general = add.error && Object.keys(errors).length === 0 ? describeError(add.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { user_id: userId, role, is_primary: primary },
      {
        onSuccess: () => {
          showToast(t('team.added'), 'success');
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      title={t('team.add')}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="team-form"
            className="button button-primary"
            disabled={!userId || add.isPending}
          >
            {t('team.add')}
          </button>
        </>
      }
    >
      <form id="team-form" className="form" onSubmit={submit} noValidate>
        {general && (
          <p className="form-error" role="alert">
            {general}
          </p>
        )}
        <Field label={t('team.user')} error={errors.user_id} required>
          {(p) => (
            <UserSelect
              {...p}
              users={(users.data ?? []).filter((u) => !taken.has(u.id))}
              value={userId}
              onChange={setUserId}
            />
          )}
        </Field>
        <Field label={t('team.role')} error={errors.role}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={role}
              onChange={(e) => setRole(e.target.value as TeamRole)}
            >
              {TEAM_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`enums.teamRoles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox-row">
          <input type="checkbox" checked={primary} onChange={(e) => setPrimary(e.target.checked)} />
          <span>
            {t('team.primary')}
            <span className="field-hint">{t('team.primaryHint')}</span>
          </span>
        </label>
      </form>
    </Dialog>
  );
}
