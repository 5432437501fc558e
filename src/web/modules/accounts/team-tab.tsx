import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamMember, type TeamRole } from '../../../shared/accounts.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { PlusIcon, StarFilledIcon, StarIcon, UsersIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { usePermissions } from '../auth/session.ts';
import { useRemoveTeamMember, useTeam, useUpdateTeamMember } from './account-records-api.ts';
import { AddMemberDialog } from './add-member-dialog.tsx';
import { TeamRoleBadge } from './badges.tsx';

/** The people from our side who work the account; one of them is the primary point of contact. */
export function TeamTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  const team = useTeam(accountId);
  const remove = useRemoveTeamMember(accountId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const members = team.data ?? [];

  const addButton = canWrite && (
    <button type="button" className="button button-primary button-sm" onClick={() => setAdding(true)}>
      <PlusIcon size={14} />
      {t('team.add')}
    </button>
  );

  const empty = {
    icon: <UsersIcon size={22} />,
    title: t('team.empty.title'),
    body: t(canWrite ? 'team.empty.body' : 'team.empty.bodyReadOnly'),
    action: addButton,
  };

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('account.tabs.team')}</h2>
        {members.length > 0 && addButton}
      </header>
      <QueryState query={team} placement="card" skeletonRows={3} empty={empty}>
        {(list) => (
          <ul className="member-list">
            {list.map((member) => (
              <MemberRow key={member.id} accountId={accountId} member={member} onRemove={setRemoving} />
            ))}
          </ul>
        )}
      </QueryState>
      {adding && (
        <AddMemberDialog
          accountId={accountId}
          taken={new Set(members.map((m) => m.user_id))}
          hasPrimary={members.some((m) => m.is_primary)}
          onClose={() => setAdding(false)}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('team.removeTitle')}
          body={t('team.removeBody', { name: removing.user_name })}
          confirmLabel={t('team.remove')}
          pending={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        />
      )}
    </section>
  );
}

type MemberRowProps = { accountId: string; member: TeamMember; onRemove: (member: TeamMember) => void };

function MemberRow({ accountId, member, onRemove }: MemberRowProps) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  const update = useUpdateTeamMember(accountId);
  return (
    <li className="member">
      <span className="with-avatar member-who">
        <Avatar name={member.user_name} size={32} />
        <span>
          <span className="strong">{member.user_name}</span>
          <span className="cell-sub">{member.user_email}</span>
        </span>
      </span>
      <span className="member-role">
        {canWrite ? (
          <select
            className="input input-sm"
            aria-label={t('team.roleOf', { name: member.user_name })}
            value={member.role}
            onChange={(e) => update.mutate({ id: member.id, change: { role: e.target.value as TeamRole } })}
          >
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`enums.teamRoles.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          <TeamRoleBadge role={member.role} />
        )}
      </span>
      <span className="member-primary">
        {member.is_primary ? (
          <span className="primary-flag" title={t('team.primaryHint')}>
            <StarFilledIcon size={14} />
            {t('team.primary')}
          </span>
        ) : (
          canWrite && (
            <button
              type="button"
              className="button button-ghost button-sm"
              title={t('team.primaryHint')}
              onClick={() => update.mutate({ id: member.id, change: { is_primary: true } })}
            >
              <StarIcon size={14} />
              {t('team.makePrimary')}
            </button>
          )
        )}
      </span>
      {canWrite && (
        <RowDeleteButton
          label={t('team.removeNamed', { name: member.user_name })}
          onClick={() => onRemove(member)}
        />
      )}
    </li>
  );
}
