import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHOICE_SOURCES,
  MEASURE_SOURCE_TYPES,
  type Measure,
  type MeasureSourceType,
  type Scorecard,
  valueBandProblems,
} from '../../../shared/health.ts';
import {
  checkDraft,
  defaultSource,
  draftOf,
  move,
  newMeasure,
  scoringOfKind,
  spreadWeights,
  weightsAddUp,
  weightTotal,
  withExtraBand,
  withNewMeasure,
  withSource,
} from './scorecard-draft.ts';

const sourceType = fc.constantFrom(...(MEASURE_SOURCE_TYPES as MeasureSourceType[]));
const types = fc.array(sourceType, { minLength: 1, maxLength: 20 });
/** Measures as the editor builds them: one per source picked, in order. */
const measuresOf = (picked: MeasureSourceType[]) =>
  picked.reduce((list, type) => withNewMeasure(list, type, type), [] as Measure[]);

describe('scorecard draft', () => {
  it('spreads weights in whole points that add up to exactly 100', () => {
    fc.assert(
      fc.property(types, (picked) => {
        const weights = spreadWeights(measuresOf(picked)).map((m) => m.weight);
        expect(weights.every(Number.isInteger)).toBe(true);
        expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
        expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives every added measure a key of its own and leaves the total as it was', () => {
    fc.assert(
      fc.property(types, sourceType, (picked, type) => {
        const before = spreadWeights(measuresOf(picked));
        const after = withNewMeasure(before, type, 'New');
        expect(new Set(after.map((m) => m.key)).size).toBe(after.length);
        expect(weightTotal(after)).toBe(weightTotal(before));
      }),
    );
  });

  it('a spread draft of any sources passes the server’s schema and survives a save and reload', () => {
    fc.assert(
      fc.property(
        types,
        fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== ''),
        (picked, name) => {
          const draft = { ...draftOf(undefined), name, measures: spreadWeights(measuresOf(picked)) };
          const { doc, issues } = checkDraft(draft);
          expect(issues).toEqual([]);
          // What the server stores comes back as a draft equal to what was saved.
          const saved = { ...doc, id: 'id', version: 1, created_at: '', updated_at: '' } as Scorecard;
          expect(draftOf(saved)).toEqual(doc);
        },
      ),
    );
  });

  it('counts a weight still being typed as 0 and names the total when it is not 100', () => {
    const [a, b] = spreadWeights(measuresOf(['nps', 'csat'])) as [Measure, Measure];
    const measures = [{ ...a, weight: Number.NaN }, b];
    expect(weightTotal(measures)).toBe(50);
    expect(weightsAddUp(weightTotal(measures))).toBe(false);
    const { issues } = checkDraft({
      ...draftOf(undefined),
      name: 'x',
      measures: [{ ...a, weight: 40 }, b],
    });
    expect(issues).toContainEqual({
      path: 'measures',
      message: 'weights must add up to 100 (they add up to 90)',
    });
  });

  it('after any change of source the scoring fits it (choice for a choice, a scale for a number)', () => {
    fc.assert(
      fc.property(sourceType, sourceType, fc.boolean(), (from, to, choiceField) => {
        const source = defaultSource(to);
        const next = withSource(
          newMeasure(from, 0),
          source.type === 'custom_field' ? { ...source, kind: choiceField ? 'choice' : 'number' } : source,
        );
        expect(next.scoring.kind === 'choice').toBe(CHOICE_SOURCES(next.source));
      }),
    );
  });

  it('keeps the scoring when only a parameter of the source changes', () => {
    const m = { ...newMeasure('usage_events', 0), scoring: scoringOfKind('bands') };
    expect(withSource(m, { type: 'usage_events', event: 'Login', days: 7 }).scoring).toBe(m.scoring);
  });

  it('added bands stay contiguous, open at both ends and ordered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (extra) => {
        let scoring = scoringOfKind('bands');
        for (let i = 0; i < extra; i++)
          if (scoring.kind === 'bands') scoring = { ...scoring, bands: withExtraBand(scoring.bands) };
        expect(scoring.kind === 'bands' && valueBandProblems(scoring.bands)).toEqual([]);
      }),
    );
  });

  it('moving a measure and back restores the order, and never loses one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: -3, max: 3 }),
        (list, at, by) => {
          const i = at % list.length;
          const moved = move(list, i, by);
          expect([...moved].sort()).toEqual([...list].sort());
          if (i + by >= 0 && i + by < list.length) expect(move(moved, i + by, -by)).toEqual(list);
          else expect(moved).toBe(list);
        },
      ),
    );
  });
});
