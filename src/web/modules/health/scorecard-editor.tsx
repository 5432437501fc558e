import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthRun, Scorecard } from '../../../shared/health.ts';
import { describeError } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { ChevronRightIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { useSaveScorecard } from './health-api.ts';
import { RunProgress } from './run-progress.tsx';
import { AlertsCard, ColorBandsCard } from './scorecard-bands.tsx';
import { checkDraft, type Draft, draftOf, type Issues, issuesOfError } from './scorecard-draft.ts';
import { AssignmentCard, GeneralCard } from './scorecard-general.tsx';
import { MeasuresCard } from './scorecard-measures.tsx';
import { ScorecardPreview } from './scorecard-preview.tsx';

/** Edits the whole scorecard document; the preview follows the draft, Save replaces the saved one. */
export function ScorecardEditor({ saved }: { saved: Scorecard | undefined }) {
  const { t } = useTranslation();
  const readOnly = !usePermissions().isAdmin;
  const form = useScorecardForm(saved);
  const parts = { draft: form.draft, set: form.set, issues: form.issues, readOnly };
  return (
    <form onSubmit={form.submit} noValidate className="scorecard-form">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/settings/scorecards">{t('settings.sections.scorecards')}</Link>
        <ChevronRightIcon size={12} />
        <span aria-current="page">{saved?.name ?? t('health.editor.newTitle')}</span>
      </nav>
      {readOnly && <p className="alert alert-warning">{t('health.editor.readOnly')}</p>}
      <div className={`scorecard-layout${readOnly ? ' scorecard-layout-single' : ''}`}>
        <div>
          <GeneralCard {...parts} />
          <AssignmentCard {...parts} />
          <MeasuresCard {...parts} />
          <ColorBandsCard {...parts} />
          <AlertsCard {...parts} />
          {!readOnly && (
            <div className="form-actions form-actions-start scorecard-actions">
              <button
                type="submit"
                className="button button-primary"
                disabled={form.saving}
                data-testid="save-scorecard"
              >
                {form.saving ? t('health.editor.saving') : t('common.save')}
              </button>
              {form.issues.length > 0 && (
                <span className="field-error" role="alert">
                  {t('health.editor.problems', { count: form.issues.length })}
                </span>
              )}
            </div>
          )}
          {form.run && <RunProgress initial={form.run} />}
        </div>
        {!readOnly && (
          <aside className="scorecard-preview">
            <ScorecardPreview id={saved?.id ?? null} draft={form.preview} stale={form.stale} />
          </aside>
        )}
      </div>
    </form>
  );
}

/** The draft, its issues (checked as typed, or the server's answer to Save), the preview input and Save. */
function useScorecardForm(saved: Scorecard | undefined) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved, t('health.sources.active_users')));
  const [serverIssues, setServerIssues] = useState<Issues>([]);
  const [attempted, setAttempted] = useState(false);
  const [run, setRun] = useState<HealthRun | null>(null);
  const save = useSaveScorecard(saved?.id ?? null);
  const checked = useMemo(() => checkDraft(draft), [draft]);
  // What the person is typing is checked at once (an empty name only once they try to save); the server's
  // answer to Save is shown until the next edit. The preview does not need a name.
  const issues = serverIssues.length
    ? serverIssues
    : checked.issues.filter((i) => attempted || saved || i.path !== 'name');
  const forPreview = useMemo(
    () => (draft.name.trim() ? checked : checkDraft({ ...draft, name: '…' })),
    [draft, checked],
  );
  // While the draft has problems the preview keeps showing (dimmed) what the last valid draft would do.
  const lastValid = useRef(forPreview.doc);
  if (forPreview.doc) lastValid.current = forPreview.doc;
  const preview = useDebounced(lastValid.current, 450);

  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setServerIssues([]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    save.mutate(draft, {
      onSuccess: (result) => {
        showToast(t('health.editor.saved'), 'success');
        setRun(result.run);
        if (!saved)
          void navigate({
            to: '/settings/scorecards/$scorecardId',
            params: { scorecardId: result.scorecard.id },
            replace: true,
          });
      },
      onError: (error) => {
        const found = issuesOfError(error);
        if (found) setServerIssues(found);
        else showToast(describeError(error));
      },
    });
  };
  return { draft, set, issues, submit, saving: save.isPending, run, preview, stale: forPreview.doc === null };
}
