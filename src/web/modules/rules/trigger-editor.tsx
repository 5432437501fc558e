import { useTranslation } from 'react-i18next';
import { type AccountFieldInfo, TRIGGER_TYPES, type TriggerType } from '../../../shared/rules.ts';
import { type Inputs, type Issues, TRIGGER_DEFAULTS } from './rule-draft.ts';
import { AccountFieldPicker, SelectField, TextField } from './rule-inputs.tsx';

type Props = {
  trigger: Inputs & { type: TriggerType };
  onChange: (trigger: Inputs & { type: TriggerType }) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** The trigger picker and the inputs its kind needs. */
export function TriggerEditor({ trigger, onChange, issues, fields }: Props) {
  const { t } = useTranslation();
  const at = (k: string) => issues.get(`trigger.${k}`);
  const text = (k: string) => String(trigger[k] ?? '');
  const set = (k: string) => (v: string) => onChange({ ...trigger, [k]: v });
  const number = (k: string, label: string) => (
    <TextField label={label} type="number" value={text(k)} onChange={set(k)} error={at(k)} required />
  );
  return (
    <div className="form-grid">
      <SelectField
        label={t('rules.editor.triggerType')}
        value={trigger.type}
        onChange={(v) => onChange({ type: v as TriggerType, ...TRIGGER_DEFAULTS[v as TriggerType] })}
        options={TRIGGER_TYPES.map((type) => ({ value: type, label: t(`rules.triggers.${type}`) }))}
        error={issues.get('trigger') ?? at('type')}
      />
      {trigger.type === 'health_alert' && (
        <TextField
          label={t('rules.editor.alertKind')}
          value={text('kind')}
          onChange={set('kind')}
          error={at('kind')}
          placeholder={t('rules.editor.anyKind')}
        />
      )}
      {trigger.type === 'health_band_changed' && (
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
      )}
      {trigger.type === 'usage_drop' && (
        <>
          {number('percent', t('rules.editor.percent'))}
          {number('window_days', t('rules.editor.windowDays'))}
          <TextField
            label={t('rules.editor.event')}
            value={text('event')}
            onChange={set('event')}
            error={at('event')}
            hint={t('rules.editor.eventHint')}
          />
        </>
      )}
      {trigger.type === 'product_event' && (
        <TextField
          label={t('rules.editor.event')}
          value={text('event')}
          onChange={set('event')}
          error={at('event')}
          placeholder="Subscription Cancelled"
          required
        />
      )}
      {trigger.type === 'field_changed' && (
        <AccountFieldPicker
          label={t('rules.editor.field')}
          value={text('field')}
          onChange={set('field')}
          fields={fields}
          error={at('field')}
        />
      )}
      {(trigger.type === 'renewal_in_days' || trigger.type === 'no_touchpoint_days') &&
        number('days', t('rules.editor.days'))}
      {trigger.type === 'schedule' && (
        <>
          <TextField
            label={t('rules.editor.cron')}
            value={text('cron')}
            onChange={set('cron')}
            error={at('cron')}
            hint={t('rules.editor.cronHint')}
            required
          />
          <TextField
            label={t('rules.editor.timezone')}
            value={text('timezone')}
            onChange={set('timezone')}
            error={at('timezone')}
            placeholder="UTC"
          />
        </>
      )}
    </div>
  );
}
