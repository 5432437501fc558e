import type { TFunction } from 'i18next';
import type { RuleAction, Trigger } from '../../../shared/rules.ts';

/** A trigger in a few words for the rules list: "Usage drops 40% over 7 days". */
export function triggerSummary(t: TFunction, trigger: Trigger): string {
  switch (trigger.type) {
    case 'health_band_changed':
      return trigger.to_color
        ? t('rules.triggerSummary.health_band_changed', { color: t(`rules.colors.${trigger.to_color}`) })
        : t('rules.triggerSummary.health_band_changed_any');
    case 'usage_drop':
      return t('rules.triggerSummary.usage_drop', { percent: trigger.percent, days: trigger.window_days });
    case 'product_event':
      return t('rules.triggerSummary.product_event', { event: trigger.event });
    case 'field_changed':
      return t('rules.triggerSummary.field_changed', { field: fieldLabel(t, trigger.field) });
    case 'renewal_in_days':
    case 'no_touchpoint_days':
      return t(`rules.triggerSummary.${trigger.type}`, { days: trigger.days });
    case 'schedule':
      return t('rules.triggerSummary.schedule', { cron: trigger.cron });
    default:
      return t(`rules.triggerSummary.${trigger.type}`);
  }
}

export function actionsSummary(t: TFunction, actions: RuleAction[]): string {
  return actions.map((a) => t(`rules.actionTypes.${a.type}`)).join(', ');
}

const KNOWN_FIELDS = new Set([
  'name',
  'domain',
  'segment',
  'tier',
  'coverage_model',
  'lifecycle_stage',
  'owner_id',
  'arr',
  'currency',
  'renewal_date',
  'days_to_renewal',
  'contact_count',
  'account_age_days',
  'health_score',
  'health_color',
]);

/** A field's name in the UI language; registry fields the web app does not know yet, and custom fields, as named. */
export function fieldLabel(t: TFunction, name: string): string {
  return KNOWN_FIELDS.has(name) ? t(`rules.fields.${name as 'name'}`) : name;
}
