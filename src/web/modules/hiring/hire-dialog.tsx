import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/hiring.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useHire } from '../people/people-api.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The accepted offer: fills the requisition and adds the person to the roster. */
export function HireDialog({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hire = useHire(candidate.id);
  const [acceptedOn, setAcceptedOn] = useState(today());
  const [startDate, setStartDate] = useState(today());
  const errors = fieldErrors(hire.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    hire.mutate(
      { accepted_on: acceptedOn, start_date: startDate },
      {
        onSuccess: () => {
          showToast(t('people.hiring.hired', { name: candidate.name }), 'success');
          onClose();
          void navigate({ to: '/team' });
        },
        onError: (err) => {
          if (Object.keys(fieldErrors(err)).length === 0) showToast(describeError(err));
        },
      },
    );
  };
  return (
    <Dialog
      title={t('people.hiring.hireTitle', { name: candidate.name })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="hire" className="button button-primary" disabled={hire.isPending}>
            {t('people.hiring.hire')}
          </button>
        </>
      }
    >
      <form id="hire" className="form" onSubmit={submit}>
        <Field label={t('people.hiring.acceptedOn')} error={errors.accepted_on}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={acceptedOn}
              onChange={(e) => setAcceptedOn(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('people.hiring.startDate')} error={errors.start_date}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
