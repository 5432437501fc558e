import { z } from 'zod';

// Segment's HTTP Tracking API, as its libraries send it. Unknown fields are kept (Segment allows them),
// but the ones we read are checked.
// A numeric id past 2^53 arrives already rounded by JSON.parse: two users would share one id.
const id = z
  .union([
    z.string().min(1).max(200),
    z
      .number()
      .refine(
        (n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER,
        'a numeric id over 2^53 loses digits; send it as a string',
      ),
  ])
  .transform(String);
const jsonObject = z.record(z.string(), z.unknown());
const noNul = (s: string) => !s.includes('\u0000');

const baseShape = {
  messageId: z.string().min(1).max(200).refine(noNul, 'must not contain NUL').optional(),
  userId: id.nullish(),
  anonymousId: id.nullish(),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  originalTimestamp: z.iso.datetime({ offset: true }).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  context: jsonObject.optional(),
  integrations: jsonObject.optional(),
};

const eventName = z.string().trim().min(1).max(200).refine(noNul, 'must not contain NUL');

/** Segment's rule: every call but alias names the user, by userId or anonymousId. */
const withUser = <T extends z.ZodObject>(schema: T) =>
  schema
    .loose()
    .refine((m: { userId?: unknown; anonymousId?: unknown }) => m.userId != null || m.anonymousId != null, {
      message: 'userId or anonymousId is required',
      path: ['userId'],
    });

export const SEGMENT_TYPES = ['track', 'identify', 'group', 'page', 'screen', 'alias'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];

export const trackMessage = withUser(
  z.object({ ...baseShape, event: eventName, properties: jsonObject.optional() }),
);
export const identifyMessage = withUser(z.object({ ...baseShape, traits: jsonObject.optional() }));
export const groupMessage = withUser(z.object({ ...baseShape, groupId: id, traits: jsonObject.optional() }));
export const pageMessage = withUser(
  z.object({
    ...baseShape,
    name: eventName.optional(),
    category: z.string().max(200).optional(),
    properties: jsonObject.optional(),
  }),
);
export const aliasMessage = z.object({ ...baseShape, previousId: id, userId: id }).loose();

/** The fields we read of any message, once its type's schema accepted it. */
export interface SegmentMessage {
  messageId?: string;
  userId?: string | null;
  anonymousId?: string | null;
  timestamp?: string;
  originalTimestamp?: string;
  sentAt?: string;
  context?: Record<string, unknown>;
  event?: string;
  name?: string;
  groupId?: string;
  previousId?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
}

export const messageSchemas: Record<SegmentType, z.ZodType> = {
  track: trackMessage,
  identify: identifyMessage,
  group: groupMessage,
  page: pageMessage,
  screen: pageMessage,
  alias: aliasMessage,
};

export const batchBody = z
  .object({
    batch: z.array(z.unknown()).max(10_000),
    context: jsonObject.optional(),
    integrations: jsonObject.optional(),
  })
  .loose();

export const ingestResult = z.object({
  success: z.literal(true),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), code: z.string(), message: z.string() })),
});
export type IngestResult = z.infer<typeof ingestResult>;

/** Segment's limits: 32 KB a message, 500 KB a batch. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
