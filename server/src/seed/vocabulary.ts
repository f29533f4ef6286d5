/**
 * The words the demo texts are made of: taxonomy terms (Chinese names and aliases, so that search
 * by alias finds seeded records), what each sector makes and where, and scenario phrases per skill.
 */
import { taxonomy } from '@qs/shared';
import type { Random } from './random';

export interface SectorProfile {
  /** Skills this sector typically asks for: experts and needs of the sector draw from them. */
  skills: string[];
  products: string[];
  sites: string[];
  equipment: string[];
}

const words = (text: string) => text.split(' ');

/** Skills, products, sites and equipment, each as space-separated words. */
function profile(
  skills: string,
  products: string,
  sites: string,
  equipment: string,
): SectorProfile {
  return {
    skills: words(skills),
    products: words(products),
    sites: words(sites),
    equipment: words(equipment),
  };
}

export const sectorProfiles: Record<string, SectorProfile> = {
  'home-appliances': profile(
    'machine-vision smart-line mes supply-chain industrial-design plm industrial-robotics aps iiot-platform digital-twin',
    '冰箱 洗衣机 空调 厨电 智能家电',
    '总装车间 钣金车间 注塑车间 互联工厂',
    '注塑机 冲压线 发泡设备 检测线',
  ),
  'rail-transit': profile(
    'predictive-maintenance digital-twin plm quality-management simulation identifier-resolution mes industrial-robotics',
    '动车组转向架 车体 轨道车辆部件 牵引系统',
    '转向架车间 车体焊接车间 总组装车间 检修基地',
    '焊接机器人 走行部 牵引电机 轮对',
  ),
  'shipbuilding-offshore': profile(
    'digital-twin simulation plm smart-line industrial-robotics mes aps quality-management',
    '船体分段 海工平台 船舶管件 海洋工程装备',
    '分段制造车间 船坞 管加工车间 涂装车间',
    '龙门吊 数控切割机 焊接设备 涂装设备',
  ),
  chemicals: profile(
    'process-optimization scada ot-security energy-management predictive-maintenance plc-control digital-twin industrial-ai',
    '精细化工产品 聚氯乙烯 化工新材料 催化剂',
    '化工装置 反应车间 罐区 精馏车间',
    '反应釜 压缩机 离心泵 换热器',
  ),
  'textiles-apparel': profile(
    'aps supply-chain erp low-code industrial-design mes machine-vision wms-agv',
    '针织服装 家纺产品 定制西装 功能面料',
    '缝制车间 印染车间 裁剪车间 纺纱车间',
    '缝纫机 织机 印染设备 自动裁床',
  ),
  'food-beverage': profile(
    'quality-management cold-chain mes machine-vision identifier-resolution energy-management supply-chain wms-agv',
    '啤酒 乳制品 海洋食品 饮料',
    '灌装车间 发酵车间 包装车间 加工车间',
    '灌装线 杀菌设备 发酵罐 包装机',
  ),
  'rubber-tires': profile(
    'process-optimization mes machine-vision predictive-maintenance iiot-sensing digital-twin identifier-resolution industrial-ai',
    '轮胎 橡胶制品 胶管 密封件',
    '密炼车间 硫化车间 成型车间 半成品车间',
    '密炼机 硫化机 成型机 压延机',
  ),
  automotive: profile(
    'mes industrial-robotics machine-vision supply-chain quality-management plm wms-agv tsn',
    '汽车零部件 商用车 乘用车 动力电池包',
    '冲焊车间 总装车间 涂装车间 发动机车间',
    '焊装机器人 冲压机 拧紧设备 涂装机器人',
  ),
  electronics: profile(
    'machine-vision mes aps quality-management industrial-ai tsn industrial-ethernet plc-control',
    '电路板 电子元器件 智能终端 通信模组',
    'SMT车间 组装车间 测试车间 洁净车间',
    '贴片机 回流焊炉 测试设备 点胶机',
  ),
  machinery: profile(
    'cnc-machining predictive-maintenance digital-twin plm simulation industrial-robotics mes opc-ua',
    '工程机械 输送设备 液压件 重型装备',
    '机加工车间 装配车间 焊接车间 铸锻车间',
    '数控机床 加工中心 起重设备 焊接机器人',
  ),
  'marine-biomedicine': profile(
    'quality-management mes scada process-optimization cold-chain standards-certification',
    '海洋药物 原料药 生物制剂 医疗器械',
    'GMP车间 提取车间 制剂车间 洁净车间',
    '发酵罐 冻干机 灌装设备 反应釜',
  ),
  logistics: profile(
    'wms-agv cold-chain supply-chain identifier-resolution 5g-private-network industrial-big-data',
    '冷链货物 快消品 电商包裹 大宗物资',
    '仓储中心 分拣中心 冷库 配送中心',
    'AGV 分拣线 叉车 堆垛机',
  ),
  'port-shipping': profile(
    'port-logistics 5g-private-network digital-twin edge-computing wms-agv identifier-resolution',
    '集装箱 散货 件杂货 汽车滚装',
    '集装箱码头 堆场 港区 闸口',
    '岸桥 场桥 无人集卡 门机',
  ),
  'new-energy': profile(
    'energy-management predictive-maintenance digital-twin scada industrial-big-data mes',
    '风电塔筒 光伏组件 储能系统 锂电池',
    '风电场 光伏电站 电芯车间 储能电站',
    '风机 逆变器 变流器 化成设备',
  ),
  'steel-metals': profile(
    'process-optimization predictive-maintenance energy-management machine-vision scada industrial-ai',
    '特种钢材 铸件 有色金属型材 非晶带材',
    '炼钢车间 轧钢车间 铸造车间 热处理车间',
    '加热炉 轧机 熔炼炉 连铸机',
  ),
  'furniture-home': profile(
    'industrial-design aps erp supply-chain cnc-machining low-code',
    '定制家具 建材制品 门窗 板材',
    '板式家具车间 喷涂车间 包装车间 木工车间',
    '封边机 数控开料机 喷涂线 雕刻机',
  ),
};

