// Team metrics against a fixture computed by hand (the arithmetic is in the comments), including a person
// who leaves and returns (two spells) and an internal move out that is not attrition.
import { describe, expect, it } from 'vitest';
import { computeTeamMetrics, type Spell } from './compute-team-metrics.ts';

const spell = (s: Partial<Spell> & Pick<Spell, 'start_date'>): Spell => ({
  end_date: null,
  ramp_done_on: null,
  exit_kind: null,
  exit_reason: null,
  exit_destination: null,
  hire_kind: 'external',
  hire_source: null,
  ...s,
});

const spells: Spell[] = [
  spell({ start_date: '2023-01-01', ramp_done_on: '2023-03-01', hire_source: 'referral' }), // A
  spell({
    start_date: '2024-06-01',
    end_date: '2025-03-31',
    exit_kind: 'voluntary',
    exit_reason: 'compensation',
    exit_destination: 'Competitor X',
  }), // B
  spell({
    start_date: '2024-01-01',
    end_date: '2025-02-28',
    exit_kind: 'voluntary',
    exit_reason: 'career_growth',
    exit_destination: 'Startup',
  }), // Cara, first spell
  spell({ start_date: '2025-07-01', ramp_done_on: '2025-08-30', hire_source: 'rehire' }), // Cara returns
  spell({
    start_date: '2025-03-01',
    ramp_done_on: '2025-05-30',
    hire_kind: 'internal',
    hire_source: 'support',
    end_date: '2025-10-31',
    exit_kind: 'internal_move',
    exit_destination: 'product',
  }), // D
  spell({
    start_date: '2024-09-01',
    end_date: '2025-06-30',
    exit_kind: 'involuntary',
    exit_reason: 'performance',
  }), // E
  spell({ start_date: '2025-11-01', hire_source: 'agency' }), // F
];
const requisitions = [
  { opened_on: '2024-11-15', filled_on: '2025-01-15' }, // 61 days
  { opened_on: '2025-09-01', filled_on: '2025-10-01' }, // 30 days
  { opened_on: '2024-10-01', filled_on: '2024-12-01' }, // filled before the period
];
const pulse = [
  { period: '2025-Q3', growth: 5, clarity: 5, support: 5 },
  { period: '2025-Q3', growth: 4, clarity: 4, support: 4 },
  { period: '2025-Q3', growth: 2, clarity: 3, support: 1 },
  { period: '2025-Q4', growth: 5, clarity: 5, support: 5 },
  { period: '2025-Q4', growth: 1, clarity: 1, support: 1 },
];
const m = computeTeamMetrics(spells, requisitions, pulse, '2025-01-01', '2025-12-31');

describe('team metrics', () => {
  it('counts headcount at each month end, a last day still counting', () => {
    // Jan: A B C1 E; Feb 28: C1's last day; Mar 31: B's last day, D joined; Apr–Jun: A D E; Jul: Cara back.
    expect(m.headcount.map((h) => h.headcount)).toEqual([4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(m.headcount[0]?.month).toBe('2025-01');
    expect([m.headcount_start, m.headcount_end, m.average_headcount]).toEqual([4, 3, 3.5]);
  });

  it('annualises voluntary and involuntary attrition over average headcount, internal moves apart', () => {
    // 2 voluntary (B, Cara's first spell) and 1 involuntary (E) over (4 + 3) / 2 = 3.5, a 365-day period.
    expect(m.attrition).toEqual({
      voluntary_exits: 2,
      involuntary_exits: 1,
      internal_moves_out: 1,
      voluntary_rate: 0.5714,
      involuntary_rate: 0.2857,
      total_rate: 0.8571,
    });
  });

  it('annualises a half-year period', () => {
    // 1 Jan – 30 Jun (181 days): exits B, C1 voluntary, E involuntary; headcount 4 then 3 (A, D, E).
    const half = computeTeamMetrics(spells, [], [], '2025-01-01', '2025-06-30');
    expect(half.attrition.voluntary_rate).toBeCloseTo((2 / 3.5) * (365 / 181), 4);
  });

  it('measures tenure of the current spell, so a returner counts from their return', () => {
    // A 1095 days, Cara 183 (1 Jul – 31 Dec), F 60: 1338 / 3 = 446.
    expect(m.average_tenure_days).toBe(446);
  });

  it('averages ramp and time to fill over what completed in the period', () => {
    expect(m.average_ramp_days).toBe(75); // Cara 60, D 90
    expect(m.average_time_to_fill_days).toBe(45.5); // 61 and 30
  });

  it('splits hires, inflow sources, outflow destinations and exit reasons', () => {
    expect(m.hires).toEqual({ external: 2, internal: 1 });
    expect(m.inflow_sources).toEqual([
      { key: 'agency', count: 1 },
      { key: 'rehire', count: 1 },
      { key: 'support', count: 1 },
    ]);
    expect(m.outflow_destinations.map((o) => o.key).sort()).toEqual([
      'Competitor X',
      'Startup',
      'product',
      'unknown',
    ]);
    expect(m.exit_reasons).toEqual([
      { key: 'performance', kind: 'involuntary', count: 1 },
      { key: 'career_growth', kind: 'voluntary', count: 1 },
      { key: 'compensation', kind: 'voluntary', count: 1 },
    ]);
  });

  it('shows pulse averages only from three answers up', () => {
    expect(m.pulse).toEqual([
      { period: '2025-Q3', responses: 3, growth: 3.67, clarity: 4, support: 3.33, favourable_share: 0.6667 },
      { period: '2025-Q4', responses: 2, growth: null, clarity: null, support: null, favourable_share: null },
    ]);
  });

  it('shows a formula for every figure', () => {
    expect(Object.keys(m.formulas)).toEqual(
      expect.arrayContaining(['headcount', 'attrition', 'tenure', 'ramp', 'time_to_fill', 'pulse']),
    );
  });
});
