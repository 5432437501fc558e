import { Link } from '@tanstack/react-router';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../ui/avatar.tsx';
import { ChevronDownIcon, LockIcon, LogoutIcon, UserIcon } from '../../ui/icons.tsx';
import { useDismiss } from '../../ui/popover.ts';
import { ChangePasswordDialog } from '../auth/change-password-form.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useLogout } from '../auth/use-auth-actions.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className="topbar-button user-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('shell.userMenu')}
        onClick={() => setOpen((o) => !o)}
      >
        <Avatar name={user.name} />
        <span className="user-button-name">{user.name}</span>
        <ChevronDownIcon size={14} />
      </button>
      {open && (
        <div className="popover popover-menu popover-right" role="menu">
          <div className="menu-header">
            <div className="menu-header-name">{user.name}</div>
            <div className="menu-header-sub">{user.email}</div>
            <div className="menu-header-sub">{t(`enums.roles.${user.role}`)}</div>
          </div>
          <Link to="/settings/profile" role="menuitem" className="menu-item" onClick={close}>
            <UserIcon />
            <span>{t('shell.profile')}</span>
          </Link>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => {
              close();
              setChangingPassword(true);
            }}
          >
            <LockIcon />
            <span>{t('shell.changePassword')}</span>
          </button>
          <div className="menu-separator" />
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            <LogoutIcon />
            <span>{t('shell.logout')}</span>
          </button>
        </div>
      )}
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </div>
  );
}
