import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field.tsx';
import { FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCreateRequisition, useQuestions } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';
import { BANK_COMPETENCIES, type RequisitionDraft, requisitionBody } from './requisition-draft.ts';

const FIELDS = ['title', 'level', 'mission', 'outcomes'] as const;

/** A requisition with a scorecard and a one-stage kit drawn from the built-in question bank. */
export function OpenRequisitionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const questions = useQuestions();
  const create = useCreateRequisition();
  const { draft, bind, patch } = useDraft<RequisitionDraft>({
    title: '',
    level: '2',
    mission: '',
    outcome: '',
    competencies: ['relationship_building', 'renewals_upsell'],
  });
  const submit = () => {
    const body = requisitionBody(draft, {
      bank: questions.data?.data ?? [],
      managerId: user.id,
      stageName: t('people.hiring.defaultStage'),
      competencyName: (key) => label('competency', key),
    });
    create.mutate(body, {
      onSuccess: (r) => {
        showToast(t('people.hiring.created'), 'success');
        onClose();
        void navigate({ to: '/hiring/$requisitionId', params: { requisitionId: r.id } });
      },
    });
  };
  return (
    <FormDialog
      title={t('people.hiring.open')}
      submitLabel={t('people.hiring.open')}
      mutation={create}
      canSubmit={draft.title.trim() !== '' && draft.competencies.length > 0}
      onSubmit={submit}
      onClose={onClose}
      fields={FIELDS}
      layout="stack"
    >
      {(errors) => (
        <>
          <InputField
            label={t('people.hiring.titleField')}
            error={errors.title}
            required
            value={draft.title}
            onChange={bind('title')}
          />
          <Field label={t('people.hiring.level')} error={errors.level}>
            {(p) => (
              <select {...p} className="input" value={draft.level} onChange={bind('level')}>
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
              <textarea {...p} className="input" rows={2} value={draft.mission} onChange={bind('mission')} />
            )}
          </Field>
          <InputField
            label={t('people.hiring.outcome')}
            error={errors.outcomes}
            value={draft.outcome}
            onChange={bind('outcome')}
          />
          <CompetencyChecks
            chosen={draft.competencies}
            onChange={(competencies) => patch({ competencies })}
          />
        </>
      )}
    </FormDialog>
  );
}

function CompetencyChecks({ chosen, onChange }: { chosen: string[]; onChange: (chosen: string[]) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <fieldset className="team-checks">
      <legend className="field-label">{t('people.hiring.competencies')}</legend>
      {BANK_COMPETENCIES.map((c) => (
        <label key={c} className="inline-label">
          <input
            type="checkbox"
            checked={chosen.includes(c)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
          />
          {label('competency', c)}
        </label>
      ))}
      <p className="field-hint">{t('people.hiring.competenciesHint')}</p>
    </fieldset>
  );
}
