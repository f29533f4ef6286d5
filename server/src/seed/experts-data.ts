/**
 * The alliance's expert pool: nearly 300 experts, the first Shenzhen batch among them, with
 * skills and sectors that fit their organization and bios written with taxonomy terms and aliases.
 */
import type { Availability, CollaborationMode, Pool, VerificationStatus } from '@qs/shared';
import {
  ALLIANCE_CHAIR,
  ALLIANCE_FOUNDED,
  SHENZHEN_EXPERT_UNITS,
  type DemoOrganization,
} from './organizations-data';
import { Random } from './random';
import {
  crossSectorSkills,
  expertBio,
  givenNames,
  profileOf,
  sectorsForSkills,
  skillTerm,
  surnames,
  titles,
} from './vocabulary';

export const EXPERT_COUNTS = { total: 298, shenzhen: 30, other: 8, pending: 10, rejected: 3 };

export interface DemoVerificationEvent {
  decision: 'submitted' | 'verified' | 'rejected' | 'imported';
  note: string;
  at: Date;
}

export interface DemoExpert {
  name: string;
  title: string;
  organization: string;
  city: string;
  pool: Pool;
  skills: string[];
  sectors: string[];
  bio: string;
  yearsOfExperience: number;
  availability: Availability;
  collaborationModes: CollaborationMode[];
  contact: { phone: string; email: string };
  verification: {
    status: VerificationStatus;
    note?: string;
    at: Date;
    history: DemoVerificationEvent[];
  };
  rating: { average: number; count: number };
  stats: {
    invitations: number;
    responded: number;
    responseRate: number;
    medianResponseHours?: number;
  };
  activeCollaborations: number;
  /** collaborations started in `year` (Beijing time), from the demo's history (engagements-data.ts) */
  engagements?: { year: number; count: number };
  /** the yearly confirmation (pool rules): absent for profiles not yet verified */
  confirmedAt?: Date;
  createdAt: Date;
}

const seniorTitles = new Set([
  '教授',
  '研究员',
  '正高级工程师',
  '总工程师',
  '首席科学家',
  '首席架构师',
  '副总工程师',
  '首席技术官',
]);
const juniorTitles = new Set(['工程师', '讲师']);

/** What each named Shenzhen unit is known for; its experts draw most of their skills from it. */
const unitSkills: Record<string, string[]> = {
  [SHENZHEN_EXPERT_UNITS[0]]: [
    'identifier-resolution',
    '5g-private-network',
    'ot-security',
    'dx-diagnosis',
    'standards-certification',
    'edge-computing',
    'industrial-big-data',
  ],
  [SHENZHEN_EXPERT_UNITS[1]]: [
    'iiot-sensing',
    'edge-computing',
    '5g-private-network',
    'industrial-big-data',
    'industrial-ai',
    'opc-ua',
  ],
  [SHENZHEN_EXPERT_UNITS[2]]: [
    'iiot-platform',
    'cloud-native',
    'low-code',
    'digital-twin',
    'industrial-ai',
    'large-model',
    'mes',
  ],
};
/** How the 30 Shenzhen experts split over the three units. */
const unitShares = [12, 9, 9];

const rejectionNotes = [
  '职称证明材料缺失，请补充后重新提交',
  '所填单位与证明材料不一致，请核实后重新提交',
  '从业经历描述不足以支撑所选技能，请补充项目案例',
];

