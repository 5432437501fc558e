import { errorResponse } from '../../../shared/common.ts';
import {
  ingestResult,
  MAX_BATCH_BYTES,
  MAX_MESSAGE_BYTES,
  type SegmentType,
} from '../../../shared/ingest.ts';
import { AppError } from '../../errors.ts';
import { json } from '../../lib/openapi.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { authenticateWriteKey } from './ingest-auth.ts';
import { readIngestBody } from './read-ingest-body.ts';
import { receiveSegmentCall } from './receive-segment-call.ts';

// Ingest authenticates by write key, not by session or role: its refusals are its own.
const ingestErrors = {
  400: json(errorResponse, 'The body is not JSON, or not a batch'),
  401: json(errorResponse, 'Missing or invalid write key'),
  403: json(errorResponse, 'The key lacks the ingest scope'),
  413: json(errorResponse, 'Over 500 KB a batch or 32 KB a single message'),
  429: json(errorResponse, 'Overloaded: retry after the Retry-After seconds'),
};

const description =
  "Segment's HTTP Tracking API: point a Segment or RudderStack library at this host with an API key that has " +
  'the `ingest` scope as its write key (HTTP Basic, key as user name, empty password; Bearer works too). ' +
  '`Content-Encoding: gzip` is accepted. A retried message (same messageId) is stored once.';

/** Requests being stored right now; past the limit we answer 429 instead of queueing without bound. */
let inFlight = 0;
const MAX_IN_FLIGHT = 16;

/** Mounted at /v1, outside /api. */
export function ingestRoutes() {
  const router = featureRouter({ tags: ['Ingest (Segment-compatible)'] });
  const endpoints: [string, SegmentType | undefined, string][] = [
    ['/batch', undefined, 'A batch of messages (what the Segment libraries send)'],
    ['/track', 'track', 'Record an event a user did'],
    ['/identify', 'identify', 'Tie a user to their traits; upserts the contact by email'],
    ['/group', 'group', 'Tie a user to an account; upserts the account by groupId (external_id)'],
    ['/page', 'page', 'Record a page view'],
    ['/screen', 'screen', 'Record a mobile screen view'],
    ['/alias', 'alias', 'Merge two user identities (previousId into userId)'],
  ];
  for (const [path, type, summary] of endpoints) {
    const spec = {
      summary,
      description,
      permission: null, // the write key is checked in the handler, after a size-bounded read of the body
      response: ingestResult,
      returns: 'Stored and committed: counts, and each rejected message with the reason',
      errors: ingestErrors,
    };
    router.post(path, spec, async (c) => {
      if (inFlight >= MAX_IN_FLIGHT) {
        c.header('Retry-After', '1');
        throw new AppError('rate_limited', 'Ingest is busy; retry after a second');
      }
      inFlight++;
      try {
        // With an Authorization header a bad key is refused before the body is read.
        const early = c.req.header('authorization') ? await authenticateWriteKey(c, c.var.db) : undefined;
        const body = await readIngestBody(c, type ? MAX_MESSAGE_BYTES : MAX_BATCH_BYTES);
        const key =
          early ??
          (await authenticateWriteKey(c, c.var.db, (body as { writeKey?: unknown } | null)?.writeKey));
        return c.json(await receiveSegmentCall(c.var.db, key.id, body, type), 200);
      } finally {
        inFlight--;
      }
    });
  }
  return router.app;
}
