// The commands of `kg`, in the order `kg --help` lists them. Each module registers one command on the program.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [];
