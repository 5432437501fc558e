import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatRelative } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useUpdateUser, useUsers } from '../users/users-api.ts';
import { InviteUserDialog } from './invite-user-dialog.tsx';
import { PromoteAdminDialog } from './promote-admin-dialog.tsx';
import { SectionHeader } from './settings-layout.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useCurrentUser();
  const users = useUsers();
  const update = useUpdateUser();
  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [promoting, setPromoting] = useState<User | null>(null);

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
      {users.isPending ? (
        <Skeleton rows={5} height={18} />
      ) : users.isError ? (
        <ErrorState
          message={describeError(users.error)}
          onRetry={() => void users.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <div className="card card-flush table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('users.fields.name')}</th>
                <th>{t('users.fields.role')}</th>
                <th>{t('users.fields.language')}</th>
                <th>{t('users.fields.lastLogin')}</th>
                <th>{t('users.fields.status')}</th>
                <th className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const self = user.id === me.id;
                return (
                  <tr key={user.id} className={user.active ? undefined : 'row-muted'}>
                    <td>
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
                    </td>
                    <td>
                      {self ? (
                        <span title={t('users.ownRole')}>{t(`enums.roles.${user.role}`)}</span>
                      ) : (
                        <select
                          className="input input-sm"
                          aria-label={t('users.roleOf', { name: user.name })}
                          value={user.role}
                          onChange={(e) => {
                            const role = e.target.value as Role;
                            if (role === 'admin') setPromoting(user);
                            else update.mutate({ id: user.id, change: { role } });
                          }}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`enums.roles.${r}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                    <td>{LOCALE_NAMES[user.locale]}</td>
                    <td className="muted">
                      {user.last_login_at
                        ? formatRelative(user.last_login_at, locale)
                        : t('users.neverSignedIn')}
                    </td>
                    <td>
                      {user.active ? (
                        <Badge tone="green" dot>
                          {t('users.active')}
                        </Badge>
                      ) : (
                        <Badge tone="gray" dot>
                          {t('users.inactive')}
                        </Badge>
                      )}
                    </td>
                    <td className="col-actions">
                      {!self &&
                        (user.active ? (
                          <button
                            type="button"
                            className="button button-ghost button-sm"
                            onClick={() => setDeactivating(user)}
                          >
                            {t('users.deactivate')}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button button-ghost button-sm"
                            onClick={() => setActive(user, true)}
                          >
                            {t('users.reactivate')}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {inviting && <InviteUserDialog onClose={() => setInviting(false)} />}
      {promoting && <PromoteAdminDialog user={promoting} onClose={() => setPromoting(null)} />}
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
