import type { Role } from '../../../shared/auth.ts';
import type { Permission } from './permissions.ts';

/** Who is making a change: every audit entry and permission check starts here. */
export interface Actor {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  label: string;
  role: Role | null;
  permissions: ReadonlySet<Permission>;
  sessionId?: string;
  csrfToken?: string;
}

export const systemActor = (label = 'system'): Actor => ({
  type: 'system',
  id: null,
  label,
  role: null,
  permissions: new Set(),
});
