import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, RECOMMENDATIONS, type RequisitionDetail } from '../../../shared/hiring.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSubmitEvaluation } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';

type Recommendation = (typeof RECOMMENDATIONS)[number];

/** A structured evaluation: a 1–4 score per scorecard competency and a hire/no-hire recommendation. */
export function EvaluateDialog({
  candidate,
  r,
  onClose,
}: {
  candidate: Candidate;
  r: RequisitionDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const submitEvaluation = useSubmitEvaluation(candidate.id);
  const [stage, setStage] = useState(r.stages[0]?.key ?? '');
  const [scores, setScores] = useState<Record<string, number>>({});
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [notes, setNotes] = useState('');
  const complete = r.competencies.every((c) => scores[c.key]) && recommendation !== '' && stage !== '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    submitEvaluation.mutate(
      { stage_key: stage, scores, recommendation: recommendation as Recommendation, notes },
      {
        onSuccess: () => {
          showToast(t('people.hiring.submitted'), 'success');
          onClose();
        },
        onError: (err) => showToast(describeError(err)),
      },
    );
  };

  return (
    <Dialog
      title={t('people.hiring.evaluateTitle', { name: candidate.name })}
      description={t('people.hiring.evaluationHint')}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="evaluate"
            className="button button-primary"
            disabled={!complete || submitEvaluation.isPending}
          >
            {t('people.hiring.submit')}
          </button>
        </>
      }
    >
      <form id="evaluate" className="form" onSubmit={submit}>
        <Field label={t('people.hiring.interviewStage')}>
          {(p) => (
            <select {...p} className="input" value={stage} onChange={(e) => setStage(e.target.value)}>
              {r.stages.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {r.competencies.map((c) => (
          <fieldset key={c.key} className="team-score">
            <legend className="field-label">{label('competency', c.key)}</legend>
            <div className="segmented">
              {[1, 2, 3, 4].map((n) => (
                <button
                  key={n}
                  type="button"
                  aria-pressed={scores[c.key] === n}
                  aria-label={`${label('competency', c.key)} ${n}`}
                  className={`segmented-option${scores[c.key] === n ? ' segmented-option-active' : ''}`}
                  onClick={() => setScores({ ...scores, [c.key]: n })}
                >
                  {n}
                </button>
              ))}
            </div>
          </fieldset>
        ))}
        <Field label={t('people.hiring.recommendation')}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={recommendation}
              onChange={(e) => setRecommendation(e.target.value as Recommendation)}
            >
              <option value="">{t('common.choose')}</option>
              {RECOMMENDATIONS.map((rec) => (
                <option key={rec} value={rec}>
                  {t(`people.hiring.recommendations.${rec}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.hiring.notes')}>
          {(p) => (
            <textarea
              {...p}
              className="input"
              rows={3}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