/** Skills every sector may need, whatever it makes. */
export const crossSectorSkills = words(
  'iiot-sensing industrial-big-data edge-computing 5g-private-network iiot-platform ot-security ' +
    'energy-management industrial-ai cloud-native low-code dx-diagnosis erp lean-production ' +
    'talent-training',
);

/** Scenario phrases per skill; {site}, {product} and {equipment} come from the sector profile. */
export const skillScenarios: Record<string, string[]> = {
  '5g-private-network': [
    '{site}5G专网全覆盖与设备无线接入',
    '基于5G+工业互联网的{equipment}远程操控',
  ],
  tsn: ['{site}时间敏感网络确定性传输改造', '{equipment}控制网络TSN升级'],
  'industrial-ethernet': ['{site}工业以太网与现场总线升级', '{equipment}EtherCAT总线联网'],
  'edge-computing': ['{site}边缘计算网关部署与数据就地处理', '{equipment}边缘侧实时分析'],
  'iiot-sensing': ['{equipment}设备联网与数据采集', '{site}物联网传感器部署'],
  'opc-ua': ['{equipment}OPC UA统一接入', '{site}多品牌设备互联协议统一'],
  'identifier-resolution': [
    '{product}工业互联网标识解析全生命周期追溯',
    '基于标识解析二级节点的{product}质量追溯',
  ],
  'iiot-platform': ['{site}接入工业互联网平台', '面向{product}的工业互联网平台建设'],
  mes: ['{site}制造执行系统建设', '{product}车间管理系统升级'],
  erp: ['ERP与{site}生产数据打通', '{product}业财一体化ERP实施'],
  plm: ['{product}产品生命周期管理建设', '{product}研发数据管理（PDM）'],
  scada: ['{site}SCADA数据采集与监视控制', '{site}组态监控系统改造'],
  'wms-agv': ['{site}AGV智能物流配送', '{product}立体仓库与WMS建设'],
  'low-code': ['{site}工业APP低代码开发', '面向{product}的工业App快速开发'],
  'cloud-native': ['{site}业务系统云原生改造与上云', '{product}生产管理系统微服务化'],
  'supply-chain': ['{product}供应链协同平台', '{product}上下游协同制造'],
  'energy-management': ['{site}能耗在线监测与节能降碳', '{site}碳排放管理与能源管理系统'],
  'industrial-big-data': ['{site}工业大数据分析平台', '{product}生产数据中台建设'],
  'industrial-ai': ['{product}工业AI质量预测', '基于机器学习的{site}生产优化'],
  'machine-vision': ['{product}表面缺陷视觉检测', '{product}AI质检替代人工目检'],
  'predictive-maintenance': [
    '{equipment}预测性维护与故障预警',
    '{equipment}振动分析与设备健康管理',
  ],
  'digital-twin': ['{site}数字孪生工厂建设', '{equipment}数字孪生与虚拟调试'],
  simulation: ['{product}工艺仿真与仿真分析', '{product}有限元结构仿真优化'],
  'process-optimization': ['{site}工艺参数优化与良率提升', '{product}先进过程控制（APC）'],
  aps: ['{product}多品种小批量智能排产', '{site}高级计划排程'],
  'large-model': ['面向{product}的工业大模型知识问答', '{equipment}运维知识图谱'],
  'plc-control': ['{equipment}PLC控制系统升级', '{site}自动化控制系统改造'],
  'industrial-robotics': ['{site}工业机器人集成应用', '{product}协作机器人上下料'],
  'smart-line': ['{product}智能产线改造', '{site}柔性产线自动化改造'],
  'cnc-machining': ['{equipment}数控机床联网（DNC）', '{product}数控加工效率提升'],
  'ot-security': ['{site}工控安全防护体系建设', '{site}网络安全等级保护合规'],
  'dx-diagnosis': ['{site}数字化转型诊断评估', '{product}企业智能制造成熟度评估'],
  'lean-production': ['{site}精益生产与TPM推进', '{product}价值流分析与精益管理'],
  'quality-management': ['{product}全流程质量追溯', '{product}SPC统计过程控制'],
  'standards-certification': ['{product}企业智能制造能力成熟度贯标', '{site}两化融合管理体系贯标'],
  'industrial-design': ['{product}工业设计与人机工程优化', '{product}外观设计升级'],
  'talent-training': ['{site}数字技能培训体系建设', '{product}一线员工工业互联网技能培训'],
  'investment-finance': ['{product}智能化改造融资对接', '{site}数字化转型项目产业基金对接'],
  'cold-chain': ['{product}冷链物流温控追溯', '{product}冷库管理数字化'],
  'port-logistics': ['{site}自动化码头改造', '{site}智慧港口海铁联运调度'],
};

