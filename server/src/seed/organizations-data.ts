/**
 * The alliance's organizations: the named ones from the founding report, well-known Qingdao and
 * Shenzhen companies, and generated Qingdao enterprises to bring the members past 140.
 */
import type { OrganizationType } from '@qs/shared';
import type { Random } from './random';
import { sectorZh } from './vocabulary';

export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  city: string;
  sectors: string[];
  allianceMember: boolean;
  description: string;
}

export const ALLIANCE_FOUNDED = new Date('2021-03-30T09:30:00+08:00');
export const QINGDAO_MEMBERS = 146;

export const ALLIANCE_CHAIR = '海尔工业智能研究院';
export const COSMOPLAT = '海尔卡奥斯物联生态科技有限公司';
export const ENABLED_ENTERPRISES = [
  '九方泰禾国际重工（青岛）股份有限公司',
  '青岛天惠乳业有限公司',
  '青岛欧卡玛环保科技有限公司',
] as const;
export const HR_BUREAU = '青岛市人力资源和社会保障局';
export const SHENZHEN_EXPERT_UNITS = [
  '中国信息通信研究院南方分院（深圳信息通信研究院）',
  '深圳市蜂群物联网应用研究院',
  '深圳市通用互联科技有限公司',
] as const;
export const SHENZHEN_ASSOCIATIONS = [
  '深圳市专家人才联合会',
  '深圳市工业互联网协会',
  '深圳市人工智能行业协会',
  '深圳市电子行业协会',
  '深圳市物联网产业协会',
] as const;

/** `name:sector,sector` lines, one organization each. */
type Listing = string;

const qingdaoEnterprises: Listing[] = [
  `${ENABLED_ENTERPRISES[0]}:machinery,port-shipping`,
  `${ENABLED_ENTERPRISES[1]}:food-beverage`,
  `${ENABLED_ENTERPRISES[2]}:machinery,chemicals`,
  '海尔集团公司:home-appliances,electronics',
  '海信集团控股股份有限公司:home-appliances,electronics',
  '中车青岛四方机车车辆股份有限公司:rail-transit',
  '中车青岛四方车辆研究所有限公司:rail-transit,machinery',
  '青岛威奥轨道股份有限公司:rail-transit',
  '赛轮集团股份有限公司:rubber-tires',
  '双星集团有限责任公司:rubber-tires',
  '青岛森麒麟轮胎股份有限公司:rubber-tires',
  '软控股份有限公司:rubber-tires,machinery',
  '青岛海力威新材料科技股份有限公司:rubber-tires',
  '青岛啤酒股份有限公司:food-beverage',
  '青岛崂山矿泉水有限公司:food-beverage',
  '青岛食品股份有限公司:food-beverage',
  '青岛琅琊台集团股份有限公司:food-beverage',
  '青岛九联集团股份有限公司:food-beverage',
  '青岛明月海藻集团有限公司:marine-biomedicine,food-beverage',
  '澳柯玛股份有限公司:home-appliances,logistics',
  '青岛海容商用冷链股份有限公司:home-appliances',
  '青岛北海造船有限公司:shipbuilding-offshore',
  '青岛武船重工有限公司:shipbuilding-offshore',
  '海洋石油工程（青岛）有限公司:shipbuilding-offshore',
  '青岛双瑞海洋环境工程股份有限公司:shipbuilding-offshore,chemicals',
  '中国石化青岛炼油化工有限责任公司:chemicals',
  '青岛海湾化学股份有限公司:chemicals',
  '青岛国恩科技股份有限公司:chemicals',
  '青岛金王应用化学股份有限公司:chemicals',
  '青岛惠城环保科技集团股份有限公司:chemicals',
  '青岛即发集团股份有限公司:textiles-apparel',
  '青岛酷特智能股份有限公司:textiles-apparel',
  '青岛海丽雅集团有限公司:textiles-apparel',
  '青岛港国际股份有限公司:port-shipping,logistics',
  '青岛海西重机有限责任公司:port-shipping,machinery',
  '日日顺供应链科技股份有限公司:logistics',
  '青岛中集冷藏箱制造有限公司:logistics,machinery',
  '青岛特锐德电气股份有限公司:new-energy,machinery',
  '青岛汉缆股份有限公司:machinery,new-energy',
  '青岛天能重工股份有限公司:new-energy',
  '青岛高测科技股份有限公司:new-energy,machinery',
  '青岛东方铁塔股份有限公司:steel-metals,new-energy',
  '青岛云路先进材料技术股份有限公司:steel-metals',
  '青岛鼎信通讯股份有限公司:electronics',
  '青岛东软载波科技股份有限公司:electronics',
  '青岛雷神科技股份有限公司:electronics',
  '青岛海泰新光科技股份有限公司:electronics,marine-biomedicine',
  '一汽解放青岛汽车有限公司:automotive',
  '上汽通用五菱汽车股份有限公司青岛分公司:automotive',
  '青岛征和工业股份有限公司:machinery,automotive',
  '青岛宝佳自动化设备有限公司:machinery',
  '青岛中加特电气股份有限公司:machinery',
  '青岛三利集团有限公司:machinery',
  '青岛捷能汽轮机集团股份有限公司:machinery,new-energy',
  '青岛德固特节能装备股份有限公司:machinery,chemicals',
  '青岛伟隆阀门股份有限公司:machinery',
  '青岛国林科技集团股份有限公司:machinery',
  '青岛英派斯健康科技股份有限公司:machinery',
  '青岛海尔生物医疗股份有限公司:marine-biomedicine,electronics',
  '青岛黄海制药有限责任公司:marine-biomedicine',
  '青岛华仁药业股份有限公司:marine-biomedicine',
];

