// Outcomes: numbers with units, normalised to base units, with ranges, approximations, periods and what was
// counted; and the numbers that are dates, ages, durations, ordinals or product specifications.
import { extractText } from '../../../src/extract/index.js';
import { resources } from '../../helpers/extract.js';

function outcomes(text: string) {
  return extractText(text, resources())
    .filter((c) => c.label === 'Outcome')
    .map((c) => ({ text: text.slice(c.start, c.end), ...c.attrs.outcome }));
}

describe('outcomes', () => {
  test.each([
    ['全年实现销售收入3.5亿元。', { text: '3.5亿元', value: 350000000, unit: '元', measure: '销售收入', approximate: false }],
    ['新增就业岗位近2000个。', { text: '近2000个', value: 2000, unit: '个', approximate: true }],
    ['累计走访农户1500多户。', { text: '1500多户', value: 1500, unit: '户', measure: '走访农户', approximate: true }],
    ['预计年产能达到80万套左右。', { text: '80万套左右', value: 800000, unit: '套', approximate: true }],
    ['每年投入300万元至500万元用于研发。', { text: '300万元至500万元', value: 3000000, valueMax: 5000000, unit: '元', period: '每年' }],
    ['投资500至800万元建设新厂房。', { text: '500至800万元', value: 5000000, valueMax: 8000000, unit: '元' }],
    ['满意率达到95%以上。', { text: '95%以上', value: 95, unit: '%', measure: '满意率', approximate: true }],
    ['其中有十几处需要整改。', { text: '十几处', value: 10, unit: '处', approximate: true }],
    ['几千名游客涌进了古镇。', { text: '几千名', value: 1000, unit: '名', approximate: true }],
    ['共有企业126家参加。', { text: '126家', value: 126, unit: '家' }],
    ['培训了320名网格员。', { text: '320名', value: 320, unit: '名', measure: '网格员' }],
    ['力争明年销售额突破5000万美元。', { text: '5000万美元', value: 50000000, unit: '美元', measure: '销售额', period: '明年' }],
    ['企业研发投入占销售收入的6%以上。', { text: '6%以上', value: 6, unit: '%', measure: '研发投入占销售收入', approximate: true }],
    ['企业去年投入2000多万元进行技术改造。', { text: '2000多万元', value: 20000000, measure: '投入', period: '去年' }],
    ['现场签下订单2000多万元。', { text: '2000多万元', value: 20000000, unit: '元', approximate: true }],
    ['对参展企业给予每家最高5万元的补贴。', { text: '5万元', value: 50000, unit: '元', measure: '补贴' }],
    ['共有36家企业榜上有名。', { text: '36家', value: 36, unit: '家', measure: '企业' }],
    ['村里投入数百万元修路。', { text: '数百万元', value: 1000000, unit: '元', approximate: true }],
    ['去年产值上千万元。', { text: '上千万元', value: 10000000, unit: '元', approximate: true }],
    ['产品合格率提高了百分之十五。', { text: '百分之十五', value: 15, unit: '%', approximate: false }],
    ['去年利润增长近百分之二十点五。', { text: '近百分之二十点五', value: 20.5, unit: '%', approximate: true }],
    ['出口额占比达到百分之12.5以上。', { text: '百分之12.5以上', value: 12.5, unit: '%', approximate: true }],
    // A quoted name right before the figure is what was counted; a title's brackets are not part of a measure.
    ['今年培育省级“未来工厂”1家。', { text: '1家', value: 1, measure: '未来工厂' }],
    ['获评《人民日报》推荐品牌3个。', { text: '3个', measure: '推荐品牌' }],
    // A change before 了 is what the rate measures; the 年 of a year is not part of the measure (jieba's 年家纺).
    ['数字化改造让我们的生产效率提高了30%左右。', { text: '30%左右', measure: '生产效率提高', approximate: true }],
    ['力争到2025年家纺产业产值突破300亿元。', { text: '300亿元', measure: '家纺产业产值', period: '2025年' }],
    // After a verb of giving, what the figure is of follows its 的; after a noun, the noun before it stands.
    ['对完成改造的企业给予最高200万元的补助。', { text: '200万元', measure: '补助' }],
    ['其中，总投资25亿元的新能源汽车零部件产业园项目开工。', { text: '25亿元', measure: '总投资' }],
    // An approximation word must be a word of its own: 约 in 签约, 近 in 最近 is not one.
    ['现场签约12个项目。', { text: '12个', value: 12, unit: '个', measure: '现场签约项目', approximate: false }],
    ['最近3年培育企业200家。', { text: '200家', value: 200, approximate: false }],
    ['半年共节约电费180万元。', { text: '180万元', value: 1800000, measure: '节约电费', approximate: false }],
    ['两条主钢缆各重约5万吨。', { text: '约5万吨', value: 50000, approximate: true }],
    ['接近100家企业参加了展会。', { text: '接近100家', value: 100, approximate: true }],
    // A unit that opens with a scale character (千瓦时, 千克, 千米) is the unit, not a scale.
    ['全年节约用电300万千瓦时。', { text: '300万千瓦时', value: 3000000, unit: '千瓦时', measure: '节约用电' }],
    ['屋顶光伏装机容量50千瓦。', { text: '50千瓦', value: 50000, unit: '瓦' }],
    ['回收废旧物资1.5万千克。', { text: '1.5万千克', value: 15000, unit: '千克' }],
    ['新修村道12千米。', { text: '12千米', value: 12000, unit: '米' }],
    // Periods (issue 15): a year and a part of it, a part alone; a comparison (比去年) is no period.
    ['去年上半年，全镇完成工业投资4.6亿元。', { text: '4.6亿元', period: '去年上半年' }],
    ['截至8月底，累计发放贷款3000万元。', { text: '3000万元', period: '截至8月底' }],
    ['2023年前三季度实现营收1.2亿元。', { text: '1.2亿元', period: '2023年前三季度' }],
    ['10月份接待游客8万人次。', { text: '8万人次', period: '10月份' }],
    // Classifiers of things counted in rural and market reports: birds (羽), wells (眼), deals (笔), stems (枝), fish (尾), boats (艘).
    ['合作社去年出栏肉鸭12万羽。', { text: '12万羽', value: 120000, unit: '羽' }],
    ['镇里新打灌溉机井45眼。', { text: '45眼', value: 45, unit: '眼' }],
    ['交易中心全年撮合交易360多笔。', { text: '360多笔', value: 360, unit: '笔', approximate: true }],
    ['基地每天采收百合2万枝。', { text: '2万枝', value: 20000, unit: '枝' }],
    ['渔场今春投放鱼苗8000尾。', { text: '8000尾', value: 8000, unit: '尾' }],
    ['码头新添远洋渔船6艘。', { text: '6艘', value: 6, unit: '艘' }],
    // Transport and trade counts: containers (标准箱), orders (单), trains (列), runs (班次, 车次, 趟); power in 吉瓦.
    ['港区全年完成集装箱吞吐量860万标准箱。', { text: '860万标准箱', value: 8600000, unit: '标箱' }],
    ['网店去年完成订单3.6万单。', { text: '3.6万单', value: 36000, unit: '单' }],
    ['物流园今年开行中欧班列128列。', { text: '128列', value: 128, unit: '列' }],
    ['公交公司全年开行定制班次2400班次。', { text: '2400班次', value: 2400, unit: '班次' }],
    ['基地年产光伏组件3吉瓦。', { text: '3吉瓦', value: 3000000000, unit: '瓦' }],
    // A lone scale after a word of reaching it (上, 破, 过, 数, 超, 突破) is that round figure, approximate.
    ['节假日每天接待游客上千人。', { text: '上千人', value: 1000, unit: '人', approximate: true }],
    ['合作社年销售额破亿元。', { text: '破亿元', value: 100000000, unit: '元', approximate: true }],
    ['线上销售额稳步增长，带动过万户增收。', { text: '过万户', value: 10000, unit: '户', approximate: true }],
    ['线上订单突破万单。', { text: '万单', value: 10000, unit: '单', approximate: true }],
    ['景区国庆期间吸引数千名游客。', { text: '数千名', value: 1000, unit: '名', approximate: true }],
    // A price or a rate per unit is one unit: not a sum of money, not a mass.
    ['项目制氢成本低至12—15元/千克。', { text: '12—15元/千克', value: 12, valueMax: 15, unit: '元/千克' }],
    ['合作社的收购价提高到4元/斤。', { text: '4元/斤', value: 8, unit: '元/千克', rawValue: 4, rawUnit: '元/斤' }],
    ['工厂产能超1.8万吨/年。', { text: '超1.8万吨/年', value: 18000, unit: '吨/年', approximate: true }],
    // A lone scale with 余 or 多 after it counts more than that round figure (百余家: over a hundred), approximate.
    ['全镇先后办起百余家农家乐。', { text: '百余家', value: 100, unit: '家', approximate: true }],
    ['返乡创业的青年已有千余名。', { text: '千余名', value: 1000, unit: '名', approximate: true }],
    ['合作社去年给每户分红万余元。', { text: '万余元', value: 10000, unit: '元', approximate: true }],
    ['周边十余个村的茶农都来了。', { text: '十余个', value: 10, unit: '个', approximate: true }],
  ])('%s', (sentence, expected) => {
    expect(outcomes(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  // The figure as printed is kept beside the value in base units where a scale word or the unit was converted.
  test.each([
    ['园区规划面积18.6平方公里。', { value: 18600000, unit: '平方米', rawValue: 18.6, rawUnit: '平方公里' }],
    ['去年实现营业收入4.2亿元。', { value: 420000000, unit: '元', rawValue: 4.2, rawUnit: '亿元' }],
    ['项目总投资六千万元。', { value: 60000000, unit: '元', rawValue: 6000, rawUnit: '万元' }],
    ['计划投入200至300万元改造车间。', { value: 2000000, valueMax: 3000000, unit: '元', rawValue: 200, rawUnit: '万元' }],
  ])('as printed: %s', (sentence, expected) => {
    expect(outcomes(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  test.each(['全镇新增市场主体86家。', '优良天数比例达到91.5%。', '节假日每天接待游客上千人。'])('as printed is the value itself: %s', (sentence) => {
    const [found] = outcomes(sentence);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('rawValue');
    expect(found).not.toHaveProperty('rawUnit');
  });

  test('a growth rate takes the measure of the figure it grows', () => {
    const found = outcomes('今年1至6月实现产值12.5亿元，同比增长18.2%。');
    expect(found).toEqual([
      expect.objectContaining({ text: '12.5亿元', measure: '产值', period: '今年1至6月' }),
      expect.objectContaining({ text: '18.2%', measure: '产值同比增长', value: 18.2, unit: '%' }),
    ]);
  });

  test.each([
    ['会议于2022年举行。'],
    ['他今年65岁。'],
    ['工期为3个月。'],
    ['第四网格的居民都来了。'],
    ['新款400W电子水泵下线。'],
    ['千名干部助千企。'],
    ['一辆轮椅送到了家里。'],
    ['5G基站覆盖全镇。'],
    ['村里陆续开了几家农家乐。'],
    ['几栋旧厂房改成了展馆。'],
    ['他回头看了一眼。'],
    ['全县推行每万元产值能耗考核。'],
    ['万众一心，千帆竞发。'],
    ['这座古桥已有百余年历史。'],
    ['百年老店迎来新生。'],
    ['这是一笔不小的开支。'],
  ])('no outcome in: %s', (sentence) => {
    expect(outcomes(sentence)).toEqual([]);
  });
});

describe('a comparison is not a period (issue 15)', () => {
  test('比去年 and 较上年 before a figure give it no period; 今年 before them does', () => {
    const [growth] = outcomes('销售额比去年增长18%。');
    expect(growth!.period).toBeUndefined();
    const [output] = outcomes('今年产值较上年增加2000万元。');
    expect(output!.period).toBe('今年');
  });
});

// lead12: what a figure counts stops at the figure before it; comparisons with 于 and counts glued to a classifier are
// no words of it.
describe('measures next to other figures (lead12)', () => {
  const measures = (text: string) => outcomes(text).map((o) => [o.text, o.measure]);

  test.each([
    ['全市8个街道的40支球队共600余名队员参加比赛。', [['8个', '街道'], ['40支', '球队'], ['600余名', '队员']]],
    ['两家合作社共吸纳社员300户。', [['300户', '吸纳社员']]],
    ['全镇5个景区的12家民宿共接待游客3万人次。', [['5个', '景区'], ['12家', '民宿'], ['3万人次', '接待游客']]],
  ])('the words before a figure stop at the one before it: %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  test.each([
    ['网格员每周走访不少于2次。', '走访'],
    ['抽检合格率不低于98%。', '抽检合格率'],
    ['全县粮食播种面积稳定在12万亩。', '粮食播种面积'],
    ['城镇登记失业率控制在3%以内。', '城镇登记失业率'],
  ])('a comparison with 于, or a verb of keeping with 在, before the figure is skipped: %s', (text, measure) => {
    expect(outcomes(text)[0]!.measure).toBe(measure);
  });

  test.each([
    ['今年已完成介入手术860例。', '860例', 860, '例'],
    ['法院全年审结民事案件1200余宗。', '1200余宗', 1200, '宗'],
  ])('cases counted by 例 and 宗: %s', (text, figure, value, unit) => {
    expect(outcomes(text)).toEqual([expect.objectContaining({ text: figure, value, unit })]);
  });

  test('a count glued to its classifier (三村) ends the measure', () => {
    expect(measures('溪水流经两乡8个行政村。')).toEqual([['8个', '行政村']]);
  });
});

describe('a clause of nothing but a change or a share goes on about the figure before it (qout4)', () => {
  const measures = (text: string): Array<[string, string]> => outcomes(text).map((o) => [o.text, o.measure ?? '']);

  test.each([
    ['a bare 增长 after a figure', '第二产业增加值96.4亿元，增长7.3%。', ['7.3%', '第二产业增加值增长']],
    ['a share after a figure', '其中非税收入9.2亿元，占比18.5%。', ['18.5%', '非税收入占比']],
    ['the verb ending the figure before is left out', '县域就诊率提高到90.2%，比上年提高1.7个百分点。', ['1.7个百分点', '县域就诊率提高']],
  ])('%s', (_case, text, [figure, measure]) => {
    expect(measures(text)).toContainEqual([figure, measure]);
  });

  test('分别: each change is of the figure before it in the same order', () => {
    const read = measures('全县城镇居民人均收入61200元，农户家庭经营收入18300元，分别增长4.6%和7.9%。');
    expect(read).toContainEqual(['4.6%', '城镇居民人均收入增长']);
    expect(read).toContainEqual(['7.9%', '农户家庭经营收入增长']);
  });

  // (qout10: the change is kept with what grew, as 同比增长 is: 利润总额增长, not 利润总额, which reads as the total.)
  test('a change with words of its own keeps them, not the figure before\'s', () => {
    expect(measures('营业收入3.1亿元，利润总额增长12%。')).toContainEqual(['12%', '利润总额增长']);
  });
});

describe('a word of now after a period printed earlier in the sentence (qout4)', () => {
  test.each([
    ['目前 after a year', '2019年，李海峰在镇上开办了一家农家乐，目前拥有客房28间。', '28间', undefined],
    ['如今 after 每年', '公司每年投入研发经费600万元，如今拥有专利47项。', '47项', undefined],
    ['the period after 目前 is kept', '目前，今年1至9月累计完成投资8.4亿元。', '8.4亿元', '今年1至9月'],
    ['截至目前 is itself the period', '截至目前，全镇已发放贷款3200万元。', '3200万元', '截至目前'],
  ])('%s', (_case, text, figure, period) => {
    expect(outcomes(text).find((o) => o.text === figure)?.period).toBe(period);
  });
});

describe('a target or a forecast is marked (outlook), a result is not (qout4)', () => {
  test.each([
    ['力争', '力争明年全镇旅游收入突破2亿元。', '2亿元', 'planned'],
    ['计划 … a later clause of the same plan', '公司计划明年再投资1.2亿元，新建厂房2.5万平方米。', '2.5万平方米', 'planned'],
    ['预计', '据测算，预计全年粮食总产量达到6.8万吨。', '6.8万吨', 'expected'],
    ['有望', '今年该村集体经营性收入有望超过150万元。', '超过150万元', 'expected'],
    ['a result after the plan\'s year is done', '计划投资3亿元的新厂区已经建成，目前已完成投资2.6亿元。', '2.6亿元', undefined],
    ['a result before the forecast', '去年产值4.6亿元，今年预计能突破6亿元。', '4.6亿元', undefined],
    ['a plan named as a thing (加入了某计划，)', '李某一家加入了助农大棚计划，两个棚一年收入达4万元。', '4万元', undefined],
    ['a purpose (为确保…)', '为确保质量，企业改造了生产线，合格率提高到99%。', '99%', undefined],
    ['模拟 is no 拟', '团队搭建了模拟实验装置，可在深海2000米下工作。', '2000米', undefined],
  ])('%s', (_case, text, figure, outlook) => {
    expect(outcomes(text).find((o) => o.text === figure)?.outlook).toBe(outlook);
  });

  test('the words of planning are no part of the measure', () => {
    expect(outcomes('力争明年销售额突破5000万美元。')[0]?.measure).toBe('销售额');
    expect(outcomes('全年地区生产总值有望突破480亿元。')[0]?.measure).toBe('地区生产总值');
  });
});
describe('both ends of a change from one figure to another measure what is before 从 (qout4)', () => {
  const measures = (text: string): Array<[string, string]> => outcomes(text).map((o) => [o.text, o.measure ?? '']);

  test.each([
    ['从A增加到B', '近五年，全镇茶农人均年收入从1.6万元增加到2.9万元。', [['1.6万元', '茶农人均年收入'], ['2.9万元', '茶农人均年收入']]],
    ['由A发展到B', '入驻企业由原来的5家发展到现在的41家。', [['5家', '入驻企业'], ['41家', '入驻企业']]],
  ])('%s', (_case, text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  test.each([
    ['由 of an agent', '该平台由17家服务商共同运营。', '17家', '服务商'],
    ['从 inside a word (从业人员)', '全县家政从业人员达3600余人。', '3600余人', '家政从业人员'],
  ])('not %s', (_case, text, figure, measure) => {
    expect(measures(text)).toContainEqual([figure, measure]);
  });
});

describe('a table of indicators printed as label：figure (qout4)', () => {
  test('a label before a colon, the clause holding only a change', () => {
    const read = outcomes('主要指标如下：社会消费品零售总额：142.8亿元，同比增长5.9%；固定资产投资：同比增长11.6%。');
    expect(read.find((o) => o.text === '11.6%')?.measure).toBe('固定资产投资同比增长');
    expect(read.find((o) => o.text === '5.9%')?.measure).toBe('社会消费品零售总额同比增长');
  });

  test('a scale times a decimal is a whole number of yuan (156.3亿元)', () => {
    expect(outcomes('全县社会消费品零售总额156.3亿元。')[0]?.value).toBe(15630000000);
  });
});

describe('figures of county reports written for this round (qout5)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['门诊人次 before a scaled number', '今年市中医院门诊人次达到42.3万，同比增长6.1%。', '42.3万', 423000, '人次', '门诊人次'],
    ['住院人次 right before it', '全年住院人次3.86万，比上年增加2100人次。', '3.86万', 38600, '人次', '住院人次'],
    ['参保人数', '全县城乡居民医保参保人数达51.2万。', '51.2万', 512000, '人', '城乡居民医保参保人数'],
    ['a mean stay in days', '该院平均住院日7.2天，低于全省平均水平。', '7.2天', 7.2, '天', '平均住院日'],
    ['good-air days', '全年空气质量优良天数318天。', '318天', 318, '天', '空气质量优良天数'],
  ])('%s', (_case, text, figure, value, unit, measure) => {
    expect(read(text, figure)).toMatchObject({ value, unit, measure });
  });

  test.each([
    ['a bare scaled number with no unit in its measure', '项目总投资约12万，由村集体自筹。', '12万'],
    ['a number of days something lasted', '活动持续7天，吸引了不少市民。', '7天'],
    ['days after 住院日 that are a deadline (天内)', '患者住院日3天内须完成检查。', '3天'],
  ])('not %s', (_case, text, figure) => {
    expect(read(text, figure)).toBeUndefined();
  });

  test('a fraction in words is a share', () => {
    expect(read('今年村里的茶叶有三分之一销往外省。', '三分之一')).toMatchObject({ value: 33.33, unit: '%', approximate: true });
    expect(read('加工环节的损耗降低了四分之一左右。', '四分之一左右')).toMatchObject({ value: 25, unit: '%', approximate: true });
    expect(read('二分之一', '二分之一')).toMatchObject({ value: 50, approximate: false });
  });

  test('a multiple written with one Chinese digit (增长了一倍多, 两倍)', () => {
    expect(read('全镇民宿床位增长了一倍多。', '一倍多')).toMatchObject({ value: 1, unit: '倍', approximate: true });
    expect(read('网销额达到去年的两倍。', '两倍')).toMatchObject({ value: 2, unit: '倍' });
    expect(read('他一人顶三个人干活。', '三个')).toBeUndefined();
    expect(read('这种做法一成不变。', '一成')).toBeUndefined();
  });

  test('a multiple of the figure before it (，是去年同期的2倍) measures that figure; the base year is not its period', () => {
    const figures = outcomes('今年上半年，景区接待游客32.6万人次，是去年同期的2倍。');
    expect(figures.find((o) => o.text === '2倍')).toMatchObject({ measure: '景区接待游客是去年同期的', period: '今年上半年' });
    expect(read('网店销售额480万元，是去年的3倍。', '3倍')?.period).toBeUndefined();
    expect(read('合作社社员人数为286人，为三年前的4倍。', '4倍')).toMatchObject({ measure: '合作社社员人数为三年前的' });
  });

  test('a clause of only a comparison and a change (，比去年同期新增37家) measures the figure before it', () => {
    expect(read('全镇市场主体达到2860家，比去年同期新增215家。', '215家')?.measure).toBe('市场主体新增');
    expect(read('城区绿化覆盖率达41.5%，比上年同期提高1.2个百分点。', '1.2个百分点')?.measure).toBe('城区绿化覆盖率提高');
  });

  test('a count, then what is measured of the things counted (全县86家民宿平均入住率达90%)', () => {
    const figures = outcomes('全县86家民宿平均入住率达90%，18家农家乐营业额达到460万元。');
    expect(figures.map((o) => [o.text, o.measure])).toEqual([['86家', '民宿'], ['90%', '民宿平均入住率'], ['18家', '农家乐'], ['460万元', '农家乐营业额']]);
    // (not the things counted alone, nor a count of another kind of thing after it)
    expect(outcomes('全镇有规上企业23家，产值达4.1亿元。').map((o) => o.measure)).toEqual(['规上企业', '产值']);
  });

  test('亩均, 四级, 一段 stay in the measure', () => {
    expect(read('今年早稻亩均单产486公斤。', '486公斤')?.measure).toBe('早稻亩均单产');
    expect(read('去年该院三级手术2600台。', '2600台')?.measure).toBe('三级手术');
    expect(read('该校一段线上线人数达到248人。', '248人')?.measure).toBe('一段线上线人数');
  });

  test('the verb of reaching a level is no part of its measure (占全县比重提高到21.6%, 药占比降至26.1%)', () => {
    expect(read('出口额占全县比重提高到21.6%。', '21.6%')?.measure).toBe('比重');
    expect(read('医院药占比降至26.1%。', '26.1%')?.measure).toBe('医院药占比');
    expect(read('企业单位产品能耗下降到0.38吨。', '0.38吨')?.measure).toBe('企业单位产品能耗');
  });

  test('a concentration (PM2.5 in 微克/立方米)', () => {
    expect(read('1至9月，全市PM2.5平均浓度为24微克/立方米。', '24微克/立方米')).toMatchObject({ value: 24, unit: '微克/立方米' });
  });

  test('争取 of funds obtained is a result; 争取 of a target is planned', () => {
    expect(read('县交通局争取上级补助资金2.3亿元。', '2.3亿元')?.outlook).toBeUndefined();
    expect(read('今年共争取到中央预算内资金1.1亿元。', '1.1亿元')?.outlook).toBeUndefined();
    expect(read('争取明年全县旅游收入突破20亿元。', '20亿元')?.outlook).toBe('planned');
  });

  test('the base of a comparison (比2022年的16.2万千瓦) is the figure before\'s measure, of its own year; the change after it too', () => {
    const figures = outcomes('今年以来，全县光伏装机容量达到38.5万千瓦，比2022年的16.2万千瓦增长了一倍多。');
    expect(figures.map((o) => [o.text, o.measure, o.period])).toEqual([
      ['38.5万千瓦', '光伏装机容量', '今年以来'],
      ['16.2万千瓦', '光伏装机容量', '2022年'],
      ['一倍多', '光伏装机容量增长', '今年以来'],
    ]);
    expect(read('全镇茶园面积达3.2万亩，较去年同期的2.9万亩增加了3000亩。', '3000亩')?.measure).toBe('茶园面积增加');
    // (not a figure of another unit after 比…的)
    expect(read('全镇茶园面积达3.2万亩，比去年的产值多出1200万元。', '1200万元')?.measure).not.toBe('茶园面积');
  });
});

describe('a rank is no amount (qout5)', () => {
  test.each([
    ['前N名', '全县综合排名进入全省前10名。', '10名'],
    ['前N位', '该校有两个专业跻身全国前20位。', '20位'],
  ])('%s', (_case, text, figure) => {
    expect(outcomes(text).find((o) => o.text === figure)).toBeUndefined();
  });

  test('a count before 前 of something else is still read', () => {
    expect(outcomes('活动提前5天完成报名，吸引选手120名。').find((o) => o.text === '120名')?.value).toBe(120);
  });
});

describe('figures of county papers written for this round (qout6)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['a ratio after 收入比, from one end to the other', '全县城乡居民收入比由1.81缩小到1.74。', '1.74', 1.74, '城乡居民收入比'],
    ['…its first end', '全县城乡居民收入比由1.81缩小到1.74。', '1.81', 1.81, '城乡居民收入比'],
    ['a ratio of one word (性别比)', '出生人口性别比为104.6，趋于平衡。', '104.6', 104.6, '出生人口性别比'],
  ])('%s', (_case, text, figure, value, measure) => {
    expect(read(text, figure)).toMatchObject({ value, unit: '比', measure });
  });

  test('a ratio printed a:b is a÷b, the printed figure kept', () => {
    expect(read('今年全市普职比稳定在6:4。', '6:4')).toMatchObject({ value: 1.5, unit: '比', rawValue: 6, rawUnit: ':4', measure: '普职比' });
  });

  test.each([
    ['同比 before a multiple', '出口额同比1.5倍。', '1.5'],
    ['a score', '主队最终以3:1获胜。', '3:1'],
    ['a time of day', '活动于9:30开始。', '9:30'],
    ['a year after 比', '产值比2022年增长12%。', '2022'],
  ])('not %s', (_case, text, figure) => {
    expect(read(text, figure)).toBeUndefined();
  });

  test.each([
    ['a comparison with an average measures how far the figure before is above it', '园区亩均税收达到38万元，高于全县平均水平5.2万元。', '5.2万元', '园区亩均税收高于全县平均水平'],
    ['…a growth rate\'s', '农民人均可支配收入达到3.2万元，增长7.1%，高于全省平均水平0.6个百分点。', '0.6个百分点', '农民人均可支配收入增长高于全省平均水平'],
    ['…after 比…高出, not of the comparison before it', '亩均税收达到38万元，高于全县平均水平5.2万元，比全市平均水平高出8万元。', '8万元', '亩均税收比全市平均水平高出'],
    ['a pollutant\'s yearly mean (PM2.5 is no year)', '全县PM2.5年均浓度为26微克/立方米。', '26微克/立方米', 'PM2.5年均浓度'],
    ['PM10', '全县PM10平均浓度为43微克/立方米。', '43微克/立方米', 'PM10平均浓度'],
    ['占比 split by the reader', '全县养老机构护理型床位占比达到58%。', '58%', '护理型床位占比'],
    ['a count of villages glued to its classifier', '周边已有12个村流转土地种植蓝莓。', '12个', '村'],
    ['已有 is no word of the measure', '目前已有37家企业参与结对。', '37家', '企业'],
    ['a size before 的 and the thing that has it', '全长约52公里的滨江绿道全线贯通。', '约52公里', '全长'],
    ['an investment before 的', '总投资4.2亿元的新厂房已经建成。', '4.2亿元', '总投资'],
    ['but a share\'s noun after 的 is what it is a share of', '这里集聚着全县80%以上的农家乐。', '80%以上', '农家乐'],
    ['a share of a whole put to a use', '公司每年拿出营收的7%投入研发。', '7%', '营收投入研发'],
    ['…given to members', '合作社每年将利润的20%分给入股农户。', '20%', '利润分给入股农户'],
    ['…but not a share with no use after it', '企业研发投入占销售收入的5%。', '5%', '研发投入占销售收入'],
  ])('%s', (_case, text, figure, measure) => {
    expect(read(text, figure)?.measure).toBe(measure);
  });

  test('收入 before its 了 is the measure, not the figure before\'s', () => {
    expect(read('今年每斤卖到300元，光春茶就收入了15万元。', '15万元')?.measure).toBe('收入');
  });

  test('the year of an event (开业, 成立) is no period of the figures after it', () => {
    expect(read('这家酒店2018年开业，拥有客房260间。', '260间')?.period).toBeUndefined();
    expect(read('2018年，全县接待游客380万人次。', '380万人次')?.period).toBe('2018年');
  });

  test('a count then what is measured of it after 保持', () => {
    expect(read('全县9个断面水质达标率保持100%。', '9个')?.measure).toBe('断面');
    expect(read('全县9个断面水质达标率保持100%。', '100%')?.measure).toBe('断面水质达标率');
  });

  test('energy in 兆瓦时', () => {
    expect(read('配套储能电站规模40兆瓦时。', '40兆瓦时')).toMatchObject({ value: 40000, unit: '千瓦时', rawValue: 40, rawUnit: '兆瓦时', measure: '配套储能电站规模' });
  });
});

describe('what is to be done after 明年将, 下一步…将 is a target (qout6)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['明年将', '明年将新建冷链仓储设施4处。', '4处'],
    ['下一步，某地将', '下一步，该县将新增公交线路6条。', '6条'],
  ])('%s', (_case, text, figure) => {
    expect(read(text, figure)?.outlook).toBe('planned');
  });

  test.each([
    ['将至, a time drawing near', '明年将至，全县去年完成投资12亿元。', '12亿元'],
    ['将近, an approximation', '下一步，全县将近300家企业参与。', '将近300家'],
  ])('not %s', (_case, text, figure) => {
    expect(read(text, figure)?.outlook).toBeUndefined();
  });
});

