// `kg export` as a real process: where it writes, what it prints for people and for scripts, and how it fails —
// a message naming the file and what to do, a non-zero exit code from the documented table, and no half-written
// or clobbered output.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { graphJsonlLines } from '../../src/graph/jsonl.js';
import { loadQueries } from '../../src/queries/index.js';
import { loadGraph } from '../../src/store/loader.js';
import type { Graph } from '../../schema/model.js';
import { kg } from '../helpers/kg-process.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';
import { trickyGraph } from './fixtures/tricky-graph.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-export-'));

let sampleFile: string;
let sample: Graph;
beforeAll(async () => {
  sample = (await sampleBuild()).graph;
  sampleFile = join(tmp(), 'graph.json');
  writeFileSync(sampleFile, JSON.stringify(sample));
});

describe('kg export from graph.json', () => {
  test('writes under out/export/ by default and says what it wrote', async () => {
    const cwd = tmp();
    const r = await kg(['export', '--format', 'graphml', '--graph', sampleFile], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Wrote out/export/graph\\.graphml: ${sample.nodes.length} nodes, ${sample.relationships.length} relationships, \\d+ KB, in \\d+`));
    expect(readFileSync(join(cwd, 'out', 'export', 'graph.graphml'), 'utf8')).toMatch(/^<\?xml/);
  });

  test('--json prints a summary scripts can read', async () => {
    const out = join(tmp(), 'g.gexf');
    const r = await kg(['export', '-f', 'gexf', '-g', sampleFile, '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'gexf', from: 'graph', path: out, files: 1, nodes: sample.nodes.length, relationships: sample.relationships.length, bytes: expect.any(Number), ms: expect.any(Number) });
  });

  test('--out - streams the export to stdout, with the summary on stderr (silenced by --quiet)', async () => {
    const r = await kg(['export', '-f', 'jsonl', '-g', sampleFile, '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).type)).toHaveLength(sample.nodes.length + sample.relationships.length);
    expect(r.stderr).toContain(`wrote ${sample.nodes.length} nodes, ${sample.relationships.length} relationships as jsonl to stdout`);
    const quiet = await kg(['export', '-f', 'jsonl', '-g', sampleFile, '-o', '-', '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  test('--out - gives the same bytes as the file, Chinese characters whole across pipe chunks', async () => {
    const file = join(tmp(), 'graph.json');
    expect((await kg(['export', '-f', 'json', '-g', sampleFile, '-o', file])).code).toBe(0);
    const piped = await kg(['export', '-f', 'json', '-g', sampleFile, '-o', '-']);
    expect(piped.stdout.length).toBeGreaterThan(65_536);
    expect(piped.stdout).not.toContain('\ufffd');
    expect(piped.stdout).toBe(readFileSync(file, 'utf8'));
  });

  test('--out - into a reader that has stopped reading (| head) ends quietly', async () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.js'), 'export', '-f', 'jsonl', '-g', sampleFile, '-o', '-'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The reader is gone before kg writes a byte, as with `kg export … -o - | true`.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(code).toBe(0);
  });

  test('a JSONL export reads back as --graph, to convert it to another format', async () => {
    const jsonl = join(tmp(), 'graph.jsonl');
    expect((await kg(['export', '-f', 'jsonl', '-g', sampleFile, '-o', jsonl])).code).toBe(0);
    const json = join(tmp(), 'graph.json');
    expect((await kg(['export', '-f', 'json', '-g', jsonl, '-o', json])).code).toBe(0);
    const back = JSON.parse(readFileSync(json, 'utf8')) as Graph;
    expect(back.nodes).toEqual(sample.nodes);
    expect(back.relationships).toEqual(sample.relationships);
  });

  test('csv writes a directory, and a second export replaces the first whole', async () => {
    const out = join(tmp(), 'csv');
    expect((await kg(['export', '-f', 'csv', '-g', sampleFile, '-o', out])).code).toBe(0);
    expect(readdirSync(out)).toContain('nodes-Place-Village.csv');
    const tricky = join(tmp(), 'tricky.json');
    writeFileSync(tricky, JSON.stringify(trickyGraph()));
    const again = await kg(['export', '-f', 'csv', '-g', tricky, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(9 files\)/);
    expect(readdirSync(out)).not.toContain('nodes-Place-Village.csv');
    expect(readdirSync(join(out, '..'))).toEqual(['csv']);
  });

  test('html without the page files still writes the view, and warns that mentions fall back to article text', async () => {
    const tricky = join(tmp(), 'tricky.json');
    writeFileSync(tricky, JSON.stringify(trickyGraph()));
    const out = join(tmp(), 'view.html');
    const r = await kg(['export', '-f', 'html', '-g', tricky, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: page file fixtures\/evil\.txt \(not found at .*\): mentions will show the article sentence/);
    expect(readFileSync(out, 'utf8')).toMatch(/Page files not available/);
  });

  test('browser-guide and grass need no graph and write the Browser files', async () => {
    const dir = tmp();
    const guide = await kg(['export', '-f', 'browser-guide', '-o', join(dir, 'guide.html'), '-g', join(dir, 'no-such-graph.json')]);
    expect(guide.code).toBe(0);
    const html = readFileSync(join(dir, 'guide.html'), 'utf8');
    for (const q of loadQueries()) expect(html).toContain(`<h3>${q.name}</h3>`);
    expect((await kg(['export', '-f', 'grass', '-o', join(dir, 'style.grass')])).code).toBe(0);
    expect(readFileSync(join(dir, 'style.grass'), 'utf8')).toMatch(/node\.Organization \{/);
  });
});

describe('kg export from a streamed graph.jsonl', () => {
  /** The sample graph as a build's graph.jsonl (meta line first), and as graph.json, in one directory each. */
  const both = (): { jsonl: string; json: string } => {
    const jsonl = join(tmp(), 'graph.jsonl');
    writeFileSync(jsonl, [...graphJsonlLines(sample)].join(''));
    return { jsonl, json: sampleFile };
  };

  test.each(['json', 'jsonl', 'cypher'])('%s streams out the bytes the same graph as graph.json gives', async (format) => {
    const { jsonl, json } = both();
    const fromJson = join(tmp(), `a.${format}`);
    const fromJsonl = join(tmp(), `b.${format}`);
    expect((await kg(['export', '-f', format, '-g', json, '-o', fromJson])).code).toBe(0);
    const r = await kg(['export', '-f', format, '-g', jsonl, '-o', fromJsonl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${sample.nodes.length} nodes, ${sample.relationships.length} relationships`);
    expect(readFileSync(fromJsonl, 'utf8')).toBe(readFileSync(fromJson, 'utf8'));
    const piped = await kg(['export', '-f', format, '-g', jsonl, '-o', '-', '-q']);
    expect(piped.stdout).toBe(readFileSync(fromJson, 'utf8'));
  });

  test('csv streams into a directory with the files graph.json gives', async () => {
    const { jsonl, json } = both();
    const a = join(tmp(), 'csv');
    const b = join(tmp(), 'csv');
    expect((await kg(['export', '-f', 'csv', '-g', json, '-o', a])).code).toBe(0);
    expect((await kg(['export', '-f', 'csv', '-g', jsonl, '-o', b])).code).toBe(0);
    expect(readdirSync(b)).toEqual(readdirSync(a));
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
  });

  test('a wrong row: the file and line named, nothing written', async () => {
    const dir = tmp();
    const lines = [...graphJsonlLines(sample)];
    writeFileSync(join(dir, 'graph.jsonl'), [...lines.slice(0, 3), '{"type":"node","id":"x","labels":["Spaceship"],"properties":{}}\n', ...lines.slice(3)].join(''));
    for (const [format, out] of [['json', 'g.json'], ['csv', 'csv']]) {
      const r = await kg(['export', '-f', format!, '-g', join(dir, 'graph.jsonl'), '-o', join(dir, out!)]);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/graph\.jsonl: line 4: the graph does not match the schema:\n.*node x: first label Spaceship/);
    }
    expect(readdirSync(dir)).toEqual(['graph.jsonl']);
  });

  test('formats that need the whole graph read a graph.jsonl whole, and refuse one over the size they read whole', async () => {
    const { jsonl } = both();
    const out = join(tmp(), 'g.graphml');
    expect((await kg(['export', '-f', 'graphml', '-g', jsonl, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    // A sparse file: its size is what counts, before a byte is read.
    const big = join(tmp(), 'graph.jsonl');
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024);
    const r = await kg(['export', '-f', 'gexf', '-g', big, '-o', join(tmp(), 'g.gexf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gexf needs the whole graph in memory, and this graph\.jsonl \(300 MB\) is over the 256 MB kg reads whole/);
    expect(r.stderr).toMatch(/hint: export it as json, jsonl, csv, cypher/);
  });

  test('without --graph, the graph.jsonl a build left in out/ is the one exported', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'out'));
    writeFileSync(join(cwd, 'out', 'graph.jsonl'), [...graphJsonlLines(sample)].join(''));
    const r = await kg(['export', '-f', 'jsonl', '-o', '-', '-q'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(sample.nodes.length + sample.relationships.length);
  });
});

describe('kg export failures', () => {
  test('a missing graph: exit 3, the file named, and how to make one', async () => {
    const missing = join(tmp(), 'nope', 'graph.json');
    const r = await kg(['export', '-f', 'json', '-g', missing, '-o', join(tmp(), 'x.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`kg: error [INPUT_NOT_FOUND]: ${missing}: no such file`);
    expect(r.stderr).toMatch(/hint: build one first with `kg build`/);
  });

  test.each([
    ['not JSON', '{"nodes": [', 3, /INPUT_INVALID.*not valid JSON/],
    ['JSON that breaks the schema', JSON.stringify({ nodes: [{ id: 'x', labels: ['Spaceship'], properties: {} }], relationships: [] }), 5, /SCHEMA_VIOLATION.*\n.*node x: first label Spaceship is not a node label of the schema/],
  ])('an invalid graph (%s): the documented exit code, what is wrong, nothing written', async (_what, text, code, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'graph.json'), text);
    const r = await kg(['export', '-f', 'gexf', '-g', join(dir, 'graph.json'), '-o', join(dir, 'out.gexf')]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out.gexf'))).toBe(false);
  });

  test('an output path that cannot be written: exit 9, and no temporary file left behind', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await kg(['export', '-f', 'cypher', '-g', sampleFile, '-o', join(dir, 'a-file', 'graph.cypher')]);
    expect(r.code).toBe(9);
    expect(r.stderr).toMatch(/kg: error \[EXPORT_FAILED\]: .*a-file: cannot create the output directory/);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  test('csv refuses to replace a directory it did not write, and leaves it alone', async () => {
    const dir = join(tmp(), 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'precious');
    const r = await kg(['export', '-f', 'csv', '-g', sampleFile, '-o', dir]);
    expect(r.code).toBe(9);
    expect(r.stderr).toMatch(/mine: exists and was not written by kg export \(it has no neo4j-admin-import\.sh\)/);
    expect(r.stderr).toMatch(/hint: choose another --out/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  test.each([
    ['no format', () => ['export'], /required option '-f, --format <format>' not specified/],
    ['an unknown format', () => ['export', '-f', 'pdf'], /argument 'pdf' is invalid. Allowed choices are json, jsonl/],
    ['two sources', () => ['export', '-f', 'json', '--from', 'neo4j', '--graph', 'g.json'], /--graph and --from neo4j name two different sources/],
    ['a directory format to stdout', () => ['export', '-f', 'csv', '-o', '-', '-g', sampleFile], /this format writes a directory of files and cannot go to stdout/],
  ])('usage errors exit 2: %s', async (_what, args, message) => {
    const r = await kg(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('kg export --from neo4j', () => {
  const db = useTestDatabase({ clearBeforeEach: true });

  test('exports what the configured database holds', async () => {
    await loadGraph(db.store, trickyGraph());
    const out = join(tmp(), 'from-db.json');
    const r = await kg(['export', '-f', 'json', '--from', 'neo4j', '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: 'neo4j', nodes: 4, relationships: 4 });
    const graph = JSON.parse(readFileSync(out, 'utf8')) as Graph;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(trickyGraph().nodes.map((n) => n.id).sort());
    expect(graph.meta).toMatchObject({ sources: ['fixtures/evil.txt'], articles: 1 });
  });
});
