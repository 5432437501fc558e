/**
 * How deep a message may nest (the message object is level 1). PostgreSQL's jsonb parser gives up far deeper,
 * but V8's JSON.stringify overflows its stack at a few thousand levels, and no product event needs more.
 */
export const MAX_JSON_DEPTH = 64;

// NUL: jsonb and text cannot hold it. A lone UTF-16 surrogate (half of a pair, legal in JSON's \u escapes):
// jsonb refuses it, and text would turn it into U+FFFD, so two different ids could collide.
const LONE_SURROGATE = /\p{Cs}/u;
export const isStorableText = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

interface Visit {
  value: unknown;
  depth: number;
  path: PathStep | null;
}
interface PathStep {
  parent: PathStep | null;
  key: string;
}

/**
 * Why a parsed JSON value could not be stored as jsonb exactly as sent, or null when it can: NUL or a lone
 * surrogate in a string or a key, a number beyond a double (JSON.parse made it Infinity), or nesting deeper
 * than MAX_JSON_DEPTH. Iterative, so a 100,000-level document costs no stack and stops at the limit.
 */
export function unstorableJsonReason(value: unknown): string | null {
  const stack: Visit[] = [{ value, depth: 1, path: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth, path } = visit;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return `${where(path)}: ${textProblem(value)}`;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value))
        return `${where(path)}: the number is too large (over 1.8e308); send it as a string`;
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_JSON_DEPTH) return `${where(path)}: nested deeper than ${MAX_JSON_DEPTH} levels`;
      for (const [key, child] of Object.entries(value)) {
        if (!isStorableText(key)) return `${where(path)}: a key ${textProblem(key)}`;
        stack.push({ value: child, depth: depth + 1, path: { parent: path, key } });
      }
    }
  }
  return null;
}

function textProblem(text: string) {
  return text.includes('\u0000')
    ? 'contains a NUL character (\\u0000)'
    : 'contains a lone UTF-16 surrogate (half of a pair, e.g. "\\ud800"), which is not valid Unicode';
}

/** "properties.items.3.name", shortened from the left when long; keys on it were checked already. */
function where(path: PathStep | null) {
  const keys: string[] = [];
  for (let step = path; step; step = step.parent) keys.push(step.key);
  const text = keys.reverse().join('.') || 'message';
  return text.length > 200 ? `…${text.slice(-199)}` : text;
}
