import { Cron } from 'croner';
import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.ts';

/** How long a polling stage waits after a pass that found work: new work is likely already waiting. */
export const BUSY_POLL_MS = 100;

/**
 * The wait before a polling stage's next pass. While data keeps arriving, a short wait: every event waits
 * for a pass twice (usage rollup, then health), so the idle wait was up to a second of freshness. When a
 * pass finds nothing, the full idle wait, so an idle install does not poll its database 10 times a second.
 * (Measured in docs/performance.md; the numbers are tuned, change them only with a benchmark.)
 */
export function pollDelay(busy: boolean, idleMs: number): number {
  return busy ? Math.min(BUSY_POLL_MS, idleMs) : idleMs;
}

/** What a stage has done since it started: the report of the kit, beside its log lines. */
export interface StageProgress {
  stage: string;
  passes: number;
  /** Units of work the passes reported (events, accounts, signals, jobs: each stage counts its own). */
  done: number;
  failures: number;
  lastPassAt: Date | null;
  lastError: string | null;
}

export interface RunningStage {
  readonly name: string;
  progress(): StageProgress;
  /** Graceful: no new pass starts, and the one running is awaited. */
  stop(): Promise<void>;
}

/** What a pass may ask: a long drain checks it between slices, so stop() is not held up. */
export interface PassContext {
  stopping(): boolean;
}

/** A pass returns how much it did (0 or false: nothing to do). */
export type Pass = (ctx: PassContext) => Promise<number | boolean>;

function tracker(name: string, logger: Logger) {
  const p: StageProgress = {
    stage: name,
    passes: 0,
    done: 0,
    failures: 0,
    lastPassAt: null,
    lastError: null,
  };
  /** Runs one pass, never throws: a failure is logged and counted, and the stage tries again later. */
  const run = async (pass: Pass, ctx: PassContext): Promise<number> => {
    try {
      const result = await pass(ctx);
      const n = typeof result === 'number' ? result : result ? 1 : 0;
      p.passes += 1;
      p.done += n;
      p.lastPassAt = new Date();
      if (n) logger.debug({ stage: name, done: n }, 'stage pass');
      return n;
    } catch (err) {
      p.failures += 1;
      p.lastError = err instanceof Error ? err.message : String(err);
      logger.error({ err, stage: name }, `${name} failed; retrying at its next pass`);
      return 0;
    }
  };
  return { progress: () => ({ ...p }), run };
}

export interface PollOptions {
  /** The wait when a pass found nothing (and, when not adaptive, after every pass). */
  idleMs: number;
  /** Poll sooner while passes find work (pollDelay); off for stages on a fixed interval. */
  adaptive: boolean;
}

/** The one poll loop: a pass, then a wait, until stopped. The first pass runs at once. */
export function startPollStage(name: string, logger: Logger, options: PollOptions, pass: Pass): RunningStage {
  const { progress, run } = tracker(name, logger);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const ctx: PassContext = { stopping: () => stopped };
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const done = await run(pass, ctx);
    if (stopped) return;
    const wait = options.adaptive ? pollDelay(done > 0, options.idleMs) : options.idleMs;
    timer = setTimeout(() => (running = tick()), wait);
  };
  running = tick();
  return {
    name,
    progress,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export interface CronOptions {
  /** croner pattern; six fields put seconds first. */
  pattern: string;
  timezone?: string;
  /** Also run a pass at start, awaited before the stage is returned (a missed nightly run, say). */
  atStart?: boolean;
}

/**
 * A pass on a croner schedule. `protect` skips a tick while the previous one still runs. Every worker
 * process runs the same schedules: a pass that must run once per tick claims it (jobs/claim-tick.ts).
 */
export async function startCronStage(
  name: string,
  logger: Logger,
  options: CronOptions,
  pass: (tick: Date) => ReturnType<Pass>,
): Promise<RunningStage> {
  const { progress, run } = tracker(name, logger);
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  if (options.atStart) await run(() => pass(new Date()), { stopping: () => stopped });
  const cron = new Cron(options.pattern, { timezone: options.timezone, protect: true }, (self: Cron) => {
    const tick = self.currentRun() ?? new Date();
    running = run(() => pass(tick), { stopping: () => stopped }).then(() => {});
    return running;
  });
  return {
    name,
    progress,
    async stop() {
      stopped = true;
      cron.stop();
      await running;
    },
  };
}

/**
 * A pg-boss queue's handler, one job at a time. pg-boss polls, retries and backs off per its queue's
 * policy (jobs/job-queue.ts); a handler that throws fails the job, so it is retried.
 */
export async function startQueueStage<T extends object>(
  name: string,
  logger: Logger,
  boss: PgBoss,
  queue: { name: string; pollSeconds: number },
  handle: (data: T, job: { retryCount: number }) => Promise<unknown>,
): Promise<RunningStage> {
  const { progress, run } = tracker(name, logger);
  await boss.work<T>(queue.name, { pollingIntervalSeconds: queue.pollSeconds }, async ([job]) => {
    if (!job) return;
    let failure: unknown;
    await run(
      async () => {
        try {
          await handle(job.data, job);
        } catch (err) {
          failure = err;
          throw err;
        }
        return 1;
      },
      { stopping: () => false },
    );
    if (failure) throw failure;
  });
  return {
    name,
    progress,
    async stop() {
      await boss.offWork(queue.name, { wait: true });
    },
  };
}
