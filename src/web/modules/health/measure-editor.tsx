import { useTranslation } from 'react-i18next';
import {
  CHOICE_SOURCES,
  MEASURE_SOURCE_TYPES,
  type Measure,
  type MeasureSourceType,
} from '../../../shared/health.ts';
import { Field } from '../../ui/field.tsx';
import { ChevronDownIcon, ChevronUpIcon, TrashIcon } from '../../ui/icons.tsx';
import { ScoringEditor } from './measure-scoring.tsx';
import { SourceParams } from './measure-source.tsx';
import { NumberInput } from './number-input.tsx';
import { defaultSource, type Issues, issueAt, withSource } from './scorecard-draft.ts';

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

/** One measure of the scorecard: what it is called and weighs, what it reads, how it scores. */
export function MeasureEditor(props: Props) {
  const { measure, index, readOnly, issues, onChange } = props;
  const prefix = `measures.${index}`;
  const mine = issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
  // Fields, source parameters and scoring show their own messages; the rest are listed under the measure.
  const shown = ['key', 'label', 'group', 'weight', 'source.type'].map((p) => `${prefix}.${p}`);
  const rest = mine.filter(
    (i) =>
      !shown.includes(i.path) &&
      !i.path.startsWith(`${prefix}.source.`) &&
      !i.path.startsWith(`${prefix}.scoring`),
  );
  return (
    <fieldset
      className={`measure-card${mine.length ? ' measure-card-invalid' : ''}`}
      disabled={readOnly}
      data-testid={`measure-${index}`}
    >
      <MeasureHead {...props} />
      <div className="measure-grid">
        <MeasureFields {...props} prefix={prefix} />
        <SourceParams
          source={measure.source}
          prefix={`${prefix}.source`}
          issues={issues}
          onChange={(source) => onChange(withSource(measure, source))}
        />
        <div className="span-4">
          <ScoringEditor
            scoring={measure.scoring}
            choice={CHOICE_SOURCES(measure.source)}
            prefix={`${prefix}.scoring`}
            issues={issues}
            onChange={(scoring) => onChange({ ...measure, scoring })}
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

function MeasureHead({ measure, index, count, readOnly, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Label, key, weight and group of the measure, and the source it reads. */
function MeasureFields({ measure, index, issues, groups, onChange, prefix }: Props & { prefix: string }) {
  const { t } = useTranslation();
  const at = (p: string) => issueAt(issues, `${prefix}.${p}`);
  const set = (patch: Partial<Measure>) => onChange({ ...measure, ...patch });
  return (
    <>
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
      <SourceTypeField measure={measure} error={at('source.type')} onChange={onChange} />
    </>
  );
}

function SourceTypeField({
  measure,
  error,
  onChange,
}: {
  measure: Measure;
  error: string | undefined;
  onChange: (m: Measure) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="span-2">
      <Field label={t('health.editor.source')} error={error}>
        {(p) => (
          <select
            {...p}
            className="input input-sm"
            value={measure.source.type}
            onChange={(e) =>
              onChange(withSource(measure, defaultSource(e.target.value as MeasureSourceType)))
            }
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
  );
}
