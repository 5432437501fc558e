import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Cta } from '../../../shared/ctas.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { Badge, type Tone } from '../../ui/badge.tsx';

const PRIORITY_TONE: Record<Cta['priority'], Tone> = {
  urgent: 'red',
  high: 'amber',
  medium: 'blue',
  low: 'gray',
};

/** The facts that fired the rule, as the CSM reads them: "drop percent: 60, event: Report Exported". */
export function reasonText(cta: Cta, t: TFunction, locale: string): string {
  const facts = cta.reason.facts ?? {};
  return Object.entries(facts)
    .filter(([k, v]) => k !== 'signal' && v !== null && typeof v !== 'object')
    .map(([k, v]) => `${factLabel(k, t)}: ${factValue(v, t, locale)}`)
    .join(', ');
}

function factLabel(key: string, t: TFunction): string {
  const label: string = t(`cockpit.facts.${key}` as 'cockpit.facts.previous', { defaultValue: '' });
  return label || key.replaceAll('_', ' ');
}

function factValue(value: unknown, t: TFunction, locale: string): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  if (value === 'red' || value === 'yellow' || value === 'green') return t(`cockpit.facts.colors.${value}`);
  return value;
}

export function CtaTable({ ctas, showOwner }: { ctas: Cta[]; showOwner: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{t('cockpit.ctas.cta')}</th>
            <th>{t('cockpit.ctas.account')}</th>
            <th>{t('cockpit.ctas.why')}</th>
            {showOwner && <th>{t('cockpit.ctas.owner')}</th>}
            <th>{t('cockpit.ctas.due')}</th>
          </tr>
        </thead>
        <tbody>
          {ctas.map((cta) => {
            const overdue = !!cta.due_date && cta.due_date < today;
            return (
              <tr key={cta.id} className={overdue ? 'cockpit-overdue' : undefined}>
                <td>
                  <div className="cockpit-cta-title">
                    <Badge tone={PRIORITY_TONE[cta.priority]}>{t(`cockpit.priority.${cta.priority}`)}</Badge>
                    <span>{cta.title}</span>
                  </div>
                  <span className="muted">{t(`cockpit.type.${cta.type}`)}</span>
                </td>
                <td>
                  <Link to="/accounts/$accountId" params={{ accountId: cta.account_id }}>
                    {cta.account_name}
                  </Link>
                </td>
                <td className="cockpit-reason">
                  <strong>{cta.reason.rule_name ?? t('cockpit.ctas.opened')}</strong>
                  {reasonText(cta, t, locale) && (
                    <span className="muted"> — {reasonText(cta, t, locale)}</span>
                  )}
                  {cta.fire_count > 1 && (
                    <span className="muted"> ({t('cockpit.ctas.fired', { count: cta.fire_count })})</span>
                  )}
                </td>
                {showOwner && <td>{cta.owner_name ?? '—'}</td>}
                <td className="nowrap">
                  {formatDate(cta.due_date, locale)}
                  {overdue && (
                    <>
                      {' '}
                      <Badge tone="red">{t('cockpit.ctas.overdue')}</Badge>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
