import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { to: '/team', key: 'roster' },
  { to: '/team/metrics', key: 'metrics' },
  { to: '/team/capacity', key: 'capacity' },
  { to: '/hiring', key: 'hiring' },
  { to: '/team/settings', key: 'settings' },
] as const;

/** The sections of the team area, shown at the top of each of its pages. */
export function TeamTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('people.tabs.label')}>
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          to={tab.to}
          className="tab"
          activeOptions={{ exact: tab.to === '/team' }}
          activeProps={{ className: 'tab tab-active', 'aria-current': 'page' }}
        >
          {t(`people.tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}

export function formatPercent(value: number | null, locale: string, digits = 1): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

type LabelGroup = 'competency' | 'exitReason' | 'hiring.sources';

/** Labels of keys the server stores (competencies, exit reasons, sources); an unknown key shows as itself. */
export function useLabel() {
  const { t } = useTranslation();
  const loose = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return (group: LabelGroup, key: string) =>
    loose(`people.${group}.${key}`, { defaultValue: key.replace(/_/g, ' ') });
}
