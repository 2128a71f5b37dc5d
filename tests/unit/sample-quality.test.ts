// Acceptance test of extraction and resolution on the sample page against a hand annotation of it
// (tests/fixtures/gold/): every organisation, person, place and programme on the page is a node of the right
// label and kind, its short forms are aliases of it, and at least 90% of the nodes kg makes are right.
// The rules themselves are tested on sentences written for them (tests/unit/extract, tests/unit/resolve).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../schema/model.js';
import { sampleBuild } from '../helpers/sample-graph.js';

interface GoldEntity {
  label: string;
  kinds: string[] | undefined;
  name: string;
  aliases: string[];
  optional: boolean;
}

const GOLD: GoldEntity[] = readFileSync(fileURLToPath(new URL('../fixtures/gold/pinghu-2022-page.entities.tsv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [label, kinds, name, aliases, optional] = l.split('\t');
    return { label: label!, kinds: kinds === '-' ? undefined : kinds!.split('|'), name: name!, aliases: aliases ? aliases.split('|') : [], optional: optional === 'optional' };
  });

const ENTITY_LABELS = new Set(['Organization', 'Person', 'Place', 'Programme']);
type Node = Graph['nodes'][number];
const namesOf = (n: Node): string[] => [String(n.properties.name), ...((n.properties.aliases as string[] | undefined) ?? [])];
const matches = (n: Node, g: GoldEntity): boolean => n.labels[0] === g.label && namesOf(n).includes(g.name);

let nodes: Node[];
beforeAll(async () => {
  nodes = (await sampleBuild()).graph.nodes.filter((n) => ENTITY_LABELS.has(n.labels[0]!));
});

describe('the sample page against its hand annotation', () => {
  test('the annotation is well formed', () => {
    expect(GOLD.length).toBeGreaterThan(70);
    expect(new Set(GOLD.map((g) => `${g.label}:${g.name}`)).size).toBe(GOLD.length);
    for (const g of GOLD) expect(ENTITY_LABELS.has(g.label)).toBe(true);
  });

  test('every annotated entity is found, with the right label and kind', () => {
    const missed = GOLD.filter((g) => !g.optional && !nodes.some((n) => matches(n, g))).map((g) => `${g.label} ${g.name}`);
    expect(missed).toEqual([]);
    const wrongKind = GOLD.flatMap((g) => {
      const n = nodes.find((x) => matches(x, g));
      return n && g.kinds && !g.kinds.includes(String(n.properties.kind)) ? [`${g.name}: ${String(n.properties.kind)}, expected ${g.kinds.join(' or ')}`] : [];
    });
    expect(wrongKind).toEqual([]);
  });

  test('short forms and other names are tied to the entity they stand for', () => {
    const untied = GOLD.flatMap((g) => {
      const n = nodes.find((x) => matches(x, g));
      return n ? g.aliases.filter((a) => !namesOf(n).includes(a)).map((a) => `${a} → ${g.name}`) : [];
    });
    expect(untied).toEqual([]);
  });

  test('at least 90% of the entities found are right', () => {
    const wrong = nodes.filter((n) => !GOLD.some((g) => matches(n, g))).map((n) => `${n.labels.join(':')} ${String(n.properties.name)}`);
    // Listed by name, so a failure says what went wrong.
    expect(wrong.slice(0, Math.max(0, wrong.length - Math.floor(nodes.length * 0.1)))).toEqual([]);
    expect((nodes.length - wrong.length) / nodes.length).toBeGreaterThanOrEqual(0.9);
  });
});
