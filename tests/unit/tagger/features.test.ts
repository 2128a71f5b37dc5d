// The tagger's features: what the model sees at a character, as readable strings, and the hot path's row ids,
// which must be the hashes of exactly those strings.
import { BOS, EOS, MAX_FEATURES, StringSink, emitFeatures, featureLines, featureRows, featureStrings } from '../../../src/tagger/features.js';
import { splitSentences } from '../../../src/extract/context.js';
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

  test('characters and their pairs around i, the trigram on i, with the sentence edges marked', () => {
    expect(at('王')).toEqual(expect.arrayContaining(['b', 'c-1=长', 'c0=王', 'c1=建', 'c-1c0=长王', 'c0c1=王建', 'c-1c0c1=长王建']));
    expect(at('王').filter((f) => /^c-?2/.test(f) || f.startsWith('c-1c1='))).toEqual([]);
    expect(featureStrings(p, s, e, 0)).toEqual(expect.arrayContaining([`c-1=${B}`, `c-1c0=${B}市`, `c-1c0c1=${B}市长`]));
    expect(featureStrings(p, s, e, e - 1)).toEqual(expect.arrayContaining([`c1=${E}`, `c0c1=。${E}`]));
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
    expect(features).toEqual(expect.arrayContaining(['wp.B=3', `wt.B=${tong.tag}`, 'w.B=桐乡市', `wtp=${before.tag}`]));
    expect(featureStrings(q, 0, 9, tong.start + 1)).toEqual(expect.arrayContaining(['wp.M=3', 'w.M=桐乡市']));
    expect(featureStrings(q, 0, 9, tong.end - 1)).toEqual(expect.arrayContaining(['wp.E=3', 'w.E=桐乡市']));
    expect(featureStrings(q, 0, 9, 8)).toEqual(expect.arrayContaining(['wp.S=1', `wtn=${String.fromCharCode(EOS)}`]));
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
    ['2025年，ＡＢＣ集团在乌镇投资3.5亿元。记者从乌镇获悉。'],
    ['“欧阳晓红”是谁？她说：“我来自南浔。”'],
    ['a'],
    ['董事长\n王明'],
  ])('the hot path gives the rows of the feature strings, in order, in every sentence of: %s', (text) => {
    for (const lexicons of [lex, loadFeatureLexicons(`${MODEL_DIR}feature-lexicons/`)]) {
      const q = prepared(text, lexicons);
      for (const bits of [14, 18]) {
        const lines = featureLines(q, bits);
        const rows = new Int32Array(MAX_FEATURES);
        // The rows of a whole sentence, one character after another, as the tagger writes them.
        const sentenceRows = new Int32Array(text.length * MAX_FEATURES);
        for (const { start, end } of splitSentences(text)) {
          sentenceRows.fill(-7);
          let k = 0;
          for (let i = start; i < end; i++) {
            const n = featureRows(q, lines, start, end, i, rows);
            const sink = new StringSink(bits);
            emitFeatures(q, start, end, i, sink);
            expect([...rows.subarray(0, n)]).toEqual(sink.rows);
            expect(featureRows(q, lines, start, end, i, sentenceRows, k)).toBe(n);
            expect([...sentenceRows.subarray(k, k + n)]).toEqual(sink.rows);
            k += n;
            expect(sentenceRows[k]).toBe(-7);
          }
        }
      }
    }
  });

  test('features of one template at neighbouring characters share a line of the weight table', () => {
    const q = prepared('嘉善县西塘镇', lex);
    const rowsAt = (i: number) => {
      const sink = new StringSink(18);
      emitFeatures(q, 0, 6, i, sink);
      return new Map(sink.features.map((f, k) => [f, sink.rows[k]!]));
    };
    // 西 (at 3) is c1 at 县, c0 at 西, c-1 at 塘: one line, three slots; so is the pair 西塘 at 西 and 塘.
    const lineOf = (row: number) => row >> 3;
    const lines = [rowsAt(2).get('c1=西')!, rowsAt(3).get('c0=西')!, rowsAt(4).get('c-1=西')!];
    expect(new Set(lines.map(lineOf)).size).toBe(1);
    expect(new Set(lines).size).toBe(3);
    const pair = [rowsAt(3).get('c0c1=西塘')!, rowsAt(4).get('c-1c0=西塘')!];
    expect(new Set(pair.map(lineOf)).size).toBe(1);
    expect(new Set(pair).size).toBe(2);
  });
});
