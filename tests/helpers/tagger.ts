// The tagger in tests: texts segmented as the extraction stage segments them, and small feature lexicons written
// for a test (so what a feature means does not depend on the shipped snapshot).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContext } from '../../src/extract/context.js';
import { LEXICONS, loadFeatureLexicons, type FeatureLexicons } from '../../src/tagger/feature-lexicons.js';
import { prepareText, type PreparedText } from '../../src/tagger/prepare.js';
import { resources } from './extract.js';

/** A directory of feature lexicons: `lists` by lexicon code (sn, pl, oe …); the others are empty. */
export function lexiconDir(lists: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-lex-'));
  for (const spec of LEXICONS) writeFileSync(join(dir, spec.file), `# test\n${(lists[spec.code] ?? []).join('\n')}\n`);
  return dir;
}

export function testLexicons(lists: Record<string, string[]>): FeatureLexicons {
  return loadFeatureLexicons(lexiconDir(lists));
}

/** A text segmented by the extraction stage's jieba and prepared for the feature function. */
export function prepared(text: string, lex: FeatureLexicons): PreparedText {
  return prepareText(buildContext(text, resources()), lex);
}
