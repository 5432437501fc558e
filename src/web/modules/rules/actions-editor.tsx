import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS, LIFECYCLE_STAGES } from '../../../shared/accounts.ts';
import { CTA_PRIORITIES, CTA_TYPES } from '../../../shared/ctas.ts';
import type { ChannelKind } from '../../../shared/notifications.ts';
import { type AccountFieldInfo, ASSIGN_STRATEGIES, type RuleAction } from '../../../shared/rules.ts';
import { useLocale } from '../../i18n/index.ts';
import { CloseIcon } from '../../ui/icons.tsx';
import { usePermissions } from '../auth/session.ts';
import { useChannels } from '../notifications/notifications-api.ts';
import { useUsers } from '../users/users-api.ts';
import { ACTION_DEFAULTS, type ActionDraft, type Issues, newAction } from './rule-draft.ts';
import { AccountFieldPicker, SelectField, TextField } from './rule-inputs.tsx';
import { usePlaybooks } from './rules-api.ts';

const ACTION_TYPES = Object.keys(ACTION_DEFAULTS) as RuleAction['type'][];
const CHANNEL_OF: Partial<Record<RuleAction['type'], ChannelKind>> = {
  notify_slack: 'slack',
  notify_teams: 'teams',
  call_webhook: 'webhook',
};

