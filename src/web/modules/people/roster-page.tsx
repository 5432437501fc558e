import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { EmptyState } from '../../ui/feedback.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { AddMemberDialog } from './add-member-dialog.tsx';
import { useMembers } from './people-api.ts';
import { TeamTabs, useLabel } from './people-tabs.tsx';
import './people.css';

export function RosterPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'current' | 'former'>('current');
  const members = useMembers(status);
  const [adding, setAdding] = useState(false);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('people.roster.title')}</h1>
          <p className="page-subtitle">{t('people.roster.subtitle')}</p>
        </div>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <PlusIcon /> {t('people.roster.add')}
        </button>
      </header>
      {adding && <AddMemberDialog onClose={() => setAdding(false)} />}
      <TeamTabs />
      <div className="segmented team-filter">
        {(['current', 'former'] as const).map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={status === s}
            className={`segmented-option${status === s ? ' segmented-option-active' : ''}`}
            onClick={() => setStatus(s)}
          >
            {t(`people.roster.${s}`)}
          </button>
        ))}
      </div>
      <QueryState query={members}>
        {({ data }) =>
          data.length === 0 ? (
            <EmptyState
              title={t(status === 'current' ? 'people.roster.emptyTitle' : 'people.roster.emptyFormerTitle')}
              body={t(status === 'current' ? 'people.roster.emptyBody' : 'people.roster.emptyFormerBody')}
            />
          ) : (
            <RosterTable members={data} former={status === 'former'} />
          )
        }
      </QueryState>
    </div>
  );
}

function RosterTable({ members, former }: { members: TeamMember[]; former: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useLabel();
  return (
    <div className="card card-flush table-wrap">
      <table className="table" aria-label={t('people.roster.title')}>
        <thead>
          <tr>
            <th>{t('people.roster.name')}</th>
            <th>{t('people.roster.titleColumn')}</th>
            <th>{t('people.roster.manager')}</th>
            <th>{t('people.roster.location')}</th>
            <th>{t('people.roster.started')}</th>
            {former && <th>{t('people.roster.ended')}</th>}
            {former && <th>{t('people.roster.exit')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                <Link
                  to="/team/members/$memberId"
                  params={{ memberId: m.id }}
                  className="cell-name-link strong"
                >
                  {m.name}
                </Link>
                {!former && !m.ramp_done_on && (
                  <>
                    {' '}
                    <Badge tone="amber">{t('people.roster.ramping')}</Badge>
                  </>
                )}
                {m.previous_member_id && (
                  <>
                    {' '}
                    <Badge tone="blue">{t('people.roster.returned')}</Badge>
                  </>
                )}
              </td>
              <td>
                {m.title} <span className="muted">{t('people.levelShort', { level: m.level })}</span>
                <div className="cell-sub">{t(`people.track.${m.track}`)}</div>
              </td>
              <td>{m.manager_name ?? <span className="muted">—</span>}</td>
              <td>
                {m.location ?? <span className="muted">—</span>}
                {m.time_zone && <div className="cell-sub">{m.time_zone}</div>}
              </td>
              <td>{formatDate(m.start_date, locale)}</td>
              {former && <td>{formatDate(m.end_date, locale)}</td>}
              {former && (
                <td>
                  {m.exit_kind && t(`people.exitKind.${m.exit_kind}`)}
                  <div className="cell-sub">
                    {m.exit_reason && label('exitReason', m.exit_reason)}
                    {m.exit_destination && ` → ${m.exit_destination}`}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
