// The real `tend serve` as a child process on a free port, for tests that must kill it (crash safety).
// The first start may build the web app when its sources changed; health waits long enough for that.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../web-build.ts';

export interface TendProcess {
  url: string;
  /** True once kill() was called. */
  readonly killed: boolean;
  /** Resolves when the process has exited, however. */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM (a graceful stop), then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 240_000;

export async function startTendProcess(env: Record<string, string>): Promise<TendProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/tend.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TEND_SEED_DEMO: 'false',
      TEND_ADMIN_PASSWORD: 'crash-test-password',
      TEND_PASSWORD_COST: '12',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let killed = false;
  const tend: TendProcess = {
    url: `http://127.0.0.1:${port}`,
    get killed() {
      return killed;
    },
    exited,
    kill(signal) {
      killed = true;
      child.kill(signal);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      tend.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitForHealth(tend.url, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw err;
  }
  return tend;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tend serve exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tend serve was not healthy within ${HEALTH_TIMEOUT_MS / 1000}s:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
