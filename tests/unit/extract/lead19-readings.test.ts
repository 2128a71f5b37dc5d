// Readings found on national-paper county reports written for the eleventh round of own articles (lead19): firms,
// people and most villages invented; the counties and towns are the gazetteer's.
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

// A national paper names no home city: its pages are read with none.
const national = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const found = (text: string): Array<{ label: string; kind?: string; text: string; rule: string }> =>
  extractText(text, national).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule }));
const of = (label: string) => (text: string) => found(text).filter((m) => m.label === label).map((m) => m.text);
const people = of('Person');
const orgs = of('Organization');
const places = of('Place');
const outcomes = (text: string) => extractText(text, national).filter((c) => c.label === 'Outcome').map((c) => `${c.attrs.outcome!.measure} ${text.slice(c.start, c.end)}`);

describe('a firm named after its village leaves the village its name', () => {
  test.each([
    ['她牵头成立了台江县九摆银饰专业合作社。后来，九摆村被评为省级民族特色村寨。'],
    ['排羊乡九摆村的台江县九摆刺绣专业合作社今年订单不断，九摆村党支部书记说。'],
  ])('九摆 before 村 is no short form of the co-op: %s', (text) => {
    expect(found(text).filter((m) => m.label === 'Organization' && m.text === '九摆')).toEqual([]);
  });
  test('nor where the page prints the stem before 村 elsewhere (a guesthouse named after the village)', () => {
    const text = '村民把老宅改造成民宿“石塘人家”。石塘村成立了象山县石塘旅游开发有限公司。';
    expect(orgs(text)).toEqual(['象山县石塘旅游开发有限公司']);
  });
  test('the village’s party branch is read whole', () => {
    expect(orgs('排羊乡九摆村的台江县九摆刺绣专业合作社今年订单不断，九摆村党支部书记说。')).toContain('九摆村党支部');
  });
  test('the short form still stands for the firm where no ending follows', () => {
    const text = '浙江恒辉纽扣有限公司年产纽扣十亿粒。恒辉纽扣的产品销往海外。';
    expect(orgs(text)).toEqual(expect.arrayContaining(['浙江恒辉纽扣有限公司', '恒辉纽扣']));
  });
});

describe('a numeral opening a village’s name, in a chain', () => {
  test.each([
    ['贵州台江县排羊乡九摆村村民杨秀英说。', '九摆村'],
    ['记者来到台江县排羊乡九摆村，绣娘们正在赶制订单。', '九摆村'],
  ])('%s', (text, village) => {
    expect(places(text)).toContain(village);
  });
  test.each([
    ['该镇五村联建，排羊乡三村联动。'],
    ['平湖市曹桥街道三个村开展评比。'],
  ])('a count of villages is no village: %s', (text) => {
    expect(places(text).filter((p) => /[一二三四五六七八九十]村$|个村$/u.test(p))).toEqual([]);
  });
});

describe('a common noun after a title is no name', () => {
  test.each([['“海上粮仓”鼓起了渔民钱袋子'], ['小商品鼓起了商户钱袋子']])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
  test('a name after the same title is still read', () => {
    expect(people('渔民钱海波说，今年收成好。')).toEqual(['钱海波']);
  });
});

