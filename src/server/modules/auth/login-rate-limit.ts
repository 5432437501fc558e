import { AppError } from '../../errors.ts';

/**
 * Failed logins per email and per client address within a sliding window. In memory: only the API process
 * answers logins, and a restart resetting the window is acceptable.
 */
export class LoginRateLimiter {
  private failures = new Map<string, number[]>();
  constructor(
    private readonly maxFailures: number,
    private readonly windowMs = 15 * 60_000,
  ) {}

  check(keys: string[]) {
    const now = Date.now();
    for (const key of keys) {
      const recent = this.recent(key, now);
      // An address may be a whole office behind one proxy: it gets more room than a single email.
      const max = key.startsWith('ip:') ? this.maxFailures * 5 : this.maxFailures;
      if (recent.length >= max) {
        const retryAfter = Math.ceil(((recent[0] ?? now) + this.windowMs - now) / 1000);
        throw new AppError('rate_limited', 'Too many failed logins; try again later', {
          retry_after_seconds: retryAfter,
        });
      }
    }
  }

  fail(keys: string[]) {
    const now = Date.now();
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(keys: string[]) {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number) {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number) {
    for (const key of this.failures.keys()) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
