import { useTranslation } from 'react-i18next';
import { exportUrl, type RevenueFilters } from './revenue-api.ts';

/** CSV and XLSX downloads of one report with the page's filters; the server names the file. */
export function ExportButtons({
  report,
  filters,
  what,
}: {
  report: 'retention' | 'waterfall' | 'cohorts' | 'renewals' | 'renewal_health';
  filters: Partial<RevenueFilters>;
  what: string;
}) {
  const { t } = useTranslation();
  return (
    <span className="revenue-export">
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button button-sm button-ghost"
          href={exportUrl(report, format, filters)}
          download
          aria-label={t('revenue.export.label', { what, format: format.toUpperCase() })}
        >
          {t(`revenue.export.${format}`)}
        </a>
      ))}
    </span>
  );
}
