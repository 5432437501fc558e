// `npm run bench -- <name> [options]`: runs one benchmark. Each prints one JSON line on stdout, logs on stderr.

interface Benchmark {
  description: string;
  load: () => Promise<{ main: (argv: string[]) => Promise<number> }>;
}

const BENCHMARKS: Record<string, Benchmark> = {
  'api-latency': {
    description: 'p50/p95/p99 and req/s of /healthz, the accounts list and search on 100k accounts',
    load: () => import('./api-latency.ts'),
  },
  ingest: {
    description:
      'events/s through POST /v1/batch against a raw bulk insert, and freshness of the usage rollup',
    load: () => import('./ingest.ts'),
  },
  health: {
    description:
      'full health recompute of 100k accounts x 10 measures against one hand-written SQL statement, and freshness',
    load: () => import('./health.ts'),
  },
  metrics: {
    description:
      'retention metrics and ARR waterfall on 100k accounts and 1M movements against a hand-written SQL aggregate',
    load: () => import('./metrics.ts'),
  },
  rules: {
    description:
      'events/s through rule evaluation and event-to-CTA latency p50/p95 (50 rules, 100k accounts) against a raw CTA insert',
    load: () => import('./rules.ts'),
  },
};

function usage() {
  const names = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(14)} ${b.description}`);
  return `Usage: npm run bench -- <name> [options]\n\nBenchmarks:\n${names.join('\n')}\n`;
}

async function run(argv: string[]): Promise<number> {
  const [benchName, ...rest] = argv;
  const benchmark = benchName ? BENCHMARKS[benchName] : undefined;
  if (!benchmark) {
    process.stderr.write(`${benchName ? `Unknown benchmark "${benchName}".\n\n` : ''}${usage()}`);
    return 2;
  }
  const { main } = await benchmark.load();
  return main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
