// No import loops between server modules: dependency-cruiser reads the imports (with the options of
// .dependency-cruiser.cjs, tests left out), each src/server/modules/<module>/ becomes one node, and any
// loop among those nodes fails with its path. Run by `npm run lint:deps`.
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const { options } = require('../.dependency-cruiser.cjs');
const TESTS = /\.(test|fixtures|cases)\.ts$|-fixtures\.ts$/;
const moduleOf = (file) => /^src\/server\/modules\/([^/]+)\//.exec(file)?.[1];

const { output } = await cruise(['src/server/modules'], { ...options, exclude: { path: TESTS.source } });
const edges = new Map();
for (const m of output.modules) {
  const from = moduleOf(m.source);
  if (!from || TESTS.test(m.source)) continue;
  for (const d of m.dependencies) {
    const to = moduleOf(d.resolved);
    if (to && to !== from) {
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
    }
  }
}

// A loop is a path back to where it started; depth-first from each module, in name order.
const loops = new Set();
const visit = (start, at, path) => {
  for (const [to, why] of edges.get(at) ?? []) {
    if (to === start) loops.add([...path, why].join('\n    '));
    else if (!path.some((p) => p.startsWith(`src/server/modules/${to}/`)) && to > start)
      visit(start, to, [...path, why]);
  }
};
for (const start of [...edges.keys()].sort()) visit(start, start, []);

if (loops.size) {
  console.error(`${loops.size} module loop(s):`);
  for (const loop of loops) console.error(`  loop:\n    ${loop}`);
  process.exit(1);
}
console.log(`no module loops (${edges.size} modules import others)`);
