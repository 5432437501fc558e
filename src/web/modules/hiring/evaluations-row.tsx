import { useTranslation } from 'react-i18next';
import type { RequisitionDetail } from '../../../shared/hiring.ts';
import { describeError } from '../../lib/errors.ts';
import { Spinner } from '../../ui/feedback.tsx';
import { useEvaluations } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';

/** The evaluations of one candidate under its row; hidden from an interviewer until they submit theirs. */
export function EvaluationsRow({ candidateId, r }: { candidateId: string; r: RequisitionDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const evaluations = useEvaluations(candidateId);
  const stageName = (key: string) => r.stages.find((s) => s.key === key)?.name ?? key;
  return (
    <tr className="row-detail">
      <td colSpan={5}>
        {evaluations.isPending ? (
          <Spinner label={t('common.loading')} />
        ) : evaluations.isError ? (
          <p className="field-error">{describeError(evaluations.error)}</p>
        ) : (
          <>
            {!evaluations.data.others_visible && <p className="muted">{t('people.hiring.othersHidden')}</p>}
            {evaluations.data.data.length === 0 ? (
              <p className="muted">{t('people.hiring.noEvaluations')}</p>
            ) : (
              <ul className="team-evaluations">
                {evaluations.data.data.map((e) => (
                  <li key={e.id}>
                    <span className="strong">{e.interviewer_name}</span> · {stageName(e.stage_key)} ·{' '}
                    <span className="strong">{t(`people.hiring.recommendations.${e.recommendation}`)}</span>
                    <div className="cell-sub">
                      {Object.entries(e.scores)
                        .map(([k, v]) => `${label('competency', k)}: ${v}/4`)
                        .join(' · ')}
                    </div>
                    {e.notes && <p>{e.notes}</p>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
