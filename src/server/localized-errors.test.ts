import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customFieldScorecard } from './modules/health/health.fixtures.ts';
import { createTestApp, type SessionClient, type TestApp } from './test/harness.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

async function errorOf(res: Response) {
  const body = await res.json();
  return body.error as {
    code: string;
    message: string;
    details: { path: string[]; message: string; code?: string }[];
  };
}

describe('error messages in the reader’s language', () => {
  it('answers a bad body in Russian, zod’s own messages and ours, with codes and paths unchanged', async () => {
    const bad = { name: '', renewal_date: 'soon' };
    const english = await errorOf(await admin.request('POST', '/api/accounts', bad));
    const russian = await errorOf(
      await admin.request('POST', '/api/accounts', bad, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }),
    );
    expect(english.message).toBe('The request body is not valid');
    expect(russian.message).toBe('Тело запроса недопустимо');
    expect(russian.code).toBe(english.code);
    expect(russian.details.map((d) => d.path)).toEqual(english.details.map((d) => d.path));
    expect(russian.details.map((d) => d.code)).toEqual(english.details.map((d) => d.code));
    for (const [i, d] of russian.details.entries()) {
      expect(d.message).not.toBe(english.details[i]?.message);
      expect(d.message).toMatch(/[а-яё]/i);
    }
  });

  it('translates a scorecard’s own rule with its numbers filled in, in Korean', async () => {
    const card = customFieldScorecard();
    const measures = card.measures.map((m) => ({ ...m, weight: 30 }));
    const res = await admin.request(
      'POST',
      '/api/scorecards',
      { ...card, measures },
      { 'accept-language': 'ko' },
    );
    expect(res.status).toBe(422);
    const { details } = await errorOf(res);
    expect(details.find((d) => d.path.join('.') === 'measures')?.message).toBe(
      '가중치의 합은 100이어야 합니다(현재 합계: 60)',
    );
  });

  it('keeps a field’s name as the API spells it and translates its problem', async () => {
    const member = { name: 'Fresh', title: 'CSM', track: 'ic', level: 2, start_date: '2026-01-05' };
    const res = await admin.request(
      'POST',
      '/api/team/members',
      { ...member, ramp_done_on: '2025-12-01' },
      { 'accept-language': 'ru' },
    );
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.message).toBe('ramp_done_on не может быть раньше start_date');
    expect(error.details).toEqual([{ path: ['ramp_done_on'], message: 'не может быть раньше start_date' }]);
  });

  it('names what was not found in Chinese, and keeps English for clients that ask for none', async () => {
    const url = `/api/accounts/${randomUUID()}`;
    expect(
      (await errorOf(await admin.request('GET', url, undefined, { 'accept-language': 'zh-CN' }))).message,
    ).toBe('未找到客户');
    const key = await t.withKey(['read']);
    expect((await errorOf(await key.get(url))).message).toBe('Account not found');
    expect(
      (await errorOf(await key.request('GET', url, undefined, { 'accept-language': 'fr-FR, de;q=0.9' })))
        .message,
    ).toBe('Account not found');
  });

  it('translates errors raised outside validation: a refused login and a missing route word', async () => {
    const res = await t.anonymous.request(
      'POST',
      '/api/auth/login',
      { email: admin.email, password: 'not the password' },
      { 'accept-language': 'ko;q=0.5, ru' },
    );
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toBe('Неверный email или пароль');
    const missing = await admin.request('GET', '/api/no-such-thing', undefined, { 'accept-language': 'ru' });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe('Нет маршрута API GET /api/no-such-thing');
  });
});
