// The commands of `kg`, in the order `kg --help` lists them. Each module registers one command on the program,
// and is imported only when its command runs (or help lists them all): a command's module brings its part of the
// library with it, and importing all of them (neo4j-driver, the PDF reader, the exporters …) took seconds and
// 100 MB before `kg ner` read its first line.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<{ register: RegisterCommand }>]> = [
  ['run', () => import('./run.js')],
  ['build', () => import('./build.js')],
  ['load', () => import('./load.js')],
  ['query', () => import('./query.js')],
  ['export', () => import('./export.js')],
  ['ner', () => import('./ner.js')],
  ['stats', () => import('./stats.js')],
  ['neo4j', () => import('./neo4j.js')],
];

/** The commands to register for these arguments: the one they name; none for --version; else all (help, a typo). */
export function commandsFor(args: readonly string[]): typeof COMMANDS {
  const first = args.find((a) => !a.startsWith('-'));
  if (first === undefined && args.some((a) => a === '-V' || a === '--version')) return [];
  const named = COMMANDS.find(([name]) => name === first);
  return named ? [named] : COMMANDS;
}
