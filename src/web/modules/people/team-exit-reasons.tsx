import { useTranslation } from 'react-i18next';
import type { ExitReason, ReasonRow } from './use-team-settings-form.ts';

type ExitReasonsProps = {
  reasons: ReasonRow[];
  errors: Record<string, string>;
  setReason: (i: number, change: Partial<ExitReason>) => void;
  setReasons: (update: (rs: ReasonRow[]) => ReasonRow[]) => void;
};

/** The editable list of exit reasons; a new row's key follows its label until it is saved. */
export function ExitReasons({ reasons, errors, setReason, setReasons }: ExitReasonsProps) {
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
          {reasons.map((r, i) => (
            <ExitReasonRow
              // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no key until they are labelled
              key={i}
              reason={r}
              error={errors[`exit_reasons.${i}.label`] ?? errors[`exit_reasons.${i}.key`]}
              onChange={(change) => setReason(i, change)}
              onRemove={() => setReasons((rs) => rs.filter((_, j) => j !== i))}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ExitReasonRow({
  reason: r,
  error,
  onChange,
  onRemove,
}: {
  reason: ReasonRow;
  error: string | undefined;
  onChange: (change: Partial<ExitReason>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>
        <input
          className="input"
          aria-label={t('people.settings.reasonLabel')}
          aria-invalid={Boolean(error)}
          value={r.label}
          onChange={(e) => onChange({ label: e.target.value })}
        />
        {error && <p className="field-error">{error}</p>}
      </td>
      <td>
        <select
          className="input"
          aria-label={t('people.settings.reasonKind')}
          value={r.kind}
          onChange={(e) => onChange({ kind: e.target.value as ExitReason['kind'] })}
        >
          <option value="voluntary">{t('people.exitKind.voluntary')}</option>
          <option value="involuntary">{t('people.exitKind.involuntary')}</option>
        </select>
      </td>
      <td className="muted">
        <code>{r.key || '—'}</code>
      </td>
      <td>
        <button type="button" className="button button-ghost button-sm" onClick={onRemove}>
          {t('people.settings.remove')}
        </button>
      </td>
    </tr>
  );
}
