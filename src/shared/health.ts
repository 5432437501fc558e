import { z } from 'zod';
import { coverageModel } from './accounts.ts';
import { patchOf, text, uuid } from './common.ts';

export const HEALTH_COLORS = ['red', 'yellow', 'green'] as const;
export const healthColor = z.enum(HEALTH_COLORS);
export type HealthColor = z.infer<typeof healthColor>;

const days = z.number().int().min(1).max(365);
const eventName = text(200).pipe(z.string().min(1));

/** Where a measure's raw value comes from. Each source type is one SQL shape in measure-values.ts. */
export const measureSource = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('usage_events'), event: eventName.nullable().default(null), days }),
  z.strictObject({ type: z.literal('active_users'), days }),
  z.strictObject({ type: z.literal('feature_adoption'), days }),
  z.strictObject({ type: z.literal('usage_trend'), metric: z.enum(['events', 'active_users']), days }),
  z.strictObject({ type: z.literal('nps'), days }),
  z.strictObject({ type: z.literal('csat'), days }),
  z.strictObject({ type: z.literal('support_tickets'), status: z.enum(['open', 'escalated']) }),
  z.strictObject({ type: z.literal('days_to_renewal') }),
  z.strictObject({ type: z.literal('csm_sentiment') }),
  z.strictObject({
    type: z.literal('custom_field'),
    field: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be a custom field key in snake_case'),
    kind: z.enum(['number', 'choice']),
  }),
]);
export type MeasureSource = z.infer<typeof measureSource>;
export type MeasureSourceType = MeasureSource['type'];
export const MEASURE_SOURCE_TYPES = measureSource.options.map((o) => o.shape.type.value);

/** Sources whose value is text (a choice); the rest are numbers. */
export const CHOICE_SOURCES = (s: MeasureSource) =>
  s.type === 'csm_sentiment' || (s.type === 'custom_field' && s.kind === 'choice');

const score = z.number().min(0).max(100);
const finite = z.number().finite();

export const valueBand = z.strictObject({ min: finite.nullable(), max: finite.nullable(), score });
export type ValueBand = z.infer<typeof valueBand>;

/** How a raw value becomes 0-100: a linear range (from scores 0, to scores 100), bands, or a score per choice. */
export const measureScoring = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('linear'), from: finite, to: finite }),
  z.strictObject({ kind: z.literal('bands'), bands: z.array(valueBand).min(1).max(20) }),
  z.strictObject({
    kind: z.literal('choice'),
    choices: z
      .array(z.strictObject({ value: text(100).pipe(z.string().min(1)), score }))
      .min(1)
      .max(50),
  }),
]);
export type MeasureScoring = z.infer<typeof measureScoring>;

export const measureKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be snake_case, up to 40 characters');

export const measure = z.strictObject({
  key: measureKey,
  label: text(100).pipe(z.string().min(1, 'must not be empty')),
  group: text(60).nullable().default(null),
  weight: z.number().gt(0).max(100),
  source: measureSource,
  scoring: measureScoring,
});
export type Measure = z.infer<typeof measure>;

export const colorBand = z.strictObject({
  color: healthColor,
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
});
export type ColorBand = z.infer<typeof colorBand>;

export const DEFAULT_COLOR_BANDS: ColorBand[] = [
  { color: 'red', min: 0, max: 50 },
  { color: 'yellow', min: 51, max: 75 },
  { color: 'green', min: 76, max: 100 },
];

export const alertSettings = z.strictObject({
  /** Alert when the score falls by at least drop_points within drop_days. */
  drop_points: z.number().int().min(1).max(100),
  drop_days: z.number().int().min(1).max(90),
  /** Alert when a measure's score falls week on week for this many weeks (checked nightly). */
  trend_weeks: z.number().int().min(2).max(12),
});
export type AlertSettings = z.infer<typeof alertSettings>;
export const DEFAULT_ALERTS: AlertSettings = { drop_points: 15, drop_days: 7, trend_weeks: 3 };

type Issue = { path: (string | number)[]; message: string };

