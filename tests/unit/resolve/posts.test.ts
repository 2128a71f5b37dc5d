// Posts read from the words around a name → WORKS_FOR with the role, each on a sentence written for these tests:
// the body, a unit of it and the post; several posts joined by 、 or ，; a town's or village's own posts; a body
// named by its kind alone; the post in brackets, before 的, after the name.
import { graphOfPage, graphOfPages } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** WORKS_FOR facts of a page as "person → holder (role)". */
async function postsIn(...paragraphs: string[]): Promise<string[]> {
  const g = await graphOfPage(page('人物', ...paragraphs));
  const name = new Map(g.graph.nodes.map((n) => [n.id, String(n.properties.name)]));
  return g.graph.relationships.filter((r) => r.type === 'WORKS_FOR').map((r) => `${name.get(r.start)} → ${name.get(r.end)}${r.properties.role ? ` (${r.properties.role})` : ''}`);
}

describe('posts before a name', () => {
  test.each([
    ['a unit of the body between it and the post', '宁波华星电子科技有限公司研发部经理周立群介绍，新品已投产。', ['周立群 → 宁波华星电子科技有限公司 (研发部经理)']],
    ['two posts at two bodies, joined by 、', '湖州市商务局党组成员、湖州市会展中心主任林晓燕表示，展会将如期举办。', ['林晓燕 → 湖州市会展中心 (主任)', '林晓燕 → 湖州市商务局 (党组成员)']],
    ['posts joined by ， with a note in brackets', '平武县委常委、副县长（挂职），帮扶工作队领队刘志刚介绍了情况。', ['刘志刚 → 平武县委 (常委)']],
    ['a town\'s own post after its name', '高场镇副镇长李红说，道路已修通。', ['李红 → 高场镇 (副镇长)']],
    ['a town\'s party committee: the body\'s post and the town\'s', '高场镇党委书记张伟说，茶园扩大了。', ['张伟 → 高场镇党委 (书记)', '张伟 → 高场镇 (党委书记)']],
    ['a founder\'s title', '宁波华星电子科技有限公司创始人周立群说，公司成立十年了。', ['周立群 → 宁波华星电子科技有限公司 (创始人)']],
    // (qfix: a county's head holds the post at the county, as a town's head at the town — rel.works-for.area-head.)
    ['a county\'s head after the county\'s name', '平武县县长赵强说，道路已修通。', ['赵强 → 平武县 (县长)']],
  ])('%s', async (_case, sentence, expected) => {
    expect((await postsIn(sentence)).sort()).toEqual([...expected].sort());
  });

  test.each([
    ['a villager holds no post', '高场镇村民李红说，道路已修通。'],
    ['a party member holds no post', '高场镇党员李红说，道路已修通。'],
    ['a post with no body before it', '记者见到了总经理张华。'],
  ])('none: %s', async (_case, sentence) => {
    expect(await postsIn(sentence)).toEqual([]);
  });
});

describe('a body named by its kind alone is the one in view', () => {
  test('公司总经理 after a sentence about the company; 该公司 too', async () => {
    const posts = await postsIn('宜昌三峡食品有限公司新建了两条生产线。公司总经理张华说，产能翻了一番。该公司副董事长刘敏表示，还将继续投资。');
    expect(posts.sort()).toEqual(['刘敏 → 宜昌三峡食品有限公司 (副董事长)', '张华 → 宜昌三峡食品有限公司 (总经理)']);
  });

  test('a name in a phrase leading the sentence (与某公司一街之隔) is not what the sentence is about', async () => {
    const posts = await postsIn('与华丰茶叶有限公司一街之隔，宜昌三峡食品有限公司的车间也在赶工。“订单排到了年底。”公司总经理张华说。');
    expect(posts).toEqual(['张华 → 宜昌三峡食品有限公司 (总经理)']);
  });

  test('names listed with others before 等 and their kind (产品配套甲、乙等整车企业) are objects, never the company in view', async () => {
    const posts = await postsIn('在新港镇的宁波远航精工有限公司，机器人正在作业。该公司主要生产座椅调角器，产品配套比亚迪、奇瑞汽车等整车企业。“订单排到了年底。”公司总经理周海涛说。');
    expect(posts).toEqual(['周海涛 → 宁波远航精工有限公司 (总经理)']);
  });

  test('村委会 alone is the village in view\'s: two villages\' committees are two bodies', async () => {
    const g = await graphOfPages([
      page('村里', '桐溪村党支部书记、村委会主任陈立群说，道路已修通。'),
      page('村里', '柳湾村党总支书记、村委会主任赵海峰说，茶园扩大了。'),
    ]);
    const name = new Map(g.graph.nodes.map((n) => [n.id, String(n.properties.name)]));
    const posts = g.graph.relationships.filter((r) => r.type === 'WORKS_FOR').map((r) => `${name.get(r.start)} → ${name.get(r.end)}`);
    expect(posts).toEqual(expect.arrayContaining(['陈立群 → 桐溪村委会', '赵海峰 → 柳湾村委会']));
    expect(g.node('村委会')).toBeUndefined();
  });

  test('not when the kind word ends a name the text did not recognise', async () => {
    const posts = await postsIn('宜昌三峡食品有限公司新建了两条生产线。远舟集团执行总裁张华说，产能翻了一番。');
    expect(posts.filter((p) => p.includes('宜昌三峡食品有限公司'))).toEqual([]);
  });
});

