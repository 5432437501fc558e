import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { batchBody, type IngestResult, type SegmentType } from './ingest.schemas.ts';
import { type IngestCounts, ingestMessages } from './ingest-messages.ts';
import { type NormalizedMessage, normalizeMessage, type Rejection } from './normalize-message.ts';

/**
 * One Segment HTTP call: a batch, or a single track/identify/... message. Bad messages are rejected one by
 * one and kept for the ingest debugger; the good ones are stored and committed before we answer.
 */
export async function receiveSegmentCall(
  db: Db,
  apiKeyId: string,
  body: unknown,
  type?: SegmentType,
): Promise<IngestResult> {
  const receivedAt = new Date();
  let raws: unknown[];
  let context: Record<string, unknown> | undefined;
  if (type) {
    raws = [body];
  } else {
    const parsed = batchBody.safeParse(body);
    if (!parsed.success)
      throw new AppError('bad_request', 'The body must be a batch: {"batch": [message, …]}');
    raws = parsed.data.batch;
    context = parsed.data.context;
  }
  const good: NormalizedMessage[] = [];
  const rejected: Rejection[] = [];
  raws.forEach((raw, index) => {
    const result = normalizeMessage(raw, index, { type, context, receivedAt });
    if ('ok' in result) good.push(result.ok);
    else rejected.push(result.rejected);
  });
  const counts: IngestCounts = await ingestMessages(db, apiKeyId, good);
  if (rejected.length > 0) await keepRejections(db, apiKeyId, rejected, raws);
  return { success: true, ...counts, rejected };
}

async function keepRejections(db: Db, apiKeyId: string, rejected: Rejection[], raws: unknown[]) {
  await db
    .insertInto('ingest_rejections')
    .values(
      rejected.slice(0, 100).map((r) => ({
        api_key_id: apiKeyId,
        message_index: r.index,
        code: r.code,
        message: r.message.slice(0, 500),
        payload: (JSON.stringify(raws[r.index]) ?? 'undefined').replace(/\\u0000/g, '').slice(0, 2000),
      })),
    )
    .execute();
}
