// A partner named after 与/同/跟 (or any name of a list after it) is not whose figure a later clause reports.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;

const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page(...paragraphs)), figure);

describe('a partner after 与 is not the subject of a later figure', () => {
  test.each([
    ['今年合作社与嘉兴绿源果业有限公司签订了收购协议，预计销售额突破600万元。', '600万元'],
    ['学校与浙江大学、宁波大学等高校开展合作，今年已有15名学生获奖。', '15名'],
    ['村里同平湖市恒丰食品有限公司签订了订单，亩均增收3000元。', '3000元'],
  ])('%s', async (sentence, figure) => {
    expect(await subjectsOf(figure, sentence)).toEqual([]);
  });
  test('the body heading the clause keeps its figure', async () => {
    expect(await subjectsOf('45项', '平湖市恒丰食品有限公司已与浙江大学、宁波大学等高校共建研发平台，拥有专利45项。')).toEqual(['平湖市恒丰食品有限公司']);
  });
});
