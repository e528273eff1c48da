/**
 * Bookkeeping between VS Code's terminal shell-integration events and the server's
 * `errfix/terminalOutput` notification.
 *
 * Why this exists: `execution.read()` and `onDidEndTerminalShellExecution` are two independent
 * sources. The end event often arrives before the last chunks have been read, and sometimes the
 * stream never completes (vscode#324392). The server, however, needs every data chunk of a command
 * before the message that carries `exitCode` (that message closes the command). This tracker orders
 * them, bounds message size, and remembers the tail of each run for the status bar.
 */
import type { Timers } from "./debounce";
import { realTimers } from "./debounce";

/** Params of the `errfix/terminalOutput` notification (contract, see ARCHITECTURE.md). */
export interface TerminalOutputParams {
  terminal: string;
  data: string;
  cwd: string | null;
  commandLine: string | null;
  exitCode: number | null;
  /**
   * Set on the closing message. Needed when the shell reported no exit code (VS Code gives
   * `undefined`): the message then has `exitCode: null`, which alone would not end the command.
   */
  end?: true;
}

/** What a finished run looked like, for the status bar and "Show Known Errors of the Last Run". */
export interface FinishedRun {
  terminal: string;
  commandLine: string | null;
  cwd: string | null;
  /** null when the shell did not report one. */
  exitCode: number | null;
  /** The run's output (its last `keepChars` characters). */
  text: string;
  truncated: boolean;
}

export interface TrackerOptions {
  /** Largest `data` in one notification; bigger chunks are split (never inside a surrogate pair). */
  maxChunkChars?: number;
  /** How much output of a run is kept for `FinishedRun.text`. */
  keepChars?: number;
  /** After the end event, how long to wait for the output stream to finish before closing anyway. */
  endGraceMs?: number;
  timers?: Timers;
}

interface Run {
  terminal: string;
  cwd: string | null;
  commandLine: string | null;
  tail: string[];
  tailChars: number;
  truncated: boolean;
  streamDone: boolean;
  /** undefined: no end event yet; null: ended without an exit code. */
  exitCode: number | null | undefined;
  closed: boolean;
  graceTimer: unknown;
}

/** Splits `text` into pieces of at most `max` UTF-16 units without cutting a surrogate pair. */
export function splitChunk(text: string, max: number): string[] {
  if (max < 2) throw new RangeError("maxChunkChars must be at least 2");
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let end = start + max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1; // high surrogate: keep it with its partner
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

export class ExecutionTracker<K> {
  private readonly runs = new Map<K, Run>();
  private readonly maxChunkChars: number;
  private readonly keepChars: number;
  private readonly endGraceMs: number;
  private readonly timers: Timers;

  constructor(
    private readonly send: (params: TerminalOutputParams) => void,
    private readonly onFinished: (run: FinishedRun) => void = () => {},
    options: TrackerOptions = {},
  ) {
    this.maxChunkChars = options.maxChunkChars ?? 64 * 1024;
    this.keepChars = options.keepChars ?? 1024 * 1024;
    this.endGraceMs = options.endGraceMs ?? 2000;
    this.timers = options.timers ?? realTimers;
  }

  /** A command started in a terminal. Starting a key again replaces a stale run. */
  start(key: K, terminal: string, cwd: string | null, commandLine: string | null): void {
    const old = this.runs.get(key);
    if (old && !old.closed) this.close(key, old);
    this.runs.set(key, {
      terminal,
      cwd,
      commandLine: commandLine || null,
      tail: [],
      tailChars: 0,
      truncated: false,
      streamDone: false,
      exitCode: undefined,
      closed: false,
      graceTimer: undefined,
    });
  }

  /** A chunk read from `execution.read()`. `commandLine` may improve while the command runs. */
  data(key: K, chunk: string, commandLine?: string | null): void {
    const run = this.runs.get(key);
    if (!run || run.closed || chunk.length === 0) return;
    if (commandLine) run.commandLine = commandLine;
    this.remember(run, chunk);
    for (const piece of splitChunk(chunk, this.maxChunkChars)) {
      this.send({ terminal: run.terminal, data: piece, cwd: run.cwd, commandLine: run.commandLine, exitCode: null });
    }
  }

  /** The `read()` iterator finished (or failed): no more data will come. */
  streamDone(key: K): void {
    const run = this.runs.get(key);
    if (!run || run.closed) return;
    run.streamDone = true;
    if (run.exitCode !== undefined) this.close(key, run);
  }

  /** `onDidEndTerminalShellExecution`. The closing message waits for the stream (bounded by a grace period). */
  end(key: K, exitCode: number | undefined, commandLine?: string | null): void {
    const run = this.runs.get(key);
    if (!run || run.closed) return;
    if (commandLine) run.commandLine = commandLine;
    run.exitCode = typeof exitCode === "number" && Number.isInteger(exitCode) ? exitCode : null;
    if (run.streamDone) {
      this.close(key, run);
      return;
    }
    run.graceTimer = this.timers.setTimeout(() => {
      const current = this.runs.get(key);
      if (current === run && !run.closed) this.close(key, run);
    }, this.endGraceMs);
  }

  /** Closes every open run (e.g. terminal closed or extension deactivating). */
  closeAll(terminal?: string): void {
    for (const [key, run] of this.runs) {
      if (!run.closed && (terminal === undefined || run.terminal === terminal)) {
        if (run.exitCode === undefined) run.exitCode = null;
        this.close(key, run);
      }
    }
  }

  /** Runs whose closing message has not been sent yet. */
  get openRuns(): number {
    let open = 0;
    for (const run of this.runs.values()) if (!run.closed) open++;
    return open;
  }

  private remember(run: Run, chunk: string): void {
    run.tail.push(chunk);
    run.tailChars += chunk.length;
    while (run.tailChars > this.keepChars && run.tail.length > 0) {
      const excess = run.tailChars - this.keepChars;
      const first = run.tail[0];
      if (first.length <= excess) {
        run.tail.shift();
        run.tailChars -= first.length;
      } else {
        run.tail[0] = first.slice(excess);
        run.tailChars -= excess;
      }
      run.truncated = true;
    }
  }

  private close(key: K, run: Run): void {
    if (run.graceTimer !== undefined) this.timers.clearTimeout(run.graceTimer);
    run.closed = true;
    const exitCode = run.exitCode ?? null;
    this.send({ terminal: run.terminal, data: "", cwd: run.cwd, commandLine: run.commandLine, exitCode, end: true });
    this.runs.delete(key);
    this.onFinished({
      terminal: run.terminal,
      commandLine: run.commandLine,
      cwd: run.cwd,
      exitCode,
      text: run.tail.join(""),
      truncated: run.truncated,
    });
  }
}
