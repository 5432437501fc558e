import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS } from '../../../shared/accounts.ts';
import { Field } from '../../ui/field.tsx';
import { useFacets } from '../accounts/accounts-api.ts';
import { NumberInput } from './number-input.tsx';
import { type Draft, type DraftPartProps, issueAt, toggled } from './scorecard-draft.ts';

/** Name, priority, description and whether this is the default scorecard. */
export function GeneralCard({ draft, set, issues, readOnly }: DraftPartProps) {
  const { t } = useTranslation();
  const at = (p: string) => issueAt(issues, p);
  return (
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
            <NumberInput {...p} value={draft.priority} onChange={(v) => set({ priority: v ?? Number.NaN })} />
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
  );
}

type ListKey = 'segments' | 'tiers' | 'coverage_models';

/** Which accounts the scorecard covers: segments, tiers, coverage models (the default covers the rest). */
export function AssignmentCard({ draft, set, issues, readOnly }: DraftPartProps) {
  const { t } = useTranslation();
  const facets = useFacets();
  // What accounts have, plus what the scorecard already names (a segment may have no accounts yet).
  const lists: [ListKey, string[], (v: string) => string][] = [
    ['segments', [...new Set([...(facets.data?.segments ?? []), ...draft.segments])], (v) => v],
    ['tiers', [...new Set([...(facets.data?.tiers ?? []), ...draft.tiers])], (v) => v],
    ['coverage_models', [...COVERAGE_MODELS], (v) => t(`enums.coverageModels.${v as 'pooled'}`)],
  ];
  return (
    <fieldset className="card" disabled={readOnly || draft.is_default}>
      <h3 className="card-title">{t('health.editor.assignment')}</h3>
      <p className="card-description">
        {draft.is_default ? t('health.editor.assignmentDefault') : t('health.editor.assignmentHint')}
      </p>
      {lists.map(([key, options, label]) => (
        <ChipList
          key={key}
          name={t(`health.editor.${key}`)}
          options={options}
          label={label}
          chosen={draft[key]}
          onChange={(list) => set({ [key]: list } as Partial<Draft>)}
          error={issueAt(issues, key)}
        />
      ))}
    </fieldset>
  );
}

function ChipList(props: {
  name: string;
  options: string[];
  label: (v: string) => string;
  chosen: string[];
  onChange: (list: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { name, options, label, chosen, onChange, error } = props;
  return (
    <div className="field">
      <span className="field-label">{name}</span>
      {options.length === 0 ? (
        <span className="muted">{t('health.editor.noOptions')}</span>
      ) : (
        <div className="chip-row">
          {options.map((o) => (
            <button
              key={o}
              type="button"
              className="chip"
              aria-pressed={chosen.includes(o)}
              onClick={() => onChange(toggled(chosen, o))}
            >
              {label(o)}
            </button>
          ))}
        </div>
      )}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
