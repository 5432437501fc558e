import type { z } from 'zod';
import { en, ko, ru, zhCN } from 'zod/locales';
import { isLocale, type Locale } from '../auth.ts';
import { MESSAGE_CATALOG, type MessageTranslations } from './catalog.ts';

interface Pattern {
  regex: RegExp;
  translations: MessageTranslations;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Keys with placeholders as anchored regexes, the most specific first (most literal text): "{0} ({1})"
 * must not catch a message that has a pattern of its own. Keys number their placeholders in order of
 * appearance (the catalog test checks it), so `{n}` in a translation is capture n + 1.
 */
const PATTERNS: Pattern[] = Object.entries(MESSAGE_CATALOG)
  .filter(([key]) => /\{\d+\}/.test(key))
  .map(([key, translations]) => ({
    literal: key.replace(/\{\d+\}/g, '').length,
    regex: new RegExp(
      `^${key
        .split(/\{\d+\}/)
        .map(escapeRegex)
        .join('(.+?)')}$`,
      's',
    ),
    translations,
  }))
  .sort((a, b) => b.literal - a.literal);

/**
 * A message of the API (an error or a field problem) in `locale`: found by its English text, or by a
 * pattern whose placeholders are filled with the message's own values (translated too where they are
 * catalog words). A message the catalog lacks stays English rather than disappearing.
 */
export function translateMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const exact = MESSAGE_CATALOG[message];
  if (exact) return exact[locale];
  for (const { regex, translations } of PATTERNS) {
    const match = regex.exec(message);
    if (!match) continue;
    return translations[locale].replace(/\{(\d+)\}/g, (_, i: string) =>
      translateMessage(match[Number(i) + 1] ?? '', locale),
    );
  }
  return message;
}

const ZOD_LOCALES = { en, ru, ko, zh: zhCN } as const;
const zodErrorMaps = new Map<Locale, z.core.$ZodErrorMap>();

/** zod's own translations of its built-in messages ("too small", "invalid type", ...), for `locale`. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = zodErrorMaps.get(locale);
  if (!map) {
    map = ZOD_LOCALES[locale]().localeError;
    zodErrorMaps.set(locale, map);
  }
  return map;
}

const messageOf = (r: ReturnType<z.core.$ZodErrorMap>) => (typeof r === 'string' ? r : r?.message);

/**
 * One validation issue's message in `locale`. zod's built-in messages are rebuilt by zod's translations
 * (they need the rejected input, which issues do not keep); a schema's own message goes through the
 * catalog. Which one it is: whether English zod would have said exactly this.
 */
export function localizeIssue(issue: z.core.$ZodIssue, input: unknown, locale: Locale): string {
  if (locale === 'en') return issue.message;
  const raw = { ...issue, input } as z.core.$ZodRawIssue;
  if (messageOf(zodErrorMap('en')(raw)) === issue.message)
    return messageOf(zodErrorMap(locale)(raw)) ?? issue.message;
  return translateMessage(issue.message, locale);
}

/** The first supported language of an Accept-Language header (`ru-RU,ru;q=0.9,en;q=0.8`), else English. */
export function localeFromHeader(header: string | undefined | null): Locale {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  return tags.map((t) => t.base).find(isLocale) ?? 'en';
}
