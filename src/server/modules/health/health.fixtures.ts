import type { ScorecardInput } from '../../../shared/health.ts';

/** A scorecard over custom fields, so tests set measure values directly on accounts. */
export function customFieldScorecard(overrides: Partial<ScorecardInput> = {}): ScorecardInput {
  return {
    name: 'Custom fields',
    is_default: true,
    measures: [
      {
        key: 'adoption',
        label: 'Adoption',
        group: 'Product',
        weight: 60,
        source: { type: 'custom_field', field: 'adoption', kind: 'number' },
        scoring: { kind: 'linear', from: 0, to: 100 },
      },
      {
        key: 'nps',
        label: 'NPS',
        group: 'Relationship',
        weight: 40,
        source: { type: 'custom_field', field: 'nps', kind: 'number' },
        scoring: {
          kind: 'bands',
          bands: [
            { min: null, max: 7, score: 0 },
            { min: 7, max: 9, score: 50 },
            { min: 9, max: null, score: 100 },
          ],
        },
      },
    ],
    ...overrides,
  };
}