const qingdaoUniversities: Listing[] = [
  '中国海洋大学:shipbuilding-offshore,marine-biomedicine,food-beverage',
  '青岛大学:textiles-apparel,electronics,marine-biomedicine',
  '青岛科技大学:rubber-tires,chemicals,machinery',
  '山东科技大学:machinery,electronics,steel-metals',
  '青岛理工大学:machinery,furniture-home,automotive',
  '中国石油大学（华东）:chemicals,new-energy',
  '青岛农业大学:food-beverage',
  '青岛职业技术学院:machinery,electronics',
  '青岛港湾职业技术学院:port-shipping,logistics',
];

const qingdaoInstitutes: Listing[] = [
  `${ALLIANCE_CHAIR}:home-appliances,machinery,electronics`,
  '中国科学院青岛生物能源与过程研究所:new-energy,chemicals',
  '中国科学院海洋研究所:marine-biomedicine',
  '崂山实验室:shipbuilding-offshore,marine-biomedicine',
  '国家高速列车技术创新中心:rail-transit',
  '国家橡胶与轮胎工程技术研究中心:rubber-tires',
  '中国船舶集团有限公司第七二五研究所青岛分部:shipbuilding-offshore,steel-metals',
  '中国科学院软件研究所青岛分部:electronics',
  '青岛智能产业技术研究院:machinery,electronics',
  '青岛市工业技术研究院:machinery',
  '北京航空航天大学青岛研究院:electronics,machinery',
  '天津大学青岛海洋技术研究院:shipbuilding-offshore',
  '西安交通大学青岛研究院:machinery,new-energy',
  '青岛纺织服装技术研究院:textiles-apparel',
];

const shenzhenEnterprises: Listing[] = [
  `${SHENZHEN_EXPERT_UNITS[2]}:electronics,machinery`,
  '华为技术有限公司:electronics',
  '中兴通讯股份有限公司:electronics',
  '富士康工业互联网股份有限公司:electronics',
  '深圳市腾讯计算机系统有限公司:electronics',
  '比亚迪股份有限公司:automotive,new-energy',
  '深圳市汇川技术股份有限公司:machinery,electronics',
  '研祥智能科技股份有限公司:electronics',
  '深圳市优必选科技股份有限公司:electronics,machinery',
  '深圳市雷赛智能控制股份有限公司:machinery',
  '深圳市英威腾电气股份有限公司:machinery,new-energy',
  'TCL华星光电技术有限公司:electronics',
  '创维集团有限公司:home-appliances,electronics',
  '康佳集团股份有限公司:home-appliances,electronics',
  '大族激光科技产业集团股份有限公司:machinery,electronics',
  '平安科技（深圳）有限公司:electronics',
  '深圳市信维通信股份有限公司:electronics',
  '深圳迈瑞生物医疗电子股份有限公司:marine-biomedicine,electronics',
  '欣旺达电子股份有限公司:new-energy,electronics',
  '顺丰科技有限公司:logistics',
  '深圳市海柔创新科技有限公司:logistics',
  '深圳市越疆科技股份有限公司:machinery',
  '深圳华龙讯达信息技术股份有限公司:electronics,machinery',
  '金蝶软件（中国）有限公司:electronics',
  '深圳市宏电技术股份有限公司:electronics',
  '深圳市有方科技股份有限公司:electronics',
  '深圳市广和通无线股份有限公司:electronics',
];

