import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { usePermissions } from '../auth/session.ts';

/** Which of the workspace's key features this account used in the last 30 days. */
export function FeatureAdoption({ adoption }: { adoption: AccountUsage['feature_adoption'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { isAdmin } = usePermissions();
  const features = adoption.key_features;
  const used = features.filter((f) => f.used).length;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('usage.adoption.title')}</h2>
        {adoption.adoption !== null && (
          <span className="muted">
            {percent.format(adoption.adoption)} ·{' '}
            {t('usage.adoption.usedOf', {
              used: formatNumber(used, locale),
              total: formatNumber(features.length, locale),
            })}
          </span>
        )}
      </header>
      {features.length === 0 ? (
        <div className="card-empty usage-card-empty">
          <p>{t(isAdmin ? 'usage.adoption.noneAdmin' : 'usage.adoption.none')}</p>
          {isAdmin && (
            <Link to="/settings/usage" className="button button-sm">
              {t('usage.adoption.configure')}
            </Link>
          )}
        </div>
      ) : (
        <>
          {adoption.adoption !== null && (
            // The header says the share in words; the bar repeats it for the eye.
            <div className="usage-meter" aria-hidden="true">
              <span style={{ width: `${adoption.adoption * 100}%` }} />
            </div>
          )}
          <ul className="usage-features">
            {features.map((f) => (
              <li key={f.event}>
                <span className="usage-event-name">{f.event}</span>
                <span className="usage-feature-side">
                  {f.used && (
                    <span className="muted">
                      {t('usage.adoption.users', {
                        count: f.users,
                        formatted: formatNumber(f.users, locale),
                      })}
                    </span>
                  )}
                  <Badge tone={f.used ? 'green' : 'gray'} dot>
                    {t(f.used ? 'usage.adoption.used' : 'usage.adoption.notUsed')}
                  </Badge>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
