/** A fixed-window counter per key: enough to slow password guessing on one instance. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns the seconds to wait when the key is over its limit. */
  hit(key: string, now: number): number | undefined {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return undefined;
    }
    window.count += 1;
    if (window.count <= this.limit) return undefined;
    return Math.ceil((window.start + this.windowMs - now) / 1000);
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