interface Draft {
  organization: DemoOrganization;
  pool: Pool;
  unitSkills?: string[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function dateBetween(rng: Random, from: string, to: string): Date {
  const start = Date.parse(from);
  return new Date(start + Math.floor(rng.next() * (Date.parse(to) - start)));
}

function uniqueName(rng: Random, taken: Set<string>): string {
  for (;;) {
    const name = rng.pick(surnames) + rng.pick(givenNames);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Distinct skills, mostly from `preferred`, the rest from the cross-sector ones. */
function drawSkills(rng: Random, preferred: readonly string[], count: number): string[] {
  const skills = new Set<string>();
  while (skills.size < count) {
    skills.add(rng.pick(rng.chance(0.7) ? preferred : crossSectorSkills));
  }
  return [...skills];
}

function skillsAndSectors(rng: Random, draft: Draft): { skills: string[]; sectors: string[] } {
  const count = rng.int(2, 5);
  if (draft.unitSkills) {
    const skills = drawSkills(rng, draft.unitSkills, count);
    const served = rng.sample(sectorsForSkills(skills), rng.int(1, 2));
    return { skills, sectors: ['electronics', ...served.filter((s) => s !== 'electronics')] };
  }
  const primary = rng.sample(draft.organization.sectors, rng.int(1, 2));
  const skills = drawSkills(
    rng,
    primary.flatMap((s) => profileOf(s).skills),
    count,
  );
  const more = sectorsForSkills(skills).filter((s) => !primary.includes(s));
  const sectors = more.length && rng.chance(0.3) ? [...primary, rng.pick(more)] : primary;
  return { skills, sectors };
}

function titleFor(rng: Random, draft: Draft): string {
  if (draft.unitSkills) {
    return rng.weighted(
      titles[draft.organization.name === SHENZHEN_EXPERT_UNITS[0] ? 'caict' : 'shenzhen']!,
    );
  }
  return rng.weighted(titles[draft.organization.type] ?? titles.enterprise!);
}

function yearsFor(rng: Random, title: string): number {
  if (seniorTitles.has(title)) return rng.int(15, 35);
  if (juniorTitles.has(title)) return rng.int(3, 10);
  return rng.int(6, 25);
}

/** Shenzhen experts write how they work with Qingdao: the talent-enclave model. */
function enclaveSentence(rng: Random, skill: string): string {
  return `可通过“人才飞地”模式为青岛企业提供${skillTerm(rng, skill)}远程支持与驻场服务。`;
}

function collaborationModesFor(rng: Random, pool: Pool): CollaborationMode[] {
  if (pool === 'shenzhen') {
    return rng.chance(0.75) ? ['talent-enclave', 'remote'] : ['talent-enclave', 'remote', 'onsite'];
  }
  if (pool === 'other') return rng.chance(0.6) ? ['remote'] : ['remote', 'onsite'];
  const mode = rng.weighted({ both: 55, onsite: 25, remote: 20 });
  return mode === 'both' ? ['onsite', 'remote'] : [mode];
}

function verificationFor(
  rng: Random,
  status: VerificationStatus,
): { verification: DemoExpert['verification']; createdAt: Date } {
  if (status === 'pending') {
    const at = dateBetween(rng, '2026-10-01T00:00:00+08:00', '2026-11-20T00:00:00+08:00');
    return {
      verification: { status, at, history: [{ decision: 'submitted', note: '', at }] },
      createdAt: at,
    };
  }
  if (status === 'rejected') {
    const submitted = dateBetween(rng, '2026-06-01T00:00:00+08:00', '2026-10-01T00:00:00+08:00');
    const at = new Date(submitted.getTime() + 3 * 86_400_000);
    const note = rng.pick(rejectionNotes);
    const history: DemoVerificationEvent[] = [
      { decision: 'submitted', note: '', at: submitted },
      { decision: 'rejected', note, at },
    ];
    return { verification: { status, note, at, history }, createdAt: submitted };
  }
  if (rng.chance(0.85)) {
    const note = '联盟首批专家，由市人社局导入专家信息库';
    return {
      verification: {
        status,
        at: ALLIANCE_FOUNDED,
        history: [{ decision: 'imported', note, at: ALLIANCE_FOUNDED }],
      },
      createdAt: ALLIANCE_FOUNDED,
    };
  }
  const submitted = dateBetween(rng, '2021-05-01T00:00:00+08:00', '2026-09-01T00:00:00+08:00');
  const at = new Date(submitted.getTime() + 2 * 86_400_000);
  const history: DemoVerificationEvent[] = [
    { decision: 'submitted', note: '', at: submitted },
    { decision: 'verified', note: '资料齐全，审核通过', at },
  ];
  return {
    verification: { status, note: '资料齐全，审核通过', at, history },
    createdAt: submitted,
  };
}

/**
 * When a verified expert last confirmed the profile: most within the year, a fifth due, a few
 * frozen. Drawn from a generator of its own, so that the rest of the dataset stays as it was.
 */
function confirmationFor(seq: number, createdAt: Date): Date {
  const rng = new Random(0x5eed + seq * 7919);
  const band = rng.weighted({ current: 70, due: 22, frozen: 8 });
  const at =
    band === 'current'
      ? dateBetween(rng, '2025-12-05T00:00:00+08:00', '2026-11-25T00:00:00+08:00')
      : band === 'due'
        ? dateBetween(rng, '2024-12-05T00:00:00+08:00', '2025-11-25T00:00:00+08:00')
        : dateBetween(rng, '2023-06-01T00:00:00+08:00', '2024-11-25T00:00:00+08:00');
  return at < createdAt ? createdAt : at;
}

/** Ratings and response statistics of an expert who has been working on the platform. */
function trackRecord(rng: Random, verified: boolean) {
  if (!verified) {
    return {
      rating: { average: 0, count: 0 },
      stats: { invitations: 0, responded: 0, responseRate: 0 },
      activeCollaborations: 0,
    };
  }
  const invitations = rng.int(0, 30);
  const responded = Math.round(invitations * (0.6 + 0.4 * rng.next()));
  return {
    rating: { average: Math.min(5, round(3.5 + rng.next() * 1.5, 1)), count: rng.int(1, 40) },
    stats: {
      invitations,
      responded,
      responseRate: invitations ? round(responded / invitations, 2) : 0,
      ...(invitations ? { medianResponseHours: rng.int(1, 72) } : {}),
    },
    activeCollaborations: Number(rng.weighted({ 0: 60, 1: 25, 2: 10, 3: 5 })),
  };
}

const poolCode: Record<Pool, string> = { qingdao: 'qd', shenzhen: 'sz', other: 'ot' };

function expertFrom(
  rng: Random,
  draft: Draft,
  seq: number,
  status: VerificationStatus,
  names: Set<string>,
): DemoExpert {
  const title = titleFor(rng, draft);
  const years = yearsFor(rng, title);
  const { skills, sectors } = skillsAndSectors(rng, draft);
  const organization = draft.organization.name;
  const bio = expertBio(rng, { organization, title, years, skills, sectors });
  const { verification, createdAt } = verificationFor(rng, status);
  return {
    name: uniqueName(rng, names),
    title,
    organization,
    city: draft.organization.city,
    pool: draft.pool,
    skills,
    sectors,
    bio: draft.pool === 'shenzhen' ? bio + enclaveSentence(rng, skills[0] ?? '') : bio,
    yearsOfExperience: years,
    availability: rng.weighted({ available: 78, limited: 16, unavailable: 6 }),
    collaborationModes: collaborationModesFor(rng, draft.pool),
    contact: {
      phone: `138${String(seq).padStart(8, '0')}`,
      email: `${poolCode[draft.pool]}-${String(seq).padStart(4, '0')}@experts.example.com`,
    },
    verification,
    ...trackRecord(rng, status === 'verified'),
    ...(status === 'verified' ? { confirmedAt: confirmationFor(seq, createdAt) } : {}),
    createdAt,
  };
}

/** Which organization each expert works at, the demo account's expert first. */
function drafts(rng: Random, organizations: DemoOrganization[]): Draft[] {
  const byName = new Map(organizations.map((o) => [o.name, o]));
  const chair = byName.get(ALLIANCE_CHAIR);
  if (!chair) throw new Error('the alliance chair is missing');
  const employers = organizations.filter(
    (o) => o.city === '青岛' && o.type !== 'government' && o.type !== 'association',
  );
  const weight = (o: DemoOrganization) =>
    o.name === ALLIANCE_CHAIR
      ? 10
      : ({ university: 9, platform: 8, institute: 4 }[o.type as string] ?? 1);
  const total = employers.reduce((sum, o) => sum + weight(o), 0);
  const pickEmployer = () => {
    let roll = rng.next() * total;
    return employers.find((o) => (roll -= weight(o)) < 0) ?? chair;
  };
  const qingdaoCount = EXPERT_COUNTS.total - EXPERT_COUNTS.shenzhen - EXPERT_COUNTS.other;
  const shenzhen = SHENZHEN_EXPERT_UNITS.flatMap((unit, i) =>
    Array.from({ length: unitShares[i] ?? 0 }, () => {
      const organization = byName.get(unit);
      if (!organization) throw new Error(`missing ${unit}`);
      return { organization, pool: 'shenzhen' as const, unitSkills: unitSkills[unit] ?? [] };
    }),
  );
  const elsewhere = organizations.filter((o) => o.city !== '青岛' && o.city !== '深圳');
  return [
    { organization: chair, pool: 'qingdao' },
    ...Array.from({ length: qingdaoCount - 1 }, () => ({
      organization: pickEmployer(),
      pool: 'qingdao' as const,
    })),
    ...shenzhen,
    ...Array.from({ length: EXPERT_COUNTS.other }, (_, i) => ({
      organization: elsewhere[i % elsewhere.length]!,
      pool: 'other' as const,
    })),
  ];
}

/** Verification states: a few pending (the bureau's queue) and rejected, never the demo expert. */
function statuses(rng: Random, count: number, candidates: number): VerificationStatus[] {
  const states: VerificationStatus[] = Array.from({ length: count }, () => 'verified');
  const chosen = rng.sample(
    Array.from({ length: candidates - 1 }, (_, i) => i + 1),
    EXPERT_COUNTS.pending + EXPERT_COUNTS.rejected,
  );
  chosen.forEach((index, i) => {
    states[index] = i < EXPERT_COUNTS.pending ? 'pending' : 'rejected';
  });
  return states;
}

/**
 * The demo experts; the first is the one the demo expert account signs in to, so it is verified,
 * available, and carries the account's name and email.
 */
export function demoExperts(
  rng: Random,
  organizations: DemoOrganization[],
  account: { name: string; email: string },
): DemoExpert[] {
  const plan = drafts(rng, organizations);
  const qingdaoCount = EXPERT_COUNTS.total - EXPERT_COUNTS.shenzhen - EXPERT_COUNTS.other;
  const states = statuses(rng, plan.length, qingdaoCount);
  const names = new Set<string>();
  const experts = plan.map((draft, i) => expertFrom(rng, draft, i + 1, states[i]!, names));
  const first = experts[0]!;
  experts[0] = {
    ...first,
    name: account.name,
    availability: 'available',
    contact: { ...first.contact, email: account.email },
  };
  return experts;
}
