import { useTranslation } from 'react-i18next';
import type { HealthColor } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatScore, isHealthColor } from './health-format.ts';
import './health.css';

/** A score with its band color as a dot; "—" with a grey dot before the account has been scored. */
export function HealthBadge({
  score,
  color,
  size = 'md',
}: {
  score: number | null;
  color: HealthColor | string | null;
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const band = isHealthColor(color) ? color : 'none';
  const label =
    score === null
      ? t('health.notScored')
      : t('health.scoreLabel', { score: formatScore(score, locale), color: t(`health.colors.${band}`) });
  return (
    <span className={`health-badge health-badge-${size} health-${band}`} title={label}>
      <span className="health-dot" aria-hidden="true" />
      <span className="numeric" aria-hidden="true">
        {formatScore(score, locale)}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
