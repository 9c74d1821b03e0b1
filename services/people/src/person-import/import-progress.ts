import { ImportProgress } from './person-importer';

const BAR_WIDTH = 30;
const PLAIN_INTERVAL_MS = 5_000;

const count = (value: number) => Math.round(value).toLocaleString('en-GB');

export function rowsPerSecond(rows: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0;
}

/**
 * A progress bar redrawn in place on a terminal; on anything else (CI logs, a file) one plain line every few
 * seconds, since carriage returns would fill a log with half-drawn bars.
 */
export class ImportProgressReporter {
  private lastPlainAt = 0;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  get isTty(): boolean {
    return Boolean(this.out.isTTY);
  }

  update(progress: ImportProgress): void {
    const rate = `${count(rowsPerSecond(progress.rows, progress.elapsedMs))} rows/s`;
    const share = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0;
    const figures = `${count(progress.rows)} rows, ${count(progress.rejected)} rejected, ${rate}`;
    if (this.isTty) {
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
      this.out.write(`\r${progress.file} ${bar} ${figures}\x1b[K`);
      this.drawn = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastPlainAt < PLAIN_INTERVAL_MS) return;
    this.lastPlainAt = now;
    this.out.write(`${progress.file}: ${Math.round(share * 100)}% ${figures}\n`);
  }

  /** Ends the bar's line before anything else is printed. */
  break(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
