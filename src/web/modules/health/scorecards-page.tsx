import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthRun, Scorecard } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber, formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDeleteDialog } from '../../ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { usePermissions } from '../auth/session.ts';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { useDeleteScorecard, useLatestRun, useRecompute, useScorecard, useScorecards } from './health-api.ts';
import { RunProgress } from './run-progress.tsx';
import { ScorecardEditor } from './scorecard-editor.tsx';
import './health.css';

/** Settings > Scorecards: every scorecard, who it covers, and a recompute on demand. */
export function ScorecardsPage() {
  const { t } = useTranslation();
  const { isAdmin } = usePermissions();
  const query = useScorecards();
  const recompute = useRecompute();
  const [started, setStarted] = useState<HealthRun | null>(null);
  // A recompute someone else started (a save, the nightly run) is shown too while it is under way.
  const latest = useLatestRun();
  const running =
    latest.data && (latest.data.status === 'queued' || latest.data.status === 'running') ? latest.data : null;
  const run = started ?? running;
  return (
    <section>
      <SectionHeader
        title={t('settings.sections.scorecards')}
        description={t('health.scorecards.description')}
        action={
          isAdmin && (
            <div className="scorecards-actions">
              <button
                type="button"
                className="button"
                disabled={recompute.isPending}
                onClick={() => recompute.mutate(undefined, { onSuccess: setStarted })}
              >
                {t('health.scorecards.recompute')}
              </button>
              <Link
                to="/settings/scorecards/$scorecardId"
                params={{ scorecardId: 'new' }}
                className="button button-primary"
              >
                <PlusIcon size={14} />
                {t('health.scorecards.new')}
              </Link>
            </div>
          )
        }
      />
      {run && <RunProgress key={run.id} initial={run} />}
      {query.isPending ? (
        <div className="card">
          <Skeleton rows={4} height={18} />
        </div>
      ) : query.isError ? (
        <ErrorState
          message={describeError(query.error)}
          onRetry={() => void query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : query.data.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('health.scorecards.emptyTitle')}
            body={isAdmin ? t('health.scorecards.emptyBody') : t('health.scorecards.emptyBodyReadOnly')}
            action={
              isAdmin && (
                <Link
                  to="/settings/scorecards/$scorecardId"
                  params={{ scorecardId: 'new' }}
                  className="button button-primary"
                >
                  {t('health.scorecards.new')}
                </Link>
              )
            }
          />
        </div>
      ) : (
        <ScorecardTable cards={query.data} />
      )}
    </section>
  );
}

function ScorecardTable({ cards }: { cards: Scorecard[] }) {
  const { t } = useTranslation();
  const { isAdmin } = usePermissions();
  const remove = useDeleteScorecard();
  const [deleting, setDeleting] = useState<Scorecard | null>(null);
  return (
    <div className="card card-flush">
      <div className="table-wrap">
        <table className="table" data-testid="scorecards-table">
          <thead>
            <tr>
              <th>{t('health.editor.name')}</th>
              <th>{t('health.scorecards.covers')}</th>
              <th className="align-end">{t('health.editor.measures')}</th>
              <th className="align-end">{t('health.editor.priority')}</th>
              <th>{t('health.scorecards.updated')}</th>
              {isAdmin && <th className="col-actions" />}
            </tr>
          </thead>
          <tbody>
            {cards.map((c) => (
              <ScorecardRow key={c.id} card={c} onDelete={isAdmin ? () => setDeleting(c) : null} />
            ))}
          </tbody>
        </table>
      </div>
      {deleting && (
        <ConfirmDeleteDialog
          title={t('health.scorecards.deleteTitle', { name: deleting.name })}
          body={t('health.scorecards.deleteBody')}
          deletedMessage={t('health.scorecards.deleted')}
          remove={remove}
          id={deleting.id}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

/** One scorecard: whom it covers, its size and priority; admins may delete any but the default. */
function ScorecardRow({ card: c, onDelete }: { card: Scorecard; onDelete: (() => void) | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const covers = () => {
    if (c.is_default) return t('health.scorecards.everyoneElse');
    const parts = [
      ...c.segments,
      ...c.tiers,
      ...c.coverage_models.map((m) => t(`enums.coverageModels.${m}`)),
    ];
    return parts.length ? parts.join(', ') : t('health.scorecards.nobody');
  };
  return (
    <tr
      className="row-clickable"
      onClick={() =>
        void navigate({ to: '/settings/scorecards/$scorecardId', params: { scorecardId: c.id } })
      }
    >
      <td>
        <Link
          to="/settings/scorecards/$scorecardId"
          params={{ scorecardId: c.id }}
          className="cell-name-link"
        >
          {c.name}
        </Link>{' '}
        {c.is_default && <Badge tone="accent">{t('health.scorecards.default')}</Badge>}
        {c.description && <span className="cell-sub">{c.description}</span>}
      </td>
      <td>{covers()}</td>
      <td className="align-end numeric">{formatNumber(c.measures.length, locale)}</td>
      <td className="align-end numeric">{c.is_default ? '—' : formatNumber(c.priority, locale)}</td>
      <td className="muted">{formatRelative(c.updated_at, locale)}</td>
      {onDelete && (
        <td className="col-actions">
          {!c.is_default && (
            <RowDeleteButton label={t('health.scorecards.delete', { name: c.name })} onClick={onDelete} />
          )}
        </td>
      )}
    </tr>
  );
}

const editorRoute = getRouteApi('/app/settings/scorecards/$scorecardId');

export function ScorecardEditorPage() {
  const { t } = useTranslation();
  const { scorecardId } = editorRoute.useParams();
  const id = scorecardId === 'new' ? null : scorecardId;
  const query = useScorecard(id);
  if (id && query.isPending)
    return (
      <div className="card">
        <Skeleton rows={8} height={18} />
      </div>
    );
  if (id && query.isError)
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  // A new key per scorecard, so moving from one to another starts a fresh draft.
  return <ScorecardEditor key={id ?? 'new'} saved={id ? query.data : undefined} />;
}
