// `kg ner`'s view of the mentions: PER / LOC / ORG spans, and a place named inside a programme's name when
// programmes are not asked for (a flat NER record has no nesting; the place is still a place).
import { recognizeRecords, type NerLabel } from '../../../src/ner/index.js';
import { resources } from '../../helpers/extract.js';

const spans = (text: string, labels: NerLabel[]) => recognizeRecords([{ text }], 0, resources(), new Set(labels))[0]!.entities.map((e) => [e.label, e.text]);

describe('NER records', () => {
  test.each([
    ['兰溪市第九届运动会于昨天开幕。', '兰溪市'],
    ['5月6日，义乌市第四届蜜梨节在赤岸镇开幕。', '义乌市'],
  ])('a place opening a programme is a LOC span when programmes are not asked: %s', (sentence, place) => {
    expect(spans(sentence, ['PER', 'LOC', 'ORG'])).toContainEqual(['LOC', place]);
  });
  test('with programmes asked for, the programme is the span and the place is not repeated', () => {
    const out = spans('兰溪市第九届运动会于昨天开幕。', ['LOC', 'PROGRAMME']);
    expect(out).toContainEqual(['PROGRAMME', '兰溪市第九届运动会']);
    expect(out).not.toContainEqual(['LOC', '兰溪市']);
  });
});
