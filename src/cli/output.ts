// How commands talk to people and scripts. Results go to stdout (JSON with --json); progress, notes and
// warnings go to stderr and are silenced by --quiet. Progress bars appear only on a terminal.
import cliProgress from 'cli-progress';

export interface OutputOptions {
  quiet?: boolean;
  json?: boolean;
}

export class Output {
  constructor(private readonly opts: OutputOptions) {}

  get json(): boolean {
    return this.opts.json === true;
  }

  /** A line for a person, on stderr. */
  info(message: string): void {
    if (!this.opts.quiet) process.stderr.write(`${message}\n`);
  }

  warn(message: string): void {
    process.stderr.write(`kg: warning: ${message}\n`);
  }

  /** The command's result on stdout: as JSON when --json, else the human text. */
  result(human: string, data: unknown): void {
    process.stdout.write(this.opts.json ? `${JSON.stringify(data, null, 2)}\n` : human.endsWith('\n') ? human : `${human}\n`);
  }

  /**
   * Progress of a phase; returns an updater. A bar on a terminal; elsewhere (a log file, CI, a pipe) a plain line
   * when the phase starts, then every PROGRESS_LINE_MS while it runs, and at its end if it ran that long. Nothing
   * when quiet or for JSON.
   */
  progress(label: string, rate?: { unit: string }): { update(done: number, total: number): void; stop(): void } {
    if (this.opts.quiet || this.opts.json) return { update() {}, stop() {} };
    if (!process.stderr.isTTY) return progressLines(label, rate);
    const speed = rate ? ` {speed} ${rate.unit}/s, ETA {eta_formatted}` : '';
    const bar = new cliProgress.SingleBar({ format: `${label.padEnd(14)} {bar} {value}/{total}${speed}`, stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
    const started = Date.now();
    const payload = (done: number): { speed: string } => ({ speed: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
    let running = false;
    return {
      update(done, total) {
        if (!running) {
          bar.start(total, done, payload(done));
          running = true;
        } else {
          bar.setTotal(total);
          bar.update(done, payload(done));
        }
      },
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }
}

/** How often a plain progress line is written when stderr is not a terminal. */
export const PROGRESS_LINE_MS = 10_000;

function progressLines(label: string, rate?: { unit: string }): { update(done: number, total: number): void; stop(): void } {
  const started = Date.now();
  let last: { done: number; total: number } | undefined;
  let printed: { done: number; total: number; at: number } | undefined;
  const line = ({ done, total }: { done: number; total: number }): void => {
    const elapsed = (Date.now() - started) / 1000;
    const seconds = Math.round(elapsed);
    // With a rate: how many a second so far, and the time left at that rate.
    const speed = rate && done > 0 && elapsed >= 1 ? `, ${(done / elapsed).toFixed(0)} ${rate.unit}/s, ETA ${Math.round(((total - done) * elapsed) / done)} s` : '';
    process.stderr.write(`kg: ${label} ${done}/${total}${seconds ? ` (${seconds} s${speed})` : ''}\n`);
    printed = { done, total, at: Date.now() };
  };
  return {
    update(done, total) {
      last = { done, total };
      if (!printed || Date.now() - printed.at >= PROGRESS_LINE_MS) line(last);
    },
    // The end of a phase that went on long enough to be reported while it ran; a short one said enough when it began.
    stop() {
      if (last && printed && Date.now() - started >= PROGRESS_LINE_MS && (last.done !== printed.done || last.total !== printed.total)) line(last);
      last = undefined;
    },
  };
}

/** Flags every command shares. */
export function outputFlags<T extends { option: (flags: string, description: string) => T }>(cmd: T): T {
  return cmd.option('-q, --quiet', 'print only the result (and errors)').option('--json', 'print the result as JSON, for scripts');
}
