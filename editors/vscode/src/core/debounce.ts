/**
 * Debouncing of frequent editor events (diagnostic changes, search-as-you-type).
 *
 * Timers are injected so tests control time instead of sleeping.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Collects keys (e.g. document URIs) and calls `flush` with all of them once no new key arrived for
 * `delayMs`, but never later than `maxWaitMs` after the first pending key, so a constant stream of
 * events (a linter running on every keystroke) cannot starve the flush.
 */
export class KeyedDebouncer<K> {
  private pending = new Set<K>();
  private timer: unknown;
  private firstPendingAt: number | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly flush: (keys: K[]) => void,
    private readonly timers: Timers = realTimers,
    private readonly now: () => number = Date.now,
    private readonly maxWaitMs: number = delayMs * 4,
  ) {}

  add(keys: Iterable<K>): void {
    for (const key of keys) this.pending.add(key);
    if (this.pending.size === 0) return;
    const now = this.now();
    if (this.firstPendingAt === undefined) this.firstPendingAt = now;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  /** Flushes what is pending now (e.g. on dispose). */
  fire(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPendingAt = undefined;
    if (this.pending.size === 0) return;
    const keys = [...this.pending];
    this.pending.clear();
    this.flush(keys);
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}

/**
 * Latest-wins debounce for an async producer: only the result of the last call is delivered, so a
 * slow answer for "get_con" cannot overwrite the answer for "get_config".
 */
export class LatestOnly<T> {
  private generation = 0;
  private timer: unknown;

  constructor(
    private readonly delayMs: number,
    private readonly timers: Timers = realTimers,
  ) {}

  run(produce: () => Promise<T>, deliver: (value: T) => void, fail: (error: unknown) => void = () => {}): void {
    const mine = ++this.generation;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      produce().then(
        (value) => {
          if (mine === this.generation) deliver(value);
        },
        (error) => {
          if (mine === this.generation) fail(error);
        },
      );
    }, this.delayMs);
  }

  cancel(): void {
    this.generation++;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
