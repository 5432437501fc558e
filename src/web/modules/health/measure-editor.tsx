import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHOICE_SOURCES,
  MEASURE_SOURCE_TYPES,
  type Measure,
  type MeasureScoring,
  type MeasureSource,
  type MeasureSourceType,
} from '../../../shared/health.ts';
import { Field } from '../../ui/field.tsx';
import { ChevronDownIcon, ChevronUpIcon, PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { defaultScoring, defaultSource, type Issues } from './scorecard-draft.ts';

/** A number input that lets a person type freely ("", "-", "1.") and reports NaN until it reads as a number. */
export function NumberInput({
  value,
  onChange,
  nullable,
  ...rest
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  nullable?: boolean;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useState(value === null || Number.isNaN(value) ? '' : String(value));
  useEffect(() => {
    setText((cur) => {
      const parsed = cur.trim() === '' ? null : Number(cur);
      return parsed === value || (Number.isNaN(parsed) && Number.isNaN(value))
        ? cur
        : value === null
          ? ''
          : String(value);
    });
  }, [value]);
  return (
    <input
      {...rest}
      className={`input input-sm ${rest.className ?? ''}`}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const raw = e.target.value.trim();
        onChange(raw === '' ? (nullable ? null : Number.NaN) : Number(raw));
      }}
    />
  );
}

type Props = {
  measure: Measure;
  index: number;
  count: number;
  readOnly: boolean;
  issues: Issues;
  groups: string[];
  onChange: (m: Measure) => void;
  onRemove: () => void;
  onMove: (by: number) => void;
};

