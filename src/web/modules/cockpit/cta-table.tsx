import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Cta } from '../../../shared/ctas.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { Badge, type Tone } from '../../ui/badge.tsx';
import { factsText } from '../rules/rule-facts.ts';

const PRIORITY_TONE: Record<Cta['priority'], Tone> = {
  urgent: 'red',
  high: 'amber',
  medium: 'blue',
  low: 'gray',
};

/** The facts that fired the rule, as the CSM reads them. */
export function reasonText(cta: Cta, t: TFunction, locale: string): string {
  return factsText(cta.reason.facts, t, locale);
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
