/**
 * What a batch tells the person running it, on standard error: a live progress bar when that
 * is a terminal, the error lines, and a summary line at the end.
 */

export interface Counts {
  total: number;
  parsed: number;
  failed: number;
  /** Parsed, with warnings. */
  warned: number;
  /** Left alone by --skip-existing. */
  skipped: number;
}

export function done(counts: Counts): number {
  return counts.parsed + counts.failed + counts.skipped;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 100 ? 2 : 1)} s`;
}

/** "10000 parsed, 3 failed, 12 with warnings in 2.1 s" (and ", 40 skipped" when resuming). */
export function formatSummary(counts: Counts, elapsedMs: number): string {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  return (
    `${counts.parsed} parsed, ${counts.failed} failed, ${counts.warned} with warnings` +
    `${skipped} in ${formatSeconds(elapsedMs)}`
  );
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.ceil(seconds);
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m % 60)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

const FULL = '█';
const EMPTY = '░';

/** "▕███░░░▏ 4512/10000  2210 files/s  ETA 00:02  3 failed", no wider than `columns`. */
export function formatBar(counts: Counts, elapsedMs: number, columns: number): string {
  const finished = done(counts);
  const rate = elapsedMs > 0 ? finished / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? (counts.total - finished) / rate : Infinity;
  const failed = counts.failed ? `  ${counts.failed} failed` : '';
  const text =
    ` ${finished}/${counts.total}  ${Math.round(rate)} files/s  ETA ${formatEta(eta)}` + failed;
  const room = Math.min(40, columns - text.length - 3);
  if (room < 5) return text.trimStart().slice(0, Math.max(0, columns - 1));
  const share = counts.total ? Math.min(1, finished / counts.total) : 1;
  const filled = Math.round(share * room);
  return `▕${FULL.repeat(filled)}${EMPTY.repeat(room - filled)}▏${text}`;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Counts changed; redraws the bar at most every REDRAW_MS. */
  update(counts: Counts): void;
  /** A line that must stay (an error): printed above the bar. */
  line(text: string): void;
  /** Removes the bar and prints the summary, if wanted. */
  finish(counts: Counts): void;
  /** Removes the bar (an interrupted run). */
  clear(): void;
  /** Around a write to standard output on the same terminal: out of the way, then back. */
  aside(write: () => void): void;
}

const REDRAW_MS = 100;

/** Milliseconds on a monotonic clock (the `performance` global would load perf_hooks). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
const CLEAR_LINE = '\r\x1b[K';

export function createProgress(
  stream: ProgressStream,
  options: { live: boolean; summary: boolean; now?: () => number; startedAt?: number },
): Progress {
  const now = options.now ?? monotonicMs;
  const started = options.startedAt ?? now();
  let last = -Infinity;
  let shown = false;
  let latest: Counts | null = null;
  // Keeps the rate and ETA moving while a slow input holds the counts still.
  const timer = options.live
    ? setInterval(() => {
        if (latest) draw(latest);
      }, 500).unref()
    : null;

  function draw(counts: Counts): void {
    last = now();
    stream.write(`${CLEAR_LINE}${formatBar(counts, last - started, stream.columns || 80)}`);
    shown = true;
  }

  function clear(): void {
    if (shown) stream.write(CLEAR_LINE);
    shown = false;
  }

  return {
    update(counts) {
      latest = counts;
      if (options.live && now() - last >= REDRAW_MS) draw(counts);
    },
    line(text) {
      clear();
      stream.write(`${text}\n`);
      if (options.live && latest) draw(latest);
    },
    finish(counts) {
      if (timer) clearInterval(timer);
      clear();
      if (options.summary) stream.write(`${formatSummary(counts, now() - started)}\n`);
    },
    clear() {
      if (timer) clearInterval(timer);
      clear();
    },
    aside(write) {
      const wasShown = shown;
      clear();
      write();
      if (wasShown && latest) draw(latest);
    },
  };
}