describe('an address is no figure (qout6)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['单元 after 号楼', '他家住在12号楼2单元301室。', '2单'],
    ['a building before its 单元', '她家在7栋1单元。', '7栋'],
  ])('%s', (_case, text, figure) => {
    expect(read(text, figure)).toBeUndefined();
  });

  test('a count of buildings is still read', () => {
    expect(read('今年全村新建农房9栋。', '9栋')?.value).toBe(9);
  });
});

describe('the base of a rate after 每 is no figure (qout6)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['每100公里', '这款车每100公里耗电14千瓦时。', '100公里', '14千瓦时'],
    ['每10万人', '全县每10万人拥有执业医师31名。', '10万人', '31名'],
  ])('%s', (_case, text, base, rate) => {
    expect(read(text, base)).toBeUndefined();
    expect(read(text, rate)).toBeDefined();
  });
});

describe('a threshold naming a class of things is no figure; a person\'s event year no period (qout6)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['以上项目', '其中20亿元以上项目3个。', '20亿元以上'],
    ['以上的企业', '营收5000万元以上的企业有14家。', '5000万元以上'],
  ])('%s', (_case, text, figure) => {
    expect(read(text, figure)).toBeUndefined();
  });

  test('the count after it is read, and a share with 以上 still is', () => {
    expect(read('其中20亿元以上项目3个。', '3个')?.value).toBe(3);
    expect(read('满意率达到96%以上。', '96%以上')?.value).toBe(96);
  });

  test('2016年上任后 dates the post, not the figures after it', () => {
    expect(read('2016年上任后，他带领村民种茶，面积发展到1800亩。', '1800亩')?.period).toBeUndefined();
  });
});

