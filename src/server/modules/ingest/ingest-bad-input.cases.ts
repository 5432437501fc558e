// The bad-input tables of ingest-bad-input.test.ts. Messages are raw JSON text, because what they test
// (lone surrogates, NUL, `__proto__` keys, 1e400, 10,000-level nesting) does not survive a JS object literal.

/** `{"a":{"a":…1…}}` nested `levels` deep (a value at that depth counts as one level more). */
export const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
export const nestedArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

const track = (fields: string) => `{"type":"track","userId":"bad-input-user",${fields}}`;
const event = '"event":"Bad Input"';

/** [problem, message JSON, rejection code, text its message contains] */
export type MessageCase = [problem: string, message: string, code: string, says: string];

export const messageCases: MessageCase[] = [
  // Timestamps
  [
    'a timestamp that is not a date',
    track(`${event},"timestamp":"yesterday"`),
    'invalid_message',
    'timestamp',
  ],
  ['a 13th month', track(`${event},"timestamp":"2026-13-01T00:00:00Z"`), 'invalid_message', 'timestamp'],
  ['February 30th', track(`${event},"timestamp":"2026-02-30T10:00:00Z"`), 'invalid_message', 'timestamp'],
  ['epoch milliseconds', track(`${event},"timestamp":1763900000000`), 'invalid_message', 'timestamp'],
  ['year 1', track(`${event},"timestamp":"0001-01-01T00:00:00Z"`), 'invalid_message', 'outside the accepted'],
  [
    'year 9999',
    track(`${event},"timestamp":"9999-12-31T23:59:59Z"`),
    'invalid_message',
    'outside the accepted',
  ],
  [
    'a clock skew that puts the event in 1970',
    track(`${event},"originalTimestamp":"1970-01-01T00:00:00Z","sentAt":"2026-11-20T00:00:00Z"`),
    'invalid_message',
    'outside the accepted',
  ],
  ['a sentAt that is not a date', track(`${event},"sentAt":"soon"`), 'invalid_message', 'sentAt'],
  // Types
  ['an unknown type', `{"type":"launch","userId":"u",${event}}`, 'invalid_type', 'type must be one of'],
  ['no type', `{"userId":"u",${event}}`, 'invalid_type', 'type must be one of'],
  ['a numeric type', `{"type":7,"userId":"u",${event}}`, 'invalid_type', 'type must be one of'],
  ['a string instead of a message', '"track"', 'invalid_message', 'JSON object'],
  ['null instead of a message', 'null', 'invalid_message', 'JSON object'],
  ['an array instead of a message', '[]', 'invalid_message', 'JSON object'],
  // Nesting
  [
    'properties 10,000 levels deep',
    track(`${event},"properties":${nestedObject(10_000)}`),
    'invalid_message',
    'nested deeper than 64',
  ],
  [
    'arrays 100,000 levels deep',
    track(`${event},"properties":{"a":${nestedArray(100_000)}}`),
    'invalid_message',
    'nested deeper than 64',
  ],
  [
    'properties one level too deep',
    track(`${event},"properties":${nestedObject(64)}`),
    'invalid_message',
    'nested deeper than 64',
  ],
  [
    'context 1,000 levels deep',
    track(`${event},"context":${nestedObject(1000)}`),
    'invalid_message',
    'nested deeper than 64',
  ],
  // Text that jsonb cannot hold
  [
    'NUL in a property value',
    track(`${event},"properties":{"a":"x\\u0000y"}`),
    'invalid_message',
    'properties.a: contains a NUL',
  ],
  [
    'NUL in a property key',
    track(`${event},"properties":{"a\\u0000b":1}`),
    'invalid_message',
    'a key contains a NUL',
  ],
  ['NUL in the event name', track('"event":"Bad\\u0000Input"'), 'invalid_message', 'event: contains a NUL'],
  [
    'NUL in the userId',
    `{"type":"track","userId":"u\\u0000",${event}}`,
    'invalid_message',
    'userId: contains a NUL',
  ],
  [
    'NUL in the messageId',
    track(`${event},"messageId":"m\\u0000"`),
    'invalid_message',
    'messageId: contains a NUL',
  ],
  [
    'a lone high surrogate in a property value',
    track(`${event},"properties":{"a":"\\ud800"}`),
    'invalid_message',
    'properties.a: contains a lone UTF-16 surrogate',
  ],
  [
    'a lone low surrogate in a property key',
    track(`${event},"properties":{"\\udc00":1}`),
    'invalid_message',
    'properties: a key contains a lone UTF-16 surrogate',
  ],
  [
    'a string ending in half an emoji',
    track(`${event},"properties":{"a":"ok \\ud83d"}`),
    'invalid_message',
    'lone UTF-16 surrogate',
  ],
  [
    'a lone surrogate in the event name',
    track('"event":"Bad \\ud800 Input"'),
    'invalid_message',
    'event: contains a lone',
  ],
  [
    'a lone surrogate in the userId',
    `{"type":"track","userId":"\\udfff",${event}}`,
    'invalid_message',
    'userId: contains a lone',
  ],
  [
    'a lone surrogate in the messageId',
    track(`${event},"messageId":"\\ud800"`),
    'invalid_message',
    'messageId: contains a lone',
  ],
  [
    'a lone surrogate in a context key',
    track(`${event},"context":{"\\ud801x":1}`),
    'invalid_message',
    'context: a key contains a lone',
  ],
  [
    'a lone surrogate in group traits',
    '{"type":"group","userId":"u","groupId":"g","traits":{"name":"\\ud800"}}',
    'invalid_message',
    'traits.name',
  ],
  // Who
  [
    'no userId and no anonymousId',
    `{"type":"track",${event}}`,
    'invalid_message',
    'userId or anonymousId is required',
  ],
  [
    'a null userId and an empty anonymousId',
    `{"type":"track","userId":null,"anonymousId":"",${event}}`,
    'invalid_message',
    'anonymousId',
  ],
  ['an object as userId', `{"type":"track","userId":{"id":1},${event}}`, 'invalid_message', 'userId'],
  [
    'only a __proto__ that names a user',
    `{"type":"track","__proto__":{"userId":"sneaky"},${event}}`,
    'invalid_message',
    'userId or anonymousId is required',
  ],
  [
    'a numeric userId over 2^53',
    `{"type":"track","userId":12345678901234567890,${event}}`,
    'invalid_message',
    'loses digits',
  ],
  // Event names
  ['a numeric event name', track('"event":42'), 'invalid_message', 'event'],
  ['a null event name', track('"event":null'), 'invalid_message', 'event'],
  ['an array as event name', track('"event":["a"]'), 'invalid_message', 'event'],
  ['an empty event name', track('"event":""'), 'invalid_message', 'event'],
  ['a blank event name', track('"event":"   "'), 'invalid_message', 'event'],
  ['no event name', track('"properties":{}'), 'invalid_message', 'event'],
  // Numbers and shapes
  [
    'a number beyond a double',
    track(`${event},"properties":{"n":1e400}`),
    'invalid_message',
    'properties.n: the number is too large',
  ],
  [
    'a negative number beyond a double',
    track(`${event},"properties":{"n":[-1e999]}`),
    'invalid_message',
    'properties.n.0: the number is too large',
  ],
  ['a numeric messageId', track(`${event},"messageId":42`), 'invalid_message', 'messageId'],
  ['an empty messageId', track(`${event},"messageId":""`), 'invalid_message', 'messageId'],
  ['properties as an array', track(`${event},"properties":[1,2]`), 'invalid_message', 'properties'],
  ['context as a string', track(`${event},"context":"web"`), 'invalid_message', 'context'],
  [
    'a message over 32 KB',
    track(`${event},"properties":{"blob":"${'x'.repeat(33 * 1024)}"}`),
    'message_too_large',
    'the limit is 32768',
  ],
];
