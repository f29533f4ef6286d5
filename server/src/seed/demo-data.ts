/**
 * The demo dataset, generated from a fixed seed so that every run yields the same records with
 * the same natural keys. It mirrors the founding figures of the Qingdao–Shenzhen alliance
 * (shared/seed-facts.md). Records refer to each other by name or email; seeding resolves ids.
 */
import type { Role } from '@qs/shared';
import type { AgreementKind } from '../modules/collaborations';
import { demoEngagements, withTrackRecords, type DemoEngagement } from './engagements-data';
import { demoExperts, type DemoExpert } from './experts-data';
import { demoNeeds, type DemoNeed } from './needs-data';
import {
  ALLIANCE_CHAIR,
  ALLIANCE_FOUNDED,
  COSMOPLAT,
  ENABLED_ENTERPRISES,
  HR_BUREAU,
  SHENZHEN_ASSOCIATIONS,
  demoOrganizations,
  type DemoOrganization,
} from './organizations-data';
import { Random } from './random';

export { ALLIANCE_FOUNDED } from './organizations-data';

const SEED = 20_210_330;

/** The one password of every demo account (listed in the README; change it in production). */
export const DEMO_PASSWORD = 'Demo-2021-qs!';

export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  /** The organization the account acts for, by name. */
  organization?: string;
}

/** One account per role; the expert account signs in to a seeded, verified expert profile. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'admin', email: 'admin@demo.qsalliance.cn', name: '平台管理员' },
  {
    role: 'bureau',
    email: 'bureau@demo.qsalliance.cn',
    name: '市人社局专家库审核员',
    organization: HR_BUREAU,
  },
  {
    role: 'enterprise',
    email: 'enterprise@demo.qsalliance.cn',
    name: '九方泰禾数字化办公室',
    organization: ENABLED_ENTERPRISES[0],
  },
  { role: 'expert', email: 'expert@demo.qsalliance.cn', name: '周海峰' },
];

export interface DemoAgreement {
  seedKey: string;
  kind: AgreementKind;
  title: string;
  organization: string;
  partnerOrganization: string;
  expertEmail?: string;
  signedAt: Date;
  note: string;
}

export interface DemoData {
  organizations: DemoOrganization[];
  experts: DemoExpert[];
  needs: DemoNeed[];
  agreements: DemoAgreement[];
  accounts: readonly DemoAccount[];
  /** past invitations and collaborations; the experts' counters agree with them */
  engagements: DemoEngagement[];
}

const key = (prefix: string, n: number) => `${prefix}-${String(n).padStart(2, '0')}`;

/** The agreements signed at the founding ceremony on 30 March 2021. */
function demoAgreements(experts: DemoExpert[]): DemoAgreement[] {
  const signedAt = ALLIANCE_FOUNDED;
  const cooperation = experts
    .filter((e) => e.pool === 'shenzhen')
    .map((expert, i) => ({
      seedKey: key('expert-cooperation', i + 1),
      kind: 'expert-cooperation' as const,
      title: `青深人才产业协作专家合作协议（${expert.name}）`,
      organization: ALLIANCE_CHAIR,
      partnerOrganization: expert.organization,
      expertEmail: expert.contact.email,
      signedAt,
      note: `${expert.organization}${expert.title}${expert.name}加入青岛市工业互联网专家协作联盟`,
    }));
  const enablement = ENABLED_ENTERPRISES.map((enterprise, i) => ({
    seedKey: key('enablement', i + 1),
    kind: 'enablement' as const,
    title: `工业互联网赋能合作协议：卡奥斯COSMOPlat × ${enterprise}`,
    organization: COSMOPLAT,
    partnerOrganization: enterprise,
    signedAt,
    note: '依托卡奥斯COSMOPlat工业互联网平台开展数字化转型赋能',
  }));
  const framework = SHENZHEN_ASSOCIATIONS.map((association, i) => ({
    seedKey: key('framework', i + 1),
    kind: 'framework' as const,
    title: `人才产业协作框架协议：青岛市工业互联网专家协作联盟 × ${association}`,
    organization: ALLIANCE_CHAIR,
    partnerOrganization: association,
    signedAt,
    note: '分领域开展青深人才产业协作行动，推动青深专家库相互开放',
  }));
  return [...cooperation, ...enablement, ...framework];
}

/**
 * The demo accounts' expert and organization have no past engagements: their history would lack
 * the conversations that accepting an invitation opens, and their pages start empty.
 */
export function demoAccountsOutOfHistory() {
  return {
    experts: DEMO_ACCOUNTS.filter((a) => a.role === 'expert').map((a) => a.email),
    organizations: DEMO_ACCOUNTS.flatMap((a) =>
      a.role === 'enterprise' && a.organization ? [a.organization] : [],
    ),
  };
}

/** The whole dataset; each part has its own random stream so that parts do not shift each other. */
export function buildDemoData(): DemoData {
  const organizations = demoOrganizations(new Random(SEED));
  const expertAccount = DEMO_ACCOUNTS.find((a) => a.role === 'expert');
  if (!expertAccount) throw new Error('no demo expert account');
  const profiles = demoExperts(new Random(SEED + 1), organizations, expertAccount);
  const needs = demoNeeds(new Random(SEED + 2), organizations);
  const engagements = demoEngagements(profiles, needs, { exclude: demoAccountsOutOfHistory() });
  const experts = withTrackRecords(profiles, engagements);
  return {
    organizations,
    experts,
    needs,
    agreements: demoAgreements(experts),
    accounts: DEMO_ACCOUNTS,
    engagements,
  };
}
