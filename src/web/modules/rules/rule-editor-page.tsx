import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountFieldInfo, Rule } from '../../../shared/rules.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { Field } from '../../ui/field.tsx';
import { ChevronRightIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { ActionsEditor } from './actions-editor.tsx';
import { ConditionsEditor } from './conditions-editor.tsx';
import { DryRunPanel } from './dry-run-panel.tsx';
import { draftOf, type Issues, issuesOf, type RuleDraft, toPayload } from './rule-draft.ts';
import { factsText } from './rule-facts.ts';
import { useAccountFields, useRule, useRuleRuns, useSaveRule } from './rules-api.ts';
import { TriggerEditor } from './trigger-editor.tsx';
import './rules.css';

const editorRoute = getRouteApi('/app/settings/rules/$ruleId');

export function RuleEditorPage() {
  const { t } = useTranslation();
  const { ruleId } = editorRoute.useParams();
  const id = ruleId === 'new' ? null : ruleId;
  const rule = useRule(id);
  const fields = useAccountFields();
  if ((id && rule.isPending) || fields.isPending)
    return (
      <div className="card">
        <Skeleton rows={8} height={18} />
      </div>
    );
  const failed = (id && rule.isError && rule.error) || (fields.isError && fields.error);
  if (failed)
    return (
      <ErrorState
        message={describeError(failed)}
        onRetry={() => void (rule.isError ? rule.refetch() : fields.refetch())}
        retryLabel={t('common.retry')}
      />
    );
  // A new key per rule, so moving from one rule to another starts a fresh draft.
  return <RuleEditor key={id ?? 'new'} saved={id ? rule.data : undefined} fields={fields.data ?? []} />;
}

function RuleEditor({ saved, fields }: { saved: Rule | undefined; fields: AccountFieldInfo[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(saved));
  const [issues, setIssues] = useState<Issues>(new Map());
  const [general, setGeneral] = useState<string | null>(null);
  const save = useSaveRule(saved?.id ?? null);
  const byName = useMemo(() => new Map(fields.map((f) => [f.name, f])), [fields]);
  const payload = toPayload(draft, byName);
  const savedPayload = useMemo(
    () => (saved ? JSON.stringify(toPayload(draftOf(saved), byName)) : null),
    [saved, byName],
  );
  const dirty = savedPayload !== JSON.stringify(payload);

  const update = (patch: Partial<RuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setIssues(new Map());
    setGeneral(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(payload, {
      onSuccess: (rule) => {
        showToast(t('rules.editor.saved'), 'success');
        if (!saved)
          void navigate({ to: '/settings/rules/$ruleId', params: { ruleId: rule.id }, replace: true });
      },
      onError: showProblems,
    });
  };
  // A save and a dry run of the draft are refused for the same problems, shown next to their inputs.
  function showProblems(error: unknown) {
    const found = issuesOf(error, t);
    setIssues(found);
    setGeneral(found.size > 0 ? t('rules.editor.invalid') : describeError(error));
  }

  return (
    <form onSubmit={submit} noValidate className="rule-form">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/settings/rules">{t('rules.nav')}</Link>
        <ChevronRightIcon size={12} />
        <span aria-current="page">{saved?.name ?? t('rules.editor.newTitle')}</span>
      </nav>
      {general && (
        <p className="alert alert-error" role="alert">
          {general}
        </p>
      )}
      <div className="rule-layout">
        <div className="rule-main">
          <div className="card">
            <h3 className="card-title">{t('rules.editor.general')}</h3>
            <div className="form-grid">
              <Field label={t('rules.editor.name')} error={issues.get('name')} required>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    value={draft.name}
                    maxLength={200}
                    onChange={(e) => update({ name: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('rules.editor.descriptionLabel')} error={issues.get('description')}>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    value={draft.description}
                    maxLength={2000}
                    onChange={(e) => update({ description: e.target.value })}
                  />
                )}
              </Field>
              <label className="checkbox-row span-2">
                <input
                  type="checkbox"
                  role="switch"
                  className="switch"
                  checked={draft.enabled}
                  aria-checked={draft.enabled}
                  onChange={(e) => update({ enabled: e.target.checked })}
                />
                <span>
                  <span className="strong">{t('rules.editor.enabled')}</span>
                  <span className="field-hint">{t('rules.editor.enabledHint')}</span>
                </span>
              </label>
            </div>
          </div>
          <div className="card">
            <h3 className="card-title">{t('rules.editor.trigger')}</h3>
            <TriggerEditor
              trigger={draft.trigger}
              onChange={(trigger) => update({ trigger })}
              issues={issues}
              fields={fields}
            />
          </div>
          <div className="card">
            <h3 className="card-title">{t('rules.editor.conditions')}</h3>
            <ConditionsEditor
              match={draft.match}
              conditions={draft.conditions}
              onChange={(match, conditions) => update({ match, conditions })}
              issues={issues}
              fields={fields}
            />
          </div>
          <div className="card">
            <h3 className="card-title">{t('rules.editor.actions')}</h3>
            <ActionsEditor
              actions={draft.actions}
              onChange={(actions) => update({ actions })}
              issues={issues}
              fields={fields}
            />
          </div>
          <div className="form-actions form-actions-start">
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending || (!!saved && !dirty)}
            >
              {saved ? t('rules.editor.save') : t('rules.editor.create')}
            </button>
            <Link to="/settings/rules" className="button">
              {t('common.cancel')}
            </Link>
          </div>
        </div>
        <aside className="rule-side">
          <DryRunPanel payload={payload} onProblems={showProblems} />
          {saved && <RunsCard ruleId={saved.id} />}
        </aside>
      </div>
    </form>
  );
}

function RunsCard({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const runs = useRuleRuns(ruleId);
  return (
    <div className="card">
      <h3 className="card-title">{t('rules.editor.runs')}</h3>
      {runs.isPending ? (
        <Skeleton rows={3} />
      ) : runs.isError ? (
        <p className="form-error">{describeError(runs.error)}</p>
      ) : runs.data.length === 0 ? (
        <p className="muted">{t('rules.editor.noRuns')}</p>
      ) : (
        <ul className="rule-runs">
          {runs.data.slice(0, 15).map((r) => (
            <li key={r.id}>
              <div className="rule-run-head">
                {r.account_id ? (
                  <Link
                    to="/accounts/$accountId"
                    params={{ accountId: r.account_id }}
                    className="cell-name-link"
                  >
                    {r.account_name}
                  </Link>
                ) : (
                  <span>—</span>
                )}
                {r.status === 'error' && <Badge tone="red">{t('rules.editor.runError')}</Badge>}
                <span className="muted nowrap">{formatRelative(r.at, locale)}</span>
              </div>
              <span className="cell-sub">{r.error ?? factsText(r.facts, t, locale, ' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
