import { getRouteApi } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/auth.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { ChevronDownIcon, ChevronRightIcon, HistoryIcon } from '../../ui/icons.tsx';
import { AuditDiff } from './audit-diff.tsx';
import { AUDIT_ENTITY_TYPES, useAuditLabels } from './audit-labels.ts';
import { useAuditLog } from './settings-api.ts';
import { SectionHeader } from './settings-layout.tsx';

const route = getRouteApi('/app/settings/audit-log');

/** What the changed record is called, read from its snapshot: name, product or email. */
function recordName(entry: AuditEntry): string | null {
  for (const snapshot of [entry.after, entry.before]) {
    if (typeof snapshot !== 'object' || snapshot === null) continue;
    const fields = snapshot as Record<string, unknown>;
    for (const key of ['name', 'product', 'user_name', 'email']) {
      const value = fields[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return null;
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { entity_type } = route.useSearch();
  const navigate = route.useNavigate();
  const log = useAuditLog(entity_type);
  const labels = useAuditLabels();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const entries = log.data?.pages.flatMap((p) => p.data) ?? [];

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const actor = (entry: AuditEntry) =>
    entry.actor_type === 'system' ? t('audit.system') : entry.actor_label;

  return (
    <section>
      <SectionHeader
        title={t('settings.sections.audit')}
        description={t('audit.description')}
        action={
          <label className="inline-label">
            <span>{t('audit.entityType')}</span>
            <select
              className="input input-sm"
              value={entity_type ?? ''}
              onChange={(e) =>
                void navigate({ search: { entity_type: e.target.value || undefined }, replace: true })
              }
            >
              <option value="">{t('audit.allEntities')}</option>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {labels.entity(type)}
                </option>
              ))}
            </select>
          </label>
        }
      />
      {log.isPending ? (
        <Skeleton rows={6} height={18} />
      ) : log.isError ? (
        <ErrorState
          message={describeError(log.error)}
          onRetry={() => void log.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : entries.length === 0 ? (
        <div className="card">
          <EmptyState
            icon={<HistoryIcon size={22} />}
            title={t('audit.empty.title')}
            body={t('audit.empty.body')}
          />
        </div>
      ) : (
        <div className="card card-flush table-wrap">
          <table className="table audit-table">
            <thead>
              <tr>
                <th className="col-toggle" />
                <th>{t('audit.at')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.entity')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const expanded = open.has(entry.id);
                return (
                  <Fragment key={entry.id}>
                    <tr className="row-clickable" onClick={() => toggle(entry.id)} aria-expanded={expanded}>
                      <td className="col-toggle">
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t(expanded ? 'audit.hideChanges' : 'audit.showChanges')}
                          onClick={(e) => {
                            e.stopPropagation();
                            toggle(entry.id);
                          }}
                        >
                          {expanded ? <ChevronDownIcon size={14} /> : <ChevronRightIcon size={14} />}
                        </button>
                      </td>
                      <td className="nowrap">{formatDateTime(entry.at, locale)}</td>
                      <td>
                        {actor(entry)}
                        {entry.actor_type === 'api_key' && (
                          <span className="cell-sub">{t('audit.viaApiKey')}</span>
                        )}
                      </td>
                      <td>
                        <Badge tone={labels.tone(entry.action)}>{labels.action(entry.action)}</Badge>
                      </td>
                      <td>
                        <span className="strong">
                          {recordName(entry) ?? labels.entity(entry.entity_type)}
                        </span>
                        <span className="cell-sub">
                          {labels.entity(entry.entity_type)}
                          {entry.entity_id && <span className="mono"> · {entry.entity_id}</span>}
                        </span>
                      </td>
                    </tr>
                    {expanded && (
                      <tr className="row-detail">
                        <td />
                        <td colSpan={4}>
                          <AuditDiff before={entry.before} after={entry.after} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {log.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button"
                disabled={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t('common.loadMore')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
