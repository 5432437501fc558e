import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettings } from '../../../shared/people.ts';
import { ApiError, type FieldIssue } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSaveTeamSettings, useTeamSettings } from './people-api.ts';
import { TeamTabs } from './people-tabs.tsx';
import './people.css';

const MODELS = ['dedicated', 'pooled', 'tech_touch'] as const;
type ExitReason = TeamSettings['exit_reasons'][number];

/** The server's messages keyed by the whole path (exit_reasons.2.key), so each input shows its own. */
function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.details as FieldIssue[]) {
    const key = (issue.path ?? []).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** A new reason's key from its label: what members' exits store, so it is fixed once saved. */
const keyOf = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'r_$1')
    .slice(0, 63);

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

function SettingsForm({ initial }: { initial: TeamSettings }) {
  const { t } = useTranslation();
  const save = useSaveTeamSettings();
  const [capacity, setCapacity] = useState(
    Object.fromEntries(MODELS.map((m) => [m, String(initial.capacity[m].max_accounts)])) as Record<
      (typeof MODELS)[number],
      string
    >,
  );
  const [currency, setCurrency] = useState(initial.currency);
  const [threshold, setThreshold] = useState(toMajorUnits(initial.low_value_arr, initial.currency));
  const [reasons, setReasons] = useState<(ExitReason & { saved: boolean })[]>(
    initial.exit_reasons.map((r) => ({ ...r, saved: true })),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...issuesByPath(save.error), ...local };
  const setReason = (i: number, change: Partial<ExitReason>) =>
    setReasons((rs) =>
      rs.map((r, j) =>
        j === i ? { ...r, ...change, ...(r.saved ? {} : { key: keyOf(change.label ?? r.label) }) } : r,
      ),
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lowValue = toMinorUnits(threshold, /^[A-Z]{3}$/.test(currency) ? currency : 'USD');
    if (lowValue === null) {
      setLocal({ low_value_arr: t('people.settings.notANumber') });
      return;
    }
    setLocal({});
    const body: TeamSettings = {
      exit_reasons: reasons.map(({ saved: _, ...r }) => r),
      capacity: {
        dedicated: { max_accounts: Number(capacity.dedicated) },
        pooled: { max_accounts: Number(capacity.pooled) },
        tech_touch: { max_accounts: Number(capacity.tech_touch) },
      },
      low_value_arr: lowValue,
      currency: currency.trim().toUpperCase(),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        setReasons(saved.exit_reasons.map((r) => ({ ...r, saved: true })));
        showToast(t('people.settings.saved'), 'success');
      },
      onError: (err) => Object.keys(issuesByPath(err)).length === 0 && showToast(describeError(err)),
    });
  };
  return (
    <form className="team-settings" onSubmit={submit} noValidate>
      <section className="card">
        <h2 className="card-title">{t('people.settings.capacityTitle')}</h2>
        <p className="card-description">{t('people.settings.capacityHint')}</p>
        <div className="team-settings-grid">
          {MODELS.map((m) => (
            <Field
              key={m}
              label={t(`people.settings.model.${m}`)}
              error={errors[`capacity.${m}.max_accounts`]}
            >
              {(p) => (
                <input
                  {...p}
                  className="input"
                  type="number"
                  min={1}
                  value={capacity[m]}
                  onChange={(e) => setCapacity((c) => ({ ...c, [m]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
      </section>
      <section className="card">
        <h2 className="card-title">{t('people.settings.lowValueTitle')}</h2>
        <p className="card-description">{t('people.settings.lowValueHint')}</p>
        <div className="team-settings-grid">
          <Field label={t('people.settings.lowValue')} error={errors.low_value_arr}>
            {(p) => (
              <input
                {...p}
                className="input"
                inputMode="decimal"
                value={threshold}
                onChange={(e) => setThreshold(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('people.settings.currency')} error={errors.currency}>
            {(p) => (
              <input
                {...p}
                className="input"
                maxLength={3}
                value={currency}
                onChange={(e) => setCurrency(e.target.value.toUpperCase())}
              />
            )}
          </Field>
        </div>
      </section>
      <ExitReasons reasons={reasons} errors={errors} setReason={setReason} setReasons={setReasons} />
      <div className="team-settings-footer">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function ExitReasons({
  reasons,
  errors,
  setReason,
  setReasons,
}: {
  reasons: (ExitReason & { saved: boolean })[];
  errors: Record<string, string>;
  setReason: (i: number, change: Partial<ExitReason>) => void;
  setReasons: (
    update: (rs: (ExitReason & { saved: boolean })[]) => (ExitReason & { saved: boolean })[],
  ) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header card-header-row">
        <h2 className="card-title">{t('people.settings.exitTitle')}</h2>
        <button
          type="button"
          className="button button-sm"
          onClick={() => setReasons((rs) => [...rs, { key: '', kind: 'voluntary', label: '', saved: false }])}
        >
          {t('people.settings.addReason')}
        </button>
      </div>
      <p className="card-description team-pad">{t('people.settings.exitHint')}</p>
      {errors.exit_reasons && <p className="field-error team-pad">{errors.exit_reasons}</p>}
      <table className="table" aria-label={t('people.settings.exitTitle')}>
        <thead>
          <tr>
            <th>{t('people.settings.reasonLabel')}</th>
            <th>{t('people.settings.reasonKind')}</th>
            <th>{t('people.settings.reasonKey')}</th>
            <th>
              <span className="visually-hidden">{t('people.settings.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((r, i) => {
            const error = errors[`exit_reasons.${i}.label`] ?? errors[`exit_reasons.${i}.key`];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no key until they are labelled
              <tr key={i}>
                <td>
                  <input
                    className="input"
                    aria-label={t('people.settings.reasonLabel')}
                    aria-invalid={Boolean(error)}
                    value={r.label}
                    onChange={(e) => setReason(i, { label: e.target.value })}
                  />
                  {error && <p className="field-error">{error}</p>}
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={t('people.settings.reasonKind')}
                    value={r.kind}
                    onChange={(e) => setReason(i, { kind: e.target.value as ExitReason['kind'] })}
                  >
                    <option value="voluntary">{t('people.exitKind.voluntary')}</option>
                    <option value="involuntary">{t('people.exitKind.involuntary')}</option>
                  </select>
                </td>
                <td className="muted">
                  <code>{r.key || '—'}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-ghost button-sm"
                    onClick={() => setReasons((rs) => rs.filter((_, j) => j !== i))}
                  >
                    {t('people.settings.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
