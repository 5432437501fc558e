import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requisition } from '../../../shared/hiring.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { EmptyState } from '../../ui/feedback.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useRequisitions } from '../people/people-api.ts';
import { TeamTabs } from '../people/people-tabs.tsx';
import { OpenRequisitionDialog } from './open-requisition-dialog.tsx';
import '../people/people.css';

const STATUS_TONE = { open: 'green', on_hold: 'amber', filled: 'blue', closed: 'gray' } as const;

export function RequisitionsPage() {
  const { t } = useTranslation();
  const requisitions = useRequisitions();
  const [opening, setOpening] = useState(false);
  const openButton = (
    <button type="button" className="button button-primary" onClick={() => setOpening(true)}>
      <PlusIcon /> {t('people.hiring.open')}
    </button>
  );
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('people.hiring.title')}</h1>
          <p className="page-subtitle">{t('people.hiring.subtitle')}</p>
        </div>
        {openButton}
      </header>
      <TeamTabs />
      <QueryState query={requisitions}>
        {({ data }) =>
          data.length === 0 ? (
            <EmptyState
              title={t('people.hiring.emptyTitle')}
              body={t('people.hiring.emptyBody')}
              action={openButton}
            />
          ) : (
            <RequisitionTable requisitions={data} />
          )
        }
      </QueryState>
      {opening && <OpenRequisitionDialog onClose={() => setOpening(false)} />}
    </div>
  );
}

function RequisitionTable({ requisitions }: { requisitions: Requisition[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="card card-flush table-wrap">
      <table className="table" aria-label={t('people.hiring.title')}>
        <thead>
          <tr>
            <th>{t('people.hiring.role')}</th>
            <th>{t('people.hiring.kind')}</th>
            <th>{t('people.hiring.status')}</th>
            <th>{t('people.hiring.hiringManager')}</th>
            <th>{t('people.hiring.openedOn')}</th>
            <th>{t('people.hiring.filledOn')}</th>
            <th>{t('people.hiring.candidates')}</th>
          </tr>
        </thead>
        <tbody>
          {requisitions.map((r) => (
            <tr key={r.id}>
              <td>
                <Link
                  to="/hiring/$requisitionId"
                  params={{ requisitionId: r.id }}
                  className="cell-name-link strong"
                >
                  {r.title}
                </Link>
                <div className="cell-sub">
                  {t(`people.track.${r.track}`)} · {t('people.levelShort', { level: r.level })}
                </div>
              </td>
              <td>{t(`people.hiring.kinds.${r.kind}`)}</td>
              <td>
                <Badge tone={STATUS_TONE[r.status]}>{t(`people.hiring.statuses.${r.status}`)}</Badge>
              </td>
              <td>{r.hiring_manager_name}</td>
              <td>{formatDate(r.opened_on, locale)}</td>
              <td>{r.filled_on ? formatDate(r.filled_on, locale) : '—'}</td>
              <td>{formatNumber(r.candidate_count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
