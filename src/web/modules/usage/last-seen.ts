import { daysUntil } from '../../lib/format.ts';

/**
 * A calendar day (YYYY-MM-DD) as "today", "yesterday", "12 days ago", "3 months ago". Usage rollups are
 * per day, so hours would claim a precision the data doesn't have.
 */
export function formatDaysAgo(day: string, locale: string, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const days = daysUntil(day.slice(0, 10), now);
  if (Math.abs(days) <= 45) return format.format(days, 'day');
  if (Math.abs(days) < 365) return format.format(Math.round(days / 30.44), 'month');
  return format.format(Math.round(days / 365.25), 'year');
}
