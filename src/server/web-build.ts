import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(PROJECT_ROOT, 'dist/web');
const WEB_SOURCES = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.join(PROJECT_ROOT, p),
);

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

/** The built app is stale when any web source is newer than its index.html. */
export function webBuildIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'src/web'))) return false;
  return Math.max(...WEB_SOURCES.map(newestMtime)) > fs.statSync(index).mtimeMs;
}

export async function buildWeb(): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
