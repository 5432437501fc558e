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
  'rules:manage',
  'ingest',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const customerWork: Permission[] = ['customers:read', 'customers:write', 'users:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => p !== 'ingest'),
  cs_manager: [...customerWork, 'customers:delete', 'rules:manage'],
  csm: customerWork,
  viewer: ['customers:read', 'users:read'],
};

export const SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  read: ['customers:read', 'users:read'],
  // Write implies read: a sync looks records up by external_id and reads back what it wrote.
  write: ['customers:read', 'customers:write', 'customers:delete', 'users:read'],
  ingest: ['ingest'],
  admin: [
    'users:read',
    'users:manage',
    'api_keys:manage',
    'audit:read',
    'integrations:manage',
    'rules:manage',
  ],
};

export function permissionsOfScopes(scopes: readonly ApiKeyScope[]): Set<Permission> {
  return new Set(scopes.flatMap((s) => SCOPE_PERMISSIONS[s]));
}
