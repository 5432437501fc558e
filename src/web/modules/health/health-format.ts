import type { TFunction } from 'i18next';
import type { HealthChange, HealthColor } from '../../../shared/health.ts';

/** The band colors as the charts draw them; the CSS uses the same values (health.css). */
export const HEALTH_HEX: Record<HealthColor | 'none', string> = {
  red: '#d64545',
  yellow: '#e0a526',
  green: '#2f9e6b',
  none: '#c3c8cf',
};

export const isHealthColor = (c: unknown): c is HealthColor => c === 'red' || c === 'yellow' || c === 'green';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** A 0-100 score as people read it: whole points. */
export function formatScore(score: number | null | undefined, locale: string): string {
  if (score === null || score === undefined) return '—';
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(score));
}

/** A change in points with its sign: +4, −14, ±0 shown as 0. */
export function formatDelta(delta: number, locale: string, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    digits === 0 ? Math.round(delta) : delta,
  );
}

export function formatWeight(weight: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(weight);
}

/** A measure's raw value: numbers through Intl, a CSM sentiment by its translated color, other text as is. */
export function formatMeasureValue(value: number | string | null, locale: string, t: TFunction): string {
  if (value === null) return '—';
  if (typeof value === 'number') return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (isHealthColor(value)) return t(`health.colors.${value}`);
  return value;
}

/**
 * "Health fell from 78 to 59: Weekly active users 42 → 17 (−14), NPS 9 → 6 (−5)". The measures are the ones the
 * server says moved the score, biggest first; deltas are their change in contribution (health points).
 */
export function explainChange(change: HealthChange, locale: string, t: TFunction, limit = 4): string {
  const from = formatScore(change.from, locale);
  const to = formatScore(change.to, locale);
  let head: string;
  if (change.from === null) head = t('health.change.started', { to });
  else if (change.to === null) head = t('health.change.stopped', { from });
  else if (Math.round(change.to) < Math.round(change.from)) head = t('health.change.fell', { from, to });
  else if (Math.round(change.to) > Math.round(change.from)) head = t('health.change.rose', { from, to });
  else head = t('health.change.same', { to });
  const moved = [...change.measures]
    .filter((m) => Math.abs(m.delta) >= 0.05)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  if (moved.length === 0) return head;
  const parts = moved.slice(0, limit).map((m) =>
    t('health.change.measure', {
      label: m.label,
      from: formatMeasureValue(m.from, locale, t),
      to: formatMeasureValue(m.to, locale, t),
      delta: formatDelta(m.delta, locale),
    }),
  );
  if (moved.length > limit) parts.push(t('health.change.more', { count: moved.length - limit }));
  const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' }).format(parts);
  return t('health.change.sentence', { head, list });
}

/** YYYY-MM-DD of a Date in UTC, as the history's days are. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const daysAgo = (n: number, now = Date.now()) => isoDay(new Date(now - n * 86_400_000));