/** Rules a scorecard document must keep beyond field shapes; each problem names where it is. */
export function scorecardProblems(doc: { measures: Measure[]; color_bands: ColorBand[] }): Issue[] {
  const problems: Issue[] = [];
  const total = doc.measures.reduce((sum, m) => sum + m.weight, 0);
  if (Math.abs(total - 100) > 0.01)
    problems.push({
      path: ['measures'],
      message: `weights must add up to 100 (they add up to ${round2(total)})`,
    });
  const seen = new Set<string>();
  doc.measures.forEach((m, i) => {
    if (seen.has(m.key))
      problems.push({ path: ['measures', i, 'key'], message: `key "${m.key}" is used twice` });
    seen.add(m.key);
    const wantsChoice = CHOICE_SOURCES(m.source);
    if (wantsChoice !== (m.scoring.kind === 'choice'))
      problems.push({
        path: ['measures', i, 'scoring', 'kind'],
        message: wantsChoice
          ? 'this source gives a choice, so score it by choice'
          : 'this source gives a number, so score it by linear range or bands',
      });
    if (m.scoring.kind === 'linear' && m.scoring.from === m.scoring.to)
      problems.push({ path: ['measures', i, 'scoring'], message: 'from and to must differ' });
    if (m.scoring.kind === 'bands')
      for (const p of valueBandProblems(m.scoring.bands))
        problems.push({ path: ['measures', i, 'scoring', 'bands', ...p.path], message: p.message });
    if (m.scoring.kind === 'choice') {
      const values = m.scoring.choices.map((c) => c.value);
      if (new Set(values).size !== values.length)
        problems.push({ path: ['measures', i, 'scoring', 'choices'], message: 'a choice is listed twice' });
    }
  });
  for (const p of colorBandProblems(doc.color_bands))
    problems.push({ path: ['color_bands', ...p.path], message: p.message });
  return problems;
}

/**
 * Bands must cover every value exactly once (the first open below, the last open above, each starting
 * where the previous ends) and their scores must only rise or only fall, so a better value never scores less.
 */
export function valueBandProblems(bands: ValueBand[]): Issue[] {
  const problems: Issue[] = [];
  bands.forEach((b, i) => {
    if (b.min !== null && b.max !== null && b.min >= b.max)
      problems.push({ path: [i], message: `band ${i + 1}: min must be below max` });
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.min !== null)
    problems.push({ path: [0, 'min'], message: 'the first band must have no min' });
  if (last && last.max !== null)
    problems.push({ path: [bands.length - 1, 'max'], message: 'the last band must have no max' });
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1];
    const cur = bands[i];
    if (!prev || !cur) continue;
    if (prev.max === null || cur.min === null || cur.min < prev.max)
      problems.push({ path: [i, 'min'], message: `bands ${i} and ${i + 1} overlap` });
    else if (cur.min > prev.max)
      problems.push({
        path: [i, 'min'],
        message: `gap between bands ${i} and ${i + 1} (${prev.max} to ${cur.min})`,
      });
  }
  const scores = bands.map((b) => b.score);
  const rises = scores.every((s, i) => i === 0 || s >= (scores[i - 1] ?? s));
  const falls = scores.every((s, i) => i === 0 || s <= (scores[i - 1] ?? s));
  if (!rises && !falls)
    problems.push({ path: [], message: 'band scores must only rise or only fall from one band to the next' });
  return problems;
}

/** Color bands tile 0-100 in whole points: no overlap, no gap, each color once. */
export function colorBandProblems(bands: ColorBand[]): Issue[] {
  const problems: Issue[] = [];
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  if (new Set(bands.map((b) => b.color)).size !== bands.length)
    problems.push({ path: [], message: 'each color may have one band' });
  bands.forEach((b, i) => {
    if (b.min > b.max) problems.push({ path: [i], message: `${b.color}: min must not be above max` });
  });
  if (sorted[0] && sorted[0].min !== 0) problems.push({ path: [], message: 'color bands must start at 0' });
  const top = sorted[sorted.length - 1];
  if (top && top.max !== 100) problems.push({ path: [], message: 'color bands must end at 100' });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (!prev || !cur) continue;
    if (cur.min <= prev.max)
      problems.push({ path: [], message: `${prev.color} and ${cur.color} bands overlap` });
    else if (cur.min > prev.max + 1)
      problems.push({ path: [], message: `scores ${prev.max + 1}-${cur.min - 1} have no color` });
  }
  return problems;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const scorecardFields = z.strictObject({
  name: text(120).pipe(z.string().min(1, 'must not be empty')),
  description: text(2000).default(''),
  is_default: z.boolean().default(false),
  priority: z.number().int().min(0).max(10_000).default(100),
  segments: z.array(text(100)).max(100).default([]),
  tiers: z.array(text(50)).max(100).default([]),
  coverage_models: z.array(coverageModel).max(3).default([]),
  measures: z.array(measure).min(1, 'a scorecard needs at least one measure').max(20),
  color_bands: z.array(colorBand).length(3).default(DEFAULT_COLOR_BANDS),
  alerts: alertSettings.default(DEFAULT_ALERTS),
});

