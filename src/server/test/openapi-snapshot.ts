// The API's contract as data: the OpenAPI document and the route list, normalised so that a refactor which
// only reorders declarations compares equal. `npm run openapi:snapshot` rewrites the committed file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';

export const SNAPSHOT_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../openapi.snapshot.json',
);

export interface ApiSnapshot {
  /** "METHOD /path" in Hono's syntax, sorted, middleware-only entries left out. */
  routes: string[];
  openapi: unknown;
}

/** The app's routes and the document it serves at /openapi.json; neither needs a database. */
export async function apiSnapshot(): Promise<ApiSnapshot> {
  const app = createApp({
    db: undefined as never,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
  });
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
    .map((r) => `${r.method} ${r.path}`);
  const doc: unknown = await (await app.request('/openapi.json')).json();
  return { routes: [...new Set(routes)].sort(), openapi: normalise(doc) };
}

/** Object keys sorted; `parameters` sorted by place and name, `required` by name: their order means nothing. */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v));
    if (key === 'parameters') return items.sort((a, b) => paramKey(a).localeCompare(paramKey(b)));
    if (key === 'required') return [...(items as string[])].sort();
    return items;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v, k)]));
}

function paramKey(p: unknown): string {
  const { in: place, name } = p as { in?: string; name?: string };
  return `${place} ${name}`;
}

export function readSnapshot(): ApiSnapshot {
  return JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as ApiSnapshot;
}

export async function writeSnapshot(): Promise<void> {
  fs.writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(await apiSnapshot(), null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await writeSnapshot();
