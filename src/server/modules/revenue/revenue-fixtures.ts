// Helpers for the revenue tests: accounts in a segment of their own, so each test reads only its fixture.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Client } from '../../test/harness.ts';

export const usd = (dollars: number) => Math.round(dollars * 100);

export function uniqueSegment(name: string) {
  return `${name}-${randomBytes(4).toString('hex')}`;
}

export async function addAccount(
  client: Client,
  segment: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post('/api/accounts', {
    name: `${segment} ${randomBytes(3).toString('hex')}`,
    segment,
    ...fields,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

export async function addContract(
  client: Client,
  accountId: string,
  start_date: string,
  end_date: string,
  arr: number,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post(`/api/accounts/${accountId}/contracts`, {
    product: 'Platform',
    start_date,
    end_date,
    arr,
    ...fields,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).id;
}

export async function getJson<T = unknown>(client: Client, url: string): Promise<T> {
  const res = await client.get(url);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

export type MovementRow = { date: string; kind: string; amount: number; amount_company: number };

/** An account's movements as [date, kind, amount] triples. */
export async function movementsOf(
  client: Client,
  accountId: string,
  amount: 'amount' | 'amount_company' = 'amount',
) {
  const { data } = await getJson<{ data: MovementRow[] }>(client, `/api/accounts/${accountId}/arr-movements`);
  return data.map((m) => [m.date, m.kind, m[amount]]);
}
