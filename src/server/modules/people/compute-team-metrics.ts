import type { TeamMetrics } from '../../../shared/people.ts';

// Team metrics as a pure function of roster spells, requisitions and pulse answers, so the figures can be
// checked by hand (compute-team-metrics.test.ts). Dates are YYYY-MM-DD; a spell's end_date is its last day.

export interface Spell {
  start_date: string;
  end_date: string | null;
  ramp_done_on: string | null;
  exit_kind: string | null;
  exit_reason: string | null;
  exit_destination: string | null;
  hire_kind: string;
  hire_source: string | null;
}
export interface FilledRequisition {
  opened_on: string;
  filled_on: string | null;
}
export interface PulseAnswer {
  period: string;
  growth: number;
  clarity: number;
  support: number;
}

/** Pulse averages are hidden below this many answers, so no one's answer can be singled out. */
export const PULSE_MIN_RESPONSES = 3;

export const FORMULAS: Record<string, string> = {
  headcount: 'members with start_date ≤ day ≤ end_date (or no end_date), at each month end',
  average_headcount: '(headcount on `from` + headcount on `to`) ÷ 2',
  attrition:
    'exits of that kind with end_date in the period ÷ average headcount × 365 ÷ days in the period (annualised); internal moves out are counted apart',
  tenure:
    'mean of (`to` − start_date) in days over members current on `to`; a returner counts from their return',
  ramp: 'mean of (ramp_done_on − start_date) in days over members who completed ramp in the period',
  time_to_fill: 'mean of (filled_on − opened_on) in days over requisitions filled in the period',
  hires: 'spells starting in the period, by hire kind (external or internal move in)',
  pulse: `mean score 1–5 per quarter; favourable = share of answers averaging ≥ 4; hidden under ${PULSE_MIN_RESPONSES} answers`,
};

const DAY = 86_400_000;
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const within = (d: string | null, from: string, to: string): d is string => !!d && d >= from && d <= to;
const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;
const mean = (xs: number[]) => (xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length, 2) : null);

export function headcountOn(spells: Spell[], day: string): number {
  return spells.filter((s) => s.start_date <= day && (!s.end_date || s.end_date >= day)).length;
}

/** The last day of each month from `from`'s month to `to`'s, the last one capped at `to`. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    out.push(end < to ? end : to);
    if (end >= to) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

function countBy<T>(items: T[], keyOf: (t: T) => string) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function pulseByPeriod(answers: PulseAnswer[]): TeamMetrics['pulse'] {
  const periods = [...new Set(answers.map((a) => a.period))].sort();
  return periods.map((period) => {
    const of = answers.filter((a) => a.period === period);
    const shown = of.length >= PULSE_MIN_RESPONSES;
    const avg = (k: 'growth' | 'clarity' | 'support') => (shown ? mean(of.map((a) => a[k])) : null);
    const favourable = of.filter((a) => (a.growth + a.clarity + a.support) / 3 >= 4).length;
    return {
      period,
      responses: of.length,
      growth: avg('growth'),
      clarity: avg('clarity'),
      support: avg('support'),
      favourable_share: shown ? round(favourable / of.length) : null,
    };
  });
}

export function computeTeamMetrics(
  spells: Spell[],
  requisitions: FilledRequisition[],
  pulse: PulseAnswer[],
  from: string,
  to: string,
): TeamMetrics {
  const start = headcountOn(spells, from);
  const end = headcountOn(spells, to);
  const average = (start + end) / 2;
  const annualise = 365 / (daysBetween(from, to) + 1);
  const exits = spells.filter((s) => within(s.end_date, from, to));
  const rate = (n: number) => (average > 0 ? round((n / average) * annualise) : null);
  const voluntary = exits.filter((s) => s.exit_kind === 'voluntary').length;
  const involuntary = exits.filter((s) => s.exit_kind === 'involuntary').length;
  const current = spells.filter((s) => s.start_date <= to && (!s.end_date || s.end_date >= to));
  const hires = spells.filter((s) => within(s.start_date, from, to));
  return {
    from,
    to,
    headcount: monthEnds(from, to).map((day) => ({
      month: day.slice(0, 7),
      headcount: headcountOn(spells, day),
    })),
    headcount_start: start,
    headcount_end: end,
    average_headcount: average,
    attrition: {
      voluntary_exits: voluntary,
      involuntary_exits: involuntary,
      internal_moves_out: exits.filter((s) => s.exit_kind === 'internal_move').length,
      voluntary_rate: rate(voluntary),
      involuntary_rate: rate(involuntary),
      total_rate: rate(voluntary + involuntary),
    },
    average_tenure_days: mean(current.map((s) => daysBetween(s.start_date, to))),
    average_ramp_days: mean(
      spells
        .filter((s) => within(s.ramp_done_on, from, to))
        .map((s) => daysBetween(s.start_date, s.ramp_done_on as string)),
    ),
    average_time_to_fill_days: mean(
      requisitions
        .filter((r) => within(r.filled_on, from, to))
        .map((r) => daysBetween(r.opened_on, r.filled_on as string)),
    ),
    hires: {
      external: hires.filter((s) => s.hire_kind === 'external').length,
      internal: hires.filter((s) => s.hire_kind === 'internal').length,
    },
    inflow_sources: countBy(hires, (s) => s.hire_source ?? s.hire_kind),
    outflow_destinations: countBy(exits, (s) => s.exit_destination ?? 'unknown'),
    exit_reasons: countBy(
      exits.filter((s) => s.exit_kind !== 'internal_move'),
      (s) => `${s.exit_kind}:${s.exit_reason ?? 'unknown'}`,
    ).map(({ key, count }) => {
      const [kind = '', reason = ''] = key.split(':');
      return { key: reason, kind, count };
    }),
    pulse: pulseByPeriod(pulse).slice(-8),
    formulas: FORMULAS,
  };
}