describe('what is to be done this year or by a year after 将 is a target; a forecast goes on after 预计 (qout7)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['今年将', '今年将先行改造农房85栋。', '85栋', 'planned'],
    ['今年 then the doer, then 将', '今年全镇将再培育家庭农场16家。', '16家', 'planned'],
    ['到2028年，…将', '到2028年，全县污水处理率将达到98%。', '98%', 'planned'],
    ['预计今年…将: a forecast', '预计今年全县旅游收入将达二十六亿元。', '二十六亿元', 'expected'],
    ['实际利用外资 under a plan', '园区今年计划引进项目24个，实际利用外资8000万美元。', '8000万美元', 'planned'],
  ])('%s', (_case, text, figure, outlook) => {
    expect(read(text, figure)?.outlook).toBe(outlook);
  });

  test.each([
    ['将 before a number is 把', '今年将2600亩耕地流转给合作社。', '2600亩'],
    ['实际到位 is a result', '计划总投资5亿元，实际到位资金1.8亿元。', '1.8亿元'],
    ['今年 with no 将', '今年新建农房85栋。', '85栋'],
  ])('not %s', (_case, text, figure) => {
    expect(read(text, figure)?.outlook).toBeUndefined();
  });
});

describe('a size range naming a class of models is no figure (qout7)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['a range of tonnes', '3吨至6吨的小型机型本地配套率接近95%。', '3吨至6吨', '接近95%'],
    ['a threshold', '公司20吨以上的重型车型销量增长30%。', '20吨以上', '30%'],
  ])('%s', (_case, text, range, figure) => {
    expect(read(text, range)).toBeUndefined();
    expect(read(text, figure)).toBeDefined();
  });

  test('a range of output is still read', () => {
    expect(read('新厂建成后年产2万吨至3万吨。', '2万吨至3万吨')?.valueMax).toBe(30000);
  });
});

