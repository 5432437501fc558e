import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, RECOMMENDATIONS, type RequisitionDetail } from '../../../shared/hiring.ts';
import { Field } from '../../ui/field.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSubmitEvaluation } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';

type Recommendation = (typeof RECOMMENDATIONS)[number];
type Scores = Record<string, number>;

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
  const submitEvaluation = useSubmitEvaluation(candidate.id);
  const [stage, setStage] = useState(r.stages[0]?.key ?? '');
  const [scores, setScores] = useState<Scores>({});
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [notes, setNotes] = useState('');
  const complete = r.competencies.every((c) => scores[c.key]) && recommendation !== '' && stage !== '';
  const submit = () =>
    submitEvaluation.mutate(
      { stage_key: stage, scores, recommendation: recommendation as Recommendation, notes },
      {
        onSuccess: () => {
          showToast(t('people.hiring.submitted'), 'success');
          onClose();
        },
      },
    );
  return (
    <FormDialog
      title={t('people.hiring.evaluateTitle', { name: candidate.name })}
      description={t('people.hiring.evaluationHint')}
      size="lg"
      submitLabel={t('people.hiring.submit')}
      mutation={submitEvaluation}
      canSubmit={complete}
      onSubmit={submit}
      onClose={onClose}
      fields={[]}
      layout="stack"
    >
      {() => (
        <>
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
          <CompetencyScores requisition={r} scores={scores} onChange={setScores} />
          <RecommendationSelect value={recommendation} onChange={setRecommendation} />
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
        </>
      )}
    </FormDialog>
  );
}

/** One row of 1–4 buttons per competency of the requisition's scorecard. */
function CompetencyScores({
  requisition,
  scores,
  onChange,
}: {
  requisition: RequisitionDetail;
  scores: Scores;
  onChange: (scores: Scores) => void;
}) {
  const label = useLabel();
  return requisition.competencies.map((c) => (
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
            onClick={() => onChange({ ...scores, [c.key]: n })}
          >
            {n}
          </button>
        ))}
      </div>
    </fieldset>
  ));
}

function RecommendationSelect({
  value,
  onChange,
}: {
  value: Recommendation | '';
  onChange: (value: Recommendation) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('people.hiring.recommendation')}>
      {(p) => (
        <select
          {...p}
          className="input"
          value={value}
          onChange={(e) => onChange(e.target.value as Recommendation)}
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
  );
}
