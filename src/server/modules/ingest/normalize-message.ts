import { createHash } from 'node:crypto';
import {
  MAX_MESSAGE_BYTES,
  messageSchemas,
  SEGMENT_TYPES,
  type SegmentMessage,
  type SegmentType,
} from '../../../shared/ingest.ts';
import { unstorableJsonReason } from './check-storable-json.ts';

export interface NormalizedMessage {
  messageId: string;
  type: SegmentType;
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  /** groupId of a group call, else context.groupId. */
  groupId: string | null;
  previousId: string | null;
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  timestamp: string;
}

export interface Rejection {
  index: number;
  code: string;
  message: string;
}

export type Normalized = { ok: NormalizedMessage } | { rejected: Rejection };

/** Validates one Segment message and fills what Segment fills: type from the endpoint, messageId, timestamp. */
export function normalizeMessage(raw: unknown, index: number, defaults: MessageDefaults): Normalized {
  const reject = (code: string, message: string): Normalized => ({ rejected: { index, code, message } });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return reject('invalid_message', 'A message must be a JSON object');
  // What jsonb cannot hold (NUL, lone surrogates, deep nesting) would fail the whole batch's insert:
  // reject it here, one message at a time. This also keeps the deep documents away from JSON.stringify.
  const unstorable = unstorableJsonReason(raw);
  if (unstorable) return reject('invalid_message', unstorable);
  const bytes = Buffer.byteLength(JSON.stringify(raw)) + (defaults.contextBytes ?? 0);
  if (bytes > MAX_MESSAGE_BYTES)
    return reject('message_too_large', `The message is ${bytes} bytes; the limit is ${MAX_MESSAGE_BYTES}`);
  const type = (defaults.type ?? (raw as { type?: unknown }).type) as SegmentType;
  if (!SEGMENT_TYPES.includes(type))
    return reject('invalid_type', `type must be one of ${SEGMENT_TYPES.join(', ')}`);
  const parsed = messageSchemas[type].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject('invalid_message', `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`);
  }
  const m = parsed.data as SegmentMessage;
  const timestamp = eventTime(m, defaults.receivedAt);
  const outOfRange = timestampProblem(timestamp, defaults.receivedAt);
  if (outOfRange) return reject('invalid_message', outOfRange);
  const context = { ...defaults.context, ...m.context };
  const contextGroup =
    typeof context.groupId === 'string' || typeof context.groupId === 'number'
      ? String(context.groupId)
      : null;
  return {
    ok: {
      messageId: m.messageId ?? derivedMessageId(raw),
      type,
      event:
        type === 'track' ? (m.event ?? null) : type === 'page' || type === 'screen' ? (m.name ?? null) : null,
      userId: m.userId ?? null,
      anonymousId: m.anonymousId ?? null,
      groupId: type === 'group' ? (m.groupId ?? null) : contextGroup,
      previousId: type === 'alias' ? (m.previousId ?? null) : null,
      properties: (type === 'identify' || type === 'group' ? m.traits : m.properties) ?? {},
      context,
      timestamp,
    },
  };
}

export interface MessageDefaults {
  /** The endpoint's type (/v1/track…); a batch message names its own. */
  type?: SegmentType;
  /** A batch's own context, under each message's. */
  context?: Record<string, unknown>;
  /** The JSON size of that context, which each message stores again. */
  contextBytes?: number;
  receivedAt: Date;
}

/** Events are kept from 2000 on (monthly partitions are made on demand, so the range bounds their number). */
const EARLIEST_EVENT = Date.UTC(2000, 0, 1);
/** A device clock may run ahead a little; a day ahead of us is a wrong clock, not an event. */
const MAX_CLOCK_AHEAD_MS = 24 * 3600_000;

function timestampProblem(timestamp: string, receivedAt: Date) {
  const t = Date.parse(timestamp);
  if (t >= EARLIEST_EVENT && t <= receivedAt.getTime() + MAX_CLOCK_AHEAD_MS) return null;
  return `timestamp: ${timestamp} is outside the accepted range, from 2000-01-01 to a day after the time received`;
}

/**
 * Segment's clock-skew correction: a device clock that is off shifts originalTimestamp and sentAt alike,
 * so receivedAt - (sentAt - originalTimestamp) is when the event happened by the server's clock.
 */
function eventTime(m: SegmentMessage, receivedAt: Date): string {
  if (m.timestamp) return new Date(m.timestamp).toISOString();
  if (m.originalTimestamp && m.sentAt) {
    const skew = Date.parse(m.sentAt) - Date.parse(m.originalTimestamp);
    return new Date(receivedAt.getTime() - skew).toISOString();
  }
  if (m.originalTimestamp) return new Date(m.originalTimestamp).toISOString();
  return receivedAt.toISOString();
}

/** A message sent without messageId gets one from its content, so its retries are still stored once. */
function derivedMessageId(raw: object): string {
  const { sentAt: _s, _metadata: _m, ...content } = raw as Record<string, unknown>;
  return `derived-${createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 40)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
