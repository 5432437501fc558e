import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortsResponse } from '../../../shared/revenue.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { addAccount, addContract, getJson, uniqueSegment, usd } from './revenue-fixtures.ts';

let t: TestApp;
let viewer: SessionClient;
const segment = uniqueSegment('export');

// Cohort 2025-Q1: X (10,000 from 2025-01-15, +5,000 from 2025-07-01) and Y (20,000 from 2025-03-31, gone
// after 2025-09-30); cohort 2025-Q2: Z (8,000 from 2025-04-01). A name with a comma, a quote and a line
// break tests the CSV quoting.
beforeAll(async () => {
  t = await createTestApp();
  const csm = await t.as('csm');
  viewer = await t.as('viewer');
  const x = await addAccount(csm, segment, { name: 'Quote "Co", Ltd\nSecond line' });
  const y = await addAccount(csm, segment);
  const z = await addAccount(csm, segment);
  await addContract(csm, x, '2025-01-15', '2026-01-14', usd(10_000));
  await addContract(csm, x, '2025-07-01', '2026-01-14', usd(5_000));
  await addContract(csm, y, '2025-03-31', '2025-09-30', usd(20_000));
  await addContract(csm, z, '2025-04-01', '2026-03-31', usd(8_000));
  const res = await csm.post('/api/renewals', {
    account_id: x,
    close_date: '2025-06-30',
    amount: usd(1_234.5),
  });
  expect(res.status).toBe(201);
  const formula = await addAccount(csm, segment, { name: '=HYPERLINK(1)' });
  await csm.post('/api/renewals', { account_id: formula, close_date: '2025-06-30', amount: 1 });
});
afterAll(() => t?.close());

describe('cohorts', () => {
  it('follows each start quarter to the end of the period', async () => {
    const c = await getJson<CohortsResponse>(
      viewer,
      `/api/metrics/cohorts?from=2025-01-01&to=2025-12-31&segment=${segment}`,
    );
    expect(c.data.map((x) => [x.cohort, x.accounts, x.starting_arr])).toEqual([
      ['2025-Q1', 2, usd(30_000)],
      ['2025-Q2', 1, usd(8_000)],
    ]);
    expect(c.data[0]?.quarters.map((q) => [q.offset, q.arr, q.logos])).toEqual([
      [0, usd(30_000), 2],
      [1, usd(30_000), 2],
      [2, usd(35_000), 2],
      [3, usd(15_000), 1],
    ]);
    expect(c.data[0]?.quarters[3]?.retention).toBeCloseTo(0.5, 12);
    expect(c.data[1]?.quarters.map((q) => q.retention)).toEqual([1, 1, 1]);
  });
});

describe('exports', () => {
  const base = `from=2025-01-01&to=2025-12-31&interval=quarter&segment=${segment}`;

  it('downloads the waterfall as CSV with the table figures in major units', async () => {
    const res = await viewer.get(`/api/metrics/export?report=waterfall&format=csv&${base}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="tend-waterfall-2025-01-01-2025-12-31.csv"',
    );
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'Group,Period start,Period end,Start (USD),New,of which reactivation,Expansion,Contraction,Churn,End',
    );
    expect(lines[1]).toBe(',2025-01-01,2025-03-31,0,30000,0,0,0,0,30000');
    expect(lines[4]).toBe(',2025-10-01,2025-12-31,43000,0,0,0,0,20000,23000');
  });

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', async () => {
    const res = await viewer.get(`/api/metrics/export?report=renewals&format=csv&${base}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain(
      '"Quote ""Co"", Ltd\nSecond line",expansion,open,best_case,1234.5,0,USD,2025-06-30,\n',
    );
    expect(body).toContain("'=HYPERLINK(1),expansion");
  });

  it('writes an XLSX workbook that opens with the same rows', async () => {
    const res = await viewer.get(`/api/metrics/export?report=retention&format=xlsx&${base}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Retention');
    expect(sheet?.getRow(1).getCell(4).value).toBe('Starting ARR (USD)');
    expect(sheet?.getRow(3).values).toEqual(
      expect.arrayContaining(['2025-04-01', '2025-06-30', 30_000, 38_000]),
    );
    expect(sheet?.rowCount).toBe(5);
  });

  it('answers 422 for an unknown report or format', async () => {
    expect((await viewer.get(`/api/metrics/export?report=secrets&format=csv&${base}`)).status).toBe(422);
    expect((await viewer.get(`/api/metrics/export?report=waterfall&format=pdf&${base}`)).status).toBe(422);
    expect((await t.anonymous.get(`/api/metrics/export?report=waterfall&format=csv&${base}`)).status).toBe(
      401,
    );
  });
});
