// Article text for the generated test pages, written for them: sentence templates with slots filled from lists
// of invented towns, firms and people (no text from any real article), picked by a seeded generator so every
// page is the same on every run.

import { seededRandom } from '../../bench/results.js';

export type Rng = () => number;

export const rng: (seed: number) => Rng = seededRandom;

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const CITIES = ['临湖市', '青川市', '南浔湾市', '石门县', '云溪县', '枫泾市'];
const TOWNS = ['白沙镇', '青溪镇', '凤鸣街道', '桃源镇', '西塘湾镇', '柳湾街道', '金川镇', '梅林镇', '双桥乡', '龙潭街道'];
const VILLAGES = ['东港村', '三里桥村', '荷花村', '新塘社区', '马家浜村', '红旗村', '柏树湾村', '北渚村'];
const BRANDS = ['恒泰', '瑞丰', '鼎新', '嘉禾', '朗驰', '德润', '华翎', '沃格', '宏毅', '星舟', '卓源', '安锐'];
const TRADES = ['精密机械', '新材料科技', '智能装备', '电子科技', '生物医药', '纺织印染', '食品', '汽车零部件', '光伏科技', '环保设备'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '胡', '郭', '何', '沈', '韩', '冯', '曹'];
const GIVEN = ['建华', '晓明', '丽萍', '志强', '海燕', '永刚', '佳怡', '思远', '文杰', '雪琴', '国平', '一鸣', '子涵', '立新', '秋云', '浩然', '雨婷', '振宇'];
const ROLES = ['董事长', '总经理', '党委书记', '负责人', '副镇长', '村党支部书记', '车间主任', '技术总监'];
const PRODUCTS = ['伺服电机', '高强度纤维', '医用敷料', '智能传感器', '新能源电池壳体', '环保涂料', '功能性面料', '精密轴承'];
const ACTIONS = ['调试新设备', '装箱发货', '检测产品质量', '整理订单', '培训新员工', '搬运原材料'];
const MEASURES = ['产值', '营业收入', '出口额', '利润', '税收'];
const PROGRAMMES = ['“亩均效益”领跑者', '专精特新“小巨人”', '省级绿色工厂', '数字化车间', '市级技术中心', '科技型中小企业'];

export interface Names {
  city: string;
  town: string;
  village: string;
  firm: string;
  brand: string;
  product: string;
  person: string;
  role: string;
}

export function person(r: Rng): string {
  return pick(r, SURNAMES) + pick(r, GIVEN);
}

export function names(r: Rng): Names {
  const brand = pick(r, BRANDS);
  return {
    city: pick(r, CITIES),
    town: pick(r, TOWNS),
    village: pick(r, VILLAGES),
    brand,
    firm: `${pick(r, CITIES).replace(/[市县]$/, '')}${brand}${pick(r, TRADES)}有限公司`,
    product: pick(r, PRODUCTS),
    person: person(r),
    role: pick(r, ROLES),
  };
}

