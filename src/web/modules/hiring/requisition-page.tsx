import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, RequisitionDetail } from '../../../shared/hiring.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useRequisition } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';
import { AddCandidateForm } from './add-candidate-form.tsx';
import { EvaluateDialog } from './evaluate-dialog.tsx';
import { EvaluationsRow } from './evaluations-row.tsx';
import { HireDialog } from './hire-dialog.tsx';
import '../people/people.css';

export function RequisitionPage() {
  const { requisitionId } = useParams({ from: '/app/hiring/$requisitionId' });
  const { t } = useTranslation();
  const requisition = useRequisition(requisitionId);
  return (
    <div className="page">
      <Link to="/hiring" className="back-link">
        ← {t('people.hiring.back')}
      </Link>
      <QueryState query={requisition}>{(r) => <RequisitionView r={r} />}</QueryState>
    </div>
  );
}

function RequisitionView({ r }: { r: RequisitionDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useLabel();
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{r.title}</h1>
          <p className="page-subtitle">
            {t(`people.track.${r.track}`)} · {t('people.levelShort', { level: r.level })} ·{' '}
            {t(`people.hiring.kinds.${r.kind}`)} · {t('people.hiring.openedOn')}{' '}
            {formatDate(r.opened_on, locale)} · {t(`people.hiring.statuses.${r.status}`)}
          </p>
        </div>
      </header>
      {r.status !== 'open' && (
        <p className="team-notice" role="status">
          {t('people.hiring.notOpen', { status: t(`people.hiring.statuses.${r.status}`) })}
        </p>
      )}
      <Candidates r={r} />
      <div className="team-columns">
        <section className="card">
          <h2 className="card-title">{t('people.hiring.scorecard')}</h2>
          {r.mission && <p>{r.mission}</p>}
          {r.outcomes.length > 0 && (
            <>
              <h3 className="team-subtitle">{t('people.hiring.outcomes')}</h3>
              <ul>
                {r.outcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </>
          )}
          <h3 className="team-subtitle">{t('people.hiring.competencies')}</h3>
          <div className="badge-list">
            {r.competencies.map((c) => (
              <span key={c.key} className="badge badge-teal">
                {label('competency', c.key)}
              </span>
            ))}
          </div>
        </section>
        <section className="card">
          <h2 className="card-title">{t('people.hiring.kit')}</h2>
          {r.stages.map((stage) => (
            <div key={stage.key}>
              <h3 className="team-subtitle">{stage.name}</h3>
              <ol className="team-kit">
                {stage.question_ids.map((id) => {
                  const q = r.questions.find((x) => x.id === id);
                  if (!q) return null;
                  return (
                    <li key={id}>
                      <span className="badge badge-teal">{label('competency', q.competency)}</span>
                      <p className="strong">{q.prompt[locale]}</p>
                      <p className="team-answer team-answer-strong">
                        <span>{t('people.hiring.strong')}:</span> {q.strong_answer[locale]}
                      </p>
                      <p className="team-answer team-answer-weak">
                        <span>{t('people.hiring.weak')}:</span> {q.weak_answer[locale]}
                      </p>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </section>
      </div>
    </>
  );
}

function Candidates({ r }: { r: RequisitionDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [evaluating, setEvaluating] = useState<Candidate | null>(null);
  const [hiring, setHiring] = useState<Candidate | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const closed = (c: Candidate) => ['hired', 'rejected', 'withdrawn'].includes(c.stage);
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header">
        <h2 className="card-title">{t('people.hiring.candidates')}</h2>
      </div>
      {r.status === 'open' && <AddCandidateForm requisitionId={r.id} />}
      {r.candidates.length === 0 ? (
        <p className="muted team-pad">{t('people.hiring.noCandidates')}</p>
      ) : (
        <table className="table" aria-label={t('people.hiring.candidates')}>
          <thead>
            <tr>
              <th>{t('people.hiring.candidateName')}</th>
              <th>{t('people.hiring.source')}</th>
              <th>{t('people.hiring.stage')}</th>
              <th>{t('people.hiring.evaluations')}</th>
              <th className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {r.candidates.flatMap((c) => [
              <tr key={c.id}>
                <td className="strong">
                  {c.name}
                  {c.email && <div className="cell-sub">{c.email}</div>}
                </td>
                <td>{label('hiring.sources', c.source)}</td>
                <td>
                  <Badge tone={c.stage === 'hired' ? 'green' : closed(c) ? 'gray' : 'blue'}>
                    {t(`people.hiring.stages.${c.stage}`)}
                  </Badge>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-ghost button-sm"
                    onClick={() => setOpen(open === c.id ? null : c.id)}
                  >
                    {t('people.hiring.evaluations')} ({c.evaluation_count})
                  </button>
                </td>
                <td className="col-actions">
                  {!closed(c) && (
                    <button type="button" className="button button-sm" onClick={() => setEvaluating(c)}>
                      {t('people.hiring.evaluate')}
                    </button>
                  )}{' '}
                  {!closed(c) && r.status === 'open' && (
                    <button
                      type="button"
                      className="button button-primary button-sm"
                      onClick={() => setHiring(c)}
                    >
                      {t('people.hiring.hire')}
                    </button>
                  )}
                </td>
              </tr>,
              open === c.id ? <EvaluationsRow key={`${c.id}-evals`} candidateId={c.id} r={r} /> : null,
            ])}
          </tbody>
        </table>
      )}
      {evaluating && <EvaluateDialog candidate={evaluating} r={r} onClose={() => setEvaluating(null)} />}
      {hiring && <HireDialog candidate={hiring} onClose={() => setHiring(null)} />}
    </section>
  );
}
