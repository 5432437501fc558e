import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context } from 'hono';
import { MAX_BATCH_BYTES } from '../../../shared/ingest.ts';
import { AppError } from '../../errors.ts';

const gunzipAsync = promisify(gunzip);

/**
 * Reads the body (gzip or not), enforcing the size limit on the decoded bytes, and parses JSON.
 * Any Content-Type is read as JSON: Segment's server libraries send application/json, but analytics.js
 * sends text/plain through navigator.sendBeacon (a "simple" request needs no CORS preflight).
 */
export async function readIngestBody(c: Context, limit = MAX_BATCH_BYTES): Promise<unknown> {
  const encoding = (c.req.header('content-encoding') || 'identity').trim().toLowerCase();
  if (encoding !== 'gzip' && encoding !== 'identity')
    throw new AppError(
      'unsupported_media_type',
      `Content-Encoding ${encoding} is not supported; use gzip or none`,
    );
  // Compressed, incompressible data grows by a few bytes per 16 KB block: allow for that, not more.
  const rawLimit = encoding === 'gzip' ? limit + Math.ceil(limit / 1000) + 1024 : limit;
  const raw = await readAtMost(c, rawLimit, limit);
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

/** The raw body, refused with 413 as soon as it passes `max` bytes: an endless body is never buffered whole. */
async function readAtMost(c: Context, max: number, limit: number): Promise<Buffer> {
  if (Number(c.req.header('content-length')) > max) throw tooLarge(limit);
  const stream = c.req.raw.body;
  if (!stream) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
