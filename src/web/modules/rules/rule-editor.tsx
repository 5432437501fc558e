import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountFieldInfo, Rule } from '../../../shared/rules.ts';
import { describeError } from '../../lib/errors.ts';
import { ChevronRightIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { ActionsEditor } from './actions-editor.tsx';
import { ConditionsEditor } from './conditions-editor.tsx';
import { DryRunPanel } from './dry-run-panel.tsx';
import { draftOf, type Issues, issuesOf, type RuleDraft, toPayload } from './rule-draft.ts';
import { RuleGeneralCard } from './rule-general.tsx';
import { RunsCard } from './rule-runs-card.tsx';
import { useSaveRule } from './rules-api.ts';
import { TriggerEditor } from './trigger-editor.tsx';

type Props = { saved: Rule | undefined; fields: AccountFieldInfo[] };

/** A rule as a form: trigger, conditions and actions; a dry run of the draft beside it, saved or not. */
export function RuleEditor({ saved, fields }: Props) {
  const { t } = useTranslation();
  const form = useRuleForm(saved, fields);
  const { draft, update, issues } = form;
  return (
    <form onSubmit={form.submit} noValidate className="rule-form">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/settings/rules">{t('rules.nav')}</Link>
        <ChevronRightIcon size={12} />
        <span aria-current="page">{saved?.name ?? t('rules.editor.newTitle')}</span>
      </nav>
      {form.general && (
        <p className="alert alert-error" role="alert">
          {form.general}
        </p>
      )}
      <div className="rule-layout">
        <div className="rule-main">
          <RuleGeneralCard draft={draft} update={update} issues={issues} />
          <Card title={t('rules.editor.trigger')}>
            <TriggerEditor
              trigger={draft.trigger}
              onChange={(trigger) => update({ trigger })}
              issues={issues}
              fields={fields}
            />
          </Card>
          <Card title={t('rules.editor.conditions')}>
            <ConditionsEditor
              match={draft.match}
              conditions={draft.conditions}
              onChange={(match, conditions) => update({ match, conditions })}
              issues={issues}
              fields={fields}
            />
          </Card>
          <Card title={t('rules.editor.actions')}>
            <ActionsEditor
              actions={draft.actions}
              onChange={(actions) => update({ actions })}
              issues={issues}
              fields={fields}
            />
          </Card>
          <div className="form-actions form-actions-start">
            <button
              type="submit"
              className="button button-primary"
              disabled={form.saving || (!!saved && !form.dirty)}
            >
              {saved ? t('rules.editor.save') : t('rules.editor.create')}
            </button>
            <Link to="/settings/rules" className="button">
              {t('common.cancel')}
            </Link>
          </div>
        </div>
        <aside className="rule-side">
          <DryRunPanel payload={form.payload} onProblems={form.showProblems} />
          {saved && <RunsCard ruleId={saved.id} />}
        </aside>
      </div>
    </form>
  );
}

const Card = ({ title, children }: { title: string; children: ReactNode }) => (
  <div className="card">
    <h3 className="card-title">{title}</h3>
    {children}
  </div>
);

/** The draft, the API input it makes, whether it differs from the saved rule, and Save with its problems. */
function useRuleForm(saved: Rule | undefined, fields: AccountFieldInfo[]) {
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
  const update = (patch: Partial<RuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setIssues(new Map());
    setGeneral(null);
  };
  // A save and a dry run of the draft are refused for the same problems, shown next to their inputs.
  const showProblems = (error: unknown) => {
    const found = issuesOf(error, t);
    setIssues(found);
    setGeneral(found.size > 0 ? t('rules.editor.invalid') : describeError(error));
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
  const dirty = savedPayload !== JSON.stringify(payload);
  return { draft, update, issues, general, payload, dirty, saving: save.isPending, submit, showProblems };
}
