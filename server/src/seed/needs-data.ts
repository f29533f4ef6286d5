/**
 * Needs of Qingdao's member enterprises: the diagnosis cooperation needs collected at the
 * founding, the application scenarios published in Shenzhen, and a few recent projects.
 */
import type { CollaborationMode, NeedKind, NeedStatus } from '@qs/shared';
import { ALLIANCE_FOUNDED, ENABLED_ENTERPRISES, type DemoOrganization } from './organizations-data';
import type { Random } from './random';
import {
  crossSectorSkills,
  profileOf,
  sectorAlias,
  sectorZh,
  skillAlias,
  skillScenarios,
  skillTerm,
  skillZh,
} from './vocabulary';

export const NEED_COUNTS = {
  diagnosis: 56,
  scenario: 1320,
  project: 6,
  consulting: 5,
  training: 4,
};
export const SCENARIO_RELEASE = 'shenzhen-2021';

export interface DemoNeed {
  seedKey: string;
  organization: string;
  title: string;
  description: string;
  kind: NeedKind;
  sector: string;
  requiredSkills: string[];
  city: string;
  budget?: { min: number; max: number };
  deadline?: Date;
  collaborationMode?: CollaborationMode;
  status: NeedStatus;
  release?: string;
  createdAt: Date;
}

interface Scenario {
  title: string;
  skill: string;
}

const pains = [
  '设备数据分散在各系统，缺少统一采集与分析手段',
  '依赖人工巡检与经验判断，效率低且容易漏检',
  '生产计划频繁调整，插单多，交付周期难以保障',
  '能耗高且缺少实时计量，节能降碳压力大',
  '质量问题追溯困难，客户投诉处理周期长',
  '老旧设备协议不统一，联网率不足四成',
  '多品种小批量订单增多，产线柔性不足',
  '现场网络布线复杂，设备移动后难以接入',
];

const goals = [
  '关键设备联网率达到90%以上',
  '质量缺陷检出率提升到99%',
  '设备非计划停机时间减少30%',
  '单位产品能耗下降10%以上',
  '订单交付周期缩短20%',
  '形成可复制推广的行业解决方案',
  '建成市级数字化车间',
];

const dayMs = 86_400_000;

function dateBetween(rng: Random, from: string, to: string): Date {
  const start = Date.parse(from);
  return new Date(start + Math.floor(rng.next() * (Date.parse(to) - start)));
}

const seedKey = (kind: string, n: number, width: number) =>
  `${kind}-${String(n).padStart(width, '0')}`;

/** Every scenario title a sector's enterprises could publish, in a shuffled order. */
function sectorScenarios(rng: Random, sector: string): Scenario[] {
  const profile = profileOf(sector);
  const skills = [...new Set([...profile.skills, ...crossSectorSkills])];
  const fills: Record<string, string[]> = {
    '{site}': profile.sites,
    '{product}': profile.products,
    '{equipment}': profile.equipment,
  };
  const all = skills.flatMap((skill) =>
    (skillScenarios[skill] ?? []).flatMap((phrase) => {
      const slot = Object.keys(fills).find((key) => phrase.includes(key));
      const titles = slot
        ? (fills[slot] ?? []).map((word) => phrase.replace(slot, word))
        : [phrase];
      return titles.map((title) => ({ title, skill }));
    }),
  );
  return rng.shuffle(all);
}

/** Hands out each sector's scenarios in turn, so titles repeat only once a sector runs out. */
function scenarioSource(rng: Random) {
  const lists = new Map<string, Scenario[]>();
  const cursors = new Map<string, number>();
  return (sector: string): Scenario => {
    let list = lists.get(sector);
    if (!list) {
      list = sectorScenarios(rng, sector);
      lists.set(sector, list);
    }
    const cursor = cursors.get(sector) ?? 0;
    cursors.set(sector, cursor + 1);
    return list[cursor % list.length]!;
  };
}

/** A second skill the sector typically pairs with the first. */
function companionSkill(rng: Random, sector: string, skill: string): string | undefined {
  const others = profileOf(sector).skills.filter((s) => s !== skill);
  return others.length ? rng.pick(others) : undefined;
}

function scenarioNeed(
  rng: Random,
  n: number,
  org: DemoOrganization,
  next: (sector: string) => Scenario,
): DemoNeed {
  const sector = rng.pick(org.sectors);
  const { title, skill } = next(sector);
  const second = rng.chance(0.4) ? companionSkill(rng, sector, skill) : undefined;
  const directions = [skill, ...(second ? [second] : [])].map((s) => skillTerm(rng, s)).join('、');
  const description = [
    `【应用场景】${title}`,
    `【需求单位】${org.name}（${sectorZh(sector)}，${sectorAlias(rng, sector)}）`,
    `【现状与痛点】${rng.pick(pains)}。`,
    `【建设目标】${rng.pick(goals)}。`,
    `【技术方向】${directions}，欢迎具备${skillAlias(rng, skill)}落地经验的团队对接。`,
    '【发布】青岛市工业互联网应用场景深圳发布（2021年）',
  ].join('\n');
  return {
    seedKey: seedKey('scenario', n, 4),
    organization: org.name,
    title,
    description,
    kind: 'scenario',
    sector,
    requiredSkills: rng.chance(0.5) ? [skill, ...(second ? [second] : [])] : [],
    city: org.city,
    collaborationMode: rng.weighted({ onsite: 40, remote: 30, 'talent-enclave': 30 }),
    // Published in 2021: their call for partners has long ended (one draw, as before, so that
    // the rest of the demo data stays the same).
    status: rng.weighted({ closed: 85, in_progress: 15 }),
    release: SCENARIO_RELEASE,
    createdAt: dateBetween(rng, '2021-04-10T09:00:00+08:00', '2021-06-30T18:00:00+08:00'),
  };
}

