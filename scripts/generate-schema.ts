// Writes schema/constraints.cypher and schema/graph.schema.json from schema/model.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constraintsFile, graphJsonSchema } from '../schema/generate.js';

const here = (name: string): string => fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
writeFileSync(here('constraints.cypher'), constraintsFile());
writeFileSync(here('graph.schema.json'), JSON.stringify(graphJsonSchema(), null, 2) + '\n');
console.log('wrote schema/constraints.cypher and schema/graph.schema.json');
