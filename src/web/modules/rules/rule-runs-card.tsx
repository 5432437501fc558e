import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { Skeleton } from '../../ui/feedback.tsx';
import { factsText } from './rule-facts.ts';
import { useRuleRuns } from './rules-api.ts';

/** The rule's latest runs: for which account, when, and the facts that fired it (or the error). */
export function RunsCard({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const runs = useRuleRuns(ruleId);
  return (
    <div className="card">
      <h3 className="card-title">{t('rules.editor.runs')}</h3>
      {runs.isPending ? (
        <Skeleton rows={3} />
      ) : runs.isError ? (
        <p className="form-error">{describeError(runs.error)}</p>
      ) : runs.data.length === 0 ? (
        <p className="muted">{t('rules.editor.noRuns')}</p>
      ) : (
        <ul className="rule-runs">
          {runs.data.slice(0, 15).map((r) => (
            <li key={r.id}>
              <div className="rule-run-head">
                {r.account_id ? (
                  <Link
                    to="/accounts/$accountId"
                    params={{ accountId: r.account_id }}
                    className="cell-name-link"
                  >
                    {r.account_name}
                  </Link>
                ) : (
                  <span>—</span>
                )}
                {r.status === 'error' && <Badge tone="red">{t('rules.editor.runError')}</Badge>}
                <span className="muted nowrap">{formatRelative(r.at, locale)}</span>
              </div>
              <span className="cell-sub">{r.error ?? factsText(r.facts, t, locale, ' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
