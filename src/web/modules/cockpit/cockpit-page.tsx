import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cockpit } from '../../../shared/ctas.ts';
import { useLocale } from '../../i18n/index.ts';
import { daysUntil, formatDate, formatMoney } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCockpit, useCompleteTask } from './cockpit-api.ts';
import { CtaTable } from './cta-table.tsx';
import './cockpit.css';

/** The CSM's home page: what needs doing, why, and what renews soon. Managers switch to the team. */
export function CockpitPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const manager = user.role === 'cs_manager' || user.role === 'admin';
  const [scope, setScope] = useState<'me' | 'team'>('me');
  const query = useCockpit(scope);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('cockpit.title')}</h1>
          <p className="page-subtitle">{t(scope === 'me' ? 'cockpit.subtitleMe' : 'cockpit.subtitleTeam')}</p>
        </div>
        {manager && (
          <fieldset className="segmented" aria-label={t('cockpit.title')}>
            {(['me', 'team'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className={`button${scope === s ? ' button-primary' : ''}`}
                aria-pressed={scope === s}
                onClick={() => setScope(s)}
              >
                {t(`cockpit.scope.${s}`)}
              </button>
            ))}
          </fieldset>
        )}
      </header>
      {query.isPending ? (
        <Skeleton rows={8} />
      ) : query.isError ? (
        <ErrorState
          message={t('cockpit.loadError')}
          onRetry={() => query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <CockpitSections cockpit={query.data} />
      )}
    </div>
  );
}

function CockpitSections({ cockpit }: { cockpit: Cockpit }) {
  const { t } = useTranslation();
  const team = cockpit.scope === 'team';
  return (
    <div className="cockpit-grid">
      {team && <TeamCard team={cockpit.team} />}
      <section className="card card-flush cockpit-wide" aria-labelledby="cockpit-ctas">
        <header className="card-header">
          <h2 className="card-title" id="cockpit-ctas">
            {t('cockpit.ctas.title')} <span className="muted">{cockpit.ctas.length}</span>
          </h2>
        </header>
        {cockpit.ctas.length ? (
          <CtaTable ctas={cockpit.ctas} showOwner={team} />
        ) : (
          <EmptyState title={t('cockpit.ctas.empty')} />
        )}
      </section>
      <TasksCard tasks={cockpit.tasks_today} />
      <RiskCard accounts={cockpit.at_risk} />
      <RenewalsCard renewals={cockpit.renewals} />
    </div>
  );
}

function TasksCard({ tasks }: { tasks: Cockpit['tasks_today'] }) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  return (
    <section className="card" aria-labelledby="cockpit-tasks">
      <h2 className="card-title" id="cockpit-tasks">
        {t('cockpit.tasks.title')}
      </h2>
      {tasks.length === 0 ? (
        <p className="card-empty">{t('cockpit.tasks.empty')}</p>
      ) : (
        <ul className="cockpit-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <label className="cockpit-task">
                <input
                  type="checkbox"
                  disabled={complete.isPending}
                  aria-label={t('cockpit.tasks.markDone', { title: task.title })}
                  onChange={() => complete.mutate(task.id)}
                />
                <span>{task.title}</span>
              </label>
              <span className="muted">{task.account_name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RiskCard({ accounts }: { accounts: Cockpit['at_risk'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="cockpit-risk">
      <h2 className="card-title" id="cockpit-risk">
        {t('cockpit.risk.title')}
      </h2>
      {accounts.length === 0 ? (
        <p className="card-empty">{t('cockpit.risk.empty')}</p>
      ) : (
        <ul className="cockpit-list">
          {accounts.map((a) => (
            <li key={a.account_id}>
              <Link to="/accounts/$accountId" params={{ accountId: a.account_id }}>
                {a.account_name}
              </Link>
              <span className="muted">
                {formatMoney(a.arr, a.currency, locale, true)} · {a.cta_title}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RenewalsCard({ renewals }: { renewals: Cockpit['renewals'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="cockpit-renewals">
      <h2 className="card-title" id="cockpit-renewals">
        {t('cockpit.renewals.title')}
      </h2>
      {renewals.length === 0 ? (
        <p className="card-empty">{t('cockpit.renewals.empty')}</p>
      ) : (
        <ul className="cockpit-list">
          {renewals.map((r) => (
            <li key={r.account_id}>
              <Link to="/accounts/$accountId" params={{ accountId: r.account_id }}>
                {r.account_name}
              </Link>
              <span className="muted">
                {formatDate(r.renewal_date, locale)} (
                {t('cockpit.renewals.inDays', { count: daysUntil(r.renewal_date) })}) ·{' '}
                {formatMoney(r.arr, r.currency, locale, true)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamCard({ team }: { team: Cockpit['team'] }) {
  const { t } = useTranslation();
  return (
    <section className="card card-flush cockpit-wide" aria-labelledby="cockpit-team">
      <header className="card-header">
        <h2 className="card-title" id="cockpit-team">
          {t('cockpit.team.title')}
        </h2>
      </header>
      {team.length === 0 ? (
        <p className="card-empty">{t('cockpit.team.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('cockpit.team.person')}</th>
                <th className="align-end">{t('cockpit.team.accounts')}</th>
                <th className="align-end">{t('cockpit.team.open')}</th>
                <th className="align-end">{t('cockpit.team.overdueCtas')}</th>
                <th className="align-end">{t('cockpit.team.overdueTasks')}</th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => (
                <tr
                  key={m.user_id}
                  className={m.overdue_ctas + m.overdue_tasks > 0 ? 'cockpit-overdue' : undefined}
                >
                  <td>{m.name}</td>
                  <td className="align-end numeric">{m.accounts}</td>
                  <td className="align-end numeric">{m.open_ctas}</td>
                  <td className="align-end numeric">{m.overdue_ctas}</td>
                  <td className="align-end numeric">{m.overdue_tasks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
