import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { factsText } from './rule-facts.ts';
import { useDryRun } from './rules-api.ts';

/**
 * Which accounts the rule as written in the editor would have fired for over the last 30 days, saved or
 * not, before it is switched on. A draft a save would refuse shows its problems next to the inputs.
 */
export function DryRunPanel({
  payload,
  onProblems,
}: {
  payload: unknown;
  onProblems: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dryRun = useDryRun();
  const result = dryRun.data;
  return (
    <div className="card" data-testid="dry-run">
      <div className="card-header">
        <h3 className="card-title">{t('rules.dryRun.title')}</h3>
        <button
          type="button"
          className="button button-sm"
          disabled={dryRun.isPending}
          onClick={() => dryRun.mutate(payload, { onError: onProblems })}
        >
          {dryRun.isPending ? t('rules.dryRun.running') : t('rules.dryRun.run')}
        </button>
      </div>
      <p className="card-description">{t('rules.dryRun.hint')}</p>
      {dryRun.isError && (
        <p className="form-error" role="alert">
          {describeError(dryRun.error)}
        </p>
      )}
      {result &&
        (result.total === 0 ? (
          <p className="muted">{t('rules.dryRun.none', { days: result.days })}</p>
        ) : (
          <>
            <p className="strong" role="status">
              {t('rules.dryRun.result', { count: result.total, days: result.days })}
              {result.total > result.accounts.length &&
                ` ${t('rules.dryRun.shown', { count: result.accounts.length })}`}
            </p>
            <ul className="rule-runs dry-run-list" aria-label={t('rules.dryRun.title')}>
              {result.accounts.map((a) => (
                <li key={a.account_id}>
                  <div className="rule-run-head">
                    <Link
                      to="/accounts/$accountId"
                      params={{ accountId: a.account_id }}
                      className="cell-name-link"
                    >
                      {a.account_name}
                    </Link>
                    {a.at && <span className="muted nowrap">{formatDate(a.at, locale)}</span>}
                  </div>
                  <span className="cell-sub">{factsText(a.facts, t, locale, ' · ')}</span>
                </li>
              ))}
            </ul>
          </>
        ))}
    </div>
  );
}
