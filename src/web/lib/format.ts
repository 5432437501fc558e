// Display helpers over Intl. Every function takes the UI locale so output follows the language switcher.

const numberFormats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = make();
    numberFormats.set(key, format);
  }
  return format;
}

function currencyFormat(currency: string, locale: string, compact = false): Intl.NumberFormat {
  return cached(`${locale}|${currency}|${compact}`, () => {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
      });
    } catch {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    }
  });
}

/** Digits after the decimal point of a currency's minor unit, per Intl (USD 2, JPY 0, KWD 3). */
export function currencyFractionDigits(currency: string): number {
  return currencyFormat(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/** Money stored as integer minor units (cents) of `currency`. */
export function formatMoney(minorUnits: number, currency: string, locale: string, compact = false): string {
  const major = minorUnits / 10 ** currencyFractionDigits(currency);
  return currencyFormat(currency, locale, compact).format(major);
}

/** Major units typed by a person (e.g. "1250.50") to integer minor units; null when not a number. */
export function toMinorUnits(major: string, currency: string): number | null {
  const cleaned = major.replace(/[\s,_]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * 10 ** currencyFractionDigits(currency));
}

export function toMajorUnits(minorUnits: number, currency: string): string {
  return String(minorUnits / 10 ** currencyFractionDigits(currency));
}

export function formatNumber(value: number, locale: string): string {
  return cached(`${locale}|number`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A calendar day (YYYY-MM-DD) shown without shifting through the browser's time zone. */
export function formatDate(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const date = new Date(day.length === 10 ? `${day}T00:00:00Z` : day);
  if (Number.isNaN(date.getTime())) return day;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
  if (day.length === 10) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatDateTime(timestamp: string | null | undefined, locale: string): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 days ago", "in 2 months": the largest unit that keeps the number small; `short` for tight columns. */
export function formatRelative(
  timestamp: string | null | undefined,
  locale: string,
  style: Intl.RelativeTimeFormatStyle = 'long',
  now = Date.now(),
): string {
  if (!timestamp) return '';
  const date = new Date(timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  let value = (date.getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/** Whole days from today (UTC) to a calendar day; negative when it has passed. */
export function daysUntil(day: string, now = Date.now()): number {
  const target = Date.parse(`${day}T00:00:00Z`);
  const today = Math.floor(now / 86_400_000) * 86_400_000;
  return Math.round((target - today) / 86_400_000);
}
