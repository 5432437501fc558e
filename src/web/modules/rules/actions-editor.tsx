import { useTranslation } from 'react-i18next';
import type { AccountFieldInfo, RuleAction } from '../../../shared/rules.ts';
import { CloseIcon } from '../../ui/icons.tsx';
import { ActionInputs } from './action-inputs.tsx';
import {
  ACTION_DEFAULTS,
  type ActionDraft,
  type Issues,
  newAction,
  replaceAt,
  retyped,
} from './rule-draft.ts';
import { SelectField } from './rule-inputs.tsx';

const ACTION_TYPES = Object.keys(ACTION_DEFAULTS) as RuleAction['type'][];

type Props = {
  actions: ActionDraft[];
  onChange: (actions: ActionDraft[]) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** What a rule does, in order: each action a card with the inputs of its type. */
export function ActionsEditor({ actions, onChange, issues, fields }: Props) {
  const { t } = useTranslation();
  const typeOptions = ACTION_TYPES.map((type) => ({ value: type, label: t(`rules.actionTypes.${type}`) }));
  return (
    <div className="rule-actions">
      {issues.get('actions') && <p className="field-error">{issues.get('actions')}</p>}
      {actions.map((a, i) => (
        <div key={a.key} className="rule-action" data-testid="rule-action">
          <div className="rule-action-header">
            <SelectField
              label={`${i + 1}.`}
              value={a.type}
              onChange={(type) => onChange(replaceAt(actions, i, retyped(a, type as RuleAction['type'])))}
              options={typeOptions}
              error={issues.get(`actions.${i}.type`)}
            />
            <button
              type="button"
              className="icon-button icon-button-danger rule-remove"
              aria-label={t('rules.editor.removeAction')}
              onClick={() => onChange(replaceAt(actions, i, null))}
            >
              <CloseIcon size={14} />
            </button>
          </div>
          <ActionInputs
            action={a}
            path={`actions.${i}`}
            onChange={(inputs) => onChange(replaceAt(actions, i, { ...a, inputs }))}
            issues={issues}
            fields={fields}
          />
        </div>
      ))}
      <div className="rule-add-row">
        <select
          className="input input-sm rule-add-action"
          aria-label={t('rules.editor.addAction')}
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...actions, newAction(e.target.value as RuleAction['type'])]);
          }}
        >
          <option value="">{`+ ${t('rules.editor.addAction')}`}</option>
          {typeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
