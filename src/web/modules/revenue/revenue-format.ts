import { formatDate, formatMoney } from '../../lib/format.ts';

/** A rate (0.953) as a percentage in the UI locale; an empty base is shown as a dash. */
export function formatRate(value: number | null, locale: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value);
}

/** A period by its start: "Jan 2026", "Q1 2026" or "2026", per locale. */
export function formatPeriod(start: string, interval: string, locale: string): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (interval === 'year') return String(date.getUTCFullYear());
  if (interval === 'quarter') return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export const money = (minor: number, currency: string, locale: string) =>
  formatMoney(minor, currency, locale);
export const compactMoney = (minor: number, currency: string, locale: string) =>
  formatMoney(minor, currency, locale, true);
export { formatDate };
