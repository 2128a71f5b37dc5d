// Regenerates the parts of README.md that are derived from code — the graph model tables (from schema/model.ts)
// and the canned query table (from cypher/) — between their marker comments. A test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedSections, replaceSections } from '../src/docs/readme-sections.js';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
writeFileSync(path, replaceSections(readFileSync(path, 'utf8'), generatedSections()));
console.log('README.md: generated sections refreshed');