const skillById = new Map(taxonomy.skills.map((s) => [s.id, s]));
const sectorById = new Map(taxonomy.sectors.map((s) => [s.id, s]));

const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);
/** Chinese aliases and acronyms read naturally in Chinese text; lower-case English phrases do not. */
const readsInChinese = (alias: string) => hasChinese(alias) || !/\b[a-z]{3,}\b/.test(alias);

export function skillZh(id: string): string {
  const skill = skillById.get(id);
  if (!skill) throw new Error(`unknown skill ${id}`);
  return skill.zh;
}

export function sectorZh(id: string): string {
  const sector = sectorById.get(id);
  if (!sector) throw new Error(`unknown sector ${id}`);
  return sector.zh;
}

/** An alias of the skill as people write it in Chinese text: a Chinese term or an acronym. */
export function skillAlias(rng: Random, id: string): string {
  const aliases = (skillById.get(id)?.aliases ?? []).filter(readsInChinese);
  return aliases.length ? rng.pick(aliases) : skillZh(id);
}

export function sectorAlias(rng: Random, id: string): string {
  const aliases = sectorById.get(id)?.aliases ?? [];
  return aliases.length ? rng.pick(aliases) : sectorZh(id);
}

/** The skill's Chinese name or, about a third of the time, one of its aliases. */
export function skillTerm(rng: Random, id: string): string {
  return rng.chance(0.35) ? skillAlias(rng, id) : skillZh(id);
}

export function profileOf(sector: string): SectorProfile {
  const profile = sectorProfiles[sector];
  if (!profile) throw new Error(`no profile for sector ${sector}`);
  return profile;
}

/** The sectors whose typical skills include one of `skills`: where such an expert is useful. */
export function sectorsForSkills(skills: readonly string[]): string[] {
  return Object.entries(sectorProfiles)
    .filter(([, profile]) => profile.skills.some((s) => skills.includes(s)))
    .map(([sector]) => sector);
}