describe('a sentence set at an organisation (在某研究院，…)', () => {
  test('a post with no body opening the clause after it is held there', async () => {
    expect(await postsIn('在青海高原生态研究院，技术员马晓东正在调试一台播种无人机。')).toEqual(['马晓东 → 青海高原生态研究院 (技术员)']);
  });

  test('a kind word in it names that organisation, not the company of an earlier sentence', async () => {
    const posts = await postsIn('宜昌三峡食品有限公司新建了两条生产线。在荆州长江纺织有限公司的车间里，公司总经理张华介绍了新设备。');
    expect(posts).toEqual(['张华 → 荆州长江纺织有限公司 (总经理)']);
  });

  test.each([
    ['not when something else heads the clause', '在青海高原生态研究院，记者见到了技术员马晓东。'],
    ['not when 在 does not open the sentence', '他们在青海高原生态研究院见到了技术员马晓东。'],
    ['not after a place', '在格尔木市，技术员马晓东正在调试一台播种无人机。'],
  ])('none: %s', async (_case, sentence) => {
    expect(await postsIn(sentence)).toEqual([]);
  });
});

describe('posts around a name', () => {
  test.each([
    ['in brackets after the name', '张华（宜昌三峡食品有限公司总经理）介绍，产能翻了一番。', ['张华 → 宜昌三峡食品有限公司 (总经理)']],
    ['a post held before 的', '时任宜昌市农业农村局副局长的刘强来到村里。', ['刘强 → 宜昌市农业农村局 (副局长)']],
    ['an employer before 的, shared by the names listed', '来自宁波华星电子科技有限公司的周立群、王海燕走进车间。', ['周立群 → 宁波华星电子科技有限公司', '王海燕 → 宁波华星电子科技有限公司']],
    ['the body before the name and the post after it', '浙江大学李明华教授介绍，新品种已试种成功。', ['李明华 → 浙江大学 (教授)']],
    ['a post taken after the name (挂职)', '2021年，周立群挂职宜昌市农业农村局副局长。', ['周立群 → 宜昌市农业农村局 (副局长)']],
  ])('%s', async (_case, sentence, expected) => {
    expect((await postsIn(sentence)).sort()).toEqual([...expected].sort());
  });

  test('an organisation before 的 is no employer without 来自', async () => {
    expect(await postsIn('宁波华星电子科技有限公司的周立群走进车间。')).toEqual([]);
  });
});

describe('posts printed after the name: an apposition, or after 是', () => {
  test.each([
    ['an apposition after a comma', '孙海燕，武汉理工大学教授，多年来研究新材料。', ['孙海燕 → 武汉理工大学 (教授)']],
    ['two bodies for one person, joined by 、', '杜明远，宁波华星电子科技有限公司董事长、宁波市电子商会会长，今年五十岁。', ['杜明远 → 宁波华星电子科技有限公司 (董事长)', '杜明远 → 宁波市电子商会 (会长)']],
    ['是 and a post', '郑晓东是宁波华星电子科技有限公司总经理。', ['郑晓东 → 宁波华星电子科技有限公司 (总经理)']],
    ['是 a body 的 a post', '林佳慧是湖北工业大学的副教授。', ['林佳慧 → 湖北工业大学 (副教授)']],
    ['既是…，也是…: two bodies', '郑晓东既是宁波华星电子科技有限公司总经理，也是宁波市电子商会会长。', ['郑晓东 → 宁波华星电子科技有限公司 (总经理)', '郑晓东 → 宁波市电子商会 (会长)']],
    ['作为 a body\'s post, then the name heading the clause', '作为宁波华星电子科技有限公司负责人，郑晓东压力不小。', ['郑晓东 → 宁波华星电子科技有限公司 (负责人)']],
    ['a body, 的 and the post before the name', '宁波华星电子科技有限公司的技术员方小兰正在调试设备。', ['方小兰 → 宁波华星电子科技有限公司 (技术员)']],
    ['a post with no body joined to one with a body', '武汉理工大学教授、博士生导师孙海燕介绍了新材料。', ['孙海燕 → 武汉理工大学 (教授)']],
  ])('%s', async (_case, sentence, expected) => {
    expect((await postsIn(sentence)).sort()).toEqual([...expected].sort());
  });

  test.each([
    ['what follows the comma is not a post', '何建平，宁波市人，从小在海边长大。'],
    ['the comma opens another person\'s post and name', '记者找到了何建平，武汉理工大学教授孙海燕也在场。'],
    ['a post with more words after it in the clause', '何建平是宁波华星电子科技有限公司总经理的老同学。'],
    ['作为 and no body', '作为一名老党员，何建平带头捐款。'],
    ['a body\'s post speaking of another person', '宁波华星电子科技有限公司的产品经理说，何建平是个好人。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await postsIn(sentence)).filter((f) => f.startsWith('何建平'))).toEqual([]);
  });
});
