// Incremental builds: what a build can take from the cache of the one before it in the same output directory.
// The pipeline asks it for each page's articles and mentions, which it gives only when the keys they were
// computed under (keys.ts) are today's; it computes what is missing and hands it back to be kept. At the end the
// cache holds this build's pages and no others. The files are page-store.ts's; this class does no I/O of its own.
import type { SourcePage, Article } from '../document/types.js';
import type { OrgAlias } from '../extract/consistency.js';
import type { Mention } from '../extract/mention.js';
import { archiveKey, extractKey, resourcesKey, segmentKey } from './keys.js';
import type { CachedPage, PageStore } from './page-store.js';
import { productVersion } from './version.js';
import { readRelationFile, REFERENCES_FORMAT, writeRelationFile, type RelationFileRead } from './relation-store.js';
import { RelationMemo } from '../resolve/memo.js';
import { PageMemo } from '../resolve/page-memo.js';
import { createHash, hash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, relative, resolve as resolvePath } from 'node:path';
import { decodeRowIndex, encodeRowIndex, OldFile, PreviousGraph, PreviousLines, type RowIndex } from '../graph/reuse.js';
import { writeAtomic } from '../util/write-atomic.js';

export { openPageStore, openPageStoreAt, CACHE_DIR, type CachedPage, type PageStore } from './page-store.js';

const OUTPUTS_FORMAT = 'kg-outputs 2';

/** A file as keepOutputs records it: its path from the cache's directory (an output directory copied with its files' times keeps its record), size and time. */
interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * What keepOutputs records of a build's outputs: the files, the relation cache beside them, each page's key and each
 * article's reading; the index of the files' rows (graph/reuse.ts) follows it, its checksum here.
 */
interface OutputsRecord {
  format: string;
  version: string;
  relations: string;
  graph: FileStamp;
  articles: FileStamp;
  pages: Record<string, string>;
  readings: Record<string, string>;
  /** The index's checksum, and the byte order of its numbers. */
  index: string;
  endian: string;
}

