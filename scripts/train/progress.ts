/**
 * A one-line progress bar on stderr: phase, step, loss, tokens/s and time left.
 *
 *   [pretrain ████████░░░░░░░░ 50%] step 100/200  loss 3.412  812 tok/s  left 2m05s
 *
 * Deliberately left out: colours and multi-line layouts (logs redirected to a file stay readable:
 * when stderr is not a terminal a full line is printed every `everyLines` updates instead).
 */

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m${String(r).padStart(2, '0')}s`;
  return `${r}s`;
}

export class ProgressBar {
  private readonly tty = Boolean(process.stderr.isTTY);
  private updates = 0;

  constructor(
    private readonly totalSteps: number,
    private readonly everyLines = 10,
  ) {}

  /** `done` counts steps over the whole run, `tokensPerSecond` is a recent average. */
  update(
    phase: string,
    done: number,
    loss: number,
    tokensPerSecond: number,
    secondsLeft: number,
  ): void {
    const frac = Math.min(1, done / this.totalSteps);
    const width = 16;
    const filled = Math.round(frac * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line =
      `[${phase} ${bar} ${Math.round(frac * 100)}%] step ${done}/${this.totalSteps}  ` +
      `loss ${loss.toFixed(3)}  ${Math.round(tokensPerSecond)} tok/s  left ${formatDuration(secondsLeft)}`;
    this.updates++;
    if (this.tty) process.stderr.write(`\r${line}\x1b[K`);
    else if (this.updates % this.everyLines === 0 || done === this.totalSteps)
      process.stderr.write(line + '\n');
  }

  /** Ends the bar line and prints a message. */
  log(message: string): void {
    process.stderr.write((this.tty ? '\n' : '') + message + '\n');
  }
}