describe('a count of people then 人均增收 (qout7)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['农民人均增收', '带动全县6400余户农民人均增收1.2万元以上。', '6400余户', '农民', '1.2万元以上', '农民人均增收'],
    ['the words before the count stay', '合作社带动350户农户户均增收5200元。', '350户', '合作社带动农户', '5200元', '农户户均增收'],
  ])('%s', (_case, text, count, countMeasure, income, incomeMeasure) => {
    expect(read(text, count)?.measure).toBe(countMeasure);
    expect(read(text, income)?.measure).toBe(incomeMeasure);
  });

  test('a measured count is read as before', () => {
    expect(read('全镇96家农家乐平均入住率达81%。', '81%')?.measure).toBe('农家乐平均入住率');
  });
});

describe('a growth rate after 同比 measures the noun its own clause names (qout7)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['after a count of another thing', '园区已入驻企业96家，规上工业产值同比增长13.7%。', '13.7%', '规上工业产值同比增长'],
    ['after a count of visitors', '景区接待游客64万人次，门票收入同比增长18%。', '18%', '门票收入同比增长'],
    ['a first figure', '今年营业收入同比增长7.4%。', '7.4%', '营业收入同比增长'],
  ])('%s', (_case, text, figure, measure) => {
    expect(read(text, figure)?.measure).toBe(measure);
  });

  test('a bare change goes on from the figure before', () => {
    expect(read('全年销售额达4.2亿元，同比增长16%。', '16%')?.measure).toBe('销售额同比增长');
  });
});

