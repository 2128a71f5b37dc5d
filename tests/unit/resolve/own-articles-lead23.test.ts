// Resolution on county-economy reports written for the sixteenth round of own articles (lead23). Firms, people and
// villages invented; counties and towns the gazetteer's.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `县域经济观察\n本报记者  韩立新\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('a firm called by the start of its trade name and 公司 is the page’s one firm so named (variant.trade-name-company)', () => {
  test('鑫诚公司 after 河北鑫诚精密铸造有限公司', async () => {
    const g = await graphOfPage(page('走进泊头市交河镇的河北鑫诚精密铸造有限公司，车间里很干净。鑫诚公司为多家车企配套生产缸体，去年销售收入达到6.8亿元。'), { homeCity: '泊头市' });
    expect(names(g, 'Organization').filter((n) => n.includes('鑫诚'))).toEqual(['河北鑫诚精密铸造有限公司']);
    expect(reportedSubjects(g, '6.8亿元')).toEqual(['河北鑫诚精密铸造有限公司']);
  });
  test('variation: a joint-stock company and 华拓公司', async () => {
    const g = await graphOfPage(page('山东华拓铝业科技股份有限公司位于临朐县东城街道。华拓公司今年新上两条生产线。'), { homeCity: '临朐县' });
    expect(names(g, 'Organization').filter((n) => n.includes('华拓'))).toEqual(['山东华拓铝业科技股份有限公司']);
  });
  test('two firms whose trade names begin so: which one is not said', async () => {
    const g = await graphOfPage(page('河北鑫诚精密铸造有限公司与沧州鑫诚物流有限公司签订合作协议。鑫诚公司负责人说，双方将共建仓库。'), { homeCity: '泊头市' });
    expect(names(g, 'Organization').filter((n) => n.includes('鑫诚')).sort()).toEqual(['沧州鑫诚物流有限公司', '河北鑫诚精密铸造有限公司', '鑫诚公司'].sort());
  });
});

describe('a title printed before a count names what is counted, for every figure after it in the list (subject.counted-title)', () => {
  test('the second title’s count is the county’s, not the first title’s', async () => {
    const g = await graphOfPage(page('临朐县建立了企业梯度培育库，入库企业已达150家，其中国家级专精特新“小巨人”企业6家、省级专精特新中小企业58家。'), { homeCity: '临朐县' });
    expect(reportedSubjects(g, '58家')).not.toContain('国家级专精特新“小巨人”企业');
  });
  test('variation: three titles in a row', async () => {
    const g = await graphOfPage(page('目前，宁晋县拥有国家高新技术企业42家、省级科技型中小企业310家、省级“专精特新”企业27家。'), { homeCity: '宁晋县' });
    for (const figure of ['310家', '27家']) expect(reportedSubjects(g, figure).filter((s) => s.includes('企业'))).toEqual([]);
  });
});

describe('a resident’s quoted figure is the speaker’s own (rel.reported.resident-speaker)', () => {
  test('a villager’s guesthouse income, after the village was named', async () => {
    const g = await graphOfPage(page('丹江镇羊排村村民李阿妹家的民宿有12间客房。“一年下来，民宿收入有20多万元。”李阿妹笑着说。'), { homeCity: '雷山县' });
    expect(reportedSubjects(g, '20多万元')).toEqual(['李阿妹']);
  });
  test('variation: a cotton farmer named by his farming, the speech verb after the quotation', async () => {
    const g = await graphOfPage(page('在阿瓦提县拜什艾日克镇，棉农艾尔肯·买买提正在地头查看墒情。“今年我家种了80亩棉花，收入能有20万元。”艾尔肯·买买提说。'), { homeCity: '阿瓦提县' });
    expect(reportedSubjects(g, '20万元')).toEqual(['艾尔肯·买买提']);
  });
  test('a speaker who works for a body speaks for it', async () => {
    const g = await graphOfPage(page('枣强县恒源皮草有限公司总经理周海滨是当地村民。“公司去年销售额有3000万元。”周海滨说。'), { homeCity: '枣强县' });
    expect(reportedSubjects(g, '3000万元')).toEqual(['枣强县恒源皮草有限公司']);
  });
  test('a speaker the text never calls a resident: no figure of theirs', async () => {
    const g = await graphOfPage(page('在阿瓦提县拜什艾日克镇，游客王海涛来看棉花。“这里一亩地能收400公斤棉花。”王海涛说。'), { homeCity: '阿瓦提县' });
    expect(reportedSubjects(g, '400公斤')).not.toContain('王海涛');
  });
});

