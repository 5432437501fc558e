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
