// Training: the same sentences and settings give the same model file, byte for byte; the learner picks up names
// from the contexts it was shown; the model file reads back what was written and refuses what is not a model.
import { decodeModel, denseWeights, encodeModel } from '../../../src/tagger/model-file.js';
import { modelFromBytes } from '../../../src/tagger/index.js';
import { seededRandom } from '../../../src/util/random.js';
import { calibrate, outsideChars, segment, train, trainingSentences, type AnnotatedRecord, type TrainSettings } from '../../../src/tagger/train.js';
import { resources } from '../../helpers/extract.js';
import { lexiconDir } from '../../helpers/tagger.js';
import { loadFeatureLexicons } from '../../../src/tagger/feature-lexicons.js';

/** Sentences made from parts written for this test, with their entities marked. */
function corpus(n: number, seed: number): AnnotatedRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const people = ['张志强', '刘雪梅', '陈国栋', '黄丽娟', '周建平', '吴晓燕', '郑海涛', '孙立新'];
  const places = ['嵊州', '临海', '永康', '诸暨', '江山', '龙泉'];
  const firms = ['华茂纺织有限公司', '星河电子有限公司', '远航机械有限公司', '青松食品有限公司'];
  const frames: Array<(p: string, l: string, o: string) => [string, Array<[string, string]>]> = [
    (p, l, o) => [`${p}在${l}考察了${o}。`, [[p, 'PER'], [l, 'LOC'], [o, 'ORG']]],
    (p, l, o) => [`${l}的${o}由${p}创办。`, [[l, 'LOC'], [o, 'ORG'], [p, 'PER']]],
    (p, l) => [`记者从${l}获悉，${p}当选为村委会主任。`, [[l, 'LOC'], [p, 'PER']]],
    (_p, l, o) => [`今年以来，${o}在${l}新建了两条生产线。`, [[o, 'ORG'], [l, 'LOC']]],
  ];
  return Array.from({ length: n }, () => {
    const [text, parts] = pick(frames)(pick(people), pick(places), pick(firms));
    let from = 0;
    const entities = parts.map(([surface, label]) => {
      const start = text.indexOf(surface, from);
      from = start + surface.length;
      return { start, end: start + surface.length, label };
    });
    return { text, entities: entities.sort((a, b) => a.start - b.start) };
  });
}

const settings: TrainSettings = { id: 'model.test', scheme: 'BIO', bits: 14, epochs: 3, seed: 11, outside: { minCount: 10, maxRate: 0 } };
const dir = lexiconDir({ sn: ['张', '刘', '陈', '黄', '周', '吴', '郑', '孙'], oe: ['有限公司'] });
const jieba = () => resources();
const trainOn = (records: AnnotatedRecord[]): Buffer => train(trainingSentences(records, jieba(), modelFromBytesLexicons(), settings), settings, outsideChars(records, settings.outside));
const modelFromBytesLexicons = () => loadFeatureLexicons(dir);

describe('training', () => {
  const records = corpus(300, 3);

  test('the same sentences and settings give the same bytes', () => {
    const a = trainOn(records);
    const b = trainOn(records);
    expect(a.equals(b)).toBe(true);
    expect(trainOn(corpus(300, 4)).equals(a)).toBe(false);
  });

  test('the model finds names in sentences it has not seen, from their contexts', () => {
    const m = modelFromBytes(trainOn(records), dir, 'test');
    const text = '孙立新在龙泉考察了青松食品有限公司。';
    const [x] = segment([text], jieba());
    const found = m.tag(x!, x!.sentences).map((s) => [text.slice(s.start, s.end), s.type]);
    expect(found).toEqual([
      ['孙立新', 'PER'],
      ['龙泉', 'LOC'],
      ['青松食品有限公司', 'ORG'],
    ]);
  });

  test('the model file reads back as written; anything else is refused with the file named', () => {
    const w = Float32Array.from({ length: (1 << 8) * 7 }, (_, k) => (k % 5 === 0 ? (k % 11) - 5 : 0));
    const t = Float32Array.from({ length: 49 }, (_, k) => k / 10);
    const bytes = encodeModel({ id: 'model.x', scheme: 'BIO', bits: 8, outside: '，的' }, w, t, new Float32Array(7), new Float32Array(7));
    const m = decodeModel(bytes, 'x.model');
    expect(m.header).toEqual(expect.objectContaining({ id: 'model.x', scheme: 'BIO', bits: 8, outside: '，的' }));
    expect([...denseWeights(m)].map((v) => v * m.header.scale)).toEqual([...w].map((v) => expect.closeTo(v, 1)));
    expect(() => decodeModel(Buffer.from('not a model at all'), 'x.model')).toThrow(expect.objectContaining({ code: 'DATA_INVALID', subject: 'x.model' }));
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3), 'x.model')).toThrow(/weight rows|truncated/);
    const otherFeatures = Buffer.from(bytes.toString('latin1').replace(/"features":"[0-9a-f]+"/, (m) => m.replace(/[0-9a-f]"$/, (c) => (c[0] === '0' ? '1' : '0') + '"')), 'latin1');
    expect(() => decodeModel(otherFeatures, 'x.model')).toThrow(expect.objectContaining({ code: 'DATA_INVALID', message: expect.stringMatching(/trained on other features/) }));
  });

  test('characters never inside a name in training (often enough seen) are read as outside every name', () => {
    const outside = outsideChars(records, { minCount: 10, maxRate: 0 });
    expect(outside).toContain('。');
    expect(outside).toContain('在');
    expect(outside).not.toContain('张');
    expect(outside).not.toContain('公');
    expect(outsideChars(records, { minCount: 1e9, maxRate: 0 })).toBe('');
  });

  test('calibration: a margin that comes with right answers more often scores higher', () => {
    const spans = [
      ...Array.from({ length: 40 }, (_, k) => ({ margin: 1000 + k, correct: k % 10 !== 0 })),
      ...Array.from({ length: 40 }, (_, k) => ({ margin: 10 + k, correct: k % 3 === 0 })),
    ];
    const { a, b } = calibrate(spans);
    const score = (m: number) => 1 / (1 + Math.exp(-(a * Math.log2(1 + m) + b)));
    expect(score(1020)).toBeGreaterThan(0.8);
    expect(score(20)).toBeLessThan(0.45);
  });
});
