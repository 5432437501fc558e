import { z } from 'zod';
import { cursorPageOf, email, patchOf, requiredText, text } from './common.ts';

export const ROLES = ['admin', 'cs_manager', 'csm', 'viewer'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const API_KEY_SCOPES = ['read', 'write', 'ingest', 'admin'] as const;
export const apiKeyScope = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScope>;

export const LOCALES = ['en', 'ru', 'ko', 'zh'] as const;
export const locale = z.enum(LOCALES);
export type Locale = z.infer<typeof locale>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A language tag as one of Tend's languages; English for any other. */
export const localeOr = (value: unknown): Locale => (isLocale(value) ? value : 'en');

// A password long enough to resist guessing; the upper bound keeps hashing cheap for attackers' inputs.
export const password = z.string().min(10, 'must be at least 10 characters').max(200);

/** Re-entered by a person to confirm a change that hands out power; checked by the use-case. */
const currentPassword = z.string().min(1).max(200).optional();

export const loginInput = z.object({ email, password: z.string().min(1).max(200) }).strict();
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z
  .object({
    current_password: z.string().min(1).max(200),
    new_password: password,
  })
  .strict();

export const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  locale,
  active: z.boolean(),
  last_login_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type User = z.infer<typeof user>;

export const session = z.object({ user, csrf_token: z.string() });
export type Session = z.infer<typeof session>;

export const createUserInput = z
  .object({
    email,
    name: requiredText(200),
    role,
    locale: locale.default('en'),
    password,
    /** The caller's own password, required to create an admin (see docs/security.md). */
    current_password: currentPassword,
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = patchOf(
  z
    .object({
      name: requiredText(200),
      role,
      locale,
      active: z.boolean(),
      password,
      /** The caller's own password, required to make a user admin. */
      current_password: currentPassword,
    })
    .partial()
    .strict(),
  ['current_password'],
);
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const updateMeInput = patchOf(
  z
    .object({ name: requiredText(200), locale })
    .partial()
    .strict(),
);

export const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiKeyScope),
  created_by: z.string().nullable(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKey>;

export const createApiKeyInput = z
  .object({
    name: requiredText(100),
    scopes: z.array(apiKeyScope).min(1, 'choose at least one scope').max(4),
    /** The caller's own password: creating a key needs a person who re-enters it. */
    current_password: currentPassword,
  })
  .strict();
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

/** The plain key is returned once, at creation; only its hash is stored. */
export const createdApiKey = apiKey.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKey>;

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor_type: z.enum(['user', 'api_key', 'system']),
  actor_id: z.string().nullable(),
  actor_label: z.string(),
  action: z.string(),
  entity_type: z.string(),
  entity_id: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.object({
  entity_type: text(50).optional(),
  entity_id: text(100).optional(),
  actor_id: text(100).optional(),
  cursor: text(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of the audit log, newest first. */
export const auditPage = cursorPageOf(auditEntry);
export type AuditPage = z.infer<typeof auditPage>;
