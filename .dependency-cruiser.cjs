/**
 * Module boundaries, checked by `npm run lint:deps` (part of `npm run lint`). Server modules are the folders
 * src/server/modules/<module>/; docs/architecture.md explains the rules.
 * Module-level cycles are checked by .dependency-cruiser-modules.cjs, which collapses each module to one node.
 */
const MODULE = '^src/server/modules/([^/]+)/';
const TESTS = '\\.(test|fixtures|cases)\\.ts$|-fixtures\\.ts$|^src/server/test/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      comment:
        "A module's SQL builders (*-sql.ts) and test fixtures are its own: other modules call its use-cases, " +
        'queries and routes.',
      severity: 'error',
      from: { path: MODULE, pathNot: TESTS },
      to: {
        path: '^src/server/modules/[^/]+/.*(-sql\\.ts|\\.fixtures\\.ts|-fixtures\\.ts)$',
        pathNot: '^src/server/modules/$1/',
      },
    },
    {
      name: 'modules-below-pipeline',
      comment:
        "The pipeline (src/server/pipeline/) starts the modules' stages; a module never reaches back into it.",
      severity: 'error',
      from: { path: '^src/server/modules/', pathNot: TESTS },
      to: { path: '^src/server/pipeline/' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'src/shared is read by server and web alike: it imports neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'web-not-server',
      comment: 'The web app talks to the server over HTTP only, with types from src/shared.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
