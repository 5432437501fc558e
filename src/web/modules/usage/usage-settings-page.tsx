import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageSettings } from '../../../shared/usage.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { KeyFeaturesEditor } from './key-features-editor.tsx';
import { useSaveUsageSettings, useUsageSettings } from './usage-api.ts';
import './usage.css';

// The server's bounds for raw_event_retention_days.
const MIN_DAYS = 30;
const MAX_DAYS = 3650;
const DEFAULT_DAYS = 395;

export function UsageSettingsPage() {
  const { t } = useTranslation();
  const settings = useUsageSettings();
  return (
    <section>
      <SectionHeader title={t('settings.sections.usage')} description={t('usage.settings.description')} />
      {settings.isPending ? (
        <div className="card">
          <Skeleton rows={4} height={18} />
        </div>
      ) : settings.isError ? (
        <ErrorState
          message={describeError(settings.error)}
          onRetry={() => void settings.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <UsageSettingsForm saved={settings.data} />
      )}
    </section>
  );
}

function UsageSettingsForm({ saved }: { saved: UsageSettings }) {
  const { t } = useTranslation();
  const save = useSaveUsageSettings();
  const [features, setFeatures] = useState(saved.key_features);
  const [keepForever, setKeepForever] = useState(saved.raw_event_retention_days === null);
  const [days, setDays] = useState(String(saved.raw_event_retention_days ?? DEFAULT_DAYS));
  const dayCount = Number(days);
  const daysValid = Number.isInteger(dayCount) && dayCount >= MIN_DAYS && dayCount <= MAX_DAYS;
  const next: UsageSettings = {
    key_features: features,
    raw_event_retention_days: keepForever ? null : dayCount,
  };
  const changed =
    next.key_features.join('\n') !== saved.key_features.join('\n') ||
    next.raw_event_retention_days !== saved.raw_event_retention_days;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!keepForever && !daysValid) return;
    save.mutate(next, { onSuccess: () => showToast(t('usage.settings.saved'), 'success') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="card">
        <h3 className="card-title">{t('usage.settings.keyFeatures')}</h3>
        <p className="card-description">{t('usage.settings.keyFeaturesHint')}</p>
        <KeyFeaturesEditor features={features} onChange={setFeatures} />
      </div>
      <div className="card">
        <h3 className="card-title">{t('usage.settings.retention')}</h3>
        <p className="card-description">{t('usage.settings.retentionHint')}</p>
        <div className="retention-row">
          <div className="segmented">
            {[true, false].map((forever) => (
              <button
                key={String(forever)}
                type="button"
                aria-pressed={keepForever === forever}
                className={`segmented-option${keepForever === forever ? ' segmented-option-active' : ''}`}
                onClick={() => setKeepForever(forever)}
              >
                {t(forever ? 'usage.settings.keepForever' : 'usage.settings.deleteAfter')}
              </button>
            ))}
          </div>
          {!keepForever && (
            <label className="inline-label">
              <input
                type="number"
                className="input input-sm"
                min={MIN_DAYS}
                max={MAX_DAYS}
                value={days}
                aria-label={t('usage.settings.retentionDays')}
                aria-invalid={!daysValid}
                onChange={(e) => setDays(e.target.value)}
              />
              {t('usage.settings.days')}
            </label>
          )}
        </div>
        {!keepForever && !daysValid && <p className="field-error">{t('usage.settings.retentionRange')}</p>}
      </div>
      <div className="form-actions form-actions-start usage-settings-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending || !changed || (!keepForever && !daysValid)}
        >
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