describe('a table-like list of places after a label\'s colon measures what the label names (qout8)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['排名前列的是：', '分镇看，规上工业产值排名前列的是：枫林镇42.7亿元、石坝镇31.5亿元、龙潭乡18.2亿元。', ['42.7亿元', '31.5亿元', '18.2亿元'], '规上工业产值'],
    ['分别为： and an item after ，', '各乡镇粮食产量分别为：大埠镇3.1万吨、高桥乡2.4万吨，白沙镇1.9万吨。', ['3.1万吨', '2.4万吨', '1.9万吨'], '粮食产量'],
  ])('%s', (_case, text, figures, measure) => {
    for (const f of figures) expect(read(text, f)?.measure).toBe(measure);
  });

  test('an item naming only its place after 、 counts what the item before counted', () => {
    expect(read('其中，枫林镇新增企业26家、石坝镇9家。', '9家')?.measure).toBe(read('其中，枫林镇新增企业26家、石坝镇9家。', '26家')?.measure);
  });

  test('a place\'s part after 其中 measures what the figure before does', () => {
    expect(read('全省共有612家企业上榜，其中湖州市58家。', '58家')?.measure).toBe(read('全省共有612家企业上榜，其中湖州市58家。', '612家')?.measure);
  });

  test.each([
    ['a list of things, not places', '今年新建：文化礼堂12个、农家书屋30个。', '12个', '文化礼堂'],
    ['an item with a measure of its own', '枫林镇新增企业26家、规上企业9家。', '9家', '规上企业'],
  ])('not %s', (_case, text, figure, measure) => {
    expect(read(text, figure)?.measure).toBe(measure);
  });
});

