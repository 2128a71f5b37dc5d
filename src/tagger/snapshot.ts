// Taking the snapshot of the tagger's feature resources from the extraction's lexicons, gazetteer and jieba
// edits (training time only: the tagger at run time reads the snapshot, never the extraction's files), and
// comparing the extraction's jieba edits of today with the snapshot the model was trained with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadGazetteer } from '../gazetteer/index.js';
import { buildJieba, dropListed, gluedOrgTitles, lexiconWords, readOverrides, type BuiltJieba, type DictionaryEdit } from '../extract/jieba.js';
import { loadExtractLexicon } from '../extract/lexicon.js';
import { LEXICONS, readLexiconFile } from './feature-lexicons.js';

const require = createRequire(import.meta.url);

const JIEBA_EDITS = 'jieba-edits.tsv';
const JIEBA_DROPPED = 'jieba-dropped.txt';

/** The extraction's dictionary edits and dropped words as they are now (as loadExtractResources makes them, without a home area). */
export function currentJiebaEdits(): { edits: DictionaryEdit[]; dropped: string[] } {
  const lex = loadExtractLexicon();
  const edits = [...readOverrides(), ...lexiconWords(lex, loadGazetteer(), [])];
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const words = new Set(Buffer.from(dict).toString('utf8').split('\n').map((l) => l.slice(0, l.indexOf(' '))));
  const dropped = [...gluedOrgTitles(lex).words((w) => words.has(w))];
  return { edits, dropped };
}

const header = (what: string): string => `# ${what}\n# A snapshot written by \`npm run train\` (scripts/train.ts); do not edit: retrain instead.\n`;

/** Writes the feature lexicons and jieba edits of today into `dir`. */
export function writeSnapshot(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const lex = loadExtractLexicon();
  const g = loadGazetteer();
  const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort();
  const surfaces = [...g.surfaces()];
  const lists: Record<string, string[]> = {
    sn: [...lex.surnames.double, ...lex.surnames.single],
    gn: sorted(lex.givenNameChars),
    pl: sorted(surfaces.filter((s) => s.length >= 2)),
    pa: sorted([...surfaces.filter((s) => s.length === 1), ...lex.placeAbbreviations.keys()]),
    oe: sorted(lex.orgSuffixes.map((s) => s.suffix)),
    gb: sorted([...[...lex.govBodies.values()].map((b) => b.name), ...[...lex.govStandalone.values()].map((b) => b.name)]),
    ze: sorted(lex.zoneSuffixBySuffix.keys()),
    ti: sorted([...lex.personTitles, ...lex.titlesAfterName]),
    sv: sorted(lex.speechVerbs),
  };
  for (const spec of LEXICONS) writeFileSync(join(dir, spec.file), header(spec.what) + lists[spec.code]!.join('\n') + '\n');
  const { edits, dropped } = currentJiebaEdits();
  writeFileSync(join(dir, JIEBA_EDITS), header('jieba dictionary edits of the extraction stage: word, frequency, tag') + edits.map((e) => `${e.word}\t${e.freq}\t${e.tag}`).join('\n') + '\n');
  writeFileSync(join(dir, JIEBA_DROPPED), header("jieba's dictionary words the extraction stage drops") + sorted(dropped).join('\n') + '\n');
}

/** The snapshot's jieba edits. */
export function readSnapshotJiebaEdits(dir: string): { edits: DictionaryEdit[]; dropped: string[] } {
  const edits = readFileSync(join(dir, JIEBA_EDITS), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [word, freq, tag] = l.split('\t') as [string, string, string];
      return { word, freq: Number(freq), tag };
    });
  return { edits, dropped: readLexiconFile(join(dir, JIEBA_DROPPED)) };
}

/** jieba as the extraction stage built it when the snapshot was taken. */
export function snapshotJieba(dir: string): BuiltJieba {
  const { edits, dropped } = readSnapshotJiebaEdits(dir);
  return buildJieba(edits, `tagger-snapshot:${dir}`, dropListed(dropped));
}

/** Files of the snapshot, for the model's checksum. */
export function snapshotFiles(): string[] {
  return [...LEXICONS.map((l) => l.file), JIEBA_EDITS, JIEBA_DROPPED];
}

export interface JiebaDrift {
  /** Edits (word, frequency, tag) and dropped words in the snapshot and not now, and now and not in the snapshot. */
  removed: number;
  added: number;
  /** Entries in the snapshot. */
  snapshot: number;
}

/** How far the extraction's jieba edits have moved since the model's snapshot. */
export function jiebaDrift(dir: string): JiebaDrift {
  const key = (x: { edits: DictionaryEdit[]; dropped: string[] }): Set<string> => new Set([...x.edits.map((e) => `${e.word}\t${e.freq}\t${e.tag}`), ...x.dropped.map((w) => `-${w}`)]);
  const then = key(readSnapshotJiebaEdits(dir));
  const now = key(currentJiebaEdits());
  let removed = 0;
  let added = 0;
  for (const k of then) if (!now.has(k)) removed++;
  for (const k of now) if (!then.has(k)) added++;
  return { removed, added, snapshot: then.size };
}
