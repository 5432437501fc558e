import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS } from '../../../shared/accounts.ts';
import {
  type HealthRun,
  MEASURE_SOURCE_TYPES,
  type MeasureSourceType,
  type Scorecard,
} from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { ApiError, type FieldIssue } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { Field } from '../../ui/field.tsx';
import { ChevronRightIcon, PlusIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useFacets } from '../accounts/accounts-api.ts';
import { usePermissions } from '../auth/session.ts';
import { useSaveScorecard } from './health-api.ts';
import { formatWeight, HEALTH_HEX } from './health-format.ts';
import { MeasureEditor, NumberInput } from './measure-editor.tsx';
import { RunProgress } from './run-progress.tsx';
import {
  checkDraft,
  type Draft,
  draftOf,
  type Issues,
  move,
  newMeasure,
  pathKey,
} from './scorecard-draft.ts';
import { ScorecardPreview } from './scorecard-preview.tsx';

/** Edits the whole scorecard document; the preview follows the draft, Save replaces the saved one. */
export function ScorecardEditor({ saved }: { saved: Scorecard | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { isAdmin } = usePermissions();
  const readOnly = !isAdmin;
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved, t('health.sources.active_users')));
  const [serverIssues, setServerIssues] = useState<Issues>([]);
  const [run, setRun] = useState<HealthRun | null>(null);
  const save = useSaveScorecard(saved?.id ?? null);
  const facets = useFacets();

  const [attempted, setAttempted] = useState(false);
  const checked = useMemo(() => checkDraft(draft), [draft]);
  // What the person is typing is checked at once (an empty name only once they try to save); the server's
  // answer to Save is shown until the next edit. The preview does not need a name.
  const issues = serverIssues.length
    ? serverIssues
    : checked.issues.filter((i) => attempted || saved || i.path !== 'name');
  const forPreview = useMemo(
    () => (draft.name.trim() ? checked : checkDraft({ ...draft, name: '…' })),
    [draft, checked],
  );
  // While the draft has problems the preview keeps showing (dimmed) what the last valid draft would do.
  const lastValid = useRef(forPreview.doc);
  if (forPreview.doc) lastValid.current = forPreview.doc;
  const previewDraft = useDebounced(lastValid.current, 450);
  const total = draft.measures.reduce((s, m) => s + (Number.isFinite(m.weight) ? m.weight : 0), 0);
  const totalOk = Math.abs(total - 100) <= 0.01;
  const at = (p: string) => issues.find((i) => i.path === p)?.message;
  const groups = [...new Set(draft.measures.map((m) => m.group).filter((g): g is string => !!g))];

  const update = (next: Draft) => {
    setDraft(next);
    setServerIssues([]);
  };
  const set = (patch: Partial<Draft>) => update({ ...draft, ...patch });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    save.mutate(draft, {
      onSuccess: (result) => {
        showToast(t('health.editor.saved'), 'success');
        setRun(result.run);
        if (!saved)
          void navigate({
            to: '/settings/scorecards/$scorecardId',
            params: { scorecardId: result.scorecard.id },
            replace: true,
          });
      },
      onError: (error) => {
        if (error instanceof ApiError && Array.isArray(error.details))
          setServerIssues(
            (error.details as FieldIssue[]).map((d) => ({ path: pathKey(d.path ?? []), message: d.message })),
          );
        else showToast(describeError(error));
      },
    });
  };

  const spread = () => {
    // Even weights in whole points, the remainder on the first measures, so they add up to exactly 100.
    const n = draft.measures.length;
    const base = Math.floor(100 / n);
    set({ measures: draft.measures.map((m, i) => ({ ...m, weight: base + (i < 100 - base * n ? 1 : 0) })) });
  };

  const addMeasure = (type: MeasureSourceType) => {
    const used = new Set(draft.measures.map((m) => m.key));
    let i = 0;
    let m = newMeasure(type, i, t(`health.sources.${type}`));
    while (used.has(m.key)) m = newMeasure(type, ++i, t(`health.sources.${type}`));
    set({ measures: [...draft.measures, { ...m, weight: 0 }] });
  };

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const segments = [...new Set([...(facets.data?.segments ?? []), ...draft.segments])];
  const tiers = [...new Set([...(facets.data?.tiers ?? []), ...draft.tiers])];

  return (
    <form onSubmit={submit} noValidate className="scorecard-form">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/settings/scorecards">{t('settings.sections.scorecards')}</Link>
        <ChevronRightIcon size={12} />
        <span aria-current="page">{saved?.name ?? t('health.editor.newTitle')}</span>
      </nav>
      {readOnly && <p className="alert alert-warning">{t('health.editor.readOnly')}</p>}
      <div className={`scorecard-layout${readOnly ? ' scorecard-layout-single' : ''}`}>
        <div>
          <fieldset className="card" disabled={readOnly}>
            <h3 className="card-title">{t('health.editor.general')}</h3>
            <div className="form-grid">
              <Field label={t('health.editor.name')} error={at('name')} required>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    value={draft.name}
                    onChange={(e) => set({ name: e.target.value })}
                  />
                )}
              </Field>
              <Field
                label={t('health.editor.priority')}
                error={at('priority')}
                hint={t('health.editor.priorityHint')}
              >
                {(p) => (
                  <NumberInput
                    {...p}
                    value={draft.priority}
                    onChange={(v) => set({ priority: v ?? Number.NaN })}
                  />
                )}
              </Field>
              <div className="span-2">
                <Field label={t('health.editor.description')} error={at('description')}>
                  {(p) => (
                    <textarea
                      {...p}
                      className="input"
                      rows={2}
                      value={draft.description}
                      onChange={(e) => set({ description: e.target.value })}
                    />
                  )}
                </Field>
              </div>
            </div>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={draft.is_default}
                onChange={(e) => set({ is_default: e.target.checked })}
              />
              {t('health.editor.isDefault')}
            </label>
            {at('is_default') ? (
              <p className="field-error" data-testid="is-default-error">
                {at('is_default')}
              </p>
            ) : (
              <p className="field-hint">{t('health.editor.isDefaultHint')}</p>
            )}
          </fieldset>

          <fieldset className="card" disabled={readOnly || draft.is_default}>
            <h3 className="card-title">{t('health.editor.assignment')}</h3>
            <p className="card-description">
              {draft.is_default ? t('health.editor.assignmentDefault') : t('health.editor.assignmentHint')}
            </p>
            {(
              [
                ['segments', segments, (v: string) => v],
                ['tiers', tiers, (v: string) => v],
                [
                  'coverage_models',
                  [...COVERAGE_MODELS],
                  (v: string) => t(`enums.coverageModels.${v as 'pooled'}`),
                ],
              ] as const
            ).map(([key, options, label]) => (
              <div key={key} className="field">
                <span className="field-label">{t(`health.editor.${key}`)}</span>
                {options.length === 0 ? (
                  <span className="muted">{t('health.editor.noOptions')}</span>
                ) : (
                  <div className="chip-row">
                    {options.map((o) => {
                      const list = draft[key] as string[];
                      return (
                        <button
                          key={o}
                          type="button"
                          className="chip"
                          aria-pressed={list.includes(o)}
                          onClick={() => set({ [key]: toggle(list, o) } as Partial<Draft>)}
                        >
                          {label(o)}
                        </button>
                      );
                    })}
                  </div>
                )}
                {at(key) && <p className="field-error">{at(key)}</p>}
              </div>
            ))}
          </fieldset>

          <section className="card">
            <header className="card-header card-header-flat">
              <h3 className="card-title">{t('health.editor.measures')}</h3>
              <span
                className={`weight-total ${totalOk ? 'weight-total-ok' : 'weight-total-bad'}`}
                data-testid="weight-total"
              >
                {t('health.editor.weightTotal', { total: formatWeight(total, locale) })}
                {!totalOk && !readOnly && (
                  <button type="button" className="button button-sm button-ghost" onClick={spread}>
                    {t('health.editor.spread')}
                  </button>
                )}
              </span>
            </header>
            {at('measures') && <p className="field-error">{at('measures')}</p>}
            {draft.measures.map((m, i) => (
              <MeasureEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: measures are positional while their keys are being typed
                key={i}
                measure={m}
                index={i}
                count={draft.measures.length}
                readOnly={readOnly}
                issues={issues}
                groups={groups}
                onChange={(next) => set({ measures: draft.measures.map((x, j) => (j === i ? next : x)) })}
                onRemove={() => set({ measures: draft.measures.filter((_, j) => j !== i) })}
                onMove={(by) => set({ measures: move(draft.measures, i, by) })}
              />
            ))}
            {!readOnly && draft.measures.length < 20 && (
              <div className="band-row">
                <PlusIcon size={14} />
                <select
                  className="input input-sm add-measure"
                  aria-label={t('health.editor.addMeasure')}
                  value=""
                  onChange={(e) => e.target.value && addMeasure(e.target.value as MeasureSourceType)}
                >
                  <option value="">{t('health.editor.addMeasure')}</option>
                  {MEASURE_SOURCE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`health.sources.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </section>

          <fieldset className="card" disabled={readOnly}>
            <h3 className="card-title">{t('health.editor.colorBands')}</h3>
            <p className="card-description">{t('health.editor.colorBandsHint')}</p>
            <div className="band-rows">
              {draft.color_bands.map((b, i) => (
                <div key={b.color} className="band-row">
                  <span className={`health-badge health-${b.color}`} style={{ width: 90 }}>
                    <span className="health-dot" />
                    {t(`health.colors.${b.color}`)}
                  </span>
                  <NumberInput
                    value={b.min}
                    aria-label={t('health.editor.bandMinOf', { color: t(`health.colors.${b.color}`) })}
                    onChange={(v) =>
                      set({
                        color_bands: draft.color_bands.map((x, j) =>
                          j === i ? { ...x, min: v ?? Number.NaN } : x,
                        ),
                      })
                    }
                  />
                  –
                  <NumberInput
                    value={b.max}
                    aria-label={t('health.editor.bandMaxOf', { color: t(`health.colors.${b.color}`) })}
                    onChange={(v) =>
                      set({
                        color_bands: draft.color_bands.map((x, j) =>
                          j === i ? { ...x, max: v ?? Number.NaN } : x,
                        ),
                      })
                    }
                  />
                  {(at(`color_bands.${i}.min`) || at(`color_bands.${i}.max`) || at(`color_bands.${i}`)) && (
                    <span className="field-error">
                      {at(`color_bands.${i}.min`) ?? at(`color_bands.${i}.max`) ?? at(`color_bands.${i}`)}
                    </span>
                  )}
                </div>
              ))}
              <div className="color-strip" aria-hidden="true">
                {draft.color_bands
                  .filter((b) => Number.isFinite(b.min) && Number.isFinite(b.max) && b.max >= b.min)
                  .map((b) => (
                    <span
                      key={b.color}
                      style={{
                        left: `${b.min}%`,
                        width: `${b.max - b.min + 1}%`,
                        background: HEALTH_HEX[b.color],
                      }}
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

          <fieldset className="card" disabled={readOnly}>
            <h3 className="card-title">{t('health.editor.alerts')}</h3>
            <div className="form-grid">
              <Field label={t('health.editor.dropPoints')} error={at('alerts.drop_points')}>
                {(p) => (
                  <NumberInput
                    {...p}
                    value={draft.alerts.drop_points}
                    onChange={(v) => set({ alerts: { ...draft.alerts, drop_points: v ?? Number.NaN } })}
                  />
                )}
              </Field>
              <Field label={t('health.editor.dropDays')} error={at('alerts.drop_days')}>
                {(p) => (
                  <NumberInput
                    {...p}
                    value={draft.alerts.drop_days}
                    onChange={(v) => set({ alerts: { ...draft.alerts, drop_days: v ?? Number.NaN } })}
                  />
                )}
              </Field>
              <Field
                label={t('health.editor.trendWeeks')}
                error={at('alerts.trend_weeks')}
                hint={t('health.editor.trendWeeksHint')}
              >
                {(p) => (
                  <NumberInput
                    {...p}
                    value={draft.alerts.trend_weeks}
                    onChange={(v) => set({ alerts: { ...draft.alerts, trend_weeks: v ?? Number.NaN } })}
                  />
                )}
              </Field>
            </div>
            <p className="field-hint">
              {t('health.editor.alertsHint', {
                points: Number.isFinite(draft.alerts.drop_points) ? draft.alerts.drop_points : '…',
                days: Number.isFinite(draft.alerts.drop_days) ? draft.alerts.drop_days : '…',
              })}
            </p>
          </fieldset>

          {!readOnly && (
            <div className="form-actions form-actions-start scorecard-actions">
              <button
                type="submit"
                className="button button-primary"
                disabled={save.isPending}
                data-testid="save-scorecard"
              >
                {save.isPending ? t('health.editor.saving') : t('common.save')}
              </button>
              {issues.length > 0 && (
                <span className="field-error" role="alert">
                  {t('health.editor.problems', { count: issues.length })}
                </span>
              )}
            </div>
          )}
          {run && <RunProgress initial={run} />}
        </div>
        {!readOnly && (
          <aside className="scorecard-preview">
            <ScorecardPreview id={saved?.id ?? null} draft={previewDraft} stale={forPreview.doc === null} />
          </aside>
        )}
      </div>
    </form>
  );
}
