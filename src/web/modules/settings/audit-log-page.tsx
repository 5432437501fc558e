import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/auth.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { ChevronDownIcon, ChevronRightIcon, HistoryIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
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
  const { entity_type } = route.useSearch();
  const log = useAuditLog(entity_type);
  const empty = {
    icon: <HistoryIcon size={22} />,
    title: t('audit.empty.title'),
    body: t('audit.empty.body'),
  };
  return (
    <section>
      <SectionHeader
        title={t('settings.sections.audit')}
        description={t('audit.description')}
        action={<EntityTypeFilter />}
      />
      <QueryState
        query={log}
        empty={empty}
        isEmpty={(data) => data.pages.every((p) => p.data.length === 0)}
        skeletonRows={6}
      >
        {(data) => (
          <div className="card card-flush">
            <AuditTable entries={data.pages.flatMap((p) => p.data)} />
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
      </QueryState>
    </section>
  );
}

function EntityTypeFilter() {
  const { t } = useTranslation();
  const { entity_type } = route.useSearch();
  const navigate = route.useNavigate();
  const labels = useAuditLabels();
  return (
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
  );
}

/** Entries, newest first; a row opens to show what changed. */
function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleColumn: RecordColumn<AuditEntry> = {
    id: 'toggle',
    header: '',
    className: 'col-toggle',
    cell: (entry) => (
      <button
        type="button"
        className="icon-button"
        aria-label={t(open.has(entry.id) ? 'audit.hideChanges' : 'audit.showChanges')}
        onClick={(e) => {
          e.stopPropagation();
          toggle(entry.id);
        }}
      >
        {open.has(entry.id) ? <ChevronDownIcon size={14} /> : <ChevronRightIcon size={14} />}
      </button>
    ),
  };
  return (
    <RecordTable
      records={entries}
      columns={[toggleColumn, ...useAuditColumns()]}
      recordId={(entry) => entry.id}
      label={t('settings.sections.audit')}
      className="audit-table"
      onActivate={(entry) => toggle(entry.id)}
      rowAttributes={(entry) => ({ 'aria-expanded': open.has(entry.id) })}
      detail={(entry) =>
        open.has(entry.id) && (
          <tr className="row-detail">
            <td />
            <td colSpan={4}>
              <AuditDiff before={entry.before} after={entry.after} />
            </td>
          </tr>
        )
      }
    />
  );
}

function useAuditColumns(): RecordColumn<AuditEntry>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  const labels = useAuditLabels();
  return [
    {
      id: 'at',
      header: t('audit.at'),
      className: 'nowrap',
      cell: (entry) => formatDateTime(entry.at, locale),
    },
    {
      id: 'actor',
      header: t('audit.actor'),
      cell: (entry) => (
        <>
          {entry.actor_type === 'system' ? t('audit.system') : entry.actor_label}
          {entry.actor_type === 'api_key' && <span className="cell-sub">{t('audit.viaApiKey')}</span>}
        </>
      ),
    },
    {
      id: 'action',
      header: t('audit.action'),
      cell: (entry) => <Badge tone={labels.tone(entry.action)}>{labels.action(entry.action)}</Badge>,
    },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (entry) => (
        <>
          <span className="strong">{recordName(entry) ?? labels.entity(entry.entity_type)}</span>
          <span className="cell-sub">
            {labels.entity(entry.entity_type)}
            {entry.entity_id && <span className="mono"> · {entry.entity_id}</span>}
          </span>
        </>
      ),
    },
  ];
}