describe('categories, thresholds and hopes (qout8)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test('a noun and the 类 jieba tags a classifier name the category', () => {
    const text = '本批共有150个产品入选，其中食品类71个、工艺品类33个、日用品类46个。';
    expect(read(text, '33个')?.measure).toBe('工艺品类');
    expect(read(text, '46个')?.measure).toBe('日用品类');
  });

  test.each([
    ['超过…的村有', '其中经营性收入超过80万元的村有57个。', '超过80万元', '57个'],
    ['达…以上的企业共有', '年营收达5000万元以上的企业共有23家。', '5000万元', '23家'],
  ])('a threshold naming a class counted is no figure: %s', (_case, text, threshold, count) => {
    expect(outcomes(text).some((o) => o.text.includes(threshold.replace(/^超过/u, '')))).toBe(false);
    expect(read(text, count)).toBeDefined();
  });

  test('a threshold reached by a subject is still a figure', () => {
    expect(read('全村集体经营性收入超过80万元。', '超过80万元')).toBeDefined();
  });

  test.each([
    ['有信心突破', '合作社去年销售额是3900万元，今年有信心突破5000万元。', '5000万元', '销售额', 'expected'],
    ['有望达到', '景区去年门票收入620万元，今年有望达到800万元。', '800万元', '门票收入', 'expected'],
  ])('a hope of reaching a figure: %s', (_case, text, figure, measure, outlook) => {
    expect(read(text, figure)?.measure).toBe(measure);
    expect(read(text, figure)?.outlook).toBe(outlook);
  });

  test('a figure reached is no hope', () => {
    expect(read('合作社去年销售额是3900万元，今年已突破5000万元。', '5000万元')?.outlook).toBeUndefined();
  });
});

