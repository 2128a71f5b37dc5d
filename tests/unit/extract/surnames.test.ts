// The surname list: common surnames read without a cue (the list had lost 洪, 赖 and 萧, so a county's officials
// and reporters of those families were nobody), rare ones only where a title or a byline cue names a person.
import { namesOf } from '../../helpers/extract.js';
import { loadSurnames, isCommonSurname } from '../../../src/lexicons/index.js';

describe('surnames', () => {
  test.each(['洪', '赖', '萧'])('%s is a common surname', (s) => {
    expect(isCommonSurname(s, loadSurnames())).toBe(true);
  });

  test.each([
    ['副镇长洪立新主持会议。', '洪立新'],
    ['合作社理事长赖秋平介绍了今年的收成。', '赖秋平'],
    ['萧慧敏说，村里的民宿越来越受欢迎。', '萧慧敏'],
    ['记者洪晓明报道，展会开幕。', '洪晓明'],
    ['本报讯（记者荀立通讯员宓佳佳）昨天，夏粮收购开始。', '荀立,宓佳佳'],
    ['县文联主席訾文涛为获奖者颁奖。', '訾文涛'],
    ['通讯员笪红霞报道，小麦开镰。', '笪红霞'],
  ])('%s → %s', (sentence, names) => {
    expect(namesOf(sentence, 'Person')).toEqual(names.split(','));
  });

  test.each([
    ['受洪水影响，市场一度萧条，农户赖以为生的茶园受损。'],
    ['洪涝灾害过后，滑坡点都已加固。'],
    ['荀子的思想影响深远，鄂西山区的茶叶远近闻名。'],
  ])('words that open with a surname are no names without a cue: %s', (sentence) => {
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });
});
