import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { formatRelative } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useUpdateUser, useUsers } from '../users/users-api.ts';
import { InviteUserDialog } from './invite-user-dialog.tsx';
import { PromoteAdminDialog } from './promote-admin-dialog.tsx';
import { SectionHeader } from './settings-layout.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);

  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, change: { active } },
      {
        onSuccess: () => {
          setDeactivating(null);
          showToast(t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name }), 'success');
        },
      },
    );

  return (
    <section>
      <SectionHeader
        title={t('settings.sections.users')}
        description={t('users.description')}
        action={
          <button type="button" className="button button-primary" onClick={() => setInviting(true)}>
            <PlusIcon />
            {t('users.invite')}
          </button>
        }
      />
      <QueryState query={users}>
        {(list) => (
          <div className="card card-flush">
            <UsersTable
              users={list}
              onDeactivate={setDeactivating}
              onReactivate={(u) => setActive(u, true)}
            />
          </div>
        )}
      </QueryState>
      {inviting && <InviteUserDialog onClose={() => setInviting(false)} />}
      {deactivating && (
        <ConfirmDialog
          title={t('users.deactivateTitle', { name: deactivating.name })}
          body={t('users.deactivateBody')}
          confirmLabel={t('users.deactivate')}
          pending={update.isPending}
          onClose={() => setDeactivating(null)}
          onConfirm={() => setActive(deactivating, false)}
        />
      )}
    </section>
  );
}

type UsersTableProps = {
  users: User[];
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
};

function UsersTable({ users, onDeactivate, onReactivate }: UsersTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const columns = useUserColumns(me.id);
  return (
    <RecordTable
      records={users}
      columns={columns}
      recordId={(u) => u.id}
      label={t('settings.sections.users')}
      rowClassName={(u) => (u.active ? undefined : 'row-muted')}
      actions={(user) =>
        user.id === me.id ? null : (
          <button
            type="button"
            className="button button-ghost button-sm"
            onClick={() => (user.active ? onDeactivate(user) : onReactivate(user))}
          >
            {t(user.active ? 'users.deactivate' : 'users.reactivate')}
          </button>
        )
      }
    />
  );
}

function useUserColumns(myId: string): RecordColumn<User>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return [
    {
      id: 'name',
      header: t('users.fields.name'),
      cell: (user) => <UserName user={user} self={user.id === myId} />,
    },
    {
      id: 'role',
      header: t('users.fields.role'),
      cell: (user) =>
        user.id === myId ? (
          <span title={t('users.ownRole')}>{t(`enums.roles.${user.role}`)}</span>
        ) : (
          <RoleSelect user={user} />
        ),
    },
    { id: 'language', header: t('users.fields.language'), cell: (user) => LOCALE_NAMES[user.locale] },
    {
      id: 'lastLogin',
      header: t('users.fields.lastLogin'),
      className: 'muted',
      cell: (user) =>
        user.last_login_at ? formatRelative(user.last_login_at, locale) : t('users.neverSignedIn'),
    },
    {
      id: 'status',
      header: t('users.fields.status'),
      cell: (user) => <UserStatus t={t} active={user.active} />,
    },
  ];
}

function UserName({ user, self }: { user: User; self: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="with-avatar">
      <Avatar name={user.name} size={28} />
      <span>
        <span className="strong">
          {user.name}
          {self && <span className="you-tag">{t('users.you')}</span>}
        </span>
        <span className="cell-sub">{user.email}</span>
      </span>
    </span>
  );
}

/** A role change; making someone admin asks for the admin's own password first. */
function RoleSelect({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [promoting, setPromoting] = useState(false);
  const change = (role: Role) => {
    if (role === 'admin') setPromoting(true);
    else update.mutate({ id: user.id, change: { role } });
  };
  return (
    <>
      <select
        className="input input-sm"
        aria-label={t('users.roleOf', { name: user.name })}
        value={user.role}
        onChange={(e) => change(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`enums.roles.${r}`)}
          </option>
        ))}
      </select>
      {promoting && <PromoteAdminDialog user={user} onClose={() => setPromoting(false)} />}
    </>
  );
}

function UserStatus({ t, active }: { t: TFunction; active: boolean }) {
  return (
    <Badge tone={active ? 'green' : 'gray'} dot>
      {t(active ? 'users.active' : 'users.inactive')}
    </Badge>
  );
}
