import { batchBody, type IngestResult, type SegmentType } from '../../../shared/ingest.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { unstorableJsonReason } from './check-storable-json.ts';
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
  const contextBytes = context ? checkBatchContext(context, raws.length) : 0;
  const good: NormalizedMessage[] = [];
  const rejected: Rejection[] = [];
  raws.forEach((raw, index) => {
    const result = normalizeMessage(raw, index, { type, context, contextBytes, receivedAt });
    if ('ok' in result) good.push(result.ok);
    else rejected.push(result.rejected);
  });
  const counts: IngestCounts = await ingestMessages(db, apiKeyId, good);
  if (rejected.length > 0) await keepRejections(db, apiKeyId, rejected, raws);
  return { success: true, ...counts, rejected };
}

/**
 * A batch's context is stored again with each of its messages: it must be storable, and repeated over the
 * batch it must stay within a few batches' worth (a 400 KB context on 10,000 tiny messages would be 4 GB).
 * Returns its size in bytes.
 */
function checkBatchContext(context: Record<string, unknown>, messages: number): number {
  const unstorable = unstorableJsonReason(context);
  if (unstorable) throw new AppError('bad_request', `The batch's context: ${unstorable}`);
  const bytes = Buffer.byteLength(JSON.stringify(context));
  if (bytes * messages > MAX_EXPANDED_BATCH_BYTES)
    throw new AppError(
      'payload_too_large',
      `The batch's context (${bytes} bytes) repeated in each of its ${messages} messages is over ${MAX_EXPANDED_BATCH_BYTES / 1024 / 1024} MB; send a smaller batch or put the context in the messages`,
    );
  return bytes;
}

const MAX_EXPANDED_BATCH_BYTES = 5 * 1024 * 1024;

async function keepRejections(db: Db, apiKeyId: string, rejected: Rejection[], raws: unknown[]) {
  await db
    .insertInto('ingest_rejections')
    .values(
      rejected.slice(0, 100).map((r) => ({
        api_key_id: apiKeyId,
        message_index: r.index,
        code: r.code,
        message: storableText(r.message.slice(0, 500)),
        payload: storableText(payloadPreview(raws[r.index])),
      })),
    )
    .execute();
}

/** The start of a rejected message for the debugger; one too deep for JSON.stringify is described instead. */
function payloadPreview(raw: unknown): string {
  try {
    return (JSON.stringify(raw) ?? 'undefined').slice(0, 2000);
  } catch {
    return '(not shown: nested too deep to print)';
  }
}

/** Text columns take neither NUL nor lone surrogates (a cut may halve a pair): replace them. */
const storableText = (text: string) => text.replaceAll('\u0000', '\ufffd').replace(/\p{Cs}/gu, '\ufffd');
