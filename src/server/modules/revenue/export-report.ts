import ExcelJS from 'exceljs';
import type { ExportQuery } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { computeCohorts } from './compute-cohorts.ts';
import { computeRenewalHealth } from './compute-renewal-health.ts';
import { computeRetention } from './compute-retention.ts';
import { computeWaterfall } from './compute-waterfall.ts';
import { listRenewals } from './list-renewals.ts';
import { currencyExponent } from './revenue-settings.ts';

type Cell = string | number | null;
interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A report as CSV or XLSX, both written by exceljs (its CSV writer is fast-csv, which quotes and escapes
 * fields itself). Money in major units of the company currency, rates as fractions, dates as YYYY-MM-DD.
 */
export async function exportReport(db: Db, q: ExportQuery): Promise<ExportFile> {
  const sheet = await sheetOf(db, q);
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.addRow(sheet.columns).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(q.format === 'csv' ? row.map(csvCell) : row);
  const buffer = q.format === 'csv' ? await workbook.csv.writeBuffer() : await workbook.xlsx.writeBuffer();
  return {
    filename: `tend-${q.report}-${q.from}-${q.to}.${q.format}`,
    contentType: CONTENT_TYPES[q.format],
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

async function sheetOf(db: Db, q: ExportQuery): Promise<Sheet> {
  if (q.report === 'retention') {
    const r = await computeRetention(db, q);
    const money = major(r.currency);
    return {
      name: 'Retention',
      columns: [
        'Group',
        'Period start',
        'Period end',
        `Starting ARR (${r.currency})`,
        `Ending ARR (${r.currency})`,
        'Expansion',
        'Contraction',
        'Churn',
        'GRR',
        'NRR',
        'Logo churn rate',
        'Revenue churn rate',
        'Expansion rate',
        'Renewals due',
        'Renewed',
        'Renewal rate (count)',
        'Renewal rate (ARR)',
      ],
      rows: r.data.map((x) => [
        x.group,
        x.period_start,
        x.period_end,
        money(x.starting_arr),
        money(x.ending_arr),
        money(x.expansion),
        money(x.contraction),
        money(x.churn),
        x.grr,
        x.nrr,
        x.logo_churn_rate,
        x.revenue_churn_rate,
        x.expansion_rate,
        x.renewals_due,
        x.renewals_renewed,
        x.renewal_rate_count,
        x.renewal_rate_arr,
      ]),
    };
  }
  if (q.report === 'waterfall') {
    const w = await computeWaterfall(db, q);
    const money = major(w.currency);
    return {
      name: 'ARR waterfall',
      columns: [
        'Group',
        'Period start',
        'Period end',
        `Start (${w.currency})`,
        'New',
        'of which reactivation',
        'Expansion',
        'Contraction',
        'Churn',
        'End',
      ],
      rows: w.data.map((x) => [
        x.group,
        x.period_start,
        x.period_end,
        money(x.start),
        money(x.new),
        money(x.reactivation),
        money(x.expansion),
        money(x.contraction),
        money(x.churn),
        money(x.end),
      ]),
    };
  }
  if (q.report === 'cohorts') {
    const c = await computeCohorts(db, q);
    const money = major(c.currency);
    const width = Math.max(0, ...c.data.map((x) => x.quarters.length));
    return {
      name: 'Cohorts',
      columns: [
        'Cohort',
        'Accounts',
        `Starting ARR (${c.currency})`,
        ...Array.from({ length: width }, (_, i) => `Q+${i}`),
      ],
      rows: c.data.map((x) => [
        x.cohort,
        x.accounts,
        money(x.starting_arr),
        ...x.quarters.map((p) => p.retention),
      ]),
    };
  }
  if (q.report === 'renewal_health') return renewalHealthSheet(db, q);
  const list = await listRenewals(db, {
    from: q.from,
    to: q.to,
    segment: q.segment,
    tier: q.tier,
    coverage_model: q.coverage_model,
    owner_id: q.owner_id,
  });
  return {
    name: 'Renewals',
    columns: [
      'Account',
      'Kind',
      'Stage',
      'Forecast category',
      'Amount',
      'Renewable ARR',
      'Currency',
      'Close date',
      'Reason',
    ],
    rows: list.map((o) => [
      o.account_name,
      o.kind,
      o.stage,
      o.forecast_category,
      major(o.currency)(o.amount),
      major(o.currency)(o.renewable_amount),
      o.currency,
      o.close_date,
      o.reason_code,
    ]),
  };
}

/** One row per health color: closed renewals and ARR per outcome, then the color's churn rate. */
async function renewalHealthSheet(db: Db, q: ExportQuery): Promise<Sheet> {
  const r = await computeRenewalHealth(db, q);
  const money = major(r.currency);
  const outcomes = ['renewed', 'expanded', 'downgraded', 'churned'] as const;
  return {
    name: 'Health at renewal',
    columns: [
      'Health at renewal',
      ...outcomes.map((o) => `${o[0]?.toUpperCase()}${o.slice(1)} (count)`),
      ...outcomes.map((o) => `${o[0]?.toUpperCase()}${o.slice(1)} (ARR ${r.currency})`),
      'Renewals',
      `ARR (${r.currency})`,
      'Average score',
      'Churn rate (count)',
      'Churn rate (ARR)',
    ],
    rows: r.colors.map((c) => {
      const cell = (o: (typeof outcomes)[number]) =>
        r.cells.find((x) => x.color === c.color && x.outcome === o);
      return [
        c.color,
        ...outcomes.map((o) => cell(o)?.renewals ?? 0),
        ...outcomes.map((o) => money(cell(o)?.arr ?? 0)),
        c.renewals,
        money(c.arr),
        c.average_score,
        c.churn_rate,
        c.churned_arr_rate,
      ];
    }),
  };
}

const major = (currency: string) => {
  const factor = 10 ** currencyExponent(currency);
  return (minor: number) => minor / factor;
};

/**
 * CSV cells: an empty value keeps its column (exceljs drops trailing empty cells), and text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe (OWASP CSV injection).
 */
function csvCell(value: Cell): Cell {
  if (value === null) return '';
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}
