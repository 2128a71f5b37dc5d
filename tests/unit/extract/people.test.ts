// People: names confirmed by a title before them, a speech verb or a title after them, an age; how long the
// name is decided by what follows; and the words that look like names but are not.
import { mentionsIn, namesOf } from '../../helpers/extract.js';

describe('people', () => {
  test.each([
    ['公司总经理陈建国介绍，新产品已经投产。', '陈建国', 'person.after-title'],
    ['村党支部书记李红霞带领村民致富。', '李红霞', 'person.after-title'],
    ['“我们会继续努力。”王晓明说。', '王晓明', 'person.before-speech'],
    ['张伟表示，明年将扩大产能。', '张伟', 'person.before-speech'],
    ['赵文博士介绍了研究进展。', '赵文', 'person.before-title'],
    ['周玉芬今年68岁，仍在社区做志愿者。', '周玉芬', 'person.before-age'],
    ['国务院副总理温家宝会见了外宾。', '温家宝', 'person.after-title'],
    // jieba reads 李明说 as 李 / 明说: the verb glued to the name's last character.
    ['李明说：“企业要敢于创新。”', '李明', 'person.before-glued-speech'],
    ['会上，李明说，明年产值要翻番。', '李明', 'person.before-glued-speech'],
    ['“我们要加快发展。”李明说。', '李明', 'person.before-glued-speech'],
  ])('%s → %s', (sentence, name, rule) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Person', text: name, rule })]));
  });

  test.each([
    ['他没有明说：原因有很多。'],
    ['对企业来说，这是好事。'],
    ['据说，明年会更好。'],
    ['大家都说：好。'],
    ['近年来，该村依托黄桃产业，发展乡村旅游。'],
    // Counted by a measure word for plants or fields: a field, a grove.
    ['远远看去，块块蒋田连成一片。'],
    ['片片董田随风起伏。'],
    ['河边一片蒋林。'],
    // What a position word follows is a river, anywhere on the page (jieba's dictionary tags these nr).
    ['吴淞江畔的老街人来人往，吴淞江文化带吸引了游客。'],
    ['乌溪江沿岸的村子，乌溪江生态廊道建成了。'],
  ])('a speech verb glued to a word is not a name cue, an unknown word before a noun is no name: %s', (sentence) => {
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });

  test.each([
    ['负责人沈舟说，项目进展顺利。', '沈舟'],
    ['书记姚健为大家讲解政策。', '姚健'],
    ['创始人宋永生心里很高兴。', '宋永生'],
    ['记者杨健报道，展会开幕。', '杨健'],
    ['本报讯（记者顾佳通讯员沈明）招商大会昨天举行。', '顾佳,沈明'],
    ['特约记者张帆通讯员李丽报道。', '张帆,李丽'],
  ])('the name ends where a word or a title begins: %s → %s', (sentence, names) => {
    expect(namesOf(sentence, 'Person')).toEqual(names.split(','));
  });

  test('a double surname after a name ends it (记者欧阳晓司马婷: 欧阳晓, not 欧阳晓司); a four-character name stays whole', () => {
    expect(namesOf('本报讯（记者欧阳晓司马婷）日前，展会开幕。', 'Person')).toContain('欧阳晓');
    expect(namesOf('本报讯（记者欧阳晓司马婷）日前，展会开幕。', 'Person')).not.toContain('欧阳晓司');
    expect(namesOf('记者欧阳晓峰报道，展会开幕。', 'Person')).toEqual(['欧阳晓峰']);
  });

  test('董事长兼总经理 is one role held by the name after it', () => {
    expect(mentionsIn('集团董事长兼总经理刘志强表示欢迎。')).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Person', text: '刘志强' })]));
  });

  test('a name read once with a cue is recognised again without one', () => {
    expect(namesOf('林晓燕今年45岁。大家都说林晓燕是个热心人。', 'Person')).toEqual(['林晓燕', '林晓燕']);
  });

  test('foreign names after a title, and names joined by a middle dot', () => {
    expect(namesOf('美国总统克林顿发表讲话。', 'Person')).toContain('克林顿');
    expect(namesOf('研究员迈克尔·托马肖介绍了成果。', 'Person')).toContain('迈克尔·托马肖');
  });

  test.each([
    ['高水平推进共同富裕。'],
    ['他说这件事很重要。'],
    ['专家认为前景很好。'],
    ['南方地区普遍降温。'],
    ['平安建设取得新成效。'],
    ['党委书记主持会议。'],
    ['这是一个温馨的家。'],
  ])('no person in: %s', (sentence) => {
    expect(namesOf(sentence, 'Person').filter((n) => n.length > 1)).toEqual([]);
  });
});

// Issue 11: how long a name is, names of minority nationalities, and words that look like names.
describe('names cut right', () => {
  test.each([
    // A character that is usually a conjunction ends the name when the speech verb follows it.
    ['协会会长李德和说，今年要扩产。', '李德和'],
    // A verb that starts at the third character is not part of the name.
    ['副总经理周峰摘下一串葡萄。', '周峰'],
    // A run before 了 whose last character is a word of its own (乐了, 笑了).
    ['赵斌乐了，连声道谢。', '赵斌'],
    // Names of minority nationalities: after a title and before a speech verb, or joined by a dot.
    ['村民阿西木呷说，收成不错。', '阿西木呷'],
    ['合作社负责人古丽娜·艾买提说，订单多了。', '古丽娜·艾买提'],
    ['教练伊力哈木·吐尔逊带队训练。', '伊力哈木·吐尔逊'],
    ['他叫迈克尔·托马肖说话很快。', '迈克尔·托马肖'],
  ])('%s → %s', (sentence, name) => {
    const people = namesOf(sentence, 'Person');
    expect(people).toContain(name);
    for (const p of people) expect(p === name || !(p.includes(name) || name.includes(p))).toBe(true);
  });

  test.each([
    ['工厂推进自动化、智能化，产品走向高端化。'],
    ['技术员常来常往。'],
    ['湘江畔的小城很美。'],
    ['村民纷纷说好。'],
    ['天鹅湖·云栖谷的企业越来越多。'],
  ])('no person in: %s', (sentence) => {
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });
});

// lead13: a name in Latin letters after a title.
describe('a name in Latin letters after a title', () => {
  test.each([
    ['公司董事长Mark Jensen表示，今年将扩产。', 'Mark Jensen'],
    ['“合作很顺利。”首席执行官Sofia García说。', 'Sofia García'],
  ])('%s → %s', (sentence, name) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Person', text: name, rule: 'person.after-title-latin' })]));
  });
  test.each([['董事长Nordic Foods Group表示'], ['总经理ABB说'], ['记者从Bosch了解到']])('a firm’s name or one word is no person: %s', (sentence) => {
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });
});
