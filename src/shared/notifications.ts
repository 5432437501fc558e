import { z } from 'zod';
import { patchOf, requiredText, text, uuid } from './common.ts';

export const CHANNEL_KINDS = ['slack', 'teams', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const createChannelInput = z
  .object({
    kind: z.enum(CHANNEL_KINDS),
    name: requiredText(200),
    url: httpUrl,
    /** Webhook signing secret; generated when absent. */
    secret: text(200).pipe(z.string().min(16, 'must be at least 16 characters')).optional(),
    enabled: z.boolean().default(true),
  })
  .strict();
export type CreateChannelInput = z.infer<typeof createChannelInput>;

export const updateChannelInput = patchOf(
  z
    .object({ name: requiredText(200), url: httpUrl, enabled: z.boolean() })
    .partial()
    .strict(),
);
export type UpdateChannelInput = z.infer<typeof updateChannelInput>;

/** A channel as the API shows it: the URL and secret masked, since a Slack URL is itself a credential. */
export const channel = z.object({
  id: uuid,
  kind: z.enum(CHANNEL_KINDS),
  name: z.string(),
  url_masked: z.string(),
  secret_masked: z.string().nullable(),
  enabled: z.boolean(),
  created_at: z.string(),
});
export type Channel = z.infer<typeof channel>;
/** Returned once, when a webhook channel is created: the secret to verify signatures with. */
export const createdChannel = channel.extend({ secret: z.string().nullable() });
export type CreatedChannel = z.infer<typeof createdChannel>;

export const smtpSettingsInput = z
  .object({
    host: requiredText(253),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean().default(false),
    user: text(254).nullable().optional(),
    password: text(500).nullable().optional(),
    from: z.email().max(254),
  })
  .strict();
export type SmtpSettingsInput = z.infer<typeof smtpSettingsInput>;
export const smtpSettings = smtpSettingsInput.omit({ password: true }).extend({ password_set: z.boolean() });
export type SmtpSettings = z.infer<typeof smtpSettings>;

export const DELIVERY_STATUSES = ['pending', 'retrying', 'sent', 'failed'] as const;
export const delivery = z.object({
  id: uuid,
  kind: z.enum(['slack', 'teams', 'webhook', 'email']),
  channel_name: z.string().nullable(),
  recipient: z.string().nullable(),
  rule_name: z.string().nullable(),
  account_name: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  response_status: z.number().int().nullable(),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
});
export type Delivery = z.infer<typeof delivery>;

export const deliveryListQuery = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const NOTIFICATION_KINDS = ['rule_email', 'cta_opened_email'] as const;
export const preferences = z.object({ rule_email: z.boolean(), cta_opened_email: z.boolean() });
export type Preferences = z.infer<typeof preferences>;
export const updatePreferencesInput = preferences.partial().strict();

/** What a test message got back: sent, or the receiver's or server's complaint. */
export const testResult = z.object({
  ok: z.boolean(),
  response_status: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type TestResult = z.infer<typeof testResult>;
export const smtpTestInput = z.object({ to: z.email().max(254) }).strict();
export type SmtpTestInput = z.infer<typeof smtpTestInput>;
