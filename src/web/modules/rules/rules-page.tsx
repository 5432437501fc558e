import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../shared/rules.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber, formatRelative } from '../../lib/format.ts';
import { ConfirmDeleteDialog } from '../../ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { showToast } from '../../ui/toast.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { actionsSummary, triggerSummary } from './rule-summary.ts';
import { useDeleteRule, useRules, useToggleRule } from './rules-api.ts';
import './rules.css';

/** Settings › Rules: every rule with its trigger, whether it is on, and how often it fired. */
export function RulesPage() {
  const { t } = useTranslation();
  const rules = useRules();
  const newButton = (
    <Link to="/settings/rules/$ruleId" params={{ ruleId: 'new' }} className="button button-primary">
      <PlusIcon size={14} />
      {t('rules.new')}
    </Link>
  );
  let body: React.ReactNode;
  if (rules.isPending)
    body = (
      <div className="card">
        <Skeleton rows={5} height={18} />
      </div>
    );
  else if (rules.isError)
    body = (
      <ErrorState
        message={describeError(rules.error)}
        onRetry={() => void rules.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (rules.data.length === 0)
    body = (
      <div className="card">
        <EmptyState title={t('rules.empty.title')} body={t('rules.empty.body')} action={newButton} />
      </div>
    );
  else body = <RulesTable rules={rules.data} />;
  return (
    <section>
      <SectionHeader
        title={t('rules.nav')}
        description={t('rules.description')}
        action={rules.data?.length ? newButton : undefined}
      />
      {body}
    </section>
  );
}

function RulesTable({ rules }: { rules: Rule[] }) {
  const { t } = useTranslation();
  const remove = useDeleteRule();
  const [deleting, setDeleting] = useState<Rule | null>(null);
  return (
    <div className="card card-flush table-wrap">
      <table className="table" data-testid="rules-table">
        <thead>
          <tr>
            <th>{t('rules.list.name')}</th>
            <th>{t('rules.list.trigger')}</th>
            <th>{t('rules.list.actions')}</th>
            <th>{t('rules.list.enabled')}</th>
            <th>{t('rules.list.lastFired')}</th>
            <th className="align-end">{t('rules.list.fireCount')}</th>
            <th className="col-actions">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <RuleRow key={r.id} rule={r} onDelete={() => setDeleting(r)} />
          ))}
        </tbody>
      </table>
      {deleting && (
        <ConfirmDeleteDialog
          title={t('rules.deleteTitle', { name: deleting.name })}
          body={t('rules.deleteBody')}
          deletedMessage={t('rules.deleted')}
          remove={remove}
          id={deleting.id}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

/** One rule: what triggers it and what it does, a switch to turn it on or off, when it last fired. */
function RuleRow({ rule: r, onDelete }: { rule: Rule; onDelete: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const toggle = useToggleRule();
  const switchTo = (enabled: boolean) =>
    toggle.mutate(
      { id: r.id, enabled },
      {
        onSuccess: (saved) =>
          showToast(
            t(saved.enabled ? 'rules.switchedOn' : 'rules.switchedOff', { name: saved.name }),
            'success',
          ),
      },
    );
  return (
    <tr
      className={`row-clickable${r.enabled ? '' : ' row-muted'}`}
      onClick={() => void navigate({ to: '/settings/rules/$ruleId', params: { ruleId: r.id } })}
    >
      <td>
        <Link to="/settings/rules/$ruleId" params={{ ruleId: r.id }} className="cell-name-link">
          {r.name}
        </Link>
        {r.description && <span className="cell-sub">{r.description}</span>}
      </td>
      <td>{triggerSummary(t, r.trigger)}</td>
      <td className="muted">{actionsSummary(t, r.actions)}</td>
      <td onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          role="switch"
          className="switch"
          checked={r.enabled}
          aria-checked={r.enabled}
          disabled={toggle.isPending}
          aria-label={t('rules.list.toggle', { name: r.name })}
          onChange={(e) => switchTo(e.target.checked)}
        />
      </td>
      <td className="muted nowrap">
        {r.last_fired_at ? formatRelative(r.last_fired_at, locale) : t('rules.list.never')}
      </td>
      <td className="align-end numeric">{formatNumber(r.fire_count ?? 0, locale)}</td>
      <td className="col-actions">
        <RowDeleteButton label={t('rules.list.delete', { name: r.name })} onClick={onDelete} />
      </td>
    </tr>
  );
}
