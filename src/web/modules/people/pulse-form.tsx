import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { showToast } from '../../ui/toast.tsx';
import { useSubmitPulse } from './people-api.ts';

const QUESTIONS = ['growth', 'clarity', 'support'] as const;
type Answers = Record<(typeof QUESTIONS)[number], number>;

function currentQuarter(): string {
  const d = new Date();
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** This quarter's career-growth pulse: three questions, 1 to 5; only aggregates are ever shown. */
export function PulseForm() {
  const { t } = useTranslation();
  const submitPulse = useSubmitPulse();
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [done, setDone] = useState(false);
  const period = currentQuarter();
  const complete = QUESTIONS.every((q) => answers[q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    submitPulse.mutate(
      { period, ...(answers as Answers) },
      {
        onSuccess: () => setDone(true),
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'conflict') setDone(true);
          else showToast(describeError(err));
        },
      },
    );
  };
  return (
    <section className="card">
      <h2 className="card-title">{t('people.pulse.title', { period })}</h2>
      {done ? (
        <p className="muted">{t('people.pulse.thanks')}</p>
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="card-description">{t('people.pulse.intro')}</p>
          {QUESTIONS.map((q) => (
            <fieldset key={q} className="team-score">
              <legend className="field-label">{t(`people.metrics.${q}`)}</legend>
              <div className="segmented">
                {[1, 2, 3, 4, 5].map((n) => (
                  <button
                    key={n}
                    type="button"
                    aria-pressed={answers[q] === n}
                    className={`segmented-option${answers[q] === n ? ' segmented-option-active' : ''}`}
                    onClick={() => setAnswers({ ...answers, [q]: n })}
                  >
                    {n}
                  </button>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="form-actions form-actions-start">
            <button
              type="submit"
              className="button button-primary"
              disabled={!complete || submitPulse.isPending}
            >
              {t('people.pulse.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