type Props = {
  actions: ActionDraft[];
  onChange: (actions: ActionDraft[]) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** What a rule does, in order: each action a card with the inputs of its type. */
export function ActionsEditor({ actions, onChange, issues, fields }: Props) {
  const { t } = useTranslation();
  const replace = (i: number, next: ActionDraft | null) =>
    onChange(next ? actions.map((a, j) => (j === i ? next : a)) : actions.filter((_, j) => j !== i));
  return (
    <div className="rule-actions">
      {issues.get('actions') && <p className="field-error">{issues.get('actions')}</p>}
      {actions.map((a, i) => (
        <div key={a.key} className="rule-action" data-testid="rule-action">
          <div className="rule-action-header">
            <SelectField
              label={`${i + 1}.`}
              value={a.type}
              onChange={(type) => replace(i, { ...newAction(type as RuleAction['type']), key: a.key })}
              options={ACTION_TYPES.map((type) => ({ value: type, label: t(`rules.actionTypes.${type}`) }))}
              error={issues.get(`actions.${i}.type`)}
            />
            <button
              type="button"
              className="icon-button icon-button-danger rule-remove"
              aria-label={t('rules.editor.removeAction')}
              onClick={() => replace(i, null)}
            >
              <CloseIcon size={14} />
            </button>
          </div>
          <ActionInputs
            action={a}
            path={`actions.${i}`}
            onChange={(inputs) => replace(i, { ...a, inputs })}
            issues={issues}
            fields={fields}
          />
        </div>
      ))}
      <div className="rule-add-row">
        <select
          className="input input-sm rule-add-action"
          aria-label={t('rules.editor.addAction')}
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...actions, newAction(e.target.value as RuleAction['type'])]);
          }}
        >
          <option value="">{`+ ${t('rules.editor.addAction')}`}</option>
          {ACTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`rules.actionTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ActionInputs({
  action,
  path,
  onChange,
  issues,
  fields,
}: {
  action: ActionDraft;
  path: string;
  onChange: (inputs: ActionDraft['inputs']) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { isAdmin } = usePermissions();
  const playbooks = usePlaybooks();
  const users = useUsers();
  // Who can own accounts: what assign_owner names and set_field may write to owner_id.
  const owners = (users.data ?? []).filter((u) => u.active && (u.role === 'csm' || u.role === 'cs_manager'));
  const channels = useChannels(isAdmin);
  const v = action.inputs;
  const text = (k: string) => String(v[k] ?? '');
  const set = (k: string) => (value: string | boolean) => onChange({ ...v, [k]: value });
  const at = (k: string) => issues.get(`${path}.${k}`);
  switch (action.type) {
    case 'open_cta':
      return (
        <div className="form-grid">
          <TextField
            label={t('rules.editor.title')}
            value={text('title')}
            onChange={set('title')}
            error={at('title')}
            required
          />
          <SelectField
            label={t('rules.editor.ctaType')}
            value={text('cta_type')}
            onChange={set('cta_type')}
            error={at('cta_type')}
            options={CTA_TYPES.map((c) => ({ value: c, label: t(`cockpit.type.${c}`) }))}
          />
          <SelectField
            label={t('rules.editor.priority')}
            value={text('priority')}
            onChange={set('priority')}
            error={at('priority')}
            options={CTA_PRIORITIES.map((p) => ({ value: p, label: t(`cockpit.priority.${p}`) }))}
          />
          <TextField
            label={t('rules.editor.dueInDays')}
            type="number"
            value={text('due_in_days')}
            onChange={set('due_in_days')}
            error={at('due_in_days')}
          />
          <SelectField
            label={t('rules.editor.playbook')}
            value={text('playbook')}
            onChange={set('playbook')}
            error={at('playbook')}
            options={[
              { value: '', label: t('rules.editor.noPlaybook') },
              ...(playbooks.data ?? []).map((p) => ({ value: p.id, label: p.name[locale] || p.name.en })),
              ...(text('playbook') && !playbooks.data?.some((p) => p.id === text('playbook'))
                ? [{ value: text('playbook'), label: text('playbook') }]
                : []),
            ]}
          />
        </div>
      );
    case 'assign_owner':
      return (
        <div className="form-grid">
          <SelectField
            label={t('rules.editor.strategy')}
            value={text('strategy')}
            onChange={set('strategy')}
            error={at('strategy')}
            options={ASSIGN_STRATEGIES.map((s) => ({ value: s, label: t(`rules.strategies.${s}`) }))}
          />
          {text('strategy') === 'named' && (
            <SelectField
              label={t('rules.editor.person')}
              value={text('user_id')}
              onChange={set('user_id')}
              error={at('user_id')}
              required
              options={[
                { value: '', label: t('common.choose') },
                ...owners.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
          )}
          <label className="checkbox-row span-2">
            <input
              type="checkbox"
              checked={v.overwrite === true}
              onChange={(e) => set('overwrite')(e.target.checked)}
            />
            <span>{t('rules.editor.overwrite')}</span>
          </label>
        </div>
      );
    case 'notify_slack':
    case 'notify_teams':
    case 'call_webhook': {
      const kind = CHANNEL_OF[action.type] as ChannelKind;
      const mine = (channels.data ?? []).filter((c) => c.kind === kind);
      const hint = !isAdmin
        ? t('rules.editor.channelsHidden')
        : channels.data && mine.length === 0
          ? t('rules.editor.noChannels', { kind: t(`notifications.channels.kinds.${kind}`) })
          : undefined;
      return (
        <div className="form-grid">
          <SelectField
            label={t('rules.editor.channel')}
            value={text('channel_id')}
            onChange={set('channel_id')}
            error={at('channel_id')}
            hint={hint}
            required
            options={[
              { value: '', label: t('common.choose') },
              ...mine.map((c) => ({ value: c.id, label: c.name })),
              ...(text('channel_id') && !mine.some((c) => c.id === text('channel_id'))
                ? [{ value: text('channel_id'), label: text('channel_id') }]
                : []),
            ]}
          />
          {action.type !== 'call_webhook' && (
            <TextField
              label={t('rules.editor.message')}
              value={text('message')}
              onChange={set('message')}
              error={at('message')}
              hint={t('rules.editor.messageHint', {
                account: '{{account}}',
                reason: '{{reason}}',
                rule: '{{rule}}',
                interpolation: { escapeValue: false },
              })}
            />
          )}
        </div>
      );
    }
    case 'send_email': {
      const toOwner = text('to') === 'owner';
      return (
        <div className="form-grid">
          <SelectField
            label={t('rules.editor.to')}
            value={toOwner ? 'owner' : 'address'}
            onChange={(choice) => set('to')(choice === 'owner' ? 'owner' : '')}
            options={[
              { value: 'owner', label: t('rules.editor.toOwner') },
              { value: 'address', label: t('rules.editor.toAddress') },
            ]}
          />
          {!toOwner && (
            <TextField
              label={t('rules.editor.address')}
              type="email"
              value={text('to')}
              onChange={set('to')}
              error={at('to')}
              required
            />
          )}
          {toOwner && at('to') && <p className="field-error">{at('to')}</p>}
        </div>
      );
    }
    case 'set_field':
      return (
        <div className="form-grid">
          <AccountFieldPicker
            label={t('rules.editor.setField')}
            value={text('field')}
            // A value chosen for one field means nothing for another.
            onChange={(field) => onChange({ ...v, field, value: '' })}
            fields={fields}
            error={at('field')}
            settableOnly
          />
          <FieldValueInput
            field={text('field')}
            value={text('value')}
            onChange={set('value')}
            error={at('value')}
            owners={owners}
          />
        </div>
      );
  }
}

/** The value set_field writes, with the input its field takes: a list for fixed choices, a date picker. */
function FieldValueInput({
  field,
  value,
  onChange,
  error,
  owners,
}: {
  field: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  owners: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const label = t('rules.editor.setValue');
  const choose = { value: '', label: t('common.choose') };
  const select = (options: { value: string; label: string }[]) => (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      required
      options={[choose, ...options]}
    />
  );
  switch (field) {
    case 'coverage_model':
      return select(COVERAGE_MODELS.map((m) => ({ value: m, label: t(`enums.coverageModels.${m}`) })));
    case 'lifecycle_stage':
      return select(LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`enums.lifecycleStages.${s}`) })));
    case 'owner_id':
      return select(owners.map((u) => ({ value: u.id, label: u.name })));
    case 'renewal_date':
      return <TextField label={label} type="date" value={value} onChange={onChange} error={error} required />;
    default:
      return <TextField label={label} value={value} onChange={onChange} error={error} required />;
  }
}