const otherInstitutions: Listing[] = [
  '清华大学:machinery,electronics',
  '浙江大学:chemicals,electronics',
  '上海交通大学:shipbuilding-offshore,automotive',
  '华中科技大学:machinery',
  '西安交通大学:new-energy,machinery',
  '中国科学院沈阳自动化研究所:machinery',
  '中国信息通信研究院:electronics',
];

const otherCities: Record<string, string> = {
  清华大学: '北京',
  浙江大学: '杭州',
  上海交通大学: '上海',
  华中科技大学: '武汉',
  西安交通大学: '西安',
  中国科学院沈阳自动化研究所: '沈阳',
  中国信息通信研究院: '北京',
};

const descriptions: Record<string, string> = {
  [ALLIANCE_CHAIR]:
    '青岛市工业互联网专家协作联盟理事长单位，聚焦工业智能与工业互联网共性技术研究。',
  [COSMOPLAT]: '卡奥斯COSMOPlat工业互联网平台运营主体，面向青岛企业提供工业互联网赋能服务。',
  [HR_BUREAU]: '青岛市人力资源和社会保障局，青深人才产业协作与专家信息库的主管部门。',
  青深企业家联谊会: '青岛与深圳两地企业家交流合作组织，参与联盟发起与青深协作对接。',
  [SHENZHEN_EXPERT_UNITS[0]]:
    '中国信息通信研究院在华南的分支机构，深耕5G、工业互联网标识解析与网络安全。',
  [SHENZHEN_EXPERT_UNITS[1]]: '专注物联网与边缘智能应用研究的深圳新型研发机构。',
  [SHENZHEN_EXPERT_UNITS[2]]: '深圳工业互联网平台与解决方案企业，提供设备联网和工业应用开发服务。',
};

function parseListing(listing: Listing): { name: string; sectors: string[] } {
  const [name, sectors] = listing.split(':');
  return { name: name ?? '', sectors: (sectors ?? '').split(',') };
}

const kindWords: Partial<Record<OrganizationType, string>> = {
  enterprise: '行业企业',
  university: '高校',
  institute: '科研机构',
};

function describeOrganization(
  name: string,
  type: OrganizationType,
  sectors: string[],
  member: boolean,
): string {
  const known = descriptions[name];
  if (known) return known;
  const fields = sectors.map(sectorZh).join('、');
  const role = member ? '青岛市工业互联网专家协作联盟成员单位' : '青深人才产业协作伙伴单位';
  return `${fields}领域${kindWords[type] ?? '单位'}，${role}。`;
}

function build(
  listings: Listing[],
  type: OrganizationType,
  city: (name: string) => string,
  member: boolean,
): DemoOrganization[] {
  return listings.map(parseListing).map(({ name, sectors }) => ({
    name,
    type,
    city: city(name),
    sectors,
    allianceMember: member,
    description: describeOrganization(name, type, sectors, member),
  }));
}

const brandWords =
  '海川 瑞丰 金鼎 恒信 华盛 宏达 鑫源 汇通 博远 海纳 嘉诚 德盛 永泰 润丰 盛华 中瑞 明远 泰和 ' +
  '天诚 广源 科达 海润 亿丰 信达 金海 正元 新航 锦程 海晟 胶澳 崂峰 琴岛 黄海 蓝海 浩洋 海德';

const industryWords: Record<string, string[]> = {
  'home-appliances': ['电器', '家电配件', '制冷设备'],
  'rail-transit': ['轨道交通装备', '轨道车辆配件'],
  'shipbuilding-offshore': ['船舶配套', '海洋工程装备', '船舶科技'],
  chemicals: ['化工', '精细化工', '新材料'],
  'textiles-apparel': ['纺织', '服饰', '针织', '家纺'],
  'food-beverage': ['食品', '海洋食品', '饮品'],
  'rubber-tires': ['橡胶', '轮胎', '橡塑制品'],
  machinery: ['机械', '精密机械', '重工', '智能装备'],
  automotive: ['汽车零部件', '汽车部件'],
  electronics: ['电子', '电子科技'],
  'new-energy': ['新能源', '储能科技'],
  'steel-metals': ['铸造', '金属制品'],
  logistics: ['供应链', '冷链物流'],
  'furniture-home': ['家居', '木业'],
};

