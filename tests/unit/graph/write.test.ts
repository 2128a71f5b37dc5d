// Issue 16.4: the outputs of one build change together or not at all, even when the build is killed outright
// (SIGKILL, a crash) between renaming its outputs into place: the journal it wrote first lets the next kg that
// writes or reads the directory finish the commit.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitTogether, graphJsonChunks, recoverBuildOutput, writeBuildOutput } from '../../../src/graph/write.js';
import type { Graph } from '../../../schema/model.js';
import { sampleBuild } from '../../helpers/sample-graph.js';
import { deadPid } from '../../helpers/dead-pid.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-write-'));

/** The directory as a build killed after renaming articles.jsonl, but before graph.json, leaves it. */
function killedBetweenRenames(): { dir: string; pid: number } {
  const dir = tmp();
  const pid = deadPid();
  writeFileSync(join(dir, 'graph.json'), 'old graph');
  writeFileSync(join(dir, 'articles.jsonl'), 'new articles');
  writeFileSync(join(dir, `graph.json.${pid}.tmp`), 'new graph');
  const renames = [[`articles.jsonl.${pid}.tmp`, 'articles.jsonl'], [`graph.json.${pid}.tmp`, 'graph.json']];
  writeFileSync(join(dir, '.kg-build-commit.json'), JSON.stringify({ pid, renames }));
  return { dir, pid };
}

test('a commit a dead build left half done is finished: both outputs are the new ones', () => {
  const { dir } = killedBetweenRenames();
  recoverBuildOutput(dir);
  expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('new graph');
  expect(readFileSync(join(dir, 'articles.jsonl'), 'utf8')).toBe('new articles');
  expect(readdirSync(dir).sort()).toEqual(['articles.jsonl', 'graph.json']);
});

test('a commit of a build that is still running is left to it', () => {
  const { dir } = killedBetweenRenames();
  writeFileSync(join(dir, '.kg-build-commit.json'), JSON.stringify({ pid: process.ppid, renames: [[`graph.json.${process.ppid}.tmp`, 'graph.json']] }));
  writeFileSync(join(dir, `graph.json.${process.ppid}.tmp`), 'its graph');
  recoverBuildOutput(dir);
  expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('old graph');
  expect(existsSync(join(dir, `graph.json.${process.ppid}.tmp`))).toBe(true);
});

test('the next build finishes the dead build’s commit, then writes both of its own outputs, and no journal stays', async () => {
  const { dir } = killedBetweenRenames();
  const files = await writeBuildOutput(dir, { nodes: [], relationships: [] }, [], new Map());
  expect(JSON.parse(readFileSync(files.graph, 'utf8'))).toEqual({ nodes: [], relationships: [] });
  expect(readFileSync(files.articles, 'utf8')).toBe('\n');
  expect(readdirSync(dir).sort()).toEqual(['articles.jsonl', 'graph.json']);
});

describe('graph.json is written a node and a relationship at a time, with the text one JSON.stringify gives', () => {
  const cases: Array<[string, unknown]> = [
    ['an empty graph', { nodes: [], relationships: [] }],
    ['no keys', {}],
    [
      'lists, nesting, line breaks and quotes inside strings, a key left undefined',
      {
        meta: { generator: 'kg', sources: ['a\nb.txt', '“引号”'], articles: 2 },
        nodes: [{ id: 'n1', labels: ['Organization', 'Company'], properties: { key: 'n1', name: '盈智热管理科技（嘉兴）有限公司', aliases: [], boxes: [1.5, 2] } }, { id: 'n2', labels: ['Article'], properties: { text: '第一行\n第二行 "x" \\ y' } }],
        relationships: [{ id: 'r1', type: 'MENTIONS', start: 'n2', end: 'n1', properties: { sourceStarts: [1, 2], sourceEnds: [3, 4], empty: {} } }],
        extra: undefined,
      },
    ],
    [
      'more rows than are stringified at once (slices of fifty), an array property left empty',
      {
        nodes: Array.from({ length: 251 }, (_, i) => ({ id: `n${i}`, labels: ['Place'], properties: { key: `n${i}`, name: `第${i}村`, aliases: i % 2 ? [] : ['别名'] } })),
        relationships: Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, type: 'PART_OF', start: `n${i}`, end: `n${i + 1}`, properties: {} })),
      },
    ],
  ];
  test.each(cases)('%s', (_name, graph) => {
    expect([...graphJsonChunks(graph as Graph)].join('')).toBe(JSON.stringify(graph, null, 1) + '\n');
  });

  test('a built page\'s graph.json and articles.jsonl read back as the graph and one article a line', async () => {
    const { graph, articles, mentions } = await sampleBuild();
    const dir = tmp();
    const files = await writeBuildOutput(dir, graph, articles, mentions);
    expect(readFileSync(files.graph, 'utf8')).toBe(JSON.stringify(graph, null, 1) + '\n');
    const lines = readFileSync(files.articles, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(articles.map((a) => a.id));
  });
});

// Pieces are written while the next ones are made (one write in flight): the file holds them in order, and a failure
// of the pieces part way leaves the earlier output and no temporary file.
test('an output of many pieces is written whole and in order; pieces that fail part way leave the output as it was', async () => {
  const dir = tmp();
  const pieces = Array.from({ length: 20000 }, (_, i) => `第${i}行，长兴县的一家企业。\n`);
  await commitTogether(dir, [[join(dir, 'articles.jsonl'), pieces]]);
  expect(readFileSync(join(dir, 'articles.jsonl'), 'utf8')).toBe(pieces.join(''));
  const failing = function* (): Generator<string> {
    yield* pieces;
    throw new Error('a row the schema refuses');
  };
  await expect(commitTogether(dir, [[join(dir, 'articles.jsonl'), failing()]])).rejects.toThrow('a row the schema refuses');
  expect(readFileSync(join(dir, 'articles.jsonl'), 'utf8')).toBe(pieces.join(''));
  expect(readdirSync(dir).sort()).toEqual(['articles.jsonl']);
});
