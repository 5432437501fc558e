import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { BUSY_POLL_MS, pollDelay, startCronStage, startPollStage } from './worker-kit.ts';

const logger = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('worker kit', () => {
  it('polls again after 100 ms while passes find work, after the idle wait when they do not', async () => {
    expect(pollDelay(true, 500)).toBe(BUSY_POLL_MS);
    expect(pollDelay(false, 500)).toBe(500);
    const at: number[] = [];
    const start = performance.now();
    // Busy for three passes, then idle.
    const stage = startPollStage('test', logger, { idleMs: 400, adaptive: true }, async () => {
      at.push(performance.now() - start);
      return at.length <= 3 ? 1 : 0;
    });
    await sleep(1000);
    await stage.stop();
    const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0));
    expect(gaps.slice(0, 3).every((g) => g >= 95 && g < 300)).toBe(true);
    expect(gaps[3]).toBeGreaterThanOrEqual(395);
    expect(stage.progress()).toMatchObject({ stage: 'test', done: 3, failures: 0 });
  });

  it('logs and counts a failed pass, then tries again', async () => {
    let calls = 0;
    const stage = startPollStage('flaky', logger, { idleMs: 20, adaptive: false }, async () => {
      calls += 1;
      if (calls === 1) throw new Error('database went away');
      return 2;
    });
    await sleep(150);
    await stage.stop();
    expect(stage.progress()).toMatchObject({ failures: 1, lastError: 'database went away' });
    expect(stage.progress().done).toBeGreaterThanOrEqual(2);
  });

  it('awaits the running pass on stop and starts no other', async () => {
    let finished = false;
    let passes = 0;
    const stage = startPollStage('slow', logger, { idleMs: 10, adaptive: false }, async (ctx) => {
      passes += 1;
      while (!ctx.stopping()) await sleep(10);
      await sleep(50);
      finished = true;
      return 1;
    });
    await sleep(30);
    await stage.stop();
    expect(finished).toBe(true);
    await sleep(50);
    expect(passes).toBe(1);
  });

  it('runs a cron stage at start when asked, and on its ticks', async () => {
    let ticks = 0;
    const stage = await startCronStage(
      'every second',
      logger,
      { pattern: '* * * * * *', atStart: true },
      async () => {
        ticks += 1;
        return 1;
      },
    );
    expect(ticks).toBe(1);
    await sleep(1100);
    await stage.stop();
    expect(ticks).toBeGreaterThanOrEqual(2);
  });
});
