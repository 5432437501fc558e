import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  ActivityIcon,
  AlertIcon,
  BellIcon,
  ChartIcon,
  HistoryIcon,
  InboxIcon,
  KeyIcon,
  SendIcon,
  StarIcon,
  UserIcon,
  UsersIcon,
  ZapIcon,
} from '../../ui/icons.tsx';
import { usePermissions } from '../auth/session.ts';

/** Settings with its own section list; workspace sections are for admins only. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const { isAdmin, canManageRules } = usePermissions();
  const link = { className: 'subnav-link', activeProps: { className: 'subnav-link-active' } };
  return (
    <div className="page settings">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="settings-body">
        <nav className="subnav" aria-label={t('settings.title')}>
          {isAdmin && (
            <>
              <div className="subnav-group">{t('settings.groups.workspace')}</div>
              <Link to="/settings/users" {...link}>
                <UsersIcon />
                {t('settings.sections.users')}
              </Link>
              <Link to="/settings/api-keys" {...link}>
                <KeyIcon />
                {t('settings.sections.apiKeys')}
              </Link>
              <Link to="/settings/usage" {...link}>
                <ActivityIcon />
                {t('settings.sections.usage')}
              </Link>
              <Link to="/settings/ingest" {...link}>
                <InboxIcon />
                {t('settings.sections.ingest')}
              </Link>
              <Link to="/settings/revenue" {...link}>
                <ChartIcon />
                {t('revenue.rates.nav')}
              </Link>
              <Link to="/settings/notifications" {...link}>
                <BellIcon />
                {t('notifications.nav.channels')}
              </Link>
              <Link to="/settings/deliveries" {...link}>
                <SendIcon />
                {t('notifications.nav.deliveries')}
              </Link>
              <Link to="/settings/jobs" {...link}>
                <AlertIcon />
                {t('notifications.nav.jobs')}
              </Link>
              <Link to="/settings/audit-log" {...link}>
                <HistoryIcon />
                {t('settings.sections.audit')}
              </Link>
            </>
          )}
          {!isAdmin && <div className="subnav-group">{t('settings.groups.workspace')}</div>}
          <Link to="/settings/scorecards" {...link}>
            <StarIcon />
            {t('settings.sections.scorecards')}
          </Link>
          {canManageRules && (
            <Link to="/settings/rules" {...link}>
              <ZapIcon />
              {t('rules.nav')}
            </Link>
          )}
          <div className="subnav-group">{t('settings.groups.personal')}</div>
          <Link to="/settings/profile" {...link}>
            <UserIcon />
            {t('settings.sections.profile')}
          </Link>
        </nav>
        <div className="settings-content">
          <Outlet />
        </div>
      </div>
    </div>
  );
}

export function SectionHeader({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: React.ReactNode;
}) {
  return (
    <header className="section-header">
      <div>
        <h2>{title}</h2>
        {description && <p>{description}</p>}
      </div>
      {action}
    </header>
  );
}