function stampOf(recordFile: string, path: string): FileStamp | undefined {
  try {
    const s = statSync(path);
    return { path: relative(dirname(recordFile), path), size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The file a stamp names open for reading, when it is still that file (its size and time). */
function sameFile(dir: string, stamp: FileStamp | undefined): OldFile | undefined {
  if (typeof stamp?.path !== 'string') return undefined;
  return OldFile.open(resolvePath(dir, stamp.path), stamp);
}

export class BuildCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly changed = new Set<string>();
  private resources = '';
  /** Pages whose cache file was read, with its entry when that is still good for the page. */
  private readonly looked = new Map<string, { key: string; entry: CachedPage | undefined }>();
  /** Pages whose articles came from the cache, and pages whose mentions (first reading) did. */
  readonly reused = { articles: 0, mentions: 0 };

  constructor(
    private readonly store: PageStore,
    private readonly version: string = productVersion(),
  ) {}

  get notes(): readonly string[] {
    return this.store.notes;
  }

  /** The page's articles: the cached ones when the page and the product are as they were, else `segment`'s. */
  articles(page: SourcePage, segment: (page: SourcePage) => Article[]): Article[] {
    const { key, entry: cached } = this.lookUp(page);
    if (cached) {
      this.entries.set(page.id, cached);
      this.reused.articles++;
      return cached.articles;
    }
    const entry: CachedPage = { segmentKey: key, articles: segment(page) };
    this.entries.set(page.id, entry);
    this.changed.add(page.id);
    return entry.articles;
  }

  /**
   * Whether the cache holds the page's mentions read under these extraction resources (before its articles are
   * asked for: the build decides from this which pages it will extract, and with how many threads).
   */
  holdsMentions(page: SourcePage, engine: string, homeAreas: readonly string[]): boolean {
    const { entry } = this.lookUp(page);
    return !!entry?.extraction && entry.extraction.key === extractKey(entry.segmentKey, resourcesKey(engine, homeAreas));
  }

  /** The page's segment key, and its cache entry when its articles can be taken from it; each page's file is read once. */
  private lookUp(page: SourcePage): { key: string; entry: CachedPage | undefined } {
    let found = this.looked.get(page.id);
    if (!found) {
      const key = segmentKey(page, this.version);
      const cached = this.store.read(page.id);
      this.looked.set(page.id, (found = { key, entry: cached?.segmentKey === key ? cached : undefined }));
    }
    return found;
  }

  /** Cached mentions of every page read under the same extraction resources (engine, home areas), by article id. */
  mentions(engine: string, homeAreas: readonly string[]): Map<string, Mention[]> {
    this.resources = resourcesKey(engine, homeAreas);
    const out = new Map<string, Mention[]>();
    for (const entry of this.entries.values()) {
      if (entry.extraction?.key !== extractKey(entry.segmentKey, this.resources)) continue;
      entry.articles.forEach((a, i) => out.set(a.id, entry.extraction!.mentions[i]!));
      this.reused.mentions++;
    }
    return out;
  }

  /** Keeps the mentions just extracted for the articles of whole pages. */
  keepMentions(found: ReadonlyMap<string, Mention[]>): void {
    for (const [pageId, entry] of this.entries) {
      if (!entry.articles.some((a) => found.has(a.id))) continue;
      // An article too long to read (pipeline.ts) has none.
      entry.extraction = { key: extractKey(entry.segmentKey, this.resources), mentions: entry.articles.map((a) => found.get(a.id) ?? []) };
      delete entry.archive;
      this.changed.add(pageId);
    }
  }

  /** Cached second readings (with the archive's short names `known`) of the pages of `articles`, by article id. */
  archiveMentions(articles: readonly Article[], known: ReadonlyMap<string, OrgAlias>): Map<string, Mention[]> {
    for (const a of articles) this.reread.add(a.id);
    const out = new Map<string, Mention[]>();
    for (const pageId of new Set(articles.map((a) => a.pageId))) {
      const entry = this.entries.get(pageId)!;
      if (entry.archive?.key !== this.archiveKey(entry, known)) continue;
      entry.articles.forEach((a, i) => out.set(a.id, entry.archive!.mentions[i]!));
    }
    return out;
  }

  keepArchiveMentions(found: ReadonlyMap<string, Mention[]>, known: ReadonlyMap<string, OrgAlias>): void {
    for (const [pageId, entry] of this.entries) {
      if (!entry.articles.some((a) => found.has(a.id))) continue;
      entry.archive = { key: this.archiveKey(entry, known), mentions: entry.articles.map((a) => found.get(a.id) ?? []) };
      this.changed.add(pageId);
    }
  }

  /**
   * The relations of the build before, article by article (resolve/memo.ts), when they were read under this
   * product's version and these extraction resources (asked after `mentions`); an empty memo otherwise.
   */
  relationMemo(minConfidence: number): RelationMemo {
    const file = this.store.relationsFile;
    const read: RelationFileRead = {};
    const previous = file ? readRelationFile(file, this.relationKey(), this.store.notes, read) : undefined;
    this.relationsRead = previous;
    this.relationsFileRead = read;
    this.relationsChecksum = { read: previous ? read.checksum : undefined, kept: previous ? read.checksum : undefined };
    this.readingsNow = this.readings();
    return new RelationMemo(previous, this.readingsNow, minConfidence);
  }

  /**
   * Each article's reading as its page's keys say (asked once its mentions are final): the key of the second
   * reading for an article read again with the archive's short names, else of the first.
   */
  private readings(): Map<string, string> {
    const out = new Map<string, string>();
    for (const entry of this.entries.values()) {
      const first = entry.extraction?.key === extractKey(entry.segmentKey, this.resources) ? entry.extraction.key : undefined;
      for (const a of entry.articles) {
        const key = this.reread.has(a.id) ? entry.archive?.key : first;
        if (key !== undefined) out.set(a.id, `${key}\u0000${this.reread.has(a.id) ? 'archive' : 'first'}`);
      }
    }
    return out;
  }

  /**
   * Each page's references and people from the build before (resolve/page-memo.ts), when they were worked out under
   * this product's version and these extraction resources (asked after relationMemo); an empty memo otherwise.
   */
  pageMemo(): PageMemo {
    const file = this.store.referencesFile;
    const read: RelationFileRead = {};
    const previous = file ? readRelationFile(file, this.relationKey(), this.store.notes, read, REFERENCES_FORMAT) : undefined;
    this.referencesRead = previous;
    this.referencesFileRead = read;
    return new PageMemo(previous, this.readingsNow ?? this.readings());
  }

  private referencesRead: ReadonlyMap<string, Buffer> | undefined;
  private referencesFileRead: RelationFileRead | undefined;
  private relationsFileRead: RelationFileRead | undefined;

  /** Keeps this build's references and people, page by page; nothing is written when every page's entry is the one read. */
  async saveReferences(memo: PageMemo): Promise<void> {
    const file = this.store.referencesFile;
    if (!file) return;
    const before = this.referencesRead;
    if (before && before.size === memo.next.size && [...memo.next].every(([id, entry]) => before.get(id) === entry)) return;
    await writeRelationFile(file, this.relationKey(), memo.next, this.store.notes, REFERENCES_FORMAT, this.referencesFileRead);
  }

  /** Articles read again with the archive's short names in this build. */
  private readonly reread = new Set<string>();

  /** Keeps this build's relations, article by article; nothing is written when they are the ones read. */
  async saveRelations(memo: RelationMemo): Promise<void> {
    const file = this.store.relationsFile;
    if (!file) return;
    const before = this.relationsRead;
    if (before && before.size === memo.next.size && memo.counts.computed === 0 && [...memo.next.keys()].every((id) => before.has(id))) return;
    this.relationsChecksum.kept = undefined;
    this.relationsChecksum.kept = await writeRelationFile(file, this.relationKey(), memo.next, this.store.notes, undefined, this.relationsFileRead);
  }

  private relationsRead: ReadonlyMap<string, Buffer> | undefined;
  /** The relation cache's checksum as this build read it, and as it left it (undefined: none, or not known). */
  private relationsChecksum: { read?: string | undefined; kept?: string | undefined } = {};

  /** The record keepOutputs made of the build before's outputs, when it is of this version and of the relation cache read, with its index. */
  private outputsRecord(): { record: OutputsRecord; index: RowIndex; dir: string } | undefined {
    if (this.outputsRead !== undefined) return this.outputsRead || undefined;
    this.outputsRead = false;
    const file = this.store.outputsFile;
    const checksum = this.relationsChecksum.read;
    if (!file || !checksum) return undefined;
    let record: OutputsRecord;
    let index: RowIndex | undefined;
    try {
      const bytes = readFileSync(file);
      const eol = bytes.indexOf(0x0a);
      record = JSON.parse(bytes.toString('utf8', 0, eol)) as OutputsRecord;
      if (record.format !== OUTPUTS_FORMAT || record.version !== this.version || record.relations !== checksum || record.endian !== endianness()) return undefined;
      const body = bytes.subarray(eol + 1);
      if (hash('sha256', body, 'hex') !== record.index) return undefined;
      index = decodeRowIndex(body);
    } catch {
      return undefined;
    }
    if (!index) return undefined;
    this.outputsRead = { record, index, dir: dirname(file) };
    return this.outputsRead;
  }

  private outputsRead: { record: OutputsRecord; index: RowIndex; dir: string } | false | undefined;

  /**
   * The graph.json the build before wrote beside this cache, as rows to reuse (graph/reuse.ts), when the record
   * keepOutputs made of it holds: the file is the one it wrote (its path from the cache, size and time), the relation
   * cache this build read is the one it kept, and the product's version is the same. `article` tells whether an
   * article's page was read as that build read it (its article node is then the one that graph holds).
   */
  previousGraph(): { previous: PreviousGraph; article: (a: Article) => boolean } | undefined {
    const found = this.outputsRecord();
    const file = found && sameFile(found.dir, found.record.graph);
    if (!file) return undefined;
    const pages = new Map(Object.entries(found!.record.pages ?? {}));
    return { previous: new PreviousGraph(file, found!.index), article: (a) => pages.get(a.pageId) === this.entries.get(a.pageId)?.segmentKey };
  }

  /**
   * The lines of the articles.jsonl the build before wrote beside this cache (under the same record as its graph.json)
   * of the articles whose page and mentions were read as they were then (the reading their mentions are kept under:
   * an article's line is a function of the article and its mentions), by article id; asked after relationMemo.
   */
  previousArticleLines(): PreviousLines | undefined {
    const found = this.outputsRecord();
    const file = found && sameFile(found.dir, found.record.articles);
    const now = this.readingsNow;
    if (!file || !now) return undefined;
    const was = found!.record.readings ?? {};
    return new PreviousLines(file, found!.index.lines, (id) => {
      const reading = now.get(id);
      return reading !== undefined && Object.hasOwn(was, id) && was[id] === reading;
    });
  }

  /** Each article's reading as relationMemo found it (this build's). */
  private readingsNow: Map<string, string> | undefined;

  /**
   * Records the graph.json and articles.jsonl this build wrote (called once they are in place) with the index of their
   * rows the writer made, for the next build to reuse them (previousGraph, previousArticleLines); the record goes
   * when there is no relation cache to pair it with, or no index.
   */
  async keepOutputs(files: { graph: string; articles: string; index?: RowIndex }): Promise<void> {
    const file = this.store.outputsFile;
    if (!file) return;
    const graph = stampOf(file, files.graph);
    const articles = stampOf(file, files.articles);
    const relations = this.relationsChecksum.kept;
    try {
      if (!graph || !articles || !relations || !this.readingsNow || !files.index) {
        rmSync(file, { force: true });
        return;
      }
      const pages: Record<string, string> = {};
      for (const [id, entry] of this.entries) pages[id] = entry.segmentKey;
      const body = encodeRowIndex(files.index);
      const record: OutputsRecord = { format: OUTPUTS_FORMAT, version: this.version, relations, graph, articles, pages, readings: Object.fromEntries(this.readingsNow), index: hash('sha256', body, 'hex'), endian: endianness() };
      await writeAtomic(file, Buffer.concat([Buffer.from(JSON.stringify(record) + '\n', 'utf8'), body]));
    } catch (e) {
      rmSync(file, { force: true });
      this.store.notes.push(`the record of the build's outputs could not be written (${(e as Error).message}); the next build makes every row of its graph again`);
    }
  }

  private relationKey(): string {
    return createHash('sha256').update(`${this.version}\u0000${this.resources}`).digest('hex').slice(0, 32);
  }

  /** Writes what changed and forgets the pages this build did not read. */
  async save(): Promise<void> {
    await this.store.commit(new Map([...this.changed].map((id) => [id, this.entries.get(id)!])), new Set(this.entries.keys()));
    this.changed.clear();
  }

  private archiveKey(entry: CachedPage, known: ReadonlyMap<string, OrgAlias>): string {
    return archiveKey(entry.extraction!.key, entry.articles.map((a) => a.text), known);
  }
}
