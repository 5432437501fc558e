import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS, LIFECYCLE_STAGES } from '../../../shared/accounts.ts';
import { CTA_PRIORITIES, CTA_TYPES } from '../../../shared/ctas.ts';
import type { ChannelKind } from '../../../shared/notifications.ts';
import { type AccountFieldInfo, ASSIGN_STRATEGIES } from '../../../shared/rules.ts';
import { useLocale } from '../../i18n/index.ts';
import { usePermissions } from '../auth/session.ts';
import { useChannels } from '../notifications/notifications-api.ts';
import { useUsers } from '../users/users-api.ts';
import { type ActionDraft, type Issues, type Option, withCurrent } from './rule-draft.ts';
import { AccountFieldPicker, SelectField, TextField } from './rule-inputs.tsx';
import { usePlaybooks } from './rules-api.ts';

type Props = {
  action: ActionDraft;
  /** Issue path of the action, "actions.<i>". */
  path: string;
  onChange: (inputs: ActionDraft['inputs']) => void;
  issues: Issues;
  fields: AccountFieldInfo[];
};

/** The inputs of one action, as its type needs them. */
export function ActionInputs(props: Props) {
  switch (props.action.type) {
    case 'open_cta':
      return <OpenCtaInputs {...props} />;
    case 'assign_owner':
      return <AssignOwnerInputs {...props} />;
    case 'notify_slack':
    case 'notify_teams':
    case 'call_webhook':
      return <ChannelInputs {...props} />;
    case 'send_email':
      return <SendEmailInputs {...props} />;
    case 'set_field':
      return <SetFieldInputs {...props} />;
  }
}

/** Reads and writes one input of the action by name, with its issue. */
function inputsOf({ action, path, onChange, issues }: Props) {
  const v = action.inputs;
  return {
    text: (k: string) => String(v[k] ?? ''),
    set: (k: string) => (value: string | boolean) => onChange({ ...v, [k]: value }),
    at: (k: string) => issues.get(`${path}.${k}`),
  };
}

/** Who can own accounts: what assign_owner names and set_field may write to owner_id. */
function useOwners() {
  const users = useUsers();
  return (users.data ?? []).filter((u) => u.active && (u.role === 'csm' || u.role === 'cs_manager'));
}

function OpenCtaInputs(props: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const playbooks = usePlaybooks();
  const { text, set, at } = inputsOf(props);
  const playbookOptions = (playbooks.data ?? []).map((p) => ({
    value: p.id,
    label: p.name[locale] || p.name.en,
  }));
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
        options={withCurrent(
          [{ value: '', label: t('rules.editor.noPlaybook') }, ...playbookOptions],
          text('playbook'),
        )}
      />
    </div>
  );
}

function AssignOwnerInputs(props: Props) {
  const { t } = useTranslation();
  const owners = useOwners();
  const { text, set, at } = inputsOf(props);
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
          checked={props.action.inputs.overwrite === true}
          onChange={(e) => set('overwrite')(e.target.checked)}
        />
        <span>{t('rules.editor.overwrite')}</span>
      </label>
    </div>
  );
}

const CHANNEL_OF: Record<string, ChannelKind> = {
  notify_slack: 'slack',
  notify_teams: 'teams',
  call_webhook: 'webhook',
};

/** Slack, Teams and webhook actions post to a configured channel (only admins may list channels). */
function ChannelInputs(props: Props) {
  const { t } = useTranslation();
  const { isAdmin } = usePermissions();
  const channels = useChannels(isAdmin);
  const { text, set, at } = inputsOf(props);
  const kind = CHANNEL_OF[props.action.type] as ChannelKind;
  const mine = (channels.data ?? []).filter((c) => c.kind === kind);
  const hint = !isAdmin
    ? t('rules.editor.channelsHidden')
    : channels.data && mine.length === 0
      ? t('rules.editor.noChannels', { kind: t(`notifications.channels.kinds.${kind}`) })
      : undefined;
  const options = [
    { value: '', label: t('common.choose') },
    ...mine.map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <div className="form-grid">
      <SelectField
        label={t('rules.editor.channel')}
        value={text('channel_id')}
        onChange={set('channel_id')}
        error={at('channel_id')}
        hint={hint}
        required
        options={withCurrent(options, text('channel_id'))}
      />
      {props.action.type !== 'call_webhook' && (
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

/** To the account's owner, or to an address typed in ("to" holds "owner" or the address). */
function SendEmailInputs(props: Props) {
  const { t } = useTranslation();
  const { text, set, at } = inputsOf(props);
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

function SetFieldInputs(props: Props) {
  const { t } = useTranslation();
  const owners = useOwners();
  const { text, set, at } = inputsOf(props);
  return (
    <div className="form-grid">
      <AccountFieldPicker
        label={t('rules.editor.setField')}
        value={text('field')}
        // A value chosen for one field means nothing for another.
        onChange={(field) => props.onChange({ ...props.action.inputs, field, value: '' })}
        fields={props.fields}
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
  const select = (options: Option[]) => (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      required
      options={[{ value: '', label: t('common.choose') }, ...options]}
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
