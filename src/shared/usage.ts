import { z } from 'zod';
import { cursorPageOf, isoDate, text } from './common.ts';

export const activeUsersPoint = z.object({
  day: z.string(),
  dau: z.number().int(),
  wau: z.number().int(),
  mau: z.number().int(),
});
export const topEvent = z.object({
  event: z.string(),
  count: z.number().int(),
  users: z.number().int(),
  last_seen: z.string().nullable(),
});
export const featureAdoption = z.object({
  key_features: z.array(z.object({ event: z.string(), used: z.boolean(), users: z.number().int() })),
  adoption: z.number().nullable(),
});
export const contactLastSeen = z.object({
  contact_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.string(),
  last_seen: z.string().nullable(),
});

export const accountUsage = z.object({
  from: z.string(),
  to: z.string(),
  has_events: z.boolean(),
  active_users: z.array(activeUsersPoint),
  top_events: z.array(topEvent),
  feature_adoption: featureAdoption,
  contacts: z.array(contactLastSeen),
});
export type AccountUsage = z.infer<typeof accountUsage>;

export const accountUsageQuery = z.object({
  days: z.coerce.number().int().min(7).max(365).default(90),
  to: isoDate.optional(),
});

export const rawEvent = z.object({
  id: z.string(),
  message_id: z.string(),
  type: z.string(),
  event: z.string().nullable(),
  user_id: z.string().nullable(),
  anonymous_id: z.string().nullable(),
  properties: z.record(z.string(), z.unknown()),
  timestamp: z.string(),
  received_at: z.string(),
});
export type RawEvent = z.infer<typeof rawEvent>;

export const accountEventsQuery = z.object({
  event: text(200).optional(),
  cursor: text(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const usageSettings = z.strictObject({
  key_features: z.array(text(200).pipe(z.string().min(1))).max(50),
  raw_event_retention_days: z.number().int().min(30).max(3650).nullable(),
});
export type UsageSettings = z.infer<typeof usageSettings>;

export const ingestDebugger = z.object({
  recent_events: z.array(
    rawEvent.extend({ account_id: z.string().nullable(), group_id: z.string().nullable() }),
  ),
  rejections: z.array(
    z.object({
      id: z.string(),
      received_at: z.string(),
      api_key_id: z.string().nullable(),
      code: z.string(),
      message: z.string(),
      payload: z.string().nullable(),
    }),
  ),
  per_key: z.array(
    z.object({
      api_key_id: z.string().nullable(),
      name: z.string().nullable(),
      events_24h: z.number().int(),
      rejected_24h: z.number().int(),
      last_event_at: z.string().nullable(),
    }),
  ),
  unattached_events: z.number().int(),
  rollup_backlog: z.number().int(),
});
export type IngestDebugger = z.infer<typeof ingestDebugger>;

/** A page of an account's raw events, newest first. */
export const accountEventsPage = cursorPageOf(rawEvent);
export type AccountEventsPage = z.infer<typeof accountEventsPage>;
