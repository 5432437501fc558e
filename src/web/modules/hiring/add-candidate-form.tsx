import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { showToast } from '../../ui/toast.tsx';
import { useAddCandidate } from '../people/people-api.ts';
import { useLabel } from '../people/people-tabs.tsx';

const SOURCES = ['inbound', 'referral', 'agency', 'sourced', 'support', 'sales'] as const;

export function AddCandidateForm({ requisitionId }: { requisitionId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const add = useAddCandidate(requisitionId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [source, setSource] = useState<string>('inbound');
  const errors = fieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { name, email: email.trim() || null, source },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
        },
        onError: (err) => showToast(describeError(err)),
      },
    );
  };
  return (
    <form className="team-inline-form" onSubmit={submit}>
      <input
        className="input input-sm"
        aria-label={t('people.hiring.candidateName')}
        placeholder={t('people.hiring.candidateName')}
        aria-invalid={Boolean(errors.name)}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <input
        className="input input-sm"
        type="email"
        aria-label={t('people.hiring.candidateEmail')}
        placeholder={t('people.hiring.candidateEmail')}
        aria-invalid={Boolean(errors.email)}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <select
        className="input input-sm"
        aria-label={t('people.hiring.source')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      >
        {SOURCES.map((s) => (
          <option key={s} value={s}>
            {label('hiring.sources', s)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-sm" disabled={add.isPending || !name.trim()}>
        {t('people.hiring.addCandidate')}
      </button>
    </form>
  );
}