export function MeasureEditor({
  measure,
  index,
  count,
  readOnly,
  issues,
  groups,
  onChange,
  onRemove,
  onMove,
}: Props) {
  const { t } = useTranslation();
  const prefix = `measures.${index}`;
  const at = (p: string) => issues.find((i) => i.path === `${prefix}.${p}`)?.message;
  const shown = ['key', 'label', 'group', 'weight', 'source.type'].map((p) => `${prefix}.${p}`);
  const mine = issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
  // Source parameters and scoring show their own messages; the rest are listed under the measure.
  const rest = mine.filter(
    (i) =>
      !shown.includes(i.path) &&
      !i.path.startsWith(`${prefix}.source.`) &&
      !i.path.startsWith(`${prefix}.scoring`),
  );
  const set = (patch: Partial<Measure>) => onChange({ ...measure, ...patch });
  const setSource = (source: MeasureSource) => {
    // A source that gives a choice needs choice scoring and the other way round; keep the scoring otherwise.
    const fits = CHOICE_SOURCES(source) === (measure.scoring.kind === 'choice');
    set({
      source,
      scoring: fits && source.type === measure.source.type ? measure.scoring : defaultScoring(source),
    });
  };

  return (
    <fieldset
      className={`measure-card${mine.length ? ' measure-card-invalid' : ''}`}
      disabled={readOnly}
      data-testid={`measure-${index}`}
    >
      <div className="measure-head">
        <strong>{measure.label || t('health.editor.untitled')}</strong>
        {!readOnly && (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={t('health.editor.moveUp')}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <ChevronUpIcon size={14} />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('health.editor.moveDown')}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <ChevronDownIcon size={14} />
            </button>
            <button
              type="button"
              className="icon-button icon-button-danger"
              aria-label={t('health.editor.removeMeasure', { name: measure.label || measure.key })}
              disabled={count === 1}
              onClick={onRemove}
            >
              <TrashIcon size={14} />
            </button>
          </>
        )}
      </div>
      <div className="measure-grid">
        <div className="span-2">
          <Field label={t('health.editor.label')} error={at('label')}>
            {(p) => (
              <input
                {...p}
                className="input input-sm"
                value={measure.label}
                onChange={(e) => set({ label: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label={t('health.editor.key')} error={at('key')}>
          {(p) => (
            <input
              {...p}
              className="input input-sm mono"
              value={measure.key}
              onChange={(e) => set({ key: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('health.editor.weight')} error={at('weight')}>
          {(p) => (
            <NumberInput
              {...p}
              value={measure.weight}
              onChange={(v) => set({ weight: v ?? Number.NaN })}
              data-testid={`weight-${index}`}
            />
          )}
        </Field>
        <div className="span-2">
          <Field label={t('health.editor.group')} error={at('group')} hint={t('health.editor.groupHint')}>
            {(p) => (
              <>
                <input
                  {...p}
                  className="input input-sm"
                  list="health-groups"
                  value={measure.group ?? ''}
                  onChange={(e) => set({ group: e.target.value.trim() ? e.target.value : null })}
                />
                <datalist id="health-groups">
                  {groups.map((g) => (
                    <option key={g} value={g} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
        <div className="span-2">
          <Field label={t('health.editor.source')} error={at('source.type')}>
            {(p) => (
              <select
                {...p}
                className="input input-sm"
                value={measure.source.type}
                onChange={(e) => setSource(defaultSource(e.target.value as MeasureSourceType))}
              >
                {MEASURE_SOURCE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`health.sources.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SourceParams
          source={measure.source}
          prefix={`${prefix}.source`}
          issues={issues}
          onChange={setSource}
        />
        <div className="span-4">
          <ScoringEditor
            scoring={measure.scoring}
            choice={CHOICE_SOURCES(measure.source)}
            prefix={`${prefix}.scoring`}
            issues={issues}
            onChange={(scoring) => set({ scoring })}
          />
        </div>
      </div>
      {rest.length > 0 && (
        <ul className="field-error">
          {rest.map((i) => (
            <li key={`${i.path}:${i.message}`}>{i.message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function SourceParams({
  source,
  prefix,
  issues,
  onChange,
}: {
  source: MeasureSource;
  prefix: string;
  issues: Issues;
  onChange: (s: MeasureSource) => void;
}) {
  const { t } = useTranslation();
  const at = (p: string) => issues.find((i) => i.path === `${prefix}.${p}`)?.message;
  const days =
    'days' in source ? (
      <Field label={t('health.editor.days')} error={at('days')}>
        {(p) => (
          <NumberInput
            {...p}
            value={source.days}
            onChange={(v) => onChange({ ...source, days: v ?? Number.NaN } as MeasureSource)}
          />
        )}
      </Field>
    ) : null;
  switch (source.type) {
    case 'usage_events':
      return (
        <>
          <div className="span-2">
            <Field label={t('health.editor.event')} error={at('event')} hint={t('health.editor.eventHint')}>
              {(p) => (
                <input
                  {...p}
                  className="input input-sm mono"
                  value={source.event ?? ''}
                  onChange={(e) =>
                    onChange({ ...source, event: e.target.value.trim() ? e.target.value : null })
                  }
                />
              )}
            </Field>
          </div>
          {days}
        </>
      );
    case 'usage_trend':
      return (
        <>
          <Field label={t('health.editor.metric')} error={at('metric')}>
            {(p) => (
              <select
                {...p}
                className="input input-sm"
                value={source.metric}
                onChange={(e) => onChange({ ...source, metric: e.target.value as 'events' | 'active_users' })}
              >
                <option value="events">{t('health.editor.metrics.events')}</option>
                <option value="active_users">{t('health.editor.metrics.active_users')}</option>
              </select>
            )}
          </Field>
          {days}
        </>
      );
    case 'support_tickets':
      return (
        <div className="span-2">
          <Field label={t('health.editor.ticketStatus')} error={at('status')}>
            {(p) => (
              <select
                {...p}
                className="input input-sm"
                value={source.status}
                onChange={(e) => onChange({ ...source, status: e.target.value as 'open' | 'escalated' })}
              >
                <option value="open">{t('health.editor.ticketOpen')}</option>
                <option value="escalated">{t('health.editor.ticketEscalated')}</option>
              </select>
            )}
          </Field>
        </div>
      );
    case 'custom_field':
      return (
        <>
          <Field label={t('health.editor.field')} error={at('field')}>
            {(p) => (
              <input
                {...p}
                className="input input-sm mono"
                value={source.field}
                onChange={(e) => onChange({ ...source, field: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('health.editor.fieldKind')} error={at('kind')}>
            {(p) => (
              <select
                {...p}
                className="input input-sm"
                value={source.kind}
                onChange={(e) => onChange({ ...source, kind: e.target.value as 'number' | 'choice' })}
              >
                <option value="number">{t('health.editor.kindNumber')}</option>
                <option value="choice">{t('health.editor.kindChoice')}</option>
              </select>
            )}
          </Field>
        </>
      );
    case 'days_to_renewal':
    case 'csm_sentiment':
      return <p className="field-hint span-2">{t(`health.editor.sourceHints.${source.type}`)}</p>;
    default:
      return (
        <>
          {days}
          <p className="field-hint source-hint">{t(`health.editor.sourceHints.${source.type}`)}</p>
        </>
      );
  }
}

function ScoringEditor({
  scoring,
  choice,
  prefix,
  issues,
  onChange,
}: {
  scoring: MeasureScoring;
  choice: boolean;
  prefix: string;
  issues: Issues;
  onChange: (s: MeasureScoring) => void;
}) {
  const { t } = useTranslation();
  const at = (p: string) => issues.find((i) => i.path === (p ? `${prefix}.${p}` : prefix))?.message;
  const kinds = choice ? (['choice'] as const) : (['linear', 'bands'] as const);
  return (
    <div className="scoring-editor">
      <div className="measure-head">
        <span className="field-label">{t('health.editor.scoring')}</span>
        <div className="segmented">
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={scoring.kind === k}
              className={`segmented-option${scoring.kind === k ? ' segmented-option-active' : ''}`}
              onClick={() => {
                if (k === scoring.kind) return;
                if (k === 'linear') onChange({ kind: 'linear', from: 0, to: 100 });
                else if (k === 'bands')
                  onChange({
                    kind: 'bands',
                    bands: [
                      { min: null, max: 10, score: 0 },
                      { min: 10, max: 50, score: 50 },
                      { min: 50, max: null, score: 100 },
                    ],
                  });
              }}
            >
              {t(`health.editor.scoringKinds.${k}`)}
            </button>
          ))}
        </div>
      </div>
      {scoring.kind === 'linear' && (
        <div className="band-row">
          {t('health.editor.linearFrom')}
          <NumberInput
            value={scoring.from}
            aria-label={t('health.editor.linearFrom')}
            onChange={(v) => onChange({ ...scoring, from: v ?? Number.NaN })}
          />
          {t('health.editor.linearTo')}
          <NumberInput
            value={scoring.to}
            aria-label={t('health.editor.linearTo')}
            onChange={(v) => onChange({ ...scoring, to: v ?? Number.NaN })}
          />
          <span className="field-hint">{t('health.editor.linearHint')}</span>
        </div>
      )}
      {scoring.kind === 'bands' && (
        <div className="band-rows">
          {scoring.bands.map((b, i) => {
            const setBand = (patch: Partial<typeof b>) =>
              onChange({
                ...scoring,
                bands: scoring.bands.map((x, j) => (j === i ? { ...x, ...patch } : x)),
              });
            const err = at(`bands.${i}`) ?? at(`bands.${i}.min`) ?? at(`bands.${i}.max`);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: bands are positional
              <div key={i}>
                <div className="band-row">
                  {t('health.editor.bandFrom')}
                  <NumberInput
                    nullable
                    value={b.min}
                    placeholder="−∞"
                    aria-label={t('health.editor.bandFrom')}
                    onChange={(v) => setBand({ min: v })}
                  />
                  {t('health.editor.bandTo')}
                  <NumberInput
                    nullable
                    value={b.max}
                    placeholder="∞"
                    aria-label={t('health.editor.bandTo')}
                    onChange={(v) => setBand({ max: v })}
                  />
                  {t('health.editor.bandScores')}
                  <NumberInput
                    value={b.score}
                    aria-label={t('health.editor.bandScores')}
                    onChange={(v) => setBand({ score: v ?? Number.NaN })}
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('health.editor.removeBand')}
                    disabled={scoring.bands.length === 1}
                    onClick={() => onChange({ ...scoring, bands: scoring.bands.filter((_, j) => j !== i) })}
                  >
                    <TrashIcon size={13} />
                  </button>
                </div>
                {err && <p className="field-error">{err}</p>}
              </div>
            );
          })}
          <button
            type="button"
            className="button button-sm button-ghost"
            onClick={() => {
              const last = scoring.bands.at(-1);
              const start = last?.min ?? 0;
              const bands = scoring.bands.map((x, j) =>
                j === scoring.bands.length - 1 ? { ...x, max: start + 10 } : x,
              );
              onChange({
                ...scoring,
                bands: [...bands, { min: start + 10, max: null, score: last?.score ?? 100 }],
              });
            }}
          >
            <PlusIcon size={13} />
            {t('health.editor.addBand')}
          </button>
          <p className="field-hint">{t('health.editor.bandsHint')}</p>
        </div>
      )}
      {scoring.kind === 'choice' && (
        <div className="band-rows">
          {scoring.choices.map((c, i) => {
            const setChoice = (patch: Partial<typeof c>) =>
              onChange({
                ...scoring,
                choices: scoring.choices.map((x, j) => (j === i ? { ...x, ...patch } : x)),
              });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: choices are positional
              <div key={i} className="band-row">
                {t('health.editor.choiceValue')}
                <input
                  className="input input-sm"
                  value={c.value}
                  aria-label={t('health.editor.choiceValue')}
                  onChange={(e) => setChoice({ value: e.target.value })}
                />
                {t('health.editor.bandScores')}
                <NumberInput
                  value={c.score}
                  aria-label={t('health.editor.bandScores')}
                  onChange={(v) => setChoice({ score: v ?? Number.NaN })}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('health.editor.removeBand')}
                  disabled={scoring.choices.length === 1}
                  onClick={() => onChange({ ...scoring, choices: scoring.choices.filter((_, j) => j !== i) })}
                >
                  <TrashIcon size={13} />
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button button-sm button-ghost"
            onClick={() => onChange({ ...scoring, choices: [...scoring.choices, { value: '', score: 0 }] })}
          >
            <PlusIcon size={13} />
            {t('health.editor.addChoice')}
          </button>
        </div>
      )}
      {(at('') || at('kind') || at('choices') || at('bands')) && (
        <p className="field-error">{at('') ?? at('kind') ?? at('choices') ?? at('bands')}</p>
      )}
    </div>
  );
}