const withProblems = <T extends z.ZodType<{ measures: Measure[]; color_bands: ColorBand[] }>>(schema: T) =>
  schema.superRefine((doc, ctx) => {
    for (const p of scorecardProblems(doc))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export const scorecardInput = withProblems(scorecardFields);
export type ScorecardInput = z.input<typeof scorecardInput>;
export type ScorecardDoc = z.output<typeof scorecardInput>;

export const scorecard = scorecardFields.extend({
  id: uuid,
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Scorecard = z.infer<typeof scorecard>;

export const measureResult = z.object({
  key: z.string(),
  label: z.string(),
  group: z.string().nullable(),
  value: z.union([z.number(), z.string()]).nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  contribution: z.number().nullable(),
  missing: z.boolean(),
});
export type MeasureResult = z.infer<typeof measureResult>;

export const healthChange = z.object({
  from: z.number().nullable(),
  to: z.number().nullable(),
  at: z.string(),
  measures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      from: z.union([z.number(), z.string()]).nullable(),
      to: z.union([z.number(), z.string()]).nullable(),
      delta: z.number(),
    }),
  ),
});
export type HealthChange = z.infer<typeof healthChange>;

export const accountHealth = z.object({
  account_id: uuid,
  scorecard: z.object({ id: uuid, name: z.string() }).nullable(),
  score: z.number().nullable(),
  color: healthColor.nullable(),
  measures: z.array(measureResult),
  computed_at: z.string().nullable(),
  trend: z.object({ d7: z.number().nullable(), d30: z.number().nullable() }),
  last_change: healthChange.nullable(),
  color_bands: z.array(colorBand),
});
export type AccountHealth = z.infer<typeof accountHealth>;

export const healthPoint = z.object({
  at: z.string(),
  day: z.string(),
  kind: z.enum(['daily', 'color_change']),
  score: z.number().nullable(),
  color: healthColor.nullable(),
  measures: z.array(measureResult),
});
export type HealthPoint = z.infer<typeof healthPoint>;

export const healthHistoryQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const HEALTH_ALERT_KINDS = ['band_worse', 'score_drop', 'measure_trend'] as const;
export const healthAlert = z.object({
  id: uuid,
  account_id: uuid,
  account_name: z.string(),
  kind: z.enum(HEALTH_ALERT_KINDS),
  details: z.record(z.string(), z.unknown()),
  created_at: z.string(),
  acknowledged_at: z.string().nullable(),
});
export type HealthAlert = z.infer<typeof healthAlert>;

export const previewResult = z.object({
  accounts: z.number().int(),
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
  colors: z.object({
    red: z.number().int(),
    yellow: z.number().int(),
    green: z.number().int(),
    none: z.number().int(),
  }),
  changes: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        account_id: uuid,
        name: z.string(),
        from_score: z.number().nullable(),
        from_color: healthColor.nullable(),
        to_score: z.number().nullable(),
        to_color: healthColor.nullable(),
      }),
    ),
  }),
});
export type PreviewResult = z.infer<typeof previewResult>;