describe('a village collective’s figure needs one village in view (subject.village-collective.out-of-view)', () => {
  test('a counted set of villages’ collectives are no one village’s', async () => {
    const g = await graphOfPage(page('将乐县高唐镇常口村村民张德福在林下种植金线莲。', '在万安镇，福建青山林业发展有限公司建设示范基地。公司总经理陈玉梅说，基地带动周边5个村的村集体每年增收8万元以上。'), { homeCity: '将乐县' });
    expect(reportedSubjects(g, '8万元以上')).not.toContain('常口村');
  });
  test('variation: 行政村 counted, in the same paragraph as the village', async () => {
    const g = await graphOfPage(page('将乐县高唐镇常口村发展林下经济。青山林业发展有限公司带动全镇8个行政村的村集体经济平均增收6万元。'), { homeCity: '将乐县' });
    expect(reportedSubjects(g, '6万元')).not.toContain('常口村');
  });
  test('the village still in view keeps its collective’s figure', async () => {
    const g = await graphOfPage(page('将乐县高唐镇常口村成立了常口林业专业合作社。合作社负责运营，今年村集体经济收入达到30万元。'), { homeCity: '将乐县' });
    expect(reportedSubjects(g, '30万元')).toEqual(['常口村']);
  });
});

describe('a town’s name alone that is also the short form of the county-level city the page names is the city (place.stem.not-area-short-form)', () => {
  test('五常将… after 五常市 and its town 五常镇', async () => {
    const g = await graphOfPage(page('在五常市五常镇，黑龙江稻花香米业有限公司收购水稻。', '五常市市长刘宝军表示，五常将继续推进水稻全产业链发展，力争大米产业总产值达到300亿元。'), { homeCity: '五常市' });
    expect(reportedSubjects(g, '300亿元')).toEqual(['五常市']);
  });
  test('a town whose name is no county’s short form keeps its stem', async () => {
    const g = await graphOfPage(page('江南镇高马二溪村种茶历史悠久。江南的茶叶去年产值达到9亿元。'), { homeCity: '安化县' });
    expect(reportedSubjects(g, '9亿元')).toEqual(['江南镇']);
  });
});

describe('a resident named after the village with a crop between (rel.reported.resident)', () => {
  test('某村的柑橘种植大户某某种了60亩', async () => {
    const g = await graphOfPage(page('大兴镇水口村的柑橘种植大户刘德全种了60亩耙耙柑。'), { homeCity: '蒲江县' });
    expect(reportedSubjects(g, '60亩')).toEqual(['刘德全']);
  });
  test('variation: 的 alone before the resident word', async () => {
    const g = await graphOfPage(page('甘溪镇明月村的种植大户王建华今年种了45亩猕猴桃。'), { homeCity: '蒲江县' });
    expect(reportedSubjects(g, '45亩')).toEqual(['王建华']);
  });
  test('more than a short qualifier between: the village’s', async () => {
    const g = await graphOfPage(page('甘溪镇明月村今年新发展了猕猴桃种植基地和茶叶种植大户带动的产业园80亩。'), { homeCity: '蒲江县' });
    expect(reportedSubjects(g, '80亩')).not.toContain('王建华');
  });
});

