import { useTranslation } from 'react-i18next';
import type { TeamSettings } from '../../../shared/people.ts';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useTeamSettings } from './people-api.ts';
import { TeamTabs } from './people-tabs.tsx';
import { ExitReasons } from './team-exit-reasons.tsx';
import { MODELS, useTeamSettingsForm } from './use-team-settings-form.ts';
import './people.css';

export function TeamSettingsPage() {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('people.settings.title')}</h1>
          <p className="page-subtitle">{t('people.settings.subtitle')}</p>
        </div>
      </header>
      <TeamTabs />
      <QueryState query={settings}>{(s) => <SettingsForm initial={s} />}</QueryState>
    </div>
  );
}

type Form = ReturnType<typeof useTeamSettingsForm>;

function SettingsForm({ initial }: { initial: TeamSettings }) {
  const { t } = useTranslation();
  const form = useTeamSettingsForm(initial);
  return (
    <form className="team-settings" onSubmit={form.submit} noValidate>
      <CapacitySection form={form} />
      <LowValueSection form={form} />
      <ExitReasons
        reasons={form.reasons}
        errors={form.errors}
        setReason={form.setReason}
        setReasons={form.setReasons}
      />
      <div className="team-settings-footer">
        <button type="submit" className="button button-primary" disabled={form.saving}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function CapacitySection({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2 className="card-title">{t('people.settings.capacityTitle')}</h2>
      <p className="card-description">{t('people.settings.capacityHint')}</p>
      <div className="team-settings-grid">
        {MODELS.map((m) => (
          <Field
            key={m}
            label={t(`people.settings.model.${m}`)}
            error={form.errors[`capacity.${m}.max_accounts`]}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                type="number"
                min={1}
                value={form.capacity[m]}
                onChange={(e) => form.setCapacity((c) => ({ ...c, [m]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
    </section>
  );
}

function LowValueSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2 className="card-title">{t('people.settings.lowValueTitle')}</h2>
      <p className="card-description">{t('people.settings.lowValueHint')}</p>
      <div className="team-settings-grid">
        <Field label={t('people.settings.lowValue')} error={form.errors.low_value_arr}>
          {(p) => (
            <input
              {...p}
              className="input"
              inputMode="decimal"
              value={form.threshold}
              onChange={(e) => form.setThreshold(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('people.settings.currency')} error={form.errors.currency}>
          {(p) => (
            <input
              {...p}
              className="input"
              maxLength={3}
              value={form.currency}
              onChange={(e) => form.setCurrency(e.target.value.toUpperCase())}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
