// `kg build` and `kg ner` as processes: what they write, what they print, and how they fail — with a message
// naming the file, a non-zero exit, and no half-written output.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { kg } from '../helpers/kg-process.js';
import { SAMPLE_PAGE } from '../helpers/sample-graph.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-cli-'));

describe('kg build', () => {
  test('writes graph.json (the contract) and articles.jsonl for the sample page', async () => {
    const out = tmp();
    const r = await kg(['build', SAMPLE_PAGE, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Read 1 page\(s\), 6 article\(s\)/);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.filter((n: { labels: string[] }) => n.labels[0] === 'Article')).toHaveLength(6);
    expect(graph.relationships.filter((rel: { type: string }) => rel.type === 'WROTE')).toHaveLength(11);
    const articles = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(articles.map((a: { title: string }) => a.title)[0]).toBe('创新驱动高质量发展');
  });

  test('--json prints a summary scripts can read', async () => {
    const r = await kg(['build', SAMPLE_PAGE, '-o', tmp(), '--json']);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ pages: 1, articles: 6 });
    expect(summary.nodes.Organization).toBeGreaterThan(10);
  });

  test('reads a page from stdin', async () => {
    const out = tmp();
    const r = await kg(['build', '-', '-o', out, '--home-city', '海宁市'], { stdin: '海宁皮革城迎客\n\n本报讯 我市皮革企业海宁市华南皮革有限公司今年产值达5亿元。\n' });
    expect(r.code).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.some((n: { properties: { name: string } }) => n.properties.name === '海宁市华南皮革有限公司')).toBe(true);
  });

  test.each([
    ['an empty file', (dir: string) => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /empty\.txt: the file is empty/],
    ['a binary file', (dir: string) => (writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), join(dir, 'image.txt')), /image\.txt: .*binary/],
    ['a directory without page files', (dir: string) => (mkdirSync(join(dir, 'nothing')), writeFileSync(join(dir, 'nothing', 'a.doc'), 'x'), join(dir, 'nothing')), /nothing: the directory holds no \.txt, \.jsonl or \.pdf files/],
    ['a file named .pdf that is not one', (dir: string) => (writeFileSync(join(dir, 'page.pdf'), '这不是PDF文件'), join(dir, 'page.pdf')), /page\.pdf: is named \.pdf but does not start like a PDF/],
    ['a missing file', (dir: string) => join(dir, 'missing.txt'), /missing\.txt: no such file or directory/],
  ])('%s: a clear message naming it, exit code 3, nothing written', async (_what, make, message) => {
    const dir = tmp();
    const input = make(dir);
    const out = join(dir, 'out');
    const r = await kg(['build', input, '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(out, 'graph.json'))).toBe(false);
  });

  // Within the input budget (a larger input is refused by its size before it is read: build-limits.test.ts), a single
  // line far past --max-line-length is no page text.
  test('a 10 MB single line is refused quickly, naming the file and line', async () => {
    const dir = tmp();
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '平'.repeat(3_400_000));
    const started = Date.now();
    const r = await kg(['build', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/huge\.txt.*line 1/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test('one bad file among good ones is reported and the rest is built', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE_PAGE));
    writeFileSync(join(dir, 'b.txt'), '');
    const r = await kg(['build', dir, '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/b\.txt: the file is empty/);
    expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(true);
  });

  test('usage errors exit with code 2', async () => {
    const r = await kg(['build', '--no-such-flag']);
    expect(r.code).toBe(2);
    const kind = await kg(['build', SAMPLE_PAGE, '--input-kind', 'magazine', '-o', tmp()]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/--input-kind.*page, article, auto/);
  });

  test('--input-kind article reads a whole file as one article; JSONL records are articles', async () => {
    const dir = tmp();
    const two = join(PROJECT_ROOT, 'tests/fixtures/articles/two-plain-articles.txt');
    const auto = await kg(['build', two, '-o', join(dir, 'auto'), '--json']);
    const forced = await kg(['build', two, '-o', join(dir, 'forced'), '--json', '--input-kind', 'article']);
    expect([JSON.parse(auto.stdout).articles, JSON.parse(forced.stdout).articles]).toEqual([2, 1]);
    const jsonl = join(dir, 'in.jsonl');
    writeFileSync(jsonl, ['{"title":"湖畔新添骑行道","text":"环湖骑行道全长18公里，昨天正式开放。"}', '{"title":"社区食堂开业","byline":"记者 沈冰","text":"社区食堂开业首日接待居民400余人次。"}'].join('\n'));
    const r = await kg(['build', jsonl, '-o', join(dir, 'jsonl')]);
    expect(r.code).toBe(0);
    const articles = readFileSync(join(dir, 'jsonl', 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(articles.map((a: { title: string; bylines: { name: string }[] }) => [a.title, a.bylines.map((b) => b.name)])).toEqual([
      ['湖畔新添骑行道', []],
      ['社区食堂开业', ['沈冰']],
    ]);
  });

  test('a bad JSONL record names the file and the line, exit code 3', async () => {
    const dir = tmp();
    const jsonl = join(dir, 'bad.jsonl');
    writeFileSync(jsonl, '{"title":"只有标题"}\n');
    const r = await kg(['build', jsonl, '-o', join(dir, 'out')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.jsonl: line 1: text: the article body is missing/);
    expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(false);
  });
});

describe('kg ner', () => {
  test('JSONL in, one JSONL line out per record, with JavaScript string offsets', async () => {
    const input = ['{"id":"a","text":"李明在上海市见到了浙江明远智能装备有限公司的张伟。"}', '', '{"text":"John Smith visited Paris."}'].join('\n');
    const r = await kg(['ner'], { stdin: input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // One output line per input line: the blank line gives an empty record.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ id: '2', text: '', entities: [] });
    expect(lines[0]).toEqual({
      id: 'a',
      text: '李明在上海市见到了浙江明远智能装备有限公司的张伟。',
      entities: [
        { start: 0, end: 2, label: 'PER', text: '李明' },
        { start: 3, end: 6, label: 'LOC', text: '上海市' },
        { start: 9, end: 21, label: 'ORG', text: '浙江明远智能装备有限公司' },
        { start: 22, end: 24, label: 'PER', text: '张伟' },
      ],
    });
    expect(lines[2].id).toBe('3');
    expect(lines[2].entities).toEqual(expect.arrayContaining([{ start: 0, end: 10, label: 'PER', text: 'John Smith' }]));
  });

  test('--labels adds programmes and outcomes; --out writes a file', async () => {
    const out = join(tmp(), 'ner.jsonl');
    const r = await kg(['ner', '--labels', 'ORG,PROGRAMME,OUTCOME', '--out', out], { stdin: '{"text":"浙江明远智能装备有限公司荣获中国专利优秀奖，产值达3亿元。"}\n' });
    expect(r.code).toBe(0);
    const [line] = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(line.entities.map((e: { label: string; text: string }) => `${e.label}:${e.text}`)).toEqual(['ORG:浙江明远智能装备有限公司', 'PROGRAMME:中国专利优秀奖', 'OUTCOME:3亿元']);
  });

  test('--engine: the statistical tagger and the rules together by default, either alone on request', async () => {
    const input = '{"text":"会议由周建华主持，刘晓燕、陈国平等人参加。"}\n';
    const people = async (args: string[]) => {
      const r = await kg(['ner', ...args], { stdin: input });
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).entities.filter((e: { label: string }) => e.label === 'PER').map((e: { text: string }) => e.text);
    };
    const [hybrid, explicit, rules, model] = await Promise.all([people([]), people(['--engine', 'hybrid']), people(['--engine', 'rules']), people(['--engine', 'model'])]);
    expect(hybrid).toEqual(['周建华', '刘晓燕', '陈国平']);
    expect(explicit).toEqual(hybrid);
    expect(rules).not.toContain('周建华');
    expect(model).toEqual(expect.arrayContaining(['周建华', '陈国平']));
    const bad = await kg(['ner', '--engine', 'crf'], { stdin: input });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/hybrid/);
  });

  test('a line that is not JSON is reported with its line number, exit code 3, after the records before it', async () => {
    const r = await kg(['ner'], { stdin: '{"text":"张伟在平湖市。"}\nnot json\n{"text":"李明"}\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/<stdin>:2: not valid JSON/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['张伟在平湖市。']);
  });

  test('many records read as batches come out in order, each with its own entities and numbering', async () => {
    // Enough text for several batches; every record names a different person, so a mix-up would show.
    const names = ['张伟', '刘洋', '王芳', '赵强', '陈静'];
    const filler = '平湖市新埭镇的企业今年实现产值3.5亿元，同比增长18.2%。'.repeat(40);
    const records = Array.from({ length: 300 }, (_, i) => ({ ...(i % 3 === 0 ? { id: `r${i}` } : {}), text: `${names[i % 5]}说：${filler}` }));
    const r = await kg(['ner'], { stdin: records.map((x) => JSON.stringify(x)).join('\n') });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(300);
    out.forEach((o, i) => {
      expect(o.id).toBe(i % 3 === 0 ? `r${i}` : String(i + 1));
      expect(o.entities.filter((e: { label: string }) => e.label === 'PER').map((e: { text: string }) => e.text)).toEqual([names[i % 5]]);
    });
  });

  test('a record is answered while the input stays open (a person typing)', async () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.js'), 'ner'], { cwd: PROJECT_ROOT });
    child.stdout.setEncoding('utf8');
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: string) => resolve(d)));
    child.stdin.write('{"text":"张伟在平湖市。"}\n');
    const line = JSON.parse((await first).trim());
    expect(line.entities.map((e: { text: string }) => e.text)).toEqual(['张伟', '平湖市']);
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.end();
    expect(await closed).toBe(0);
  });

  test('an unknown label is a usage error', async () => {
    const r = await kg(['ner', '--labels', 'PER,FOO'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown label "FOO"/);
  });
});
