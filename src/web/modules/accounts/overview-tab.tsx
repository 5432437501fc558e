import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type Account,
  COVERAGE_MODELS,
  LIFECYCLE_STAGES,
  type UpdateAccountInput,
} from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate, formatDateTime, formatMoney, toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { useUsers } from '../users/users-api.ts';
import { AccountPicker } from './account-picker.tsx';
import { useUpdateAccount } from './accounts-api.ts';
import { CoverageBadge, LifecycleBadge } from './badges.tsx';
import { CustomFields } from './custom-fields.tsx';
import { InlineField } from './inline-field.tsx';

type SaveAccount = (patch: UpdateAccountInput, display?: Partial<Account>) => Promise<unknown>;
type SectionProps = { account: Account; save: SaveAccount; readOnly: boolean };
type TextKey = 'name' | 'domain' | 'external_id' | 'segment' | 'tier';

/** Saves a text field as typed: trimmed, and an empty optional field is cleared to null (a name stays a string). */
const saveText = (save: SaveAccount, key: TextKey) => (draft: string) =>
  save({ [key]: key === 'name' ? draft.trim() : draft.trim() || null });

function NotSet() {
  const { t } = useTranslation();
  return <span className="muted">{t('common.notSet')}</span>;
}

export function OverviewTab({ account }: { account: Account }) {
  const { canWrite } = usePermissions();
  const update = useUpdateAccount(account.id);
  const save: SaveAccount = (patch, display) => update.mutateAsync({ patch, display });
  const section = { account, save, readOnly: !canWrite };
  return (
    <div className="overview">
      <DetailsSection {...section} />
      <CommercialSection {...section} />
      <CustomFields account={account} onSave={(custom) => save({ custom })} readOnly={!canWrite} />
    </div>
  );
}

function DetailsSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2 className="card-title">{t('account.sections.details')}</h2>
      <div className="field-list">
        <NamingFields {...props} />
        <ClassificationFields {...props} />
        <OwnerField {...props} />
        <ParentField {...props} />
      </div>
    </section>
  );
}

function NamingFields({ account, save, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <InlineField
        label={t('account.fields.name')}
        field="name"
        initial={account.name}
        display={account.name}
        onSave={saveText(save, 'name')}
        readOnly={readOnly}
      />
      <InlineField
        label={t('account.fields.domain')}
        field="domain"
        initial={account.domain ?? ''}
        display={account.domain ?? <NotSet />}
        placeholder="acme.com"
        onSave={saveText(save, 'domain')}
        readOnly={readOnly}
      />
      <InlineField
        label={t('account.fields.segment')}
        field="segment"
        initial={account.segment ?? ''}
        display={account.segment ?? <NotSet />}
        onSave={saveText(save, 'segment')}
        readOnly={readOnly}
      />
      <InlineField
        label={t('account.fields.tier')}
        field="tier"
        initial={account.tier ?? ''}
        display={account.tier ?? <NotSet />}
        onSave={saveText(save, 'tier')}
        readOnly={readOnly}
      />
    </>
  );
}

function ClassificationFields({ account, save, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <InlineField
        label={t('account.fields.coverageModel')}
        field="coverage_model"
        initial={account.coverage_model}
        display={<CoverageBadge model={account.coverage_model} />}
        editor={{
          options: COVERAGE_MODELS.map((m) => ({ value: m, label: t(`enums.coverageModels.${m}`) })),
        }}
        onSave={(v) => save({ coverage_model: v as Account['coverage_model'] })}
        readOnly={readOnly}
      />
      <InlineField
        label={t('account.fields.lifecycleStage')}
        field="lifecycle_stage"
        initial={account.lifecycle_stage}
        display={<LifecycleBadge stage={account.lifecycle_stage} />}
        editor={{
          options: LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`enums.lifecycleStages.${s}`) })),
        }}
        onSave={(v) => save({ lifecycle_stage: v as Account['lifecycle_stage'] })}
        readOnly={readOnly}
      />
    </>
  );
}

function OwnerField({ account, save, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <InlineField
      label={t('account.fields.owner')}
      field="owner_id"
      initial={account.owner_id ?? ''}
      display={account.owner_name ?? <span className="muted">{t('accounts.unassigned')}</span>}
      editor={{
        options: [
          { value: '', label: t('accounts.unassigned') },
          ...(users.data ?? [])
            .filter((u) => u.active || u.id === account.owner_id)
            .map((u) => ({ value: u.id, label: u.name })),
        ],
      }}
      onSave={(v) =>
        save({ owner_id: v || null }, { owner_name: users.data?.find((u) => u.id === v)?.name ?? null })
      }
      readOnly={readOnly}
    />
  );
}

function ParentField({ account, save, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <InlineField
      label={t('account.fields.parent')}
      field="parent_id"
      initial={account.parent_id ?? ''}
      display={
        account.parent_id ? (
          <Link
            to="/accounts/$accountId"
            params={{ accountId: account.parent_id }}
            onClick={(e) => e.stopPropagation()}
          >
            {account.parent_name ?? account.parent_id}
          </Link>
        ) : (
          <NotSet />
        )
      }
      renderEditor={({ cancel }) => (
        <AccountPicker
          excludeId={account.id}
          hasValue={account.parent_id !== null}
          onCancel={cancel}
          onPick={(parent) => {
            cancel();
            save({ parent_id: parent?.id ?? null }, { parent_name: parent?.name ?? null }).catch((err) =>
              showToast(describeError(err)),
            );
          }}
        />
      )}
      onSave={async () => {}}
      readOnly={readOnly}
    />
  );
}

function CommercialSection({ account, save, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card">
      <h2 className="card-title">{t('account.sections.commercial')}</h2>
      <div className="field-list">
        <InlineField
          label={t('account.fields.arr')}
          field="arr"
          editor="number"
          initial={toMajorUnits(account.arr, account.currency)}
          display={<span className="numeric">{formatMoney(account.arr, account.currency, locale)}</span>}
          onSave={(v) => save({ arr: toMinorUnits(v, account.currency) ?? Number.NaN })}
          readOnly={readOnly}
        />
        <InlineField
          label={t('account.fields.currency')}
          field="currency"
          initial={account.currency}
          display={account.currency}
          onSave={(v) => save({ currency: v.trim().toUpperCase() })}
          readOnly={readOnly}
        />
        <InlineField
          label={t('account.fields.renewalDate')}
          field="renewal_date"
          editor="date"
          initial={account.renewal_date ?? ''}
          display={account.renewal_date ? formatDate(account.renewal_date, locale) : <NotSet />}
          onSave={(v) => save({ renewal_date: v || null })}
          readOnly={readOnly}
        />
        <InlineField
          label={t('account.fields.externalId')}
          field="external_id"
          initial={account.external_id ?? ''}
          display={account.external_id ? <code>{account.external_id}</code> : <NotSet />}
          onSave={saveText(save, 'external_id')}
          readOnly={readOnly}
        />
      </div>
      <RecordTimes account={account} />
    </section>
  );
}

function RecordTimes({ account }: { account: Account }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="record-meta">
      <div>
        <dt>{t('account.fields.createdAt')}</dt>
        <dd>{formatDateTime(account.created_at, locale)}</dd>
      </div>
      <div>
        <dt>{t('account.fields.updatedAt')}</dt>
        <dd>{formatDateTime(account.updated_at, locale)}</dd>
      </div>
    </dl>
  );
}