export const healthRun = z.object({
  id: uuid,
  reason: z.enum(['scorecard', 'nightly', 'manual']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});
export type HealthRun = z.infer<typeof healthRun>;

// Signals that feed measures.
export const createSurveyResponseInput = z
  .strictObject({
    kind: z.enum(['nps', 'csat']),
    score: z.number().int(),
    contact_id: uuid.nullable().default(null),
    comment: text(4000).nullable().default(null),
    responded_at: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((v, ctx) => {
    const [lo, hi] = v.kind === 'nps' ? [0, 10] : [1, 5];
    if (v.score < lo || v.score > hi)
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `${v.kind.toUpperCase()} scores are ${lo} to ${hi}`,
      });
  });
export const surveyResponse = z.object({
  id: uuid,
  account_id: uuid,
  contact_id: uuid.nullable(),
  kind: z.enum(['nps', 'csat']),
  score: z.number().int(),
  comment: z.string().nullable(),
  responded_at: z.string(),
});

export const TICKET_STATUSES = ['open', 'pending', 'solved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const createTicketInput = z.strictObject({
  subject: text(300).pipe(z.string().min(1, 'must not be empty')),
  external_id: text(200).pipe(z.string().min(1)).nullable().default(null),
  status: z.enum(TICKET_STATUSES).default('open'),
  priority: z.enum(TICKET_PRIORITIES).default('normal'),
  escalated: z.boolean().default(false),
  opened_at: z.iso.datetime({ offset: true }).optional(),
});
export const updateTicketInput = patchOf(
  z
    .strictObject({
      subject: text(300).pipe(z.string().min(1, 'must not be empty')),
      status: z.enum(TICKET_STATUSES),
      priority: z.enum(TICKET_PRIORITIES),
      escalated: z.boolean(),
    })
    .partial(),
);
export const supportTicket = z.object({
  id: uuid,
  account_id: uuid,
  external_id: z.string().nullable(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  escalated: z.boolean(),
  opened_at: z.string(),
  closed_at: z.string().nullable(),
});

export const createSentimentInput = z.strictObject({
  sentiment: healthColor,
  comment: text(4000).pipe(z.string().min(1, 'say why')),
  expires_at: z.iso.datetime({ offset: true }).nullable().default(null),
});
export const csmSentiment = z.object({
  id: uuid,
  account_id: uuid,
  author_name: z.string().nullable(),
  sentiment: healthColor,
  comment: z.string(),
  expires_at: z.string().nullable(),
  created_at: z.string(),
});

/** A saved scorecard with the full recompute it started (null when none was needed). */
export const savedScorecard = z.object({ scorecard, run: healthRun.nullable() });

// The portfolio views: health mix by group, the biggest movers and the measure heat map.
export const PORTFOLIO_GROUPS = ['segment', 'owner', 'coverage_model', 'tier'] as const;
export type PortfolioGroup = (typeof PORTFOLIO_GROUPS)[number];
const limitUpTo = (max: number, byDefault: number) =>
  z.coerce.number().int().min(1).max(max).default(byDefault);

export const healthAlertsQuery = z.object({
  account_id: z.uuid().optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  limit: limitUpTo(500, 100),
});

export const distributionQuery = z.object({ group_by: z.enum(PORTFOLIO_GROUPS).default('segment') });

/** One group of the health mix; ARR at risk is the ARR of its red accounts, in minor units. */
export const distributionRow = z.object({
  key: z.string().nullable(),
  label: z.string().nullable(),
  accounts: z.number(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  none: z.number(),
  average: z.number().nullable(),
  arr_at_risk: z.number(),
});
export type DistributionRow = z.infer<typeof distributionRow>;

export const moversQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(7),
  limit: limitUpTo(200, 20),
});

export const healthMover = z.object({
  account_id: z.uuid(),
  name: z.string(),
  score: z.number().nullable(),
  color: z.string().nullable(),
  before: z.number().nullable(),
  change: z.number(),
});
export type HealthMover = z.infer<typeof healthMover>;

export const heatmapQuery = z.object({ scorecard_id: z.uuid().optional(), limit: limitUpTo(500, 50) });

export const healthHeatmap = z.object({
  scorecard: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  measures: z.array(z.object({ key: z.string(), label: z.string() })),
  accounts: z.array(
    z.object({
      account_id: z.uuid(),
      name: z.string(),
      score: z.number().nullable(),
      color: z.string().nullable(),
      scores: z.array(z.number().nullable()),
    }),
  ),
});
export type HealthHeatmap = z.infer<typeof healthHeatmap>;

export const latestHealthRun = z.object({ run: healthRun.nullable() });
export type LatestHealthRun = z.infer<typeof latestHealthRun>;
export type SavedScorecard = z.infer<typeof savedScorecard>;
