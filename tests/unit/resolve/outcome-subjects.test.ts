// Whose figure it is: the subject in view — of the figure's clause, of the words that point back to one (全县,
// 公司, 工坊, 我们, 我), of the example a sentence gives — not the nearest name. Sentences written for these tests.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
async function subjectsOf(figure: string, ...paragraphs: string[]): Promise<string[]> {
  const g = await graphOfPage(page('产业观察', ...paragraphs));
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  return g.graph.relationships
    .filter((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure)
    .map((r) => String(node.get(r.start)!.properties.name));
}

describe('the subject in view', () => {
  test.each([
    ['a province opening the clause', '50万户', ['目前，湖北省有柑橘种植户50万户。'], ['湖北省']],
    ['全县: the county in view', '40万亩', ['记者来到湖北秭归县。', '经过多年推广，全县脐橙种植面积达到40万亩。'], ['秭归县']],
    ['全村 after a colon: the village in view', '40座', ['记者来到湖南浏阳市沙市镇赤马村。', '这两年的变化看得见：全村新建冷库40座。'], ['赤马村']],
    ['村里 after a time word (过去村里): the village in view', '2000亩', ['记者来到湖南浏阳市沙市镇赤马村。', '过去村里种的多是水稻，最多时面积达2000亩。'], ['赤马村']],
    ['村集体: the village in view', '25万元', ['记者来到湖南浏阳市沙市镇赤马村。', '冷库建成后，村集体每年可增收25万元。'], ['赤马村']],
    ['a body introducing a speaker is not what is said about', '40万亩', ['秭归县农业农村局局长李明介绍，全县脐橙种植面积达到40万亩。'], ['秭归县']],
    ['a body the reporter learnt it from (获悉) is not what is said about', '96亿元', ['记者从秭归县统计局获悉，上半年，全县规上工业企业实现产值96亿元。'], ['秭归县']],
    ['公司 opening a clause: the company in view', '2亿元', ['宜昌三峡食品有限公司是一家食品企业。', '如今，公司年产值达2亿元。'], ['宜昌三峡食品有限公司']],
    ['企业 heading an earlier clause of the sentence, the figure\'s clause naming nothing', '800万元', ['宜昌三峡食品有限公司是一家食品企业。', '张华说，经过技术改造，企业生产的罐头远销东南亚，月销售额达800万元。'], ['宜昌三峡食品有限公司']],
    ['not when a clause between them names something else', '800万元', ['宜昌三峡食品有限公司是一家食品企业。', '张华说，企业生产的罐头远销东南亚，秭归县今年出口额达800万元。'], ['秭归县']],
    ['places written down their chain: the last, not the province', '49家', ['浙江湖州拥有电动车整车重点企业49家。'], ['湖州市']],
    ['a chain of three places: the district', '2000个', ['四川德阳旌阳区今年新增就业岗位2000个。'], ['旌阳区']],
    ['a person heading the figure\'s own clause', '5亩', ['记者来到湖北秭归县茅坪镇。', '看到茶叶销路好，王建国试种了5亩。'], ['王建国']],
    ['a person heading an earlier clause as the owner (某某家的)', '4000斤', ['记者来到湖北秭归县。', '目前，王建国家的脐橙全部进入盛果期，亩均产出鲜果4000斤。'], ['王建国']],
    ['…and 某某的', '超过80万元', ['记者来到湖北秭归县。', '如今，刘春梅的茶叶合作社越办越红火，年销售额超过80万元。'], ['刘春梅']],
    ['not a person heading an earlier clause as the doer for others', '12眼', ['记者来到湖北秭归县茅坪镇。', '为此，王建国四处奔走，先后为村里打了12眼水井。'], []],
    ['a person introducing what is said is not its subject', '3000亩', ['记者来到湖北秭归县茅坪镇。', '王建国介绍，全镇去年种植茶叶3000亩。'], ['茅坪镇']],
    ['a programme the figure is compared against (较…前) is not its subject', '3倍', ['在安吉县溪龙乡黄杜村，村集体收入较“白茶富民工程”实施前增长3倍。'], ['黄杜村']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('a figure in a later paragraph that names nothing and points back to nothing is reported about no one', async () => {
    const paragraphs = ['秭归县的脐橙产业这些年发展迅速。', '站在山坡上望去，果树连成一片，枝头挂满了果子，一棵树能结果200多个。'];
    expect(await subjectsOf('200多个', ...paragraphs)).toEqual([]);
    // …while a word pointing back still finds it.
    expect(await subjectsOf('40万亩', '秭归县的脐橙产业这些年发展迅速。', '经过多年推广，全县脐橙种植面积达到40万亩。')).toEqual(['秭归县']);
  });

  test('其中: part of the figure before it, and its subject\'s', async () => {
    expect(await subjectsOf('2万吨', '去年，宜昌三峡食品有限公司共销售罐头5万吨，与华丰贸易有限公司签订了长期合同，其中2万吨出口东南亚。')).toEqual(['宜昌三峡食品有限公司']);
  });

  test('该公司 opening a paragraph: the company last named, not the subject of an earlier paragraph', async () => {
    expect(await subjectsOf('12亿元', '宁夏宏丰能源有限公司是当地的老企业。', '记者走进湖州南浔区的华泰化工有限公司生产车间，机器轰鸣。', '去年，该公司产值达到12亿元。')).toEqual(['华泰化工有限公司']);
  });

  test('公司 within a paragraph: the subject of a sentence of it, not a firm named later as an object', async () => {
    expect(await subjectsOf('12亿元', '宁夏宏丰能源有限公司与华泰化工有限公司签订了供货合同。公司去年产值达到12亿元。')).toEqual(['宁夏宏丰能源有限公司']);
  });

  test('a kind word opening the sentence holds for its later clauses', async () => {
    expect(await subjectsOf('3亿元', '“秭归脐橙产业园”去年开园。', '园区全部投产后，预计年产值可达3亿元。')).toEqual(['秭归脐橙产业园']);
  });

  test('园区 opening the sentence: the park in view (a place)', async () => {
    expect(await subjectsOf('5亿元', '“青山茶叶产业园”今年投用。', '园区建成后，预计年产值5亿元。')).toEqual(['青山茶叶产业园']);
  });

  test('a clause that names nothing goes on about the one its sentence pointed back to', async () => {
    const paragraphs = ['今年春天，“橘乡共富工坊”开张了。', '在工坊里，村党支部书记王德明介绍，工坊已开发产品20余种，去年销量突破5万件。'];
    expect(await subjectsOf('20余种', ...paragraphs)).toEqual(['橘乡共富工坊']);
    expect(await subjectsOf('5万件', ...paragraphs)).toEqual(['橘乡共富工坊']);
  });
});

describe('the subject of the clause, not the object of a verb before the figure (承前省略)', () => {
  test.each([
    ['a clause without a subject goes on about the one that opened the sentence, not what it built', '12%', ['宜兴华锋陶瓷有限公司改造了“智慧窑炉”工程，单位能耗下降12%。'], ['宜兴华锋陶瓷有限公司']],
    ['an award the firm won is the object of its verb, not the subject of the count', '3项', ['绍兴永通印染有限公司近三年拿下浙江省科学技术进步奖3项，新增发明专利40件。'], ['绍兴永通印染有限公司']],
    ['the count after the award goes on about the firm too', '40件', ['绍兴永通印染有限公司近三年拿下浙江省科学技术进步奖3项，新增发明专利40件。'], ['绍兴永通印染有限公司']],
    ['a zone that built a park reports the projects it brought in, not the park it built', '25个', ['德清经济开发区去年建成莫干山智能制造产业园，当年招引项目25个。'], ['德清经济开发区']],
    ['a place of its own heading the figure\'s clause is its subject', '800个', ['湖州立新电机有限公司建成新厂房，德清县今年新增就业岗位800个。'], ['德清县']],
    ['吸引 opening a clause takes up the fair the clause before ended on', '500多家', ['青岛市商务局举办了第五届“海洋装备博览会”，吸引参展企业500多家。'], ['海洋装备博览会']],
    ['吸引 after a clause that ended on no name goes on about its subject', '500多家', ['德清经济开发区优化营商环境，吸引新企业500多家。'], ['德清经济开发区']],
    ['a relative clause describes the name after 的, which heads the phrase', '50万台', ['宁波华翔电子有限公司牵头建设的“智能电机产业园”项目去年投产，年产电机50万台。'], ['智能电机产业园']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('the relation records the rule that found the subject: its own clause\'s head, or the clause it goes on from', async () => {
    const g = await graphOfPage(page('产业观察', '宜兴华锋陶瓷有限公司改造了“智慧窑炉”工程，单位能耗下降12%。', '宜兴华锋陶瓷有限公司今年产值达到8亿元。'));
    const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
    const ruleOf = (figure: string) => g.graph.relationships.find((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure)?.properties.rule;
    expect(ruleOf('12%')).toBe('rel.reported.clause-chain');
    expect(ruleOf('8亿元')).toBe('rel.reported.clause-head');
  });

  test('firms listed as 甲、乙等多家企业 are members of the set the figure counts, not its subject', async () => {
    expect(await subjectsOf('20余个', '“未来工厂”名单日前揭晓，宜兴华锋陶瓷有限公司、湖州美欣达纺织有限公司等多家企业的20余个车间入选。')).toEqual(['未来工厂']);
  });
});

describe('beyond the paragraph', () => {
  test('a figure whose paragraph names nothing is no one\'s: not the last name of an earlier paragraph, nor a guess at the article\'s topic', async () => {
    const g = await graphOfPage(page('宜昌三峡食品有限公司：小柑橘做成大产业', '宜昌三峡食品有限公司成立于2010年，主营柑橘罐头。', '记者来到宜都市，果园里柑橘挂满枝头。', '去年，产值达到2亿元。'));
    expect(g.facts.filter((f) => f.startsWith('REPORTED') && f.endsWith('2亿元'))).toEqual([]);
    // The figure itself stays in the graph, mentioned by its article.
    expect(g.graph.nodes.some((n) => n.labels[0] === 'Outcome' && n.properties.text === '2亿元')).toBe(true);
  });
});

describe('in a quotation', () => {
  test('公司 is the speaker\'s company, not the one named last', async () => {
    expect(await subjectsOf('2亿元', '华丰茶叶有限公司是当地的老企业。', '“公司去年产值达2亿元。”宜昌三峡食品有限公司总经理张华说。')).toEqual(['宜昌三峡食品有限公司']);
  });

  test('a reckoning per unit (一吨…能翻5倍) is no one\'s result, even said by a company\'s manager', async () => {
    const said = '“一吨鲜茶叶制成红茶后，价格能翻5倍。”宜宾川红茶业有限公司总经理刘明说。';
    expect(await subjectsOf('5倍', '宜宾川红茶业有限公司是一家茶企。', said)).toEqual([]);
    // …while 我们 in the quotation is the speaker's company.
    expect(await subjectsOf('300吨', '宜宾川红茶业有限公司是一家茶企。', '“今年我们的红茶产量达到300吨。”宜宾川红茶业有限公司总经理刘明说。')).toEqual(['宜宾川红茶业有限公司']);
  });

  test('a quotation of several sentences is said by the one named after it closes', async () => {
    const quote = '“我们的出口订单占六成以上，产品卖到了40多个国家。从选料到包装，每一道工序都有专人把关。”宜宾川红茶业有限公司总经理刘明说。';
    expect(await subjectsOf('40多个', '宜宾川红茶业有限公司是一家茶企。', quote)).toEqual(['宜宾川红茶业有限公司']);
    // …not by one named after a later quotation.
    const later = '“我们的出口订单占六成以上，产品卖到了40多个国家。”记者随后走进车间。“每一道工序都有专人把关。”宜宾川红茶业有限公司总经理刘明说。';
    expect(await subjectsOf('40多个', '宜宾川红茶业有限公司是一家茶企。', later)).toEqual([]);
  });

  test.each([
    ['the body named where it is attributed (某公司负责人说)', '12%', ['宜宾川红茶业有限公司是一家茶企。', '“通过改造烘干线，茶叶加工损耗降低了12%。”宜宾川红茶业有限公司负责人说。'], ['宜宾川红茶业有限公司']],
    ['the body the text said the speaker works for', '8吨', ['宜宾川红茶业有限公司总经理刘明带记者参观了车间。', '车间里的揉捻机由华丰机械有限公司制造。', '“新生产线每天可加工鲜叶8吨。”刘明说。'], ['宜宾川红茶业有限公司']],
    ['a village\'s party secretary speaks for the village', '60多户', ['记者来到湖南浏阳市沙市镇赤马村。', '“130户人家中，有60多户办起了农家乐。”赤马村党支部书记周建华介绍。'], ['赤马村']],
    ['not a government bureau\'s official (the area, a programme or the bureau: not known)', '42家', ['记者来到湖北秭归县。', '“今年已有42家企业完成了数字化改造。”秭归县经信局相关负责人介绍。'], []],
    ['not when the quotation names its own subject', '3亿元', ['宜宾川红茶业有限公司是一家茶企。', '“华丰茶叶有限公司去年产值达3亿元。”宜宾川红茶业有限公司总经理刘明说。'], ['华丰茶叶有限公司']],
    ['not when the quotation is about a project (项目)', '2亿千瓦时', ['宜宾川红茶业有限公司是一家茶企。', '“项目建成后年发电量可达2亿千瓦时。”宜宾川红茶业有限公司总经理刘明说。'], []],
  ])('a figure in a quotation naming no subject of its own is the speaker\'s body\'s: %s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test.each([
    ['after 说：', '15%', ['衡阳金穗米业有限公司是一家粮企。', '衡阳金穗米业有限公司董事长唐志军说：“改用低温烘干后，大米碎米率下降了15%。”'], ['衡阳金穗米业有限公司']],
    ['after 表示，', '6万吨', ['衡阳金穗米业有限公司是一家粮企。', '衡阳金穗米业有限公司董事长唐志军表示，“新仓库建成后，储粮能力将增加6万吨。”'], ['衡阳金穗米业有限公司']],
    ['the quotation\'s later sentence', '40多个', ['衡阳金穗米业有限公司董事长唐志军告诉记者：“每一粒米都要经过七道筛选。产品已卖到全国40多个城市。”'], ['衡阳金穗米业有限公司']],
    ['the body the text said the speaker works for', '9条', ['衡阳金穗米业有限公司总经理刘晓梅带记者走进车间。', '车间里的色选机由合肥泰禾智能科技有限公司制造。', '刘晓梅说：“今年新上了9条包装线。”'], ['衡阳金穗米业有限公司']],
    ['a village\'s party secretary speaks for the village', '80多户', ['记者来到江西吉安市青原区富滩镇洋坑村。', '洋坑村党支部书记曾德华介绍：“全村190户人家，有80多户种上了井冈蜜柚。”'], ['洋坑村']],
    ['a clause naming the speaker and ending in a colon, whatever its verb', '18%', ['衡阳金穗米业有限公司董事长唐志军算了一笔账：“新烘干线让加工成本降低了18%。”'], ['衡阳金穗米业有限公司']],
    ['…a village\'s party secretary', '20%', ['记者来到江西吉安市青原区富滩镇洋坑村。', '这让洋坑村党支部书记周建民信心十足：“预计明年蜜柚收购价能提高20%。”'], ['洋坑村']],
    ['not a colon after a clause that names no person', '25%', ['衡阳金穗米业有限公司是一家粮企。', '记者在车间墙上看到一行标语：“争取能耗再降25%。”'], []],
    ['not a government bureau\'s official', '37家', ['记者来到江西吉安市青原区。', '青原区工信局有关负责人表示：“今年已有37家企业上云。”'], []],
    ['not when the quotation names its own subject', '5亿元', ['衡阳金穗米业有限公司是一家粮企。', '衡阳金穗米业有限公司董事长唐志军说：“湘南粮油贸易有限公司去年销售额达5亿元。”'], ['湘南粮油贸易有限公司']],
    ['not a figure after the quotation closes', '300吨', ['衡阳金穗米业有限公司董事长唐志军说：“大米要靠品质说话。”', '记者看到，湘南粮油贸易有限公司的仓库里堆着300吨稻谷。'], ['湘南粮油贸易有限公司']],
  ])('a speaker named before the quotation: its figure is the speaker\'s body\'s, %s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test.each([
    ['某某介绍，', '1.2万吨', ['衡阳金穗米业有限公司总经理刘晓梅介绍，去年加工稻谷1.2万吨。'], ['衡阳金穗米业有限公司']],
    ['据某某介绍，', '3200万元', ['据衡阳金穗米业有限公司负责人介绍，今年已签下订单3200万元。'], ['衡阳金穗米业有限公司']],
    ['the speaker\'s employer said earlier', '26个', ['衡阳金穗米业有限公司总经理刘晓梅带记者走进车间。', '刘晓梅说，产品目前覆盖26个县市。'], ['衡阳金穗米业有限公司']],
    ['not when the statement names an area of its own', '40万亩', ['记者来到湖南衡阳市衡南县。', '衡阳金穗米业有限公司总经理刘晓梅介绍，全县优质稻种植面积达到40万亩。'], ['衡南县']],
    ['not a government bureau\'s official', '58个', ['记者来到湖南衡阳市衡南县。', '衡南县农业农村局局长邓建平介绍，去年新建高标准农田项目58个。'], []],
  ])('what a speaker named first says, not quoted: its figure is the speaker\'s body\'s, %s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('我 is the speaker', async () => {
    expect(await subjectsOf('3万元', '“去年我种了5亩脐橙，挣了3万元。”村民李秀英说。')).toEqual(['李秀英']);
  });
});

describe('figures that are no one\'s', () => {
  test('a distance says where something is', async () => {
    expect(await subjectsOf('20公里', '宜昌三峡食品有限公司扩建了厂房。20公里外，新的茶园也开始采摘。')).toEqual([]);
  });
});

describe('项目 pointing back (rel.reported.project-back)', () => {
  test('项目 opening the clause after a park just named: the park', async () => {
    expect(await subjectsOf('36亿元', '去年，宏远科技有限公司建设起青山新材料产业园，项目投资36亿元，预计明年建成投产。')).toEqual(['青山新材料产业园']);
  });

  test('项目 opening a quotation in a later paragraph: the project the text is about, not the speaker\'s body', async () => {
    const paragraphs = ['这里是白沙镇渔光互补光伏发电示范项目。项目采用“板上发电、板下养鱼”的模式，由新宇能源有限公司负责运营。', '“项目年发电约3亿千瓦时，可节约标准煤10多万吨。”新宇能源有限公司副总经理周立群介绍。'];
    expect(await subjectsOf('约3亿千瓦时', ...paragraphs)).toEqual(['白沙镇渔光互补光伏发电示范项目']);
    expect(await subjectsOf('10多万吨', ...paragraphs)).toEqual(['白沙镇渔光互补光伏发电示范项目']);
  });

  test('a later clause naming nothing goes on about it; a project the pointed-back project builds is not what 项目 means later', async () => {
    const paragraphs = ['2023年，柳河镇引入东山智慧农业示范项目，建起温室大棚。', '项目依托当地溪水建设南坡灌溉工程，实现节水灌溉。截至目前，项目日均采摘番茄2万多斤，年利润超过600万元。'];
    expect(await subjectsOf('超过600万元', ...paragraphs)).toEqual(['东山智慧农业示范项目']);
  });

  test('项目建设, 新开工项目: projects in general, not the one in view', async () => {
    const subjects = await subjectsOf('32个', '这里是白沙镇渔光互补光伏发电示范项目。', '今年以来，项目建设加快推进，新开工项目32个。');
    expect(subjects).not.toContain('白沙镇渔光互补光伏发电示范项目');
  });
});

describe('a post that says the kind of its body (rel.reported.speaker-body)', () => {
  test.each([
    ['副矿长: the mine the paragraph names', '98%', ['在华能青山煤矿的调度室里，值班员正盯着监控画面。“煤矸石综合利用率达到98%。”副矿长刘建平介绍。'], ['华能青山煤矿']],
    ['场长: the farm', '92%', ['在红星林场，工人们正在巡山。“全场森林覆盖率达到92%。”场长王大海介绍。'], ['红星林场']],
    ['总经理: the company', '3亿元', ['走进宏达食品有限公司的车间，机器轰鸣。“今年订单已排到年底，销售额有望突破3亿元。”总经理陈立新说。'], ['宏达食品有限公司']],
    ['not a body of another paragraph', '3亿元', ['宏达食品有限公司的车间里机器轰鸣。', '“今年订单已排到年底，销售额有望突破3亿元。”总经理陈立新说。'], []],
    ['not a county head (县长): an official speaks of the area or a programme', '3亿元', ['走进宏达食品有限公司的车间，机器轰鸣。“今年订单已排到年底，销售额有望突破3亿元。”副县长陈立新说。'], []],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('the example a sentence opens with (rel.reported.example)', () => {
  test.each([
    ['以某区为例，当地…: the district, not the town named before', '50万亩', ['走进丽水市莲都区碧湖镇，田野里一派繁忙。', '以临安区为例，当地山核桃种植面积达50万亩，年产值超过20亿元。'], ['临安区']],
    ['a later clause of the sentence, naming nothing', '超过20亿元', ['走进丽水市莲都区碧湖镇，田野里一派繁忙。', '以临安区为例，当地山核桃种植面积达50万亩，年产值超过20亿元。'], ['临安区']],
    ['not the firm named in an earlier sentence', '80%以上', ['宏达农业有限公司在此建厂，带动了村集体增收。以余杭区为例，不少村的集体收入主要靠出租厂房，租金收入占集体总收入的80%以上。'], ['余杭区']],
    ['not when the figure\'s clause names its own subject', '2000万元', ['以余杭区为例，不少村的集体收入主要靠出租厂房，宏达农业有限公司去年产值达到2000万元。'], ['宏达农业有限公司']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('an area word opening an earlier clause of the sentence', () => {
  const paragraphs = ['记者来到龙门村。去年，村里接待游客12万人次，宏达旅游公司营收达800万元，村民人均收入3万元。'];
  test('is not the subject of a later clause headed by a name of its own', async () => {
    expect(await subjectsOf('800万元', ...paragraphs)).toEqual(['宏达旅游公司']);
  });
  test('is the subject of its own clause and of a later clause that names nothing', async () => {
    expect(await subjectsOf('12万人次', ...paragraphs)).toEqual(['龙门村']);
    expect(await subjectsOf('3万元', ...paragraphs)).toEqual(['龙门村']);
  });
});

describe('a resident named after the place (rel.reported.resident)', () => {
  test.each([
    ['某村村民李某 heading the clause: the resident', '20万元', ['记者来到浙江安吉县。', '溪龙乡黄杜村村民李建华种了30亩白茶，去年收入达20万元。'], ['李建华']],
    ['…and a later clause of the sentence naming nothing, past a body named as an object', '4万元', ['谢家村村民朱小春一家申请加入了大棚计划，棚、肥、种苗都由合作社提供，两个棚一年收入共达4万元。'], ['朱小春']],
    ['a village heading the clause with no resident after it keeps the figure', '5000亩', ['记者来到浙江安吉县溪龙乡黄杜村。', '如今，黄杜村种了5000亩白茶，村民李建华去年收入达20万元。'], ['黄杜村']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('what was done for the village (rel.reported.for-village)', () => {
  test('为村里 in the figure\'s clause: the village in view, not the doer, also from an earlier paragraph', async () => {
    const paragraphs = ['记者来到湖北秭归县茅坪镇龙门村。', '为此，王建国四处奔走，先后为村里打了12眼水井和5眼自来水井。'];
    expect(await subjectsOf('12眼', ...paragraphs)).toEqual(['龙门村']);
    expect(await subjectsOf('5眼', ...paragraphs)).toEqual(['龙门村']);
  });
  test('not when the clause names another subject of its own', async () => {
    expect(await subjectsOf('30万元', '记者来到湖北秭归县茅坪镇龙门村。', '宏达建设有限公司为村里修路投入30万元。')).toEqual(['宏达建设有限公司']);
  });
});

describe('当地, 本地: the area named last, whatever its level', () => {
  test('a district named after a town: the district', async () => {
    expect(await subjectsOf('超60%', '记者来到青山镇。', '去年，浙江嘉兴秀洲区新能源产业产值突破500亿元，本地配套率超60%。')).toEqual(['秀洲区']);
  });
  test('a town named after its district: the town', async () => {
    expect(await subjectsOf('3000亩', '记者来到嘉兴秀洲区。', '在王江泾镇采访时了解到，当地去年新种桑树3000亩。')).toEqual(['王江泾镇']);
  });
});

describe('a sentence naming nothing after a figure of its paragraph (rel.reported.previous-figure)', () => {
  const lead = '浙江台州温岭，东海泵业有限公司负责人李明说，3年来公司累计投入技改资金8000多万元，对装配流程进行数字化改造。';
  test('goes on about that figure\'s subject, not the place the sentence before named first', async () => {
    expect(await subjectsOf('20多种', lead + '如今，每条装配线能同时组装20多种规格的水泵，单线日产量从800台提高到1200台。')).toEqual(['东海泵业有限公司']);
    expect(await subjectsOf('1200台', lead + '如今，每条装配线能同时组装20多种规格的水泵，单线日产量从800台提高到1200台。')).toEqual(['东海泵业有限公司']);
  });
  test('not when a name comes between them', async () => {
    expect(await subjectsOf('20多种', lead + '浙江华丰泵阀有限公司也在改造。如今，每条装配线能同时组装20多种规格的水泵。')).toEqual(['浙江华丰泵阀有限公司']);
  });
  test('not from an earlier paragraph', async () => {
    expect(await subjectsOf('20多种', lead, '如今，每条装配线能同时组装20多种规格的水泵。')).toEqual([]);
  });
  test('not into a quotation (a government bureau\'s official speaks for no one)', async () => {
    expect(await subjectsOf('20条', '东海泵业有限公司负责人李明说，3年来公司累计投入技改资金8000多万元。县经信局局长王芳介绍，“今年计划再改造生产线20条。”')).toEqual([]);
  });
});

describe('a list of figures, one subject an item (rel.reported.list-item)', () => {
  const sentence = '去年，嘉兴华海电机有限公司产值1.2亿元、杭州新明科技有限公司8000万元、宁波东方阀门有限公司6500万元。';
  test.each([
    ['the first item: the clause\'s head', '1.2亿元', ['嘉兴华海电机有限公司']],
    ['a later item: the firm heading it', '8000万元', ['杭州新明科技有限公司']],
    ['the last item', '6500万元', ['宁波东方阀门有限公司']],
  ])('%s', async (_case, figure, expected) => {
    expect(await subjectsOf(figure, sentence)).toEqual(expected);
  });
  test('areas listed the same way', async () => {
    expect(await subjectsOf('4.8%', '今年上半年，嘉兴市地区生产总值增长5.2%、湖州市增长4.8%。')).toEqual(['湖州市']);
  });
  test('not names counted as objects of a verb (获得甲奖2项、乙奖12项)', async () => {
    expect(await subjectsOf('12项', '嘉兴华海电机有限公司先后获得国家科技进步奖3项、浙江省科技进步奖12项。')).toEqual(['嘉兴华海电机有限公司']);
  });
});

describe('the name a figure qualifies (rel.reported.qualified-name)', () => {
  test('figures listed with 、 before the 的 all qualify the name after it', async () => {
    const sentence = '投资4.1亿元、占地300亩的临港智造产业园项目今年投产。';
    expect(await subjectsOf('4.1亿元', sentence)).toEqual(['临港智造产业园项目']);
    expect(await subjectsOf('300亩', sentence)).toEqual(['临港智造产业园项目']);
  });
  test('a quoted name after the 的', async () => {
    expect(await subjectsOf('约300公里', '从高处俯瞰，一条总长约300公里的“绿色长廊”项目正不断延伸。')).toEqual(['绿色长廊']);
  });
  test('not across a clause', async () => {
    expect(await subjectsOf('2亿元', '宁波华翔电子有限公司去年投资2亿元，新建的智能电机产业园项目今年投产。')).toEqual(['宁波华翔电子有限公司']);
  });
});

describe('villagers counted, or led, where the text is at a village (rel.reported.villagers)', () => {
  test('what is done leading the villagers, in a sentence naming the village only after the figures', async () => {
    const paragraphs = ['记者来到内蒙古赤峰市松山区大庙镇石门村。', '村党支部书记王秀兰是个热心人。', '这些年，王秀兰带领村民种植苹果2000亩、改造危房120间……石门村的日子越来越好。'];
    expect(await subjectsOf('2000亩', ...paragraphs)).toEqual(['石门村']);
    expect(await subjectsOf('120间', ...paragraphs)).toEqual(['石门村']);
  });
  test('villagers counted by the figure', async () => {
    expect(await subjectsOf('25户', '记者来到河北保定市阜平县龙泉关镇石门村。', '村民大会上，首批25户村民在协议上签了字。')).toEqual(['石门村']);
  });
  test('a clause about the villagers\' income, a firm whose help the sentence opens with not its subject', async () => {
    expect(await subjectsOf('2.5万元', '记者来到秭归县茅坪镇石门村。', '在秭归县屈乡果业有限公司的带动下，村民人均年收入达2.5万元。')).toEqual(['石门村']);
  });
  test('a firm named after a phrase of help still heads its clause', async () => {
    expect(await subjectsOf('12个', '在浙江大学的技术支持下，秭归县屈乡果业有限公司引进了12个新品种。')).toEqual(['秭归县屈乡果业有限公司']);
  });
  test('not when the text has gone on to the county', async () => {
    expect(await subjectsOf('3000户', '记者来到河北保定市阜平县龙泉关镇石门村。', '阜平县近年来大力发展食用菌产业。', '目前，已有3000户农户种植香菇。')).toEqual([]);
  });
});

describe('the whole a share is of is not whose share it is', () => {
  test.each([
    ['占 a province\'s total: the clause before goes on', '35%', ['秭归县脐橙产量达到50万吨，占湖北省脐橙总产量的35%。'], ['秭归县']],
    ['约占 the county: the town the sentence is about', '10%', ['安吉县溪龙乡的茶园面积达1.8万亩，约占安吉县的10%。'], ['溪龙乡']],
    ['a place opening its clause before its share is the subject (全区35%以上的房屋)', '35%以上', ['记者来到湖南郴州市北湖区。', '目前，全区35%以上的老宅常年无人居住。'], ['北湖区']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('bodies listed as the object of a verb, members of the set a figure counts', () => {
  test('leave a quotation to its speaker\'s body (“我们联合甲村、乙村等5个村…”)', async () => {
    expect(await subjectsOf('5个', '走进山东潍坊市安丘市景芝镇。', '“我们联合东山村、西山村等5个村，成立了茶叶产业联合社。”景芝镇茶叶产业联合社理事长王建军说。')).toEqual(['景芝镇茶叶产业联合社']);
  });
  test('not a list opening its clause: the villages are what the quotation is about', async () => {
    expect(await subjectsOf('7个', '走进山东潍坊市安丘市景芝镇。', '“石门村、东山村等7个村都种上了茶叶。”景芝镇茶叶产业联合社理事长王建军说。')).toEqual([]);
  });
});

describe('a scene set after a quotation closes (”在工坊里，某某介绍)', () => {
  test('a kind word there names the body the quotation is about, whoever speaks', async () => {
    expect(await subjectsOf('2万多元', '今年春天，“橘乡共富工坊”在秭归县茅坪镇开张了。', '“村民在这里上班，每年能收入2万多元，还能照顾家里。”在工坊里，县文旅中心党委书记王德明介绍，工坊已开发产品20余种。')).toEqual(['橘乡共富工坊']);
  });
  test('otherwise the attribution after the scene says whose body speaks', async () => {
    expect(await subjectsOf('3万吨', '秭归县屈乡果业有限公司是当地龙头企业。', '“今年销售脐橙3万吨。”在分拣车间里，公司总经理李明说。')).toEqual(['秭归县屈乡果业有限公司']);
  });
});

describe('a place, then a word describing the firm after it', () => {
  test('the firm heads the phrase (某县龙头企业某公司)', async () => {
    expect(await subjectsOf('2亿元', '安吉县龙头企业宋茗白茶有限公司去年销售额达2亿元。')).toEqual(['宋茗白茶有限公司']);
  });
  test('其中 before a name heading its clause: the name, not the subject of the figure before', async () => {
    expect(await subjectsOf('2亿元', '安吉县有白茶企业300多家，其中宋茗白茶有限公司去年销售额达2亿元。')).toEqual(['宋茗白茶有限公司']);
  });
});

describe('what the text is about, carried within a paragraph', () => {
  test('places written down their chain are one place, the last (记者来到某县某镇某村。…)', async () => {
    expect(await subjectsOf('50万斤', '记者来到秭归县茅坪镇石门村。村里的合作社去年销售脐橙50万斤。')).toEqual(['石门村']);
  });
});

// lead12: 村里 after a speaker of a village's party branch whose village the gazetteer lists only under another town
// (a namesake, read from the body's name with no gazetteer id) is that village.
test('村里 after the head of a namesake village\'s branch: that village', async () => {
  const said = '“以前路难走，现在好多了。”当湖街道韩家庙村党支部书记周建新说，村里借势发展民宿，村集体收入达到60万元。';
  expect(await subjectsOf('60万元', '溪水穿村而过，两岸新修了步道。', said)).toEqual(['韩家庙村']);
});

// lead12: 该校 opening a clause is the school in view, whatever its name ends with.
test.each([
  ['该校 after a secondary school', '今年，该校共有18名学生考入重点大学。', '18名', '城南中学'],
  ['全校 after a primary school', '全校学生人数达到1500人。', '1500人', '实验小学'],
])('%s', async (_case, sentence, figure, school) => {
  expect(await subjectsOf(figure, `平湖市${school}近日举行开学典礼。`, sentence)).toEqual([`平湖市${school}`]);
});

// lead12: 全县 is a mention of the county: the county in view, else the one a body's name opened with (an interview
// with a county bureau's head names the county only there), never the speaker's bureau.
test('全县 in an interview: the county the bureau\'s name opens with', async () => {
  const answer = '李明：今年我们重点抓了粮食生产，全县粮食播种面积稳定在12.5万亩。';
  expect(await subjectsOf('12.5万亩', '记者专访了秭归县农业农村局局长李明。', answer)).toEqual(['秭归县']);
});

// lead12: an economy report's aggregates in a paragraph that names nothing are the area its title names.
describe('an economy report\'s aggregates (rel.reported.report-area)', () => {
  const report = (title: string, ...paragraphs: string[]) => graphOfPage(`${title}\n\n${paragraphs.join('\n')}\n`);
  const subjectOf = async (title: string, figure: string, ...paragraphs: string[]): Promise<string[]> => {
    const g = await report(title, ...paragraphs);
    const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
    return g.graph.relationships.filter((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure).map((r) => String(node.get(r.start)!.properties.name));
  };

  test('the title\'s county', async () => {
    expect(await subjectOf('上半年秭归县经济运行平稳', '21.6亿元', '秭归县统计局昨日发布数据。', '分产业看，第二产业增加值21.6亿元。')).toEqual(['秭归县']);
  });

  test('not a figure of another measure, nor with no area in the title', async () => {
    expect(await subjectOf('上半年秭归县经济运行平稳', '3000人', '统计部门昨日发布数据。', '分行业看，从业人员达到3000人。')).toEqual([]);
    expect(await subjectOf('经济运行平稳', '21.6亿元', '统计部门昨日发布数据。', '分产业看，第二产业增加值21.6亿元。')).toEqual([]);
  });
});
