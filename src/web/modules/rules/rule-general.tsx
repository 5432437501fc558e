import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field.tsx';
import type { Issues, RuleDraft } from './rule-draft.ts';

/** Name, description and the on/off switch of a rule. */
export function RuleGeneralCard({
  draft,
  update,
  issues,
}: {
  draft: RuleDraft;
  update: (patch: Partial<RuleDraft>) => void;
  issues: Issues;
}) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h3 className="card-title">{t('rules.editor.general')}</h3>
      <div className="form-grid">
        <Field label={t('rules.editor.name')} error={issues.get('name')} required>
          {(p) => (
            <input
              {...p}
              className="input"
              value={draft.name}
              maxLength={200}
              onChange={(e) => update({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('rules.editor.descriptionLabel')} error={issues.get('description')}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={draft.description}
              maxLength={2000}
              onChange={(e) => update({ description: e.target.value })}
            />
          )}
        </Field>
        <label className="checkbox-row span-2">
          <input
            type="checkbox"
            role="switch"
            className="switch"
            checked={draft.enabled}
            aria-checked={draft.enabled}
            onChange={(e) => update({ enabled: e.target.checked })}
          />
          <span>
            <span className="strong">{t('rules.editor.enabled')}</span>
            <span className="field-hint">{t('rules.editor.enabledHint')}</span>
          </span>
        </label>
      </div>
    </div>
  );
}
