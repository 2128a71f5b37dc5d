// The commands of `kg`, in the order `kg --help` lists them. Each module registers one command on the program.
import type { Command } from 'commander';
import { register as build } from './build.js';
import { register as exportCommand } from './export.js';
import { register as load } from './load.js';
import { register as neo4j } from './neo4j.js';
import { register as ner } from './ner.js';
import { register as query } from './query.js';
import { register as run } from './run.js';
import { register as stats } from './stats.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [run, build, load, query, exportCommand, ner, stats, neo4j];
