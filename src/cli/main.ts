// The `kg` command line: a thin shell over the library. It parses arguments, calls one library function,
// prints what it returns, shows progress, and turns typed errors into readable messages and exit codes.
import { Command } from 'commander';
import { EXIT_CODES, isKgError } from '../errors.js';
import { runInterruptSteps } from '../util/on-interrupt.js';
import { commandsFor } from './commands/index.js';
import { readPackageVersion } from './version.js';

/** The program, with the command `args` name registered (all of them when they name none). */
export async function createProgram(args: readonly string[]): Promise<Command> {
  const program = new Command('kg')
    .description('Knowledge-graph builder for Chinese local news: newspaper pages → a typed, traceable graph in Neo4j')
    .version(readPackageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    // Before the commands are registered, so every subcommand inherits it: usage errors become exit code 2.
    .exitOverride();
  for (const [, load] of commandsFor(args)) (await load()).register(program);
  return program;
}

/**
 * Ctrl-C, a closed terminal or `kill`: temporary files are removed (or a commit finished), then the signal is
 * raised again with its default action, so the process ends at once, killed by it, as callers expect (a shell
 * reports 130 for SIGINT, 143 for SIGTERM) — process.exit() would wait for a write still in progress.
 */
function exitCleanlyOnSignals(): void {
  for (const signal of ['SIGHUP', 'SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nkg: interrupted (${signal}); temporary files removed, earlier outputs left as they were\n`);
      runInterruptSteps();
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
}

async function main(argv: string[]): Promise<void> {
  exitCleanlyOnSignals();
  try {
    const program = await createProgram(argv.slice(2));
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = reportError(e);
  }
  // The command is done. A connection the driver could not finish (a port that never answered) keeps a socket
  // open that nothing will close; it must not keep the process alive. The timer itself holds nothing open.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

/** How long a finished command waits for its last output to drain before leaving. */
const EXIT_GRACE_MS = 1000;

/** Prints an error for a person and returns the exit code that goes with it. */
export function reportError(e: unknown): number {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('commander.')) {
    // commander has already printed help, the version or its own usage message.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
      ? 0
      : EXIT_CODES.USAGE;
  }
  if (isKgError(e)) {
    process.stderr.write(`kg: error [${e.code}]: ${e.message}\n`);
    if (e.hint) process.stderr.write(`kg: hint: ${e.hint}\n`);
    return e.exitCode;
  }
  process.stderr.write(`kg: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT_CODES.INTERNAL;
}

await main(process.argv);
