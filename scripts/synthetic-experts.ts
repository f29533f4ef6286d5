/**
 * Synthetic experts for the benches: Zipf-distributed skills and sectors, Chinese names, titles,
 * organisations and bios written from the taxonomy, the pools' cities in their real shares.
 * Deterministic for a seed.
 */
import { mulberry32 } from '../server/src/lib/random';
import type { ExpertDoc } from '../server/src/lib/search/port';
import { concepts, type Concept } from '../server/src/lib/search/taxonomy';

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Zipf-like: a few skills are everywhere, most are niche, as in a real expert pool. */
function zipfPicker<T>(random: Random, items: readonly T[], exponent: number): () => T {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** exponent);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
  return () => {
    const r = random();
    const index = cumulative.findIndex((c) => c >= r);
    return items[index < 0 ? items.length - 1 : index] as T;
  };
}

function pickDistinct<T>(count: number, next: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) out.add(next());
  return [...out];
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
].concat(['欧阳', '司马', '诸葛']);
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文斌鹏辉宇浩凯晨欣怡婷雪琳晶博飞鑫波亮健峰俊帅旭宁丹玲萍红梅莉燕琪瑶轩泽睿然思源佳嘉晓东海',
];
const TITLES = [
  '教授',
  '副教授',
  '研究员',
  '高级工程师',
  '正高级工程师',
  '首席技术官',
  '总工程师',
  '技术总监',
  '咨询总监',
  '高级顾问',
  '解决方案架构师',
  '副总经理',
  '实验室主任',
];
const CITIES: Array<[string, ExpertDoc['pool'], number]> = [
  ['青岛', 'qingdao', 0.42],
  ['深圳', 'shenzhen', 0.42],
  ['济南', 'other', 0.04],
  ['烟台', 'other', 0.03],
  ['广州', 'other', 0.03],
  ['东莞', 'other', 0.02],
  ['上海', 'other', 0.02],
  ['北京', 'other', 0.02],
];
const ORG_CORES = [
  '海尔',
  '海信',
  '青啤',
  '中车四方',
  '双星',
  '赛轮',
  '华为',
  '腾讯',
  '中兴',
  '比亚迪',
  '大疆',
  '富士康',
  '迈瑞',
  '研祥',
  '汇川',
  '雷赛',
  '优必选',
  '华大',
  '酷特',
  '特来电',
  '软控',
  '港湾',
  '北船',
  '明月',
];
const ORG_MIDDLES = ['智能', '工业', '数字', '信息', '自动化', '装备', '软件', '智造', '物联'];
const ORG_SUFFIXES = [
  '科技有限公司',
  '研究院',
  '技术中心',
  '股份有限公司',
  '创新中心',
  '大学',
  '设计院',
];
const FILLERS = [
  '具有丰富的现场实施经验。',
  '熟悉行业政策与标准体系。',
  '曾获省部级科技进步奖。',
  '指导多家企业通过两化融合贯标。',
  '长期参与产学研合作。',
  '发表学术论文二十余篇。',
  '擅长复杂项目的统筹管理。',
];

interface Organization {
  id: string;
  name: string;
}

function organizations(random: Random, count: number): Organization[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `org-${i}`,
    name: `${pick(random, ['青岛', '深圳', '山东', '广东'])}${pick(random, ORG_CORES)}${pick(random, ORG_MIDDLES)}${pick(random, ORG_SUFFIXES)}`,
  }));
}

/** A taxonomy term as people write it: usually the Chinese name, often an alias. */
function termOf(random: Random, concept: Concept): string {
  return random() < 0.6 ? concept.zh : pick(random, concept.terms);
}

function bioOf(random: Random, skills: Concept[], sectors: Concept[]): string {
  const [first, second] = [pick(random, skills), pick(random, skills)];
  const sector = pick(random, sectors);
  const parts = [
    `长期从事${termOf(random, first)}相关研究与工程实践，`,
    `主持${termOf(random, sector)}企业${termOf(random, second)}项目${1 + Math.floor(random() * 20)}项，`,
    `擅长${termOf(random, pick(random, skills))}与${termOf(random, pick(random, skills))}。`,
    pick(random, FILLERS),
    pick(random, FILLERS),
  ];
  if (random() < 0.2) parts.push(` Experienced in ${first.en} for ${sector.en} plants.`);
  return parts.join('');
}

function cityOf(random: Random): [string, ExpertDoc['pool']] {
  let r = random();
  for (const [city, pool, share] of CITIES) {
    if ((r -= share) <= 0) return [city, pool];
  }
  return ['青岛', 'qingdao'];
}

export function* syntheticExperts(count: number, seed: number): Generator<ExpertDoc> {
  const random = mulberry32(seed);
  const skills = concepts.filter((c) => c.kind === 'skill').sort(() => random() - 0.5);
  const sectors = concepts.filter((c) => c.kind === 'sector').sort(() => random() - 0.5);
  const nextSkill = zipfPicker(random, skills, 0.9);
  const nextSector = zipfPicker(random, sectors, 0.8);
  const orgs = organizations(random, Math.max(50, Math.floor(count / 120)));
  for (let i = 0; i < count; i++) {
    const expertSkills = pickDistinct(2 + Math.floor(random() * 5), nextSkill);
    const expertSectors = pickDistinct(1 + Math.floor(random() * 2), nextSector);
    const org = pick(random, orgs);
    const [city, pool] = cityOf(random);
    yield {
      id: `e${i.toString(36).padStart(6, '0')}`,
      name: `${pick(random, SURNAMES)}${pick(random, GIVEN)}${random() < 0.6 ? pick(random, GIVEN) : ''}`,
      title: pick(random, TITLES),
      organization: org.name,
      organizationId: org.id,
      city,
      pool,
      skills: expertSkills.map((c) => c.id),
      sectors: expertSectors.map((c) => c.id),
      bio: bioOf(random, expertSkills, expertSectors),
      yearsOfExperience: 3 + Math.floor(random() * 30),
      availability: random() < 0.6 ? 'available' : random() < 0.75 ? 'limited' : 'unavailable',
      verified: random() < 0.85,
      rating: Math.round((3 + random() * 2) * 10) / 10,
      // Derived from the position rather than drawn, so that the drawn corpus stays as it was.
      ratingCount: i % 10,
      invitations: i % 12,
      responseRate: Math.round(random() * 100) / 100,
      activeCollaborations: Math.floor(random() * 4),
      updatedAt: 1_700_000_000_000 + i * 1000,
    };
  }
}