/** Qingdao's key sectors come up three times as often as the others. */
const sectorWeights: Record<string, number> = {
  'home-appliances': 3,
  'rail-transit': 3,
  'shipbuilding-offshore': 3,
  chemicals: 3,
  'textiles-apparel': 3,
  'food-beverage': 3,
  'rubber-tires': 3,
  machinery: 3,
  automotive: 1,
  electronics: 1,
  'new-energy': 1,
  'steel-metals': 1,
  logistics: 1,
  'furniture-home': 1,
};

/** `count` generated enterprises named like 青岛海川精密机械有限公司, none repeated. */
function generatedQingdaoEnterprises(rng: Random, count: number, taken: Set<string>): Listing[] {
  const brands = brandWords.split(' ');
  const listings: Listing[] = [];
  while (listings.length < count) {
    const sector = rng.weighted(sectorWeights);
    const suffix = rng.chance(0.2) ? '股份有限公司' : '有限公司';
    const name = `青岛${rng.pick(brands)}${rng.pick(industryWords[sector] ?? ['科技'])}${suffix}`;
    if (taken.has(name)) continue;
    taken.add(name);
    listings.push(`${name}:${sector}`);
  }
  return listings;
}

const shenzhenTech =
  '智能科技 物联技术 工业互联网科技 数字科技 云计算 视觉科技 机器人 软件 自动化 数据科技'.split(
    ' ',
  );

/** Shenzhen's digital-economy companies: electronics plus one Qingdao sector they serve. */
function generatedShenzhenEnterprises(rng: Random, count: number, taken: Set<string>): Listing[] {
  const brands = brandWords.split(' ').filter((b) => !['胶澳', '崂峰', '琴岛', '黄海'].includes(b));
  const served = Object.keys(sectorWeights);
  const listings: Listing[] = [];
  while (listings.length < count) {
    const name = `深圳市${rng.pick(brands)}${rng.pick(shenzhenTech)}有限公司`;
    if (taken.has(name)) continue;
    taken.add(name);
    listings.push(`${name}:electronics,${rng.pick(served.filter((s) => s !== 'electronics'))}`);
  }
  return listings;
}

/** The Shenzhen side: the report's "more than 70 enterprises and associations visited". */
const SHENZHEN_ORGANIZATIONS = 72;

const KEY_SECTORS =
  'home-appliances,rail-transit,shipbuilding-offshore,chemicals,textiles-apparel,food-beverage,rubber-tires';

/** Every demo organization, in a fixed order. */
export function demoOrganizations(rng: Random): DemoOrganization[] {
  const taken = new Set(
    [...qingdaoEnterprises, ...shenzhenEnterprises].map((l) => parseListing(l).name),
  );
  const qingdao = (_: string) => '青岛';
  const shenzhen = (_: string) => '深圳';
  const fixedMembers =
    qingdaoEnterprises.length + qingdaoUniversities.length + qingdaoInstitutes.length + 1;
  const members = [
    ...build(qingdaoInstitutes, 'institute', qingdao, true),
    ...build([`${COSMOPLAT}:home-appliances,machinery`], 'platform', qingdao, true),
    ...build(qingdaoUniversities, 'university', qingdao, true),
    ...build(qingdaoEnterprises, 'enterprise', qingdao, true),
    ...build(
      generatedQingdaoEnterprises(rng, QINGDAO_MEMBERS - fixedMembers, taken),
      'enterprise',
      qingdao,
      true,
    ),
  ];
  const shenzhenFixed = [
    ...build(
      SHENZHEN_EXPERT_UNITS.slice(0, 2).map((n) => `${n}:electronics`),
      'institute',
      shenzhen,
      false,
    ),
    ...build(shenzhenEnterprises, 'enterprise', shenzhen, false),
    ...build(
      SHENZHEN_ASSOCIATIONS.map((n) => `${n}:electronics`),
      'association',
      shenzhen,
      false,
    ),
  ];
  const shenzhenGenerated = build(
    generatedShenzhenEnterprises(rng, SHENZHEN_ORGANIZATIONS - shenzhenFixed.length, taken),
    'enterprise',
    shenzhen,
    false,
  );
  return [
    ...members,
    ...shenzhenFixed,
    ...shenzhenGenerated,
    ...build(['青深企业家联谊会:machinery,electronics'], 'association', qingdao, false),
    ...build([`${HR_BUREAU}:${KEY_SECTORS}`], 'government', qingdao, false),
    ...build(
      otherInstitutions.slice(0, 5),
      'university',
      (name) => otherCities[name] ?? '北京',
      false,
    ),
    ...build(otherInstitutions.slice(5), 'institute', (name) => otherCities[name] ?? '北京', false),
  ];
}