/** Names the demo experts and the bench's synthetic ones are made of. */
export const surnames = (
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 ' +
  '肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 ' +
  '韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 孔 汤 欧阳'
).split(' ');
export const givenNames = (
  '伟 芳 敏 静 磊 军 洋 勇 杰 涛 明 超 刚 鹏 辉 斌 婷 琳 博 宁 波 峰 晶 蕾 慧 俊 毅 哲 昊 琦 ' +
  '志强 建国 海涛 晓东 文博 国华 立新 振华 永刚 建华 志远 海燕 晓丽 红梅 玉兰 春雷 宏伟 卫东 ' +
  '子涵 思远 浩然 宇航 俊杰 嘉怡 雨萱 明轩 一鸣 天佑 晨曦 欣怡 梓涵 子轩 诗琪 家豪 泽宇 凯文 ' +
  '建军 志刚 海波 晓峰 国强 文华 丽娟 秀英 桂芳 建平 小红 亚楠 晓明 春华 德明 树林 庆华 学军 ' +
  '爱民 新宇 振宇 立华 少华 剑锋 海鹰 卫国 长江 保国 跃进 光明 育新 向东 红军 永平 雪梅 秀兰'
).split(' ');

type TitleTable = Record<string, number>;
/** Titles by kind of organization, with weights. */
export const titles: Record<string, TitleTable> = {
  university: { 教授: 4, 副教授: 4, 研究员: 1, 讲师: 1 },
  institute: { 研究员: 3, 副研究员: 3, 高级工程师: 3, 正高级工程师: 1, 首席科学家: 1 },
  platform: { 首席架构师: 2, 解决方案总监: 2, 高级工程师: 3, 工业互联网专家: 1 },
  enterprise: {
    高级工程师: 5,
    正高级工程师: 2,
    首席架构师: 1,
    技术总监: 2,
    总工程师: 1,
    数字化转型总监: 1,
    工程师: 2,
    首席信息官: 1,
    智能制造部部长: 1,
  },
  caict: { 高级工程师: 3, 主任工程师: 2, 研究员: 2, 副总工程师: 1 },
  shenzhen: { 首席架构师: 2, 技术总监: 2, 高级工程师: 3, 解决方案架构师: 2, 首席技术官: 1 },
};

const benefits = [
  '生产效率提升20%以上',
  '设备综合效率（OEE）提升15%',
  '质量缺陷率下降30%',
  '单位产品能耗降低12%',
  '订单交付周期缩短25%',
  '库存周转率提升30%',
];

/** A bio from one of several templates; skills appear by Chinese name or by alias. */
export function expertBio(
  rng: Random,
  e: { organization: string; title: string; years: number; skills: string[]; sectors: string[] },
): string {
  const [s1 = '', s2 = s1, s3 = s2] = e.skills;
  const sector = e.sectors[e.sectors.length > 1 && e.sectors[0] === 'electronics' ? 1 : 0] ?? '';
  const n = rng.int(3, 30);
  const templates = [
    () =>
      `${e.organization}${e.title}，从事${skillZh(s1)}与${skillTerm(rng, s2)}相关工作${e.years}年，主持${sectorZh(sector)}行业${skillAlias(rng, s1)}项目${rng.int(2, 12)}项，熟悉${skillAlias(rng, s2)}、${skillAlias(rng, s3)}。`,
    () =>
      `长期深耕${sectorZh(sector)}（${sectorAlias(rng, sector)}）领域，专注${skillTerm(rng, s1)}、${skillTerm(rng, s2)}。曾为${n}家企业提供${skillAlias(rng, s1)}解决方案，具备从方案设计到落地实施的完整经验。`,
    () =>
      `研究方向为${skillZh(s1)}、${skillZh(s2)}。近年来围绕${sectorAlias(rng, sector)}企业数字化转型，承担省市级课题${rng.int(2, 9)}项，在${skillAlias(rng, s3)}方面有深入积累。`,
    () =>
      `熟悉${skillAlias(rng, s1)}、${skillAlias(rng, s2)}等技术，在${sectorZh(sector)}企业推动${skillZh(s3)}落地，帮助客户实现${rng.pick(benefits)}。`,
  ];
  return rng.pick(templates)();
}
