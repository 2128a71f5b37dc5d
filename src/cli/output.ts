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

  /** A progress bar for a phase; returns an updater. No bar when quiet, for JSON output, or when stderr is not a terminal. */
  progress(label: string): { update(done: number, total: number): void; stop(): void } {
    if (this.opts.quiet || this.opts.json || !process.stderr.isTTY) return { update() {}, stop() {} };
    const bar = new cliProgress.SingleBar({ format: `${label.padEnd(14)} {bar} {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done);
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
}

/** Flags every command shares. */
export function outputFlags<T extends { option: (flags: string, description: string) => T }>(cmd: T): T {
  return cmd.option('-q, --quiet', 'print only the result (and errors)').option('--json', 'print the result as JSON, for scripts');
}
