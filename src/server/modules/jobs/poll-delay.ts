/** How long a polling worker waits after a pass that found work: new work is likely already waiting. */
export const BUSY_POLL_MS = 100;

/**
 * The wait before a worker's next pass. While data keeps arriving, a short wait: every event waits for a
 * worker's next pass twice (usage rollup, then health), so the idle wait was up to a second of freshness.
 * When a pass finds nothing, the full idle wait, so an idle install does not poll its database 10 times
 * a second.
 */
export function pollDelay(busy: boolean, idleMs: number): number {
  return busy ? Math.min(BUSY_POLL_MS, idleMs) : idleMs;
}
