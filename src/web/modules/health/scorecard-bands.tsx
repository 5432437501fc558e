import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field.tsx';
import { HEALTH_HEX } from './health-format.ts';
import { NumberInput } from './number-input.tsx';
import { type Draft, type DraftPartProps, issueAt, replaceAt } from './scorecard-draft.ts';

type Band = Draft['color_bands'][number];

/** Which scores read red, yellow and green, with a strip that shows the bands as they are typed. */
export function ColorBandsCard({ draft, set, issues, readOnly }: DraftPartProps) {
  const { t } = useTranslation();
  const bands = draft.color_bands;
  return (
    <fieldset className="card" disabled={readOnly}>
      <h3 className="card-title">{t('health.editor.colorBands')}</h3>
      <p className="card-description">{t('health.editor.colorBandsHint')}</p>
      <div className="band-rows">
        {bands.map((b, i) => (
          <ColorBandRow
            key={b.color}
            band={b}
            error={
              issueAt(issues, `color_bands.${i}.min`) ??
              issueAt(issues, `color_bands.${i}.max`) ??
              issueAt(issues, `color_bands.${i}`)
            }
            onChange={(next) => set({ color_bands: replaceAt(bands, i, next) })}
          />
        ))}
        <div className="color-strip" aria-hidden="true">
          {bands
            .filter((b) => Number.isFinite(b.min) && Number.isFinite(b.max) && b.max >= b.min)
            .map((b) => (
              <span
                key={b.color}
                style={{ left: `${b.min}%`, width: `${b.max - b.min + 1}%`, background: HEALTH_HEX[b.color] }}
              />
            ))}
        </div>
      </div>
      {issues
        .filter((i) => i.path === 'color_bands')
        .map((i) => (
          <p key={i.message} className="field-error" data-testid="color-bands-error">
            {i.message}
          </p>
        ))}
    </fieldset>
  );
}

function ColorBandRow({
  band,
  error,
  onChange,
}: {
  band: Band;
  error: string | undefined;
  onChange: (b: Band) => void;
}) {
  const { t } = useTranslation();
  const color = t(`health.colors.${band.color}`);
  return (
    <div className="band-row">
      <span className={`health-badge health-${band.color}`} style={{ width: 90 }}>
        <span className="health-dot" />
        {color}
      </span>
      <NumberInput
        value={band.min}
        aria-label={t('health.editor.bandMinOf', { color })}
        onChange={(v) => onChange({ ...band, min: v ?? Number.NaN })}
      />
      –
      <NumberInput
        value={band.max}
        aria-label={t('health.editor.bandMaxOf', { color })}
        onChange={(v) => onChange({ ...band, max: v ?? Number.NaN })}
      />
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}

/** When a drop in score raises an alert, and how many weeks a trend looks back. */
export function AlertsCard({ draft, set, issues, readOnly }: DraftPartProps) {
  const { t } = useTranslation();
  const alerts = draft.alerts;
  const number = (key: keyof Draft['alerts'], label: string, hint?: string) => (
    <Field label={label} error={issueAt(issues, `alerts.${key}`)} hint={hint}>
      {(p) => (
        <NumberInput
          {...p}
          value={alerts[key]}
          onChange={(v) => set({ alerts: { ...alerts, [key]: v ?? Number.NaN } })}
        />
      )}
    </Field>
  );
  const shown = (n: number) => (Number.isFinite(n) ? n : '…');
  return (
    <fieldset className="card" disabled={readOnly}>
      <h3 className="card-title">{t('health.editor.alerts')}</h3>
      <div className="form-grid">
        {number('drop_points', t('health.editor.dropPoints'))}
        {number('drop_days', t('health.editor.dropDays'))}
        {number('trend_weeks', t('health.editor.trendWeeks'), t('health.editor.trendWeeksHint'))}
      </div>
      <p className="field-hint">
        {t('health.editor.alertsHint', { points: shown(alerts.drop_points), days: shown(alerts.drop_days) })}
      </p>
    </fieldset>
  );
}
