import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { RuleEditor } from './rule-editor.tsx';
import { useAccountFields, useRule } from './rules-api.ts';
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
