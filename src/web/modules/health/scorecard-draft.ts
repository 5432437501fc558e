import i18next from 'i18next';
import { localeOr } from '../../../shared/auth.ts';
import {
  CHOICE_SOURCES,
  DEFAULT_ALERTS,
  DEFAULT_COLOR_BANDS,
  type Measure,
  type MeasureScoring,
  type MeasureSource,
  type MeasureSourceType,
  type Scorecard,
  type ScorecardDoc,
  scorecardInput,
} from '../../../shared/health.ts';
import { translateMessage } from '../../../shared/messages/translate.ts';
import { ApiError, type FieldIssue } from '../../lib/api.ts';

/** The editor's working copy: a whole scorecard document, numbers possibly NaN while being typed. */
export type Draft = ScorecardDoc;

export function draftOf(card: Scorecard | undefined, firstLabel = ''): Draft {
  if (!card)
    return {
      name: '',
      description: '',
      is_default: false,
      priority: 100,
      segments: [],
      tiers: [],
      coverage_models: [],
      measures: [newMeasure('active_users', 0, firstLabel)],
      color_bands: DEFAULT_COLOR_BANDS.map((b) => ({ ...b })),
      alerts: { ...DEFAULT_ALERTS },
    };
  const { id: _i, version: _v, created_at: _c, updated_at: _u, ...doc } = card;
  return structuredClone(doc);
}

/** Sensible parameters for a source type, so switching type leaves a measure that already works. */
export function defaultSource(type: MeasureSourceType): MeasureSource {
  switch (type) {
    case 'usage_events':
      return { type, event: null, days: 30 };
    case 'active_users':
    case 'feature_adoption':
      return { type, days: 30 };
    case 'usage_trend':
      return { type, metric: 'active_users', days: 28 };
    case 'nps':
    case 'csat':
      return { type, days: 180 };
    case 'support_tickets':
      return { type, status: 'open' };
    case 'days_to_renewal':
    case 'csm_sentiment':
      return { type };
    case 'custom_field':
      return { type, field: 'field_key', kind: 'number' };
  }
}

/** A starting scale per source: what a CS team would call bad (scores 0) and good (scores 100). */
export function defaultScoring(source: MeasureSource): MeasureScoring {
  if (source.type === 'csm_sentiment')
    return {
      kind: 'choice',
      choices: [
        { value: 'green', score: 100 },
        { value: 'yellow', score: 50 },
        { value: 'red', score: 0 },
      ],
    };
  if (CHOICE_SOURCES(source)) return { kind: 'choice', choices: [{ value: 'yes', score: 100 }] };
  const linear: Record<string, [number, number]> = {
    usage_events: [0, 500],
    active_users: [0, 20],
    feature_adoption: [0, 80],
    usage_trend: [-50, 20],
    nps: [4, 9],
    csat: [2, 5],
    support_tickets: [5, 0],
    days_to_renewal: [30, 180],
    custom_field: [0, 100],
  };
  const [from, to] = linear[source.type] ?? [0, 100];
  return { kind: 'linear', from, to };
}

export function newMeasure(type: MeasureSourceType, index: number, label = ''): Measure {
  const source = defaultSource(type);
  return {
    key: `${type}${index ? `_${index + 1}` : ''}`.slice(0, 40),
    label,
    group: null,
    weight: 100,
    source,
    scoring: defaultScoring(source),
  };
}

export type Issues = { path: string; message: string }[];
export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');
/** The first message for exactly this path. */
export const issueAt = (issues: Issues, path: string) => issues.find((i) => i.path === path)?.message;

/** A refused save's field issues (a 422's details), or null when the error is not about the fields. */
export function issuesOfError(error: unknown): Issues | null {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return null;
  return (error.details as FieldIssue[]).map((d) => ({ path: pathKey(d.path ?? []), message: d.message }));
}

