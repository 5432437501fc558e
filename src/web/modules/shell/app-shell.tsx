import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  AccountsIcon,
  ActivityIcon,
  ChartIcon,
  RenewIcon,
  SettingsIcon,
  UserIcon,
  UsersIcon,
} from '../../ui/icons.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { GlobalSearch } from './global-search.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Logo } from './logo.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppShell() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const managesPeople = role === 'admin' || role === 'cs_manager';
  // Hiring is a section of the team area (its tabs), so the Team link stays lit there.
  const inHiring = useRouterState({ select: (state) => state.location.pathname.startsWith('/hiring') });
  return (
    <div className="app">
      <aside className="sidebar">
        <Link to="/accounts" className="sidebar-brand" aria-label="Tend">
          <Logo />
        </Link>
        <nav className="sidebar-nav" aria-label={t('nav.main')}>
          <Link to="/cockpit" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <ActivityIcon />
            <span>{t('nav.cockpit')}</span>
          </Link>
          <Link to="/accounts" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <AccountsIcon />
            <span>{t('nav.accounts')}</span>
          </Link>
          <Link to="/revenue" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <ChartIcon />
            <span>{t('revenue.nav.overview')}</span>
          </Link>
          <Link to="/renewals" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <RenewIcon />
            <span>{t('revenue.nav.pipeline')}</span>
          </Link>
          <Link to="/health" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <ActivityIcon />
            <span>{t('nav.health')}</span>
          </Link>
          {managesPeople ? (
            <Link
              to="/team"
              className={`nav-link${inHiring ? ' nav-link-active' : ''}`}
              activeProps={{ className: 'nav-link-active' }}
            >
              <UsersIcon />
              <span>{t('people.nav.team')}</span>
            </Link>
          ) : (
            <Link to="/team/me" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
              <UserIcon />
              <span>{t('people.nav.myCareer')}</span>
            </Link>
          )}
          <Link to="/settings" className="nav-link" activeProps={{ className: 'nav-link-active' }}>
            <SettingsIcon />
            <span>{t('nav.settings')}</span>
          </Link>
        </nav>
      </aside>
      <div className="main">
        <header className="topbar">
          <GlobalSearch />
          <div className="topbar-actions">
            <LanguageSwitcher />
            <UserMenu />
          </div>
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