describe('words between a measure and its figure (qout8)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['目前 before a verb of keeping', '全县茶园面积目前稳定在18万亩左右。', '18万亩左右', '茶园面积'],
    ['目前 before 达到', '全镇民宿床位目前达到3600张。', '3600张', '民宿床位'],
    ['分别达到 after names and 的', '今年，甲厂和乙厂的产值分别达到3亿元和2亿元。', '2亿元', '产值'],
  ])('%s', (_case, text, figure, measure) => {
    expect(read(text, figure)?.measure).toBe(measure);
  });

  test('目前 opening the clause is no word of the measure', () => {
    expect(read('截至目前，已建成冷库12座。', '12座')?.measure).toBe('建成冷库');
  });
});

describe('a change after a base of the year before last or a year printed (qout8)', () => {
  const read = (text: string, figure: string) => outcomes(text).find((o) => o.text === figure);

  test.each([
    ['比前年', '去年合作社营收达到940万元，比前年增长了14%。', '14%', '合作社营收增长'],
    ['比2021年', '全镇茶叶产量达到3200吨，比2021年增长9%。', '9%', '茶叶产量增长'],
  ])('%s', (_case, text, figure, measure) => {
    expect(read(text, figure)?.measure).toBe(measure);
  });

  test('a base with its own figure is measured as before', () => {
    expect(read('全镇茶叶产量达到3200吨，比2021年的2800吨增长了一成多。', '2800吨')?.measure).toBe('茶叶产量');
  });
});

// qout9: 要在 and a time ahead before a figure is a target (sentences written for this test).
describe('要在 and a time ahead: a target', () => {
  test.each([
    ['松溪县要在2027年实现竹产业产值120亿元的目标。', '120亿元', 'planned'],
    ['合作社要在年底前把社员发展到500户。', '500户', 'planned'],
  ])('%s', (sentence, text, outlook) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ outlook }));
  });

  test('not 需要在 (a need, not a target)', () => {
    expect(outcomes('企业需要在2025年前完成改造，去年改造生产线12条。').find((o) => o.text === '12条')?.outlook).toBeUndefined();
  });

  test('not 要在 before a place (where, not when)', () => {
    expect(outcomes('我们要在县城开设门店，去年销售额达到800万元。').find((o) => o.text === '800万元')?.outlook).toBeUndefined();
  });
});

// qout9: a scaled count printed right before the people it counts (sentences written for this test).
describe('people counted after a scaled number with no unit (outcome.people-counted)', () => {
  test.each([
    ['带动全县4.3万农民人均增收3800元。', '4.3万', 43000],
    ['帮助2万余脱贫群众稳定增收。', '2万余', 20000],
  ])('%s', (sentence, text, value) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ value, unit: '人', rawUnit: '万' }));
  });

  test('the income after it keeps its own figure and measure', () => {
    expect(outcomes('带动全县4.3万农民人均增收3800元。').find((o) => o.text === '3800元')).toEqual(expect.objectContaining({ value: 3800, unit: '元', measure: '农民人均增收' }));
  });

  test('not a scaled number before a word that is no people (3万亩 keeps its unit; 5万农机 is no count of people)', () => {
    expect(outcomes('全县新增农机5万台，流转土地3万亩。').map((o) => o.unit)).toEqual(['台', '亩']);
    expect(outcomes('补贴5万农机具购置。').some((o) => o.unit === '人')).toBe(false);
  });

  test('not without a scale (500农民 is no printed count)', () => {
    expect(outcomes('带动500农民就业。').some((o) => o.unit === '人')).toBe(false);
  });
});