/** The draft checked by the same schema the server uses: its issues keyed by path, or the document. */
export function checkDraft(draft: Draft): { doc: Draft | null; issues: Issues } {
  const parsed = scorecardInput.safeParse(draft);
  if (parsed.success) return { doc: parsed.data, issues: [] };
  return {
    doc: null,
    // zod's own messages follow the UI language already (z.config); the scorecard's own rules are ours.
    issues: parsed.error.issues.map((i) => ({
      path: pathKey(i.path),
      message: translateMessage(i.message, localeOr(i18next.language)),
    })),
  };
}

/** Moves item i by `by` places (reorder measures). */
export function move<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(i, 1);
  if (item !== undefined) next.splice(j, 0, item);
  return next;
}

/** The sum of the weights; one still being typed (NaN) counts as 0. */
export function weightTotal(measures: Measure[]): number {
  return measures.reduce((s, m) => s + (Number.isFinite(m.weight) ? m.weight : 0), 0);
}

/** The server's rule: weights add up to 100, give or take rounding of decimal weights. */
export const weightsAddUp = (total: number) => Math.abs(total - 100) <= 0.01;

/** Even weights in whole points, the remainder on the first measures, so they add up to exactly 100. */
export function spreadWeights(measures: Measure[]): Measure[] {
  const n = measures.length;
  const base = Math.floor(100 / n);
  return measures.map((m, i) => ({ ...m, weight: base + (i < 100 - base * n ? 1 : 0) }));
}

/** Adds a measure of `type` under a key no other measure has, weighing 0 so the total stays as it was. */
export function withNewMeasure(measures: Measure[], type: MeasureSourceType, label: string): Measure[] {
  const used = new Set(measures.map((m) => m.key));
  let i = 0;
  let m = newMeasure(type, i, label);
  while (used.has(m.key)) m = newMeasure(type, ++i, label);
  return [...measures, { ...m, weight: 0 }];
}

/** The groups measures already name, offered when typing another measure's group. */
export function measureGroups(measures: Measure[]): string[] {
  return [...new Set(measures.map((m) => m.group).filter((g): g is string => !!g))];
}

export const toggled = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * The measure reading a new source. A source that gives a choice needs choice scoring and the other way
 * round; the scoring is kept only while the source type stays the same and still fits.
 */
export function withSource(measure: Measure, source: MeasureSource): Measure {
  const fits = CHOICE_SOURCES(source) === (measure.scoring.kind === 'choice');
  const keep = fits && source.type === measure.source.type;
  return { ...measure, source, scoring: keep ? measure.scoring : defaultScoring(source) };
}

/** A starting scale when the person switches a numeric measure between a linear range and bands. */
export function scoringOfKind(kind: 'linear' | 'bands'): MeasureScoring {
  if (kind === 'linear') return { kind: 'linear', from: 0, to: 100 };
  return {
    kind: 'bands',
    bands: [
      { min: null, max: 10, score: 0 },
      { min: 10, max: 50, score: 50 },
      { min: 50, max: null, score: 100 },
    ],
  };
}

type Bands = Extract<MeasureScoring, { kind: 'bands' }>['bands'];

/** Splits the open-ended last band at 10 above its start, so the bands stay contiguous. */
export function withExtraBand(bands: Bands): Bands {
  const last = bands.at(-1);
  const start = last?.min ?? 0;
  const closed = bands.map((x, j) => (j === bands.length - 1 ? { ...x, max: start + 10 } : x));
  return [...closed, { min: start + 10, max: null, score: last?.score ?? 100 }];
}

/** `list` with item i replaced by `next`, or removed when next is null. */
export function replaceAt<T>(list: T[], i: number, next: T | null): T[] {
  return next === null ? list.filter((_, j) => j !== i) : list.map((x, j) => (j === i ? next : x));
}

/** What each part of the scorecard editor gets: the draft, a way to change it, and the issues to show. */
export type DraftPartProps = {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  issues: Issues;
  readOnly: boolean;
};
