import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCreateRequisition, useQuestions } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';

const BANK_COMPETENCIES = [
  'relationship_building',
  'onboarding',
  'renewals_upsell',
  'data_driven',
  'conflict_escalation',
] as const;
const QUESTIONS_PER_COMPETENCY = 2;

/** A requisition with a scorecard and a one-stage kit drawn from the built-in question bank. */
export function OpenRequisitionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const questions = useQuestions();
  const create = useCreateRequisition();
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState('2');
  const [mission, setMission] = useState('');
  const [outcome, setOutcome] = useState('');
  const [chosen, setChosen] = useState<string[]>(['relationship_building', 'renewals_upsell']);
  const errors = fieldErrors(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bank = questions.data?.data ?? [];
    const questionIds = chosen.flatMap((c) =>
      bank
        .filter((q) => q.competency === c)
        .slice(0, QUESTIONS_PER_COMPETENCY)
        .map((q) => q.id),
    );
    create.mutate(
      {
        title,
        track: 'ic',
        level: Number(level),
        kind: 'new',
        hiring_manager_id: user.id,
        opened_on: new Date().toISOString().slice(0, 10),
        mission,
        outcomes: outcome.trim() ? [outcome.trim()] : [],
        competencies: chosen.map((key) => ({ key, name: label('competency', key) })),
        stages: [{ key: 'panel', name: t('people.hiring.defaultStage'), question_ids: questionIds }],
      },
      {
        onSuccess: (r) => {
          showToast(t('people.hiring.created'), 'success');
          onClose();
          void navigate({ to: '/hiring/$requisitionId', params: { requisitionId: r.id } });
        },
        onError: (err) => {
          if (Object.keys(fieldErrors(err)).length === 0) showToast(describeError(err));
        },
      },
    );
  };

  return (
    <Dialog
      title={t('people.hiring.open')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="open-requisition"
            className="button button-primary"
            disabled={create.isPending || !title.trim() || chosen.length === 0}
          >
            {t('people.hiring.open')}
          </button>
        </>
      }
    >
      <form id="open-requisition" className="form" onSubmit={submit}>
        <Field label={t('people.hiring.titleField')} error={errors.title} required>
          {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('people.hiring.level')} error={errors.level}>
          {(p) => (
            <select {...p} className="input" value={level} onChange={(e) => setLevel(e.target.value)}>
              {[1, 2, 3, 4].map((l) => (
                <option key={l} value={l}>
                  {t('people.levelShort', { level: l })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.hiring.mission')} error={errors.mission}>
          {(p) => (
            <textarea
              {...p}
              className="input"
              rows={2}
              value={mission}
              onChange={(e) => setMission(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('people.hiring.outcome')} error={errors.outcomes}>
          {(p) => (
            <input {...p} className="input" value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          )}
        </Field>
        <fieldset className="team-checks">
          <legend className="field-label">{t('people.hiring.competencies')}</legend>
          {BANK_COMPETENCIES.map((c) => (
            <label key={c} className="inline-label">
              <input
                type="checkbox"
                checked={chosen.includes(c)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
              />
              {label('competency', c)}
            </label>
          ))}
          <p className="field-hint">{t('people.hiring.competenciesHint')}</p>
        </fieldset>
      </form>
    </Dialog>
  );
}
