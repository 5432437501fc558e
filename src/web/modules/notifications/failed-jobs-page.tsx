import { useTranslation } from 'react-i18next';
import type { FailedJob } from '../../../shared/rules.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { RowRetryButton } from '../../ui/row-retry-button.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { useFailedJobs, useRetryJob } from './notifications-api.ts';
import '../rules/rules.css';

/** Settings › Failed jobs (admins): background jobs that used up their retries, each with a Retry. */
export function FailedJobsPage() {
  const { t } = useTranslation();
  const jobs = useFailedJobs();
  const columns = useFailedJobColumns();
  return (
    <section>
      <SectionHeader
        title={t('notifications.jobs.title')}
        description={t('notifications.jobs.description')}
      />
      <div className="card card-flush">
        <QueryState query={jobs} placement="card" skeletonRows={4}>
          {(list) => (
            <RecordTable
              records={list}
              columns={columns}
              recordId={(j) => j.id}
              label={t('notifications.jobs.title')}
              empty={{ inline: true, title: t('notifications.jobs.empty') }}
              actions={(j) => (
                <RowRetryButton
                  useRetry={useRetryJob}
                  label={t('notifications.jobs.retry')}
                  doneMessage={t('notifications.jobs.retried')}
                  id={j.id}
                />
              )}
              testId="failed-jobs-table"
            />
          )}
        </QueryState>
      </div>
    </section>
  );
}

function useFailedJobColumns(): RecordColumn<FailedJob>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return [
    {
      id: 'queue',
      header: t('notifications.jobs.queue'),
      cell: (j) => (
        <>
          <code className="key-prefix">{j.queue}</code>
          <span className="cell-sub mono">{JSON.stringify(j.data).slice(0, 120)}</span>
        </>
      ),
    },
    {
      id: 'error',
      header: t('notifications.jobs.error'),
      className: 'error-cell',
      cell: (j) => j.error ?? '',
    },
    {
      id: 'retries',
      header: t('notifications.jobs.retries'),
      className: 'align-end numeric',
      cell: (j) => formatNumber(j.retry_count, locale),
    },
    {
      id: 'failedAt',
      header: t('notifications.jobs.failedAt'),
      className: 'muted nowrap',
      cell: (j) => formatDateTime(j.failed_at ?? j.created_at, locale),
    },
  ];
}
