import type { ApiKeyScope, Role } from '../../../shared/auth.ts';

export const PERMISSIONS = [
  'customers:read',
  'customers:write',
  'customers:delete',
  'users:read',
  'users:manage',
  'api_keys:manage',
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
  admin: [
    'users:read',
    'users:manage',
    'api_keys:manage',
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