const SENTENCES: Array<(n: Names, r: Rng) => string> = [
  (n, r) => `今年以来，${n.firm}加大研发投入，前三季度完成${pick(r, MEASURES)}${int(r, 2, 40)}.${int(r, 1, 9)}亿元，同比增长${int(r, 5, 35)}%。`,
  (n, r) => `记者在${n.brand}的生产车间看到，一条条自动化生产线正在满负荷运转，工人们忙着${pick(r, ACTIONS)}。`,
  (n) => `“订单已经排到了明年春天，我们正在抓紧扩产。”${n.firm}${n.role}${n.person}告诉记者。`,
  (n, r) => `${n.town}立足产业基础，先后引进${n.product}等项目${int(r, 3, 18)}个，总投资超过${int(r, 10, 90)}亿元。`,
  (n, r) => `去年，该企业被评为${pick(r, PROGRAMMES)}，企业上下干劲更足了。`,
  (n, r) => `${n.village}把闲置厂房改造成共富工坊，带动周边${int(r, 40, 300)}名村民在家门口就业，人均月增收${int(r, 1, 4)}千元。`,
  (n) => `为帮助企业解决用工难题，${n.town}组织人社、经信等部门上门服务，点对点对接技术人才。`,
  (n, r) => `据了解，${n.product}项目达产后，预计可实现年产值${int(r, 3, 30)}亿元，新增就业岗位${int(r, 200, 900)}个。`,
  (n) => `${n.person}说，下一步企业将继续深耕细分市场，把${n.product}做精做强，力争早日登陆资本市场。`,
  (n, r) => `在${n.city}举办的产业链对接会上，${int(r, 20, 80)}家上下游企业现场签约，意向金额达${int(r, 5, 60)}亿元。`,
  (n) => `走进${n.village}，平整的道路、整洁的庭院、错落有致的民居映入眼帘，一幅宜居宜业的美丽画卷徐徐展开。`,
  (n, r) => `数据显示，${n.city}规模以上工业增加值增长${int(r, 4, 15)}.${int(r, 0, 9)}%，增速位居全省前列。`,
  (n) => `“政策落地快、服务跟得上，我们投资更有信心了。”${n.person}笑着说。`,
  (n, r) => `${n.town}还设立了${int(r, 1, 5)}000万元产业引导基金，重点支持科技型中小企业成长。`,
  (n) => `与此同时，${n.brand}与省内高校共建研发中心，联合攻关${n.product}的关键工艺。`,
  (n, r) => `截至目前，全镇已累计完成工业投资${int(r, 8, 50)}亿元，完成年度目标的${int(r, 60, 99)}%。`,
  (n) => `工作人员介绍，新建成的智慧物流仓库采用无人搬运系统，货物进出效率提升了一倍多。`,
  (n, r) => `今年1至${int(r, 3, 11)}月，${n.town}外贸出口额同比增长${int(r, 6, 28)}%，其中对东盟出口增势明显。`,
  (n) => `${n.village}党支部书记${n.person}表示，村里将把集体经济收益更多用于养老助餐和环境整治。`,
  (n) => `在${n.brand}的展厅里，一块块屏幕实时显示着各条产线的能耗和良品率数据。`,
];

export function paragraph(r: Rng, n: Names, sentences = int(r, 2, 4)): string {
  let s = '';
  for (let i = 0; i < sentences; i++) s += pick(r, SENTENCES)(n, r);
  return s;
}

const TITLES: Array<(n: Names, r: Rng) => string> = [
  (n) => `${n.town}小微企业园跑出发展加速度`,
  (n) => `${n.brand}${n.product}走俏海外市场`,
  (n) => `${n.village}闲置厂房变身共富工坊`,
  (n) => `${n.city}产业链对接会签约项目超预期`,
  (n) => `${n.town}：精准服务为企业纾困解难`,
  (n) => `一条产线背后的数字化转型`,
  (n) => `${n.brand}：深耕细分赛道做精主业`,
  (n) => `${n.city}外贸出口保持较快增长`,
  (n) => `科技赋能 ${n.town}工业投资提速`,
  (n) => `${n.village}的美丽经济新答卷`,
];
const KICKERS: Array<(n: Names) => string> = [
  (n) => `聚焦高质量发展·${n.town}篇`,
  () => `奋战四季度 冲刺全年红`,
  (n) => `走进${n.city}先进制造业基地`,
  () => `一线见闻`,
];
const SUBTITLES: Array<(n: Names, r: Rng) => string> = [
  (n) => `——记${n.firm}${n.role}${n.person}`,
  (n, r) => `前三季度新增规上工业企业${int(r, 5, 30)}家`,
  (n) => `${n.brand}新厂区明年投产`,
];
const BRIEF_TITLES: Array<(n: Names) => string> = [
  (n) => `${n.town}开展安全生产大检查`,
  (n) => `${n.village}举办农民丰收节`,
  (n) => `${n.city}新增两家省级绿色工厂`,
  (n) => `${n.brand}获评数字化车间`,
  (n) => `${n.town}启动冬季招聘月`,
];

export const title = (r: Rng, n: Names): string => pick(r, TITLES)(n, r);
export const kicker = (r: Rng, n: Names): string => pick(r, KICKERS)(n);
export const subtitle = (r: Rng, n: Names): string => pick(r, SUBTITLES)(n, r);
export const briefTitle = (r: Rng, n: Names): string => pick(r, BRIEF_TITLES)(n);
export const action = (r: Rng): string => pick(r, ACTIONS);
