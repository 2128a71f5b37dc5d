// The commands of `kg`, in the order `kg --help` lists them. Each module registers one command on the program.
import type { Command } from 'commander';
import { register as neo4j } from './neo4j.js';
import { register as stats } from './stats.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [stats, neo4j];
