import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { useFailedJobs, useRetryJob } from './notifications-api.ts';
import '../rules/rules.css';

/** Settings › Failed jobs (admins): background jobs that used up their retries, each with a Retry. */
export function FailedJobsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const jobs = useFailedJobs();
  const retry = useRetryJob();
  let body: React.ReactNode;
  if (jobs.isPending) body = <Skeleton rows={4} height={18} />;
  else if (jobs.isError)
    body = (
      <ErrorState
        message={describeError(jobs.error)}
        onRetry={() => void jobs.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (jobs.data.length === 0)
    body = <p className="card-empty notify-empty">{t('notifications.jobs.empty')}</p>;
  else
    body = (
      <div className="table-wrap">
        <table className="table" data-testid="failed-jobs-table">
          <thead>
            <tr>
              <th>{t('notifications.jobs.queue')}</th>
              <th>{t('notifications.jobs.error')}</th>
              <th className="align-end">{t('notifications.jobs.retries')}</th>
              <th>{t('notifications.jobs.failedAt')}</th>
              <th className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.map((j) => (
              <tr key={j.id}>
                <td>
                  <code className="key-prefix">{j.queue}</code>
                  <span className="cell-sub mono">{JSON.stringify(j.data).slice(0, 120)}</span>
                </td>
                <td className="error-cell">{j.error ?? ''}</td>
                <td className="align-end numeric">{formatNumber(j.retry_count, locale)}</td>
                <td className="muted nowrap">{formatDateTime(j.failed_at ?? j.created_at, locale)}</td>
                <td className="col-actions">
                  <button
                    type="button"
                    className="button button-sm"
                    disabled={retry.isPending && retry.variables === j.id}
                    onClick={() =>
                      retry.mutate(j.id, {
                        onSuccess: () => showToast(t('notifications.jobs.retried'), 'success'),
                      })
                    }
                  >
                    {t('notifications.jobs.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <section>
      <SectionHeader
        title={t('notifications.jobs.title')}
        description={t('notifications.jobs.description')}
      />
      <div className="card card-flush">{body}</div>
    </section>
  );
}