function diagnosisNeed(
  rng: Random,
  n: number,
  org: DemoOrganization,
  next: (sector: string) => Scenario,
): DemoNeed {
  const sector = rng.pick(org.sectors);
  const focus = next(sector);
  const other = companionSkill(rng, sector, focus.skill) ?? focus.skill;
  const createdAt = dateBetween(rng, ALLIANCE_FOUNDED.toISOString(), '2021-04-30T18:00:00+08:00');
  const min = rng.int(2, 5) * 10_000;
  return {
    seedKey: seedKey('diagnosis', n, 3),
    organization: org.name,
    title: `工业数字化转型诊断合作需求：${focus.title}`,
    description:
      `我单位是${sectorZh(sector)}行业企业（${sectorAlias(rng, sector)}），${rng.pick(pains)}。` +
      `希望联盟专家开展数字化转型诊断（${skillAlias(rng, 'dx-diagnosis')}），围绕${skillTerm(rng, focus.skill)}、` +
      `${skillTerm(rng, other)}等方向评估现状、识别短板，提出分阶段实施路径与投资建议。`,
    kind: 'diagnosis',
    sector,
    requiredSkills: rng.chance(0.5) ? ['dx-diagnosis', focus.skill] : [],
    city: org.city,
    budget: { min, max: min + rng.int(3, 10) * 10_000 },
    deadline: new Date(createdAt.getTime() + 90 * dayMs),
    collaborationMode: 'onsite',
    status: n === 1 ? 'open' : rng.weighted({ open: 70, in_progress: 20, closed: 10 }),
    createdAt,
  };
}

type RecentKind = 'project' | 'consulting' | 'training';

/** Title, description, budget range (in 10,000 yuan) and skills of a recent need of `kind`. */
function recentContent(rng: Random, kind: RecentKind, sector: string, focus: Scenario) {
  const pain = rng.pick(pains);
  const other = companionSkill(rng, sector, focus.skill) ?? focus.skill;
  if (kind === 'project') {
    return {
      title: `${focus.title}项目`,
      description: `项目背景：${pain}。建设内容：${focus.title}，需要在${skillTerm(rng, focus.skill)}、${skillAlias(rng, other)}方面有落地经验的专家参与方案评审与实施指导。`,
      budget: [30, 300],
      skills: [focus.skill, other],
    };
  }
  if (kind === 'consulting') {
    return {
      title: `${skillZh(focus.skill)}咨询：${focus.title}`,
      description: `${pain}。拟聘请专家就${skillTerm(rng, focus.skill)}提供咨询，评估技术路线与供应商方案，目标是${rng.pick(goals)}。`,
      budget: [5, 20],
      skills: [focus.skill],
    };
  }
  return {
    title: `${sectorZh(sector)}企业${skillZh(focus.skill)}专题培训`,
    description: `面向车间主任与工艺骨干开展数字技能培训（${skillAlias(rng, 'talent-training')}），内容涵盖${skillTerm(rng, focus.skill)}与${skillAlias(rng, other)}的原理、案例与实操。`,
    budget: [2, 8],
    skills: ['talent-training', focus.skill],
  };
}

function recentNeed(
  rng: Random,
  kind: RecentKind,
  n: number,
  org: DemoOrganization,
  next: (sector: string) => Scenario,
): DemoNeed {
  const sector = rng.pick(org.sectors);
  const content = recentContent(rng, kind, sector, next(sector));
  const createdAt = dateBetween(rng, '2026-08-01T09:00:00+08:00', '2026-11-20T18:00:00+08:00');
  const [low = 1, high = 1] = content.budget;
  const min = rng.int(low, Math.round((low + high) / 2)) * 10_000;
  return {
    seedKey: seedKey(kind, n, 2),
    organization: org.name,
    title: content.title,
    description: content.description,
    kind,
    sector,
    requiredSkills: rng.chance(0.5) ? content.skills : [],
    city: org.city,
    budget: { min, max: Math.max(min, high * 10_000) },
    deadline: dateBetween(rng, '2027-01-15T18:00:00+08:00', '2027-06-30T18:00:00+08:00'),
    collaborationMode: kind === 'consulting' ? 'remote' : 'onsite',
    status: rng.weighted({ open: 80, in_progress: 20 }),
    createdAt,
  };
}

/** All demo needs; the demo enterprise (the first enabled enterprise) owns several of them. */
export function demoNeeds(rng: Random, organizations: DemoOrganization[]): DemoNeed[] {
  const enterprises = organizations.filter((o) => o.type === 'enterprise' && o.allianceMember);
  const named = enterprises.filter((o) =>
    (ENABLED_ENTERPRISES as readonly string[]).includes(o.name),
  );
  const rest = enterprises.filter((o) => !named.includes(o));
  const demoEnterprise = named[0]!;
  const next = scenarioSource(rng);
  const diagnosisOrgs = [...named, ...rng.sample(rest, NEED_COUNTS.diagnosis - named.length)];
  const recentKinds: RecentKind[] = ['project', 'consulting', 'training'];
  return [
    ...diagnosisOrgs.map((org, i) => diagnosisNeed(rng, i + 1, org, next)),
    ...Array.from({ length: NEED_COUNTS.scenario }, (_, i) =>
      scenarioNeed(rng, i + 1, rng.pick(enterprises), next),
    ),
    ...recentKinds.flatMap((kind) =>
      Array.from({ length: NEED_COUNTS[kind] }, (_, i) =>
        recentNeed(
          rng,
          kind,
          i + 1,
          i === 0 && kind !== 'training' ? demoEnterprise : rng.pick(enterprises),
          next,
        ),
      ),
    ),
  ];
}
