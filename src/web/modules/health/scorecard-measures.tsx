import { useTranslation } from 'react-i18next';
import { MEASURE_SOURCE_TYPES, type MeasureSourceType } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { PlusIcon } from '../../ui/icons.tsx';
import { formatWeight } from './health-format.ts';
import { MeasureEditor } from './measure-editor.tsx';
import {
  type DraftPartProps,
  issueAt,
  measureGroups,
  move,
  replaceAt,
  spreadWeights,
  weightsAddUp,
  weightTotal,
  withNewMeasure,
} from './scorecard-draft.ts';

/** At most this many measures: a score explained by more is no longer readable. */
const MAX_MEASURES = 20;

/** The measures, their weight total (with a one-click even spread) and a picker to add one by source. */
export function MeasuresCard({ draft, set, issues, readOnly }: DraftPartProps) {
  const { t } = useTranslation();
  const measures = draft.measures;
  const groups = measureGroups(measures);
  return (
    <section className="card">
      <header className="card-header card-header-flat">
        <h3 className="card-title">{t('health.editor.measures')}</h3>
        <WeightTotal
          total={weightTotal(measures)}
          onSpread={readOnly ? null : () => set({ measures: spreadWeights(measures) })}
        />
      </header>
      {issueAt(issues, 'measures') && <p className="field-error">{issueAt(issues, 'measures')}</p>}
      {measures.map((m, i) => (
        <MeasureEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: measures are positional while their keys are being typed
          key={i}
          measure={m}
          index={i}
          count={measures.length}
          readOnly={readOnly}
          issues={issues}
          groups={groups}
          onChange={(next) => set({ measures: replaceAt(measures, i, next) })}
          onRemove={() => set({ measures: replaceAt(measures, i, null) })}
          onMove={(by) => set({ measures: move(measures, i, by) })}
        />
      ))}
      {!readOnly && measures.length < MAX_MEASURES && (
        <AddMeasure
          onAdd={(type) => set({ measures: withNewMeasure(measures, type, t(`health.sources.${type}`)) })}
        />
      )}
    </section>
  );
}

function WeightTotal({ total, onSpread }: { total: number; onSpread: (() => void) | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ok = weightsAddUp(total);
  return (
    <span
      className={`weight-total ${ok ? 'weight-total-ok' : 'weight-total-bad'}`}
      data-testid="weight-total"
    >
      {t('health.editor.weightTotal', { total: formatWeight(total, locale) })}
      {!ok && onSpread && (
        <button type="button" className="button button-sm button-ghost" onClick={onSpread}>
          {t('health.editor.spread')}
        </button>
      )}
    </span>
  );
}

function AddMeasure({ onAdd }: { onAdd: (type: MeasureSourceType) => void }) {
  const { t } = useTranslation();
  return (
    <div className="band-row">
      <PlusIcon size={14} />
      <select
        className="input input-sm add-measure"
        aria-label={t('health.editor.addMeasure')}
        value=""
        onChange={(e) => e.target.value && onAdd(e.target.value as MeasureSourceType)}
      >
        <option value="">{t('health.editor.addMeasure')}</option>
        {MEASURE_SOURCE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`health.sources.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
