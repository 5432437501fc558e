import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context } from 'hono';
import { AppError } from '../../errors.ts';
import { MAX_BATCH_BYTES } from './ingest.schemas.ts';

const gunzipAsync = promisify(gunzip);

/** Reads the body (gzip or not), enforcing the size limit on the decoded bytes, and parses JSON. */
export async function readIngestBody(c: Context, limit = MAX_BATCH_BYTES): Promise<unknown> {
  const raw = Buffer.from(await c.req.arrayBuffer());
  const encoding = (c.req.header('content-encoding') ?? '').toLowerCase();
  if (raw.length > limit && encoding !== 'gzip') throw tooLarge(limit);
  let body = raw;
  if (encoding === 'gzip') {
    try {
      // maxOutputLength stops a small gzip bomb from inflating past the limit.
      body = await gunzipAsync(raw, { maxOutputLength: limit + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
      throw new AppError('bad_request', 'The body is not valid gzip');
    }
    if (body.length > limit) throw tooLarge(limit);
  } else if (encoding && encoding !== 'identity') {
    throw new AppError(
      'unsupported_media_type',
      `Content-Encoding ${encoding} is not supported; use gzip or none`,
    );
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('invalid_json', 'The body is not valid JSON');
  }
}

const tooLarge = (limit: number) =>
  new AppError('payload_too_large', `The body is larger than ${Math.round(limit / 1024)} KB`, {
    limit_bytes: limit,
  });
