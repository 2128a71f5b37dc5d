// A photo credit in brackets closing a caption, （记者 王晓 摄）, names the photographer, not a reporter: the
// trailing-byline rule (plain articles end with （记者 张三）) leaves it alone, and the photographer is credited
// as such (byline.bracketed-photo-credit), as the PDF layout reader credits them.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';

const segment = (text: string) => segmentPage(pagesOf('t.txt', Buffer.from(text), {})[0]!);

test.each([
  ['（记者 王晓 摄）', ['摄影:王晓']],
  ['（通讯员 任一帆摄）', ['摄影:任一帆']],
  ['（周  岚 摄）', ['摄影:周岚']],
  ['（记者 王晓）', ['记者:王晓']],
  // 摄 inside a word of the text is no credit.
  ['（航拍摄）', []],
])('a body closing with %s', (bracket, bylines) => {
  const [a] = segment(`油菜花开\n\n城西的油菜花进入盛花期，吸引不少市民前来踏青赏花，拍照留念，田埂上游人如织。${bracket}\n`);
  expect(a!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(bylines);
});