// qout9: measures read around a quotation, a plan's duration and a resultative 完成 (sentences written for this test).
describe('measures: what is measured, not the words around it', () => {
  test.each([
    ['厂长介绍：“我们的销售额去年增长了23%。”', '23%', '销售额'],
    ['县里计划用两年时间新建冷库40座。', '40座', '新建冷库'],
    ['今年，全县验收完成高标准农田2.6万亩。', '2.6万亩', '验收完成高标准农田'],
  ])('%s', (sentence, text, measure) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ measure }));
  });

  test('the words before a quotation are never the measure', () => {
    expect(outcomes('合作社理事长说：“去年增长了23%。”').find((o) => o.text === '23%')?.measure).not.toMatch(/说/u);
  });

  test('完成 as the verb before the figure is still no word of the measure', () => {
    expect(outcomes('今年已完成投资5亿元。').find((o) => o.text === '5亿元')?.measure).toBe('投资');
  });
});

// qout9: the area a park is laid out with is no target (sentences written for this test).
describe('规划面积, 规划用地: the size laid out, no plan', () => {
  test.each([
    ['食品产业园规划面积8平方公里，已落地企业52家。', '8平方公里'],
    ['物流园规划用地2600亩。', '2600亩'],
  ])('%s', (sentence, text) => {
    expect(outcomes(sentence).find((o) => o.text === text)?.outlook).toBeUndefined();
  });

  test('a plan is still a plan (规划到2027年, 计划引进)', () => {
    expect(outcomes('园区计划今年引进项目16个。').find((o) => o.text === '16个')?.outlook).toBe('planned');
    expect(outcomes('全县规划到2027年建成冷库60座。').find((o) => o.text === '60座')?.outlook).toBe('planned');
  });
});

// qout9: a dash before the list it introduces is no word of the measure (sentence written for this test).
test('a dash before the figures it introduces is not in the measure (成绩单——产值…)', () => {
  expect(outcomes('园区交出成绩单——工业总产值356亿元、规上企业118家。').find((o) => o.text === '356亿元')?.measure).toBe('工业总产值');
});

test('households counted after a scaled number are counted in 户 (2.4万农户)', () => {
  expect(outcomes('带动全县2.4万农户户均增收2900元。').find((o) => o.text === '2.4万')).toEqual(expect.objectContaining({ value: 24000, unit: '户' }));
});

// qout12: a count of buildings after a word ending in 栋, and a plan's lead 按照计划 (sentences written for this test).
describe('楼栋 before a count in 栋: a figure, not an address', () => {
  test.each([
    ['今年已完成改造楼栋96栋。', '96栋', '改造楼栋'],
    ['计划改造老旧小区14个、楼栋230栋。', '230栋', '楼栋'],
  ])('%s', (sentence, text, measure) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ unit: '栋', measure }));
  });

  test('not the room after a building\'s number (7栋301室 stays an address)', () => {
    expect(outcomes('他住在7栋301室，家里养了12只羊。').some((o) => o.text.startsWith('301'))).toBe(false);
  });
});

describe('按照计划 and its comma: what follows is a plan', () => {
  test.each([
    ['按照计划，试点用2年时间新建水厂3座。', '3座'],
    ['根据计划，该镇明后两年将改造农房150户。', '150户'],
  ])('%s', (sentence, text) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ outlook: 'planned' }));
  });

  test('not what is done already (按照计划，目前已完成…)', () => {
    expect(outcomes('按照计划，目前已完成改造农房86户。').find((o) => o.text === '86户')?.outlook).toBeUndefined();
  });

  test('not 计划 as a thing named (按照某某计划的要求 is no plan\'s lead with its comma)', () => {
    expect(outcomes('按照计划的要求完成验收，去年新建厂房4栋。').find((o) => o.text === '4栋')?.outlook).toBeUndefined();
  });
});

// qout13: a change's start dated after 从, and units that make a figure only with their measure's words (sentences
// written for this test).
describe('从某年的N…到M: the period after 从 dates N, not M (outcome.period.change-start)', () => {
  test('从去年的…提高到…: the figure changed to takes no period of the start', () => {
    const found = outcomes('城乡低保月人均补助标准从去年的520元提高到610元。');
    expect(found.find((o) => o.text === '520元')?.period).toBe('去年');
    expect(found.find((o) => o.text === '610元')?.period).toBeUndefined();
  });

  test('a period printed with the figure changed to is its own (从2018年的…增加到去年的…)', () => {
    const found = outcomes('村民人均年收入从2018年的7200元增加到去年的1.9万元。');
    expect(found.find((o) => o.text === '7200元')?.period).toBe('2018年');
    expect(found.find((o) => o.text === '1.9万元')?.period).toBe('去年');
  });

  test('not a period heading the sentence (今年, 签约户数从…增加到…)', () => {
    expect(outcomes('今年，全镇家庭医生签约户数从3200户增加到4100户。').find((o) => o.text === '4100户')?.period).toBe('今年');
  });
});

describe('小时 and 期 make a figure only with their measure\'s words (outcome.unit.gated)', () => {
  test.each([
    ['全县注册志愿者累计志愿服务时长突破85万小时。', '85万小时', '小时'],
    ['她坚持为留守儿童辅导功课，累计服务时长达2600小时。', '2600小时', '小时'],
    ['今年全县开展职业技能培训58期，培训2900人次。', '58期', '期'],
    ['镇里举办电商培训班12期。', '12期', '期'],
  ])('%s', (sentence, text, unit) => {
    expect(outcomes(sentence).find((o) => o.text === text)).toEqual(expect.objectContaining({ unit }));
  });

  test.each([
    ['工人们每天工作8小时。', '8小时'],
    ['从县城到村里开车要2小时。', '2小时'],
    ['第3期培训班下月开班。', '3期'],
    ['项目二期工程总投资2.6亿元。', '二期'],
  ])('no figure: %s', (sentence, text) => {
    expect(outcomes(sentence).some((o) => o.text === text)).toBe(false);
  });
});
