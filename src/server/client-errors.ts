import type { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { errorBody } from './errors.ts';

type ClientError = Error & { code?: string };

// Node answers a request it cannot parse before Hono sees it (a 100 KB URL, a header past its 16 KB limit,
// broken HTTP) with a bare status line. Clients expect our error envelope everywhere, so write it here.
const ANSWERS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'request_too_large',
    message: 'The request line or headers are larger than the server accepts',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'request_timeout',
    message: 'The request took too long to arrive',
  },
};
const MALFORMED = {
  status: 400,
  reason: 'Bad Request',
  code: 'bad_request',
  message: 'The request is not valid HTTP',
};

/**
 * Answers requests the HTTP parser rejects with a complete response in the error envelope. There is no
 * request object yet, so the answer goes to the socket directly and in English (no headers were read).
 */
export function answerClientErrors(server: Pick<EventEmitter, 'on'>) {
  server.on('clientError', (err: ClientError, socket: Duplex) => {
    // A reset connection or one whose response is already under way has no one left to answer.
    if (err.code === 'ECONNRESET' || !socket.writable || hasResponseStarted(socket)) {
      socket.destroy();
      return;
    }
    const answer = (err.code && ANSWERS[err.code]) || MALFORMED;
    const body = JSON.stringify(errorBody(answer.code, answer.message));
    socket.end(
      [
        `HTTP/1.1 ${answer.status} ${answer.reason}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}

function hasResponseStarted(socket: Duplex): boolean {
  const message = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  return message?.headersSent === true;
}
