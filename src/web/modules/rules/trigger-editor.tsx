import { useTranslation } from 'react-i18next';
import { type AccountFieldInfo, TRIGGER_TYPES, type TriggerType } from '../../../shared/rules.ts';
import { type Inputs, type Issues, TRIGGER_DEFAULTS } from './rule-draft.ts';
import { AccountFieldPicker, SelectField, TextField } from './rule-inputs.tsx';

type Trigger = Inputs & { type: TriggerType };
type Props = {
  trigger: Trigger;
  onChange: (trigger: Trigger) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** The trigger picker and the inputs its kind needs. */
export function TriggerEditor(props: Props) {
  const { t } = useTranslation();
  const { trigger, onChange, issues } = props;
  return (
    <div className="form-grid">
      <SelectField
        label={t('rules.editor.triggerType')}
        value={trigger.type}
        // Another kind starts from its own defaults: inputs of the old kind mean nothing to it.
        onChange={(v) => onChange({ type: v as TriggerType, ...TRIGGER_DEFAULTS[v as TriggerType] })}
        options={TRIGGER_TYPES.map((type) => ({ value: type, label: t(`rules.triggers.${type}`) }))}
        error={issues.get('trigger') ?? issues.get('trigger.type')}
      />
      <TriggerInputs {...props} />
    </div>
  );
}

function TriggerInputs({ trigger, onChange, issues, fields }: Props) {
  const { t } = useTranslation();
  const at = (k: string) => issues.get(`trigger.${k}`);
  const text = (k: string) => String(trigger[k] ?? '');
  const set = (k: string) => (v: string) => onChange({ ...trigger, [k]: v });
  const input = (k: string, label: string, more: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={label} value={text(k)} onChange={set(k)} error={at(k)} {...more} />
  );
  const number = (k: string, label: string) => input(k, label, { type: 'number', required: true });
  switch (trigger.type) {
    case 'health_alert':
      return input('kind', t('rules.editor.alertKind'), { placeholder: t('rules.editor.anyKind') });
    case 'health_band_changed':
      return (
        <SelectField
          label={t('rules.editor.toColor')}
          value={text('to_color')}
          onChange={set('to_color')}
          error={at('to_color')}
          options={[
            { value: '', label: t('rules.editor.anyColor') },
            ...(['red', 'yellow', 'green'] as const).map((c) => ({
              value: c,
              label: t(`rules.colors.${c}`),
            })),
          ]}
        />
      );
    case 'usage_drop':
      return (
        <>
          {number('percent', t('rules.editor.percent'))}
          {number('window_days', t('rules.editor.windowDays'))}
          {input('event', t('rules.editor.event'), { hint: t('rules.editor.eventHint') })}
        </>
      );
    case 'product_event':
      return input('event', t('rules.editor.event'), {
        placeholder: 'Subscription Cancelled',
        required: true,
      });
    case 'field_changed':
      return (
        <AccountFieldPicker
          label={t('rules.editor.field')}
          value={text('field')}
          onChange={set('field')}
          fields={fields}
          error={at('field')}
        />
      );
    case 'renewal_in_days':
    case 'no_touchpoint_days':
      return number('days', t('rules.editor.days'));
    case 'schedule':
      return (
        <>
          {input('cron', t('rules.editor.cron'), { hint: t('rules.editor.cronHint'), required: true })}
          {input('timezone', t('rules.editor.timezone'), { placeholder: 'UTC' })}
        </>
      );
    default:
      return null;
  }
}