describe('a county’s state forest farm', () => {
  test.each([
    ['将乐县国有林场场长邓文彬告诉记者，林场去年完成造林3000亩。', '将乐县国有林场'],
    ['福建泰宁县国营林场与村民签订了护林协议。', '福建泰宁县国营林场'],
    ['在明光国有林场，职工正在巡山。', '明光国有林场'],
  ])('%s', (text, farm) => {
    expect(orgs(text)).toContain(farm);
  });
  test.each([['全县国有林场完成改革。'], ['国有林场改革稳步推进。']])('a kind of farm, no farm: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('zones: border cooperation, industry clusters, and a town’s zone in its county', () => {
  test.each([
    ['在乌恰县边境经济合作区，物流企业建起了仓库。', '乌恰县边境经济合作区'],
    ['东兴边境经济合作区内企业达到120家。', '东兴边境经济合作区'],
    ['在郸城县产业集聚区，企业正在加紧生产。', '郸城县产业集聚区'],
    ['来安县汊河经济开发区内，一座光伏电池工厂正在建设。', '汊河经济开发区'],
  ])('%s', (text, zone) => {
    expect(places(text)).toContain(zone);
  });
  test('a word of building before a zone’s ending names no zone of the county', () => {
    expect(places('来安县积极推动经济开发区扩容。')).toEqual(['来安县']);
  });
});

describe('a point of service counted in a list keeps its own measure', () => {
  test('村级快递点120个 measures 快递点, not the item before', () => {
    expect(outcomes('该县建成县级仓储中心2个、乡镇快递站15个、村级快递点120个。')).toEqual(expect.arrayContaining(['乡镇快递站 15个', '村级快递点 120个']));
  });
  test('a decimal point in a number is no noun', () => {
    expect(outcomes('全县设立便民服务点36个。')).toEqual(['设立便民服务点 36个']);
  });
});

describe('a village read by its full name, again by its name alone', () => {
  test.each([
    ['象山县石浦镇石塘村是个渔村。这些年，石塘的变化有目共睹。', '石塘'],
    ['贵州台江县排羊乡九摆村的绣娘多。如今在九摆，家家户户都有绣架。', '九摆'],
  ])('%s', (text, stem) => {
    const readings = found(text).filter((m) => m.text === stem);
    expect(readings.map((m) => [m.label, m.kind, m.rule])).toEqual([['Place', 'Village', 'place.village-stem']]);
  });
  test.each([
    ['象山县石浦镇王家村今年丰收。王家的老宅已有百年历史。', '王家'],
    ['象山县石浦镇东山村今年丰收。东山的茶叶卖得好。', '东山'],
  ])('not a family’s or a direction’s name: %s', (text, stem) => {
    expect(found(text).filter((m) => m.text === stem && m.rule === 'place.village-stem')).toEqual([]);
  });
});

describe('a far county’s short form before a landmark’s ending', () => {
  test('青龙岭 is a ridge, not 青龙满族自治县', () => {
    expect(found('青龙岭坐落于浙江省湖州市安吉县天荒坪镇。').filter((m) => m.text === '青龙')).toEqual([]);
  });
});

describe('a kind of body counted after its ending is no body', () => {
  test.each([['全县已建成苗绣工坊42个，带动妇女就业。'], ['今年新增农产品加工厂12家。']])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
  test('a body named with its place keeps its name before a count of its units', () => {
    expect(orgs('平湖市红星机械厂2家分厂投产。')).toContain('平湖市红星机械厂');
  });
});

describe('a village named on the page outweighs a far county of the same short form', () => {
  test('三河 after 三河村 is the village, not 三河市 in Hebei', () => {
    const readings = found('在四川昭觉县三岔河乡三河村，村民正在绣花。以前三河的妇女很少出门。').filter((m) => m.text === '三河');
    expect(readings.map((m) => [m.label, m.kind])).toEqual([['Place', 'Village']]);
  });
});

describe('Yi names: a clan name and a given name', () => {
  test.each([
    ['县委副书记吉克阿呷介绍，全县已建成彝绣工坊。', '吉克阿呷'],
    ['村党支部书记曲比拉者说，今年收成好。', '曲比拉者'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  test('a Han name opening with a clan name’s first character is read as before', () => {
    expect(people('村民马海波说，今年收成好。')).toEqual(['马海波']);
  });
});

describe('second round: names opening with a place jieba split, short forms that are places, schools of a field', () => {
  test('景|宁县…合作社 opens with the whole county', () => {
    expect(orgs('景宁县大均乡伏叶村股份经济合作社统一运营村里的闲置农房。')).toEqual(['景宁县大均乡伏叶村股份经济合作社']);
  });
  test('a cooperative’s short form that ends as a village ends is the village', () => {
    const text = '在大均乡伏叶村，村民把老屋改成民宿。景宁县大均乡伏叶村股份经济合作社统一运营村里的闲置农房。';
    expect(found(text).filter((m) => m.label === 'Organization' && m.text === '大均乡伏叶村')).toEqual([]);
  });
  test.each([
    ['在小岗村，安徽科技学院建立了专家工作站。', '安徽科技学院'],
    ['河南科技大学的教授来到村里。', '河南科技大学'],
  ])('%s', (text, school) => {
    expect(orgs(text)).toContain(school);
  });
  test.each([['全省科技学院联合招生。'], ['该县一所科技学院正在建设。']])('a kind of school, no school: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('second round, held-out: a town by its stem, a resort firm', () => {
  test('在二道白河 after 二道白河镇 is the town, not two far places', () => {
    const readings = found('吉林安图县二道白河镇，游客络绎不绝。在二道白河，民宿增加到320家。').filter((m) => m.label === 'Place');
    expect(readings.map((m) => m.text)).toEqual(expect.arrayContaining(['二道白河镇', '二道白河']));
    expect(readings.map((m) => m.text)).not.toContain('白河');
  });
  test.each([
    ['吉林长白山雪原度假有限公司总经理崔明浩说。', '吉林长白山雪原度假有限公司'],
    ['浙江莫干山云溪旅游开发有限公司今年接待游客10万人次。', '浙江莫干山云溪旅游开发有限公司'],
  ])('%s', (text, firm) => {
    expect(orgs(text)).toEqual([firm]);
  });
  test('a trade word and a legal form alone are no firm', () => {
    expect(orgs('我们成立了文旅有限公司。')).toEqual([]);
  });
});
