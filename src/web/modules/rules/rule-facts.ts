import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';

/**
 * The facts that fired a rule (or would have), as a CSM reads them: "drop percent: 60, event: Report
 * Exported", with labels in the UI's language and numbers, dates and colors in its format.
 */
export function factsText(facts: unknown, t: TFunction, locale: string, separator = ', '): string {
  if (!facts || typeof facts !== 'object') return '';
  return Object.entries(facts as Record<string, unknown>)
    .filter(([k, v]) => k !== 'signal' && v !== null && typeof v !== 'object')
    .map(([k, v]) => `${factLabel(k, t)}: ${factValue(v, t, locale)}`)
    .join(separator);
}

function factLabel(key: string, t: TFunction): string {
  const label: string = t(`cockpit.facts.${key}` as 'cockpit.facts.previous', { defaultValue: '' });
  return label || key.replaceAll('_', ' ');
}

function factValue(value: unknown, t: TFunction, locale: string): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  if (value === 'red' || value === 'yellow' || value === 'green') return t(`cockpit.facts.colors.${value}`);
  return value;
}
