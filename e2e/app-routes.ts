// The web app's pages as src/web/router.tsx declares them, so a browser test that must visit every page
// covers a page added tomorrow without being edited.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './harness.ts';

/** Full paths of every routed page, with `$param` segments as written in the router (e.g. `/accounts/$accountId`). */
export function appPagePaths(): string[] {
  const source = fs.readFileSync(path.join(PROJECT_ROOT, 'src/web/router.tsx'), 'utf8');
  const routes = new Map<string, { parent: string | null; path: string }>();
  const declaration = /const (\w+) = createRoute\(\{([\s\S]*?)\n\}\);/g;
  for (const [, name, body] of source.matchAll(declaration)) {
    const parent = /getParentRoute: \(\) => (\w+)/.exec(body as string)?.[1] ?? null;
    const own = /\bpath: '([^']*)'/.exec(body as string)?.[1] ?? '';
    routes.set(name as string, { parent, path: own });
  }
  const fullPath = (name: string): string => {
    const route = routes.get(name);
    if (!route) return '';
    const prefix = route.parent ? fullPath(route.parent) : '';
    return `${prefix}/${route.path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  };
  const paths = [...routes.keys()].filter((n) => routes.get(n)?.path).map(fullPath);
  if (paths.length < 10)
    throw new Error(`Found only ${paths.length} routes in router.tsx; did its shape change?`);
  return [...new Set(paths)].sort();
}
