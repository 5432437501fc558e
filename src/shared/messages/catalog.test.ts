import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOG } from './catalog.ts';
import { localeFromHeader, translateMessage } from './translate.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(): string[] {
  const files = [
    ...fs
      .readdirSync(path.join(ROOT, 'server'), { recursive: true, encoding: 'utf8' })
      .map((f) => `server/${f}`),
    ...fs
      .readdirSync(path.join(ROOT, 'shared'), { recursive: true, encoding: 'utf8' })
      .map((f) => `shared/${f}`),
  ];
  return files.filter(
    // config.ts speaks to whoever starts the server, in its console, not to API readers.
    (f) =>
      f.endsWith('.ts') &&
      !/\.test\.ts$|\/migrations\/|\/seed\/|cases\.ts$|\/test\/|^server\/config\.ts$/.test(f),
  );
}

/** `${anything}` placeholders of a template literal as `{0}`, `{1}`, ...: the catalog's key. */
function keyOf(literal: string): string {
  const body = literal.slice(1, -1);
  if (!literal.startsWith('`')) return body.replace(/\\'/g, "'");
  let n = 0;
  return body.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, () => `{${n++}}`);
}

/** Every message the server can answer with, as written in the code: errors, field problems, entities. */
function messagesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  const literal = String.raw`('(?:[^'\\]|\\.)*'|\x60[^\x60]*\x60)`;
  const patterns = [
    new RegExp(String.raw`new AppError\(\s*'[a-z_]+',\s*${literal}`, 'g'),
    new RegExp(String.raw`message:\s*${literal}`, 'g'),
    new RegExp(String.raw`notFound\(${literal}\)`, 'g'),
    // zod checks with a message of their own: .min(1, 'must not be empty'), .regex(/../, '..'), error: '..'
    new RegExp(
      String.raw`\.(?:min|max|length|regex|refine|nonempty|email|url)\((?:[^()]|\([^()]*\))*?,\s*${literal}\s*\)`,
      'g',
    ),
    new RegExp(String.raw`\berror:\s*${literal}`, 'g'),
    new RegExp(String.raw`fieldError\(\s*(?:'[^']*'|\[[^\]]*\])\s*,\s*${literal}`, 'g'),
  ];
  for (const file of sources()) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern)) {
        const key = keyOf(m[1] as string);
        // Compositions of other messages ("{0}: {1}") have no words of their own to translate.
        if (!/[a-z]{2}/i.test(key.replace(/\{\d+\}/g, '')) || key === 'message') continue;
        found.set(key, file);
      }
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('message catalog', () => {
  it('translates every message the code answers with into Russian, Korean and Chinese', () => {
    const missing = [...messagesInCode()]
      .filter(([key]) => !MESSAGE_CATALOG[key])
      .map(([k, f]) => `${f}: ${k}`);
    expect(missing).toEqual([]);
  });

  it('keeps every placeholder of a message in each translation, and leaves none empty', () => {
    for (const [key, translations] of Object.entries(MESSAGE_CATALOG)) {
      // Numbered in order of appearance: translations fill `{n}` from the pattern's capture n + 1.
      const order = [...key.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
      expect(order, key).toEqual(order.map((_, i) => i));
      for (const [lang, text] of Object.entries(translations)) {
        expect(text.trim(), `${lang}: ${key}`).not.toBe('');
        expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(key));
      }
    }
  });
});

describe('translateMessage', () => {
  it('fills a pattern with the message’s values, translating values that are catalog words', () => {
    const ru = MESSAGE_CATALOG['{0} not found']?.ru ?? '';
    const account = MESSAGE_CATALOG.Account?.ru ?? '';
    expect(translateMessage('Account not found', 'ru')).toBe(ru.replace('{0}', account));
    const gap = MESSAGE_CATALOG['gap between bands {0} and {1} ({2} to {3})']?.zh ?? '';
    expect(translateMessage('gap between bands 1 and 2 (40 to 45)', 'zh')).toBe(
      gap.replace('{0}', '1').replace('{1}', '2').replace('{2}', '40').replace('{3}', '45'),
    );
  });

  it('leaves English, and messages it does not know, as they are', () => {
    expect(translateMessage('Account not found', 'en')).toBe('Account not found');
    expect(translateMessage('A message nobody wrote down', 'ko')).toBe('A message nobody wrote down');
  });
});

describe('localeFromHeader', () => {
  it('takes the best supported language by weight, else English', () => {
    expect(localeFromHeader('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(localeFromHeader('fr-FR, ko;q=0.5, zh;q=0.7')).toBe('zh');
    expect(localeFromHeader('zh-Hans-CN')).toBe('zh');
    expect(localeFromHeader('fr, de;q=0.5')).toBe('en');
    expect(localeFromHeader('ko;q=0')).toBe('en');
    expect(localeFromHeader(undefined)).toBe('en');
  });
});
