// The tagger's features: what the model sees at a character, as readable strings, and the hot path's row ids,
// which must be the hashes of exactly those strings.
import { BOS, EOS, MAX_FEATURES, featureRows, featureStrings } from '../../../src/tagger/features.js';
import { featureRow } from '../../../src/tagger/hash.js';
import { loadFeatureLexicons } from '../../../src/tagger/feature-lexicons.js';
import { MODEL_DIR } from '../../../src/tagger/index.js';
import { foldCode } from '../../../src/tagger/prepare.js';
import { prepared, testLexicons } from '../../helpers/tagger.js';

const lex = testLexicons({ sn: ['王', '欧阳'], pl: ['桐乡市', '桐乡', '乌镇'], oe: ['有限公司', '公司'], ti: ['市长', '董事长'], sv: ['说'] });
const B = String.fromCharCode(BOS);
const E = String.fromCharCode(EOS);

describe('tagger features', () => {
  const text = '市长王建华说，桐乡市新远有限公司扩产。';
  const p = prepared(text, lex);
  const s = 0;
  const e = text.indexOf('。') + 1;
  const at = (ch: string): string[] => featureStrings(p, s, e, text.indexOf(ch));

  test('characters and their n-grams in a ±2 window, with the sentence edges marked', () => {
    expect(at('王')).toEqual(expect.arrayContaining(['b', 'c-2=市', 'c-1=长', 'c0=王', 'c1=建', 'c2=华', 'c-1c0=长王', 'c0c1=王建', 'c-1c1=长建', 'c-1c0c1=长王建']));
    expect(featureStrings(p, s, e, 0)).toEqual(expect.arrayContaining([`c-2=${B}`, `c-1=${B}`, `c-2c-1=${B}${B}`]));
    expect(featureStrings(p, s, e, e - 1)).toEqual(expect.arrayContaining([`c1=${E}`, `c1c2=${E}${E}`]));
  });

  test('character classes: Han, punctuation, digit, Latin', () => {
    expect(at('说')).toContain('k-1k0k1=HHP');
    const q = prepared('第3届ＡＢ展', lex);
    expect(featureStrings(q, 0, 6, 1)).toContain('k-1k0k1=HDH');
    expect(featureStrings(q, 0, 6, 3)).toContain('k-1k0k1=HLL');
  });

  test('full-width letters and digits read as ASCII, every digit as 0', () => {
    expect(String.fromCharCode(foldCode('Ａ'.charCodeAt(0)))).toBe('A');
    expect(String.fromCharCode(foldCode('７'.charCodeAt(0)))).toBe('0');
    expect(String.fromCharCode(foldCode('7'.charCodeAt(0)))).toBe('0');
    expect(featureStrings(prepared('第3届ＡＢ展', lex), 0, 6, 1)).toContain('c0=0');
  });

  test("jieba's word around the character: its length and tag with the character's place in it, the word, the tags beside it", () => {
    const q = prepared('张明在桐乡市工作。', lex);
    const words = q.tokens.map((t) => q.text.slice(t.start, t.end));
    expect(words).toContain('桐乡市');
    const tong = q.tokens.find((t) => q.text.slice(t.start, t.end) === '桐乡市')!;
    const before = q.tokens[q.tokens.indexOf(tong) - 1]!;
    const features = featureStrings(q, 0, 9, tong.start);
    expect(features).toEqual(expect.arrayContaining(['wp=3B', `wt=${tong.tag}.B`, 'w=桐乡市.B', `wtp=${before.tag}`]));
    expect(featureStrings(q, 0, 9, tong.start + 1)).toEqual(expect.arrayContaining(['wp=3M', 'w=桐乡市.M']));
    expect(featureStrings(q, 0, 9, tong.end - 1)).toEqual(expect.arrayContaining(['wp=3E', 'w=桐乡市.E']));
    expect(featureStrings(q, 0, 9, 8)).toEqual(expect.arrayContaining(['wp=1S', `wtn=${String.fromCharCode(EOS)}`]));
  });

  test('lexicon matches: a surname starts here, a title ended just before, a place of three characters, an ending', () => {
    expect(at('王')).toEqual(expect.arrayContaining(['sns=1', 'tip']));
    expect(at('华')).toContain('svn');
    expect(at('桐')).toContain('pls=3');
    expect(featureStrings(p, s, e, text.indexOf('乡市'))).toEqual(expect.not.arrayContaining(['pls=3']));
    expect(featureStrings(p, s, e, text.indexOf('市新'))).toContain('ple=3');
    expect(featureStrings(p, s, e, text.indexOf('有限'))).toContain('oes=4');
    expect(featureStrings(p, s, e, text.indexOf('司'))).toEqual(expect.arrayContaining(['oee=4']));
    expect(featureStrings(p, s, e, text.indexOf('远'))).toContain('oen');
    expect(featureStrings(p, s, e, text.indexOf('扩'))).toContain('oep');
  });

  test('a character with no lexicon match has no lexicon feature', () => {
    expect(at('产').filter((f) => /^(sn|pl|oe|ti|sv)/.test(f))).toEqual([]);
  });

  test.each([
    ['市长王建华说，桐乡市新远有限公司扩产。'],
    ['2025年，ＡＢＣ集团在乌镇投资3.5亿元。'],
    ['“欧阳晓红”是谁？'],
    ['a'],
    ['董事长\n王明'],
  ])('the hot path gives the hashes of the feature strings, in order: %s', (sentence) => {
    for (const lexicons of [lex, loadFeatureLexicons(`${MODEL_DIR}feature-lexicons/`)]) {
      const q = prepared(sentence, lexicons);
      const ids = new Int32Array(MAX_FEATURES);
      for (let i = 0; i < sentence.length; i++) {
        const n = featureRows(q, 0, sentence.length, i, 18, ids);
        expect([...ids.subarray(0, n)]).toEqual(featureStrings(q, 0, sentence.length, i).map((f) => featureRow(f, 18)));
      }
    }
  });
});
