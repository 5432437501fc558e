import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../shared/accounts.ts';
import { Field } from '../../ui/field.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { SelectField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useAddTeamMember } from './account-records-api.ts';
import { UserSelect } from './form-controls.tsx';

type AddMemberProps = { accountId: string; taken: Set<string>; hasPrimary: boolean; onClose: () => void };

const FIELDS = ['user_id', 'role', 'is_primary'] as const;

/** Puts a user on the account's team; the first member becomes the primary contact by default. */
export function AddMemberDialog({ accountId, taken, hasPrimary, onClose }: AddMemberProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const add = useAddTeamMember(accountId);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamRole>('csm');
  const [primary, setPrimary] = useState(!hasPrimary);

  const submit = () =>
    add.mutate(
      { user_id: userId, role, is_primary: primary },
      {
        onSuccess: () => {
          showToast(t('team.added'), 'success');
          onClose();
        },
      },
    );

  return (
    <FormDialog
      title={t('team.add')}
      size="sm"
      layout="stack"
      submitLabel={t('team.add')}
      mutation={add}
      fields={FIELDS}
      canSubmit={userId !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
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
          <SelectField
            label={t('team.role')}
            error={errors.role}
            value={role}
            options={TEAM_ROLES}
            optionLabel={(r) => t(`enums.teamRoles.${r}`)}
            onChange={setRole}
          />
          <label className="checkbox-row">
            <input type="checkbox" checked={primary} onChange={(e) => setPrimary(e.target.checked)} />
            <span>
              {t('team.primary')}
              <span className="field-hint">{t('team.primaryHint')}</span>
            </span>
          </label>
        </>
      )}
    </FormDialog>
  );
}