describe('a place after 在 in the figure’s own clause only says where (subject.kind-word.place-adjunct)', () => {
  test('公司…，在某镇建设了N平方米的…', async () => {
    const g = await graphOfPage(page('洛川县果然好农业科技有限公司是当地龙头企业。公司与京东、拼多多等平台合作，在旧县镇建设了3万平方米的仓库。'), { homeCity: '洛川县' });
    expect(reportedSubjects(g, '3万平方米')).toEqual(['洛川县果然好农业科技有限公司']);
  });
  test('a scene set in a clause of its own is the figure’s subject', async () => {
    const g = await graphOfPage(page('洛川县果然好农业科技有限公司是当地龙头企业。公司与京东合作，在旧县镇，全镇苹果种植面积达到3万亩。'), { homeCity: '洛川县' });
    expect(reportedSubjects(g, '3万亩')).toEqual(['旧县镇']);
  });
});

describe('a count right after a title counts those who received it (rel.received.not.counted-after-title)', () => {
  test('其中获评省级白金宿7家: the town did not receive the title', async () => {
    const g = await graphOfPage(page('据了解，莫干山镇现有精品民宿180余家，其中获评省级白金宿7家。'), { homeCity: '德清县' });
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });
  test('variation: 入选…示范村3个', async () => {
    const g = await graphOfPage(page('今年，石门镇入选省级美丽乡村示范村3个。'), { homeCity: '桐乡市' });
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 石门镇'))).toEqual([]);
  });
  test('a count of awards (2项) is how many the subject received', async () => {
    const g = await graphOfPage(page('近年来，浙江远丰仪表有限公司先后获得国家科技进步奖3项、省科技进步奖5项。'), { homeCity: '嘉善县' });
    expect(g.facts).toContain('RECEIVED 浙江远丰仪表有限公司 → 国家科技进步奖');
  });
  test('a title with no count after it is the named receiver’s', async () => {
    const g = await graphOfPage(page('今年，德清欣悦服饰有限公司获评省级绿色工厂。'), { homeCity: '德清县' });
    expect(g.facts.filter((f) => f.startsWith('RECEIVED')).length).toBe(1);
  });
});

describe('a firm named after its city goes by the city’s short form no more than the city does (org.short-form, not an area’s)', () => {
  test('寿光将… after 寿光蔬菜产业集团 and 寿光市', async () => {
    const g = await graphOfPage(page('寿光蔬菜产业集团在寿光市化龙镇建有智能温室。', '寿光市农业农村局局长刘志刚表示，今年寿光将新建智能化温室1000个。'), { homeCity: '寿光市' });
    expect(reportedSubjects(g, '1000个')).toEqual(['寿光市']);
  });
  test('a trade name that is no place’s still stands for its firm', async () => {
    const g = await graphOfPage(page('山东绿源蔬菜科技有限公司在寿光市化龙镇建有智能温室。绿源蔬菜今年新建温室120个。'), { homeCity: '寿光市' });
    expect(reportedSubjects(g, '120个')).toEqual(['山东绿源蔬菜科技有限公司']);
  });
});

describe('help a fund or a policy is for names no firm that got it (benefit.purpose)', () => {
  test('重点支持企业…: the firm in view did not benefit', async () => {
    const g = await graphOfPage(page('广东丰瓷艺术陶瓷有限公司去年出口额达到1.2亿元。丰顺县工业和信息化局局长黄振宇说，县里设立了陶瓷产业发展基金，重点支持企业技术改造。'), { homeCity: '丰顺县' });
    expect(g.facts.filter((f) => f.startsWith('BENEFITED_FROM'))).toEqual([]);
  });
  test('variation: 主要用于支持企业', async () => {
    const g = await graphOfPage(page('丰顺县恒达陶瓷有限公司去年产值3亿元。县财政安排专项资金，主要用于支持企业建设智能窑炉。'), { homeCity: '丰顺县' });
    expect(g.facts.filter((f) => f.startsWith('BENEFITED_FROM'))).toEqual([]);
  });
});
