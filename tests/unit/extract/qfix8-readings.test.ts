// qfix8: an edition (第N届, 首届) right before a fair of two parties joined by a dash (第七届中国—东盟某某博览会)
// opens its name as it does any fair's (prog.fair.dash-pair.edition). Sentences written for these tests (names and
// figures invented).
import { extractText } from '../../../src/extract/index.js';
import { hybridResources } from '../../helpers/extract.js';

const res = hybridResources('遂昌县');
const fairs = (sentence: string) => extractText(sentence, res).filter((c) => c.label === 'Programme').map((c) => ({ text: sentence.slice(c.start, c.end), edition: c.attrs?.edition }));

describe('an edition before a dash-paired fair is the fair\'s (prog.fair.dash-pair.edition)', () => {
  test.each([
    ['6月12日，第七届中国—东盟农机博览会在南宁开幕，我县8家企业参展。', '第七届中国—东盟农机博览会', '第七届'],
    ['首届中国－中亚农产品博览会日前在乌鲁木齐闭幕。', '首届中国－中亚农产品博览会', '首届'],
    ['县里组织企业参加第十二届中国-南亚商品交易会。', '第十二届中国-南亚商品交易会', '第十二届'],
  ])('%s', (sentence, name, edition) => {
    expect(fairs(sentence)).toContainEqual({ text: name, edition });
  });
  test('without an edition the pair still opens the name, and nothing is taken before it', () => {
    expect(fairs('我县企业组团参加中国—东盟农机博览会。').map((f) => f.text)).toContain('中国—东盟农机博览会');
  });
});
