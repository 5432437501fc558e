import { useTranslation } from 'react-i18next';
import type { Tone } from '../../ui/badge.tsx';

/** Entity types the audit log records, offered in its filter. Team changes are logged on the account. */
export const AUDIT_ENTITY_TYPES = [
  'account',
  'contact',
  'contract',
  'user',
  'api_key',
  'saved_view',
] as const;
type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const ACTION_KINDS = [
  'created',
  'updated',
  'deleted',
  'revoked',
  'password_changed',
  'member_added',
  'member_updated',
  'member_removed',
  'logged_in',
  'login_failed',
  'logged_out',
] as const;
type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * Actions arrive as "<entity>.<verb>" (account.updated, account_team.added). The entity is shown in
 * its own column, so the label names the verb; team changes name the member, not the account.
 */
function kindOf(action: string): ActionKind | undefined {
  const [subject, verb] = action.includes('.') ? action.split('.', 2) : ['', action];
  if (subject === 'account_team') {
    if (verb === 'added') return 'member_added';
    if (verb === 'updated') return 'member_updated';
    if (verb === 'removed') return 'member_removed';
  }
  return (ACTION_KINDS as readonly string[]).includes(verb ?? '') ? (verb as ActionKind) : undefined;
}

const KIND_TONES: Record<ActionKind, Tone> = {
  created: 'green',
  updated: 'blue',
  deleted: 'red',
  revoked: 'amber',
  password_changed: 'violet',
  member_added: 'teal',
  member_updated: 'blue',
  member_removed: 'amber',
  logged_in: 'teal',
  login_failed: 'red',
  logged_out: 'gray',
};

export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    entity: (type: string) =>
      (AUDIT_ENTITY_TYPES as readonly string[]).includes(type)
        ? t(`audit.entities.${type as EntityType}`)
        : type,
    action: (action: string) => {
      const kind = kindOf(action);
      return kind ? t(`audit.actions.${kind}`) : action;
    },
    tone: (action: string): Tone => {
      const kind = kindOf(action);
      return kind ? KIND_TONES[kind] : 'gray';
    },
  };
}
