import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AccountsIcon, ActivityIcon, SettingsIcon } from '../../ui/icons.tsx';
import { GlobalSearch } from './global-search.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Logo } from './logo.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppShell() {
  const { t } = useTranslation();
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
