import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../../../shared/auth.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { KeyIcon, PlusIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { showToast } from '../../ui/toast.tsx';
import { CreateApiKeyDialog } from './create-api-key-dialog.tsx';
import { useApiKeys, useRevokeApiKey } from './settings-api.ts';
import { SectionHeader } from './settings-layout.tsx';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const createButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <PlusIcon />
      {t('apiKeys.create')}
    </button>
  );
  const empty = {
    icon: <KeyIcon size={22} />,
    title: t('apiKeys.empty.title'),
    body: t('apiKeys.empty.body'),
    action: createButton,
  };

  return (
    <section>
      <SectionHeader
        title={t('settings.sections.apiKeys')}
        description={t('apiKeys.description')}
        action={keys.data && keys.data.length > 0 ? createButton : undefined}
      />
      <QueryState query={keys} empty={empty} skeletonRows={4}>
        {(list) => (
          <div className="card card-flush">
            <ApiKeysTable keys={list} onRevoke={setRevoking} />
          </div>
        )}
      </QueryState>
      {creating && <CreateApiKeyDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </section>
  );
}

function ApiKeysTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      records={keys}
      columns={useApiKeyColumns()}
      recordId={(key) => key.id}
      label={t('settings.sections.apiKeys')}
      rowClassName={(key) => (key.revoked_at ? 'row-muted' : undefined)}
      actions={(key) =>
        key.revoked_at ? (
          <Badge tone="gray">{t('apiKeys.revoked')}</Badge>
        ) : (
          <button
            type="button"
            className="button button-danger-ghost button-sm"
            onClick={() => onRevoke(key)}
          >
            {t('apiKeys.revoke')}
          </button>
        )
      }
    />
  );
}

function useApiKeyColumns(): RecordColumn<ApiKey>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return [
    { id: 'name', header: t('apiKeys.fields.name'), className: 'strong', cell: (key) => key.name },
    {
      id: 'key',
      header: t('apiKeys.fields.key'),
      cell: (key) => <code className="key-prefix">{key.prefix}…</code>,
    },
    {
      id: 'scopes',
      header: t('apiKeys.fields.scopes'),
      cell: (key) => (
        <span className="badge-list">
          {key.scopes.map((scope) => (
            <Badge key={scope} tone={scope === 'admin' ? 'red' : 'gray'}>
              {t(`enums.scopes.${scope}`)}
            </Badge>
          ))}
        </span>
      ),
    },
    { id: 'created', header: t('apiKeys.fields.created'), cell: (key) => formatDate(key.created_at, locale) },
    {
      id: 'lastUsed',
      header: t('apiKeys.fields.lastUsed'),
      className: 'muted',
      cell: (key) => (key.last_used_at ? formatRelative(key.last_used_at, locale) : t('apiKeys.neverUsed')),
    },
  ];
}

function RevokeDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      title={t('apiKeys.revokeTitle', { name: apiKey.name })}
      body={t('apiKeys.revokeBody')}
      confirmLabel={t('apiKeys.revoke')}
      pending={revoke.isPending}
      onClose={onClose}
      onConfirm={() =>
        revoke.mutate(apiKey.id, {
          onSuccess: () => {
            onClose();
            showToast(t('apiKeys.revokedToast'), 'success');
          },
        })
      }
    />
  );
}
