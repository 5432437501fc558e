import type { ApiKeyScope, Role } from '../../../shared/auth.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';

export const PERMISSIONS = [
  'customers:read',
  'customers:write',
  'customers:delete',
  'users:read',
  'users:manage',
  'api_keys:manage',
  // Who can sign in and with what rights: creating users (always with a password), changing roles and
  // passwords. Roles only: no API key scope grants it (see assertMayManageCredentials).
  'credentials:manage',
  'audit:read',
  'integrations:manage',
  'health:manage',
  'rules:manage',
  'ingest',
  'revenue:read',
  'revenue:write',
  'revenue:configure',
  // The CS team: people data (roster, metrics, capacity, KPIs) is for managers and admins only.
  'people:read',
  'people:manage',
  'hiring:manage',
  // One's own member record, career notes, pulse answers and interviews; each use-case checks the row.
  'people:self',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const customerWork: Permission[] = [
  'customers:read',
  'customers:write',
  'users:read',
  'revenue:read',
  'revenue:write',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => p !== 'ingest'),
  cs_manager: [
    ...customerWork,
    'customers:delete',
    'rules:manage',
    'people:read',
    'people:manage',
    'hiring:manage',
    'people:self',
  ],
  csm: [...customerWork, 'people:self'],
  // Retention numbers and the renewal pipeline are for everyone signed in; exchange rates for admins.
  viewer: ['customers:read', 'users:read', 'revenue:read', 'people:self'],
};

export const SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  read: ['customers:read', 'users:read', 'revenue:read'],
  // Write implies read: a sync looks records up by external_id and reads back what it wrote.
  write: [
    'customers:read',
    'customers:write',
    'customers:delete',
    'users:read',
    'revenue:read',
    'revenue:write',
  ],
  ingest: ['ingest'],
  // An HR sync reads and writes the roster and requisitions; private notes and evaluations stay with people.
  // Never api_keys:manage nor credentials:manage: a key must not mint keys, users or admins (docs/security.md).
  admin: [
    'users:read',
    'users:manage',
    'audit:read',
    'integrations:manage',
    'health:manage',
    'revenue:configure',
    'people:read',
    'people:manage',
    'hiring:manage',
    'rules:manage',
  ],
};

export function permissionsOfScopes(scopes: readonly ApiKeyScope[]): Set<Permission> {
  return new Set(scopes.flatMap((s) => SCOPE_PERMISSIONS[s]));
}

/**
 * Creating users, changing roles or passwords, and creating or revoking API keys: a person's session only.
 * A leaked key must not turn into a login (a user with a known password) or into more keys. The system actor
 * (first start, the CLI on the server itself) may, as whoever runs it already holds the database.
 */
export function assertMayManageCredentials(
  actor: Actor,
  permission: 'credentials:manage' | 'api_keys:manage',
) {
  if (actor.type === 'system') return;
  if (actor.type !== 'user' || !actor.permissions.has(permission))
    throw new AppError('forbidden', 'Only a person signed in as an admin can do this; API keys cannot');
}
