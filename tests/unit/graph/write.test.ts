// Issue 16.4: the outputs of one build change together or not at all, even when the build is killed outright
// (SIGKILL, a crash) between renaming its outputs into place: the journal it wrote first lets the next kg that
// writes or reads the directory finish the commit.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recoverBuildOutput, writeBuildOutput } from '../../../src/graph/write.js';
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
