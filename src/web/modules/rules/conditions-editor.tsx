import { useTranslation } from 'react-i18next';
import { type AccountFieldInfo, CONDITION_OPERATORS, type ConditionOperator } from '../../../shared/rules.ts';
import { CloseIcon, PlusIcon } from '../../ui/icons.tsx';
import {
  type ConditionDraft,
  type ConditionItem,
  type GroupDraft,
  type Issues,
  isGroup,
  newCondition,
  newGroup,
  replaceAt,
} from './rule-draft.ts';
import { AccountFieldPicker, SelectField, TextField } from './rule-inputs.tsx';

type Props = {
  match: 'all' | 'any';
  conditions: ConditionItem[];
  onChange: (match: 'all' | 'any', conditions: ConditionItem[]) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** AND/OR over account fields: a list of conditions and groups of conditions ("A and (B or C)"). */
export function ConditionsEditor({ match, conditions, onChange, issues, fields }: Props) {
  const { t } = useTranslation();
  const replace = (i: number, next: ConditionItem | null) => onChange(match, replaceAt(conditions, i, next));
  return (
    <div className="rule-conditions">
      <MatchSwitch value={match} onChange={(m) => onChange(m, conditions)} />
      {conditions.length === 0 && <p className="muted">{t('rules.editor.conditionsHint')}</p>}
      {conditions.map((c, i) => {
        const path = `conditions.conditions.${i}`;
        return isGroup(c) ? (
          <GroupEditor
            key={c.key}
            group={c}
            path={path}
            onChange={(g) => replace(i, g)}
            issues={issues}
            fields={fields}
          />
        ) : (
          <ConditionRow
            key={c.key}
            condition={c}
            path={path}
            onChange={(x) => replace(i, x)}
            issues={issues}
            fields={fields}
          />
        );
      })}
      <div className="rule-add-row">
        <button
          type="button"
          className="button button-sm"
          onClick={() => onChange(match, [...conditions, newCondition()])}
        >
          <PlusIcon size={12} />
          {t('rules.editor.addCondition')}
        </button>
        <button
          type="button"
          className="button button-sm button-ghost"
          onClick={() => onChange(match, [...conditions, newGroup(match)])}
        >
          <PlusIcon size={12} />
          {t('rules.editor.addGroup')}
        </button>
      </div>
    </div>
  );
}

function MatchSwitch({ value, onChange }: { value: 'all' | 'any'; onChange: (m: 'all' | 'any') => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented segmented-sm">
      {(['all', 'any'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={m === value}
          className={`segmented-option${m === value ? ' segmented-option-active' : ''}`}
          onClick={() => onChange(m)}
        >
          {m === 'all' ? t('rules.editor.matchAll') : t('rules.editor.matchAny')}
        </button>
      ))}
    </div>
  );
}

function GroupEditor({
  group,
  path,
  onChange,
  issues,
  fields,
}: {
  group: GroupDraft;
  path: string;
  onChange: (g: GroupDraft | null) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
}) {
  const { t } = useTranslation();
  const replace = (i: number, next: ConditionDraft | null) =>
    onChange({ ...group, conditions: replaceAt(group.conditions, i, next) });
  return (
    <div className="rule-group">
      <div className="rule-group-header">
        <MatchSwitch value={group.match} onChange={(m) => onChange({ ...group, match: m })} />
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={t('rules.editor.removeGroup')}
          onClick={() => onChange(null)}
        >
          <CloseIcon size={14} />
        </button>
      </div>
      {group.conditions.map((c, i) => (
        <ConditionRow
          key={c.key}
          condition={c}
          path={`${path}.conditions.${i}`}
          onChange={(x) => replace(i, x)}
          issues={issues}
          fields={fields}
        />
      ))}
      <button
        type="button"
        className="button button-sm button-ghost"
        onClick={() => onChange({ ...group, conditions: [...group.conditions, newCondition()] })}
      >
        <PlusIcon size={12} />
        {t('rules.editor.addCondition')}
      </button>
    </div>
  );
}

function ConditionRow({
  condition,
  path,
  onChange,
  issues,
  fields,
}: {
  condition: ConditionDraft;
  path: string;
  onChange: (c: ConditionDraft | null) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...condition, ...patch });
  const noValue = condition.operator === 'is_empty' || condition.operator === 'is_not_empty';
  const many = condition.operator === 'in' || condition.operator === 'not_in';
  return (
    <div className="rule-condition">
      <AccountFieldPicker
        label={t('rules.editor.field')}
        value={condition.field}
        onChange={(field) => set({ field })}
        fields={fields}
        error={issues.get(`${path}.field`)}
      />
      <SelectField
        label={t('rules.editor.operator')}
        value={condition.operator}
        onChange={(v) => set({ operator: v as ConditionOperator })}
        options={CONDITION_OPERATORS.map((o) => ({ value: o, label: t(`rules.operators.${o}`) }))}
        error={issues.get(`${path}.operator`)}
      />
      {noValue ? (
        <span />
      ) : (
        <TextField
          label={t('rules.editor.value')}
          value={condition.value}
          onChange={(value) => set({ value })}
          error={issues.get(`${path}.value`)}
          hint={many ? t('rules.editor.listHint') : undefined}
        />
      )}
      <button
        type="button"
        className="icon-button icon-button-danger rule-remove"
        aria-label={t('rules.editor.removeCondition')}
        onClick={() => onChange(null)}
      >
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
