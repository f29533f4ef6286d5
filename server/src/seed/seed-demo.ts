/**
 * Writes the demo dataset through the modules' seed functions. Idempotent: each module inserts
 * the records missing by their natural key (organization name key, expert contact email,
 * need/agreement seedKey, user email), so a second run creates nothing and never overwrites later
 * edits. Batched and free of transactions, which the test server does not have.
 */
import type { Types } from 'mongoose';
import type { Logger } from '../lib/logger';
import type { SeedProgress } from '../lib/seed-batches';
import { hasNonAdminUsers, linkSeededAccount, seedDemoAccount } from '../modules/auth';
import {
  agreementTotals,
  seedDemoAgreements,
  seedDemoCollaborations,
} from '../modules/collaborations';
import { expertTotals, hasExperts, linkSeededProfile, seedDemoExperts } from '../modules/experts';
import { seedDemoInvitations } from '../modules/invitation-store';
import { needTotals, seedDemoNeeds, seededNeedIds } from '../modules/needs';
import {
  hasOrganizations,
  organizationNameKey,
  organizationTotals,
  seedDemoOrganizations,
} from '../modules/organizations';
import { ALLIANCE_FOUNDED, DEMO_PASSWORD, buildDemoData, type DemoData } from './demo-data';
export type SeedStep =
  | 'organizations'
  | 'experts'
  | 'accounts'
  | 'needs'
  | 'agreements'
  | 'invitations'
  | 'collaborations';

export interface SeedOptions {
  /** Called after each batch: `done` of `total` records of `step` are written. */
  onProgress?: (step: SeedStep, done: number, total: number) => void;
}

export interface SeedSummary {
  /** What this run inserted; zero everywhere on a second run. */
  created: Record<SeedStep, number>;
  /** What now exists in the database. */
  organizations: { total: number; allianceMembers: number };
  experts: { total: number; byPool: Record<string, number>; byStatus: Record<string, number> };
  needs: { total: number; byKind: Record<string, number> };
  agreements: { total: number; byKind: Record<string, number> };
  accounts: Array<{ role: string; email: string; password: string }>;
  durationMs: number;
}

type Ids = Map<string, Types.ObjectId>;

function organizationId(ids: Ids, name: string): Types.ObjectId {
  const id = ids.get(organizationNameKey(name));
  if (!id) throw new Error(`organization ${name} was not seeded`);
  return id;
}

function seedExperts(data: DemoData, orgIds: Ids, progress: SeedProgress) {
  return seedDemoExperts(
    data.experts.map((expert) => ({
      ...expert,
      organizationId: organizationId(orgIds, expert.organization),
    })),
    progress,
  );
}

async function seedAccounts(data: DemoData, orgIds: Ids, expertIds: Ids, progress: SeedProgress) {
  let created = 0;
  const userIds = new Map<string, Types.ObjectId>();
  progress(0, data.accounts.length);
  for (const [i, account] of data.accounts.entries()) {
    const outcome = await seedDemoAccount(
      {
        email: account.email,
        name: account.name,
        role: account.role,
        ...(account.organization
          ? { organizationId: organizationId(orgIds, account.organization) }
          : {}),
      },
      DEMO_PASSWORD,
    );
    if (outcome.created) created += 1;
    userIds.set(account.email, outcome.user._id);
    const expertId = expertIds.get(account.email);
    // Linked both ways, as registration does.
    if (account.role === 'expert' && outcome.user.role === 'expert' && expertId) {
      await linkSeededProfile(expertId, outcome.user._id);
      await linkSeededAccount(outcome.user._id, expertId);
    }
    progress(i + 1, data.accounts.length);
  }
  return { created, userIds };
}

function seedNeeds(
  data: DemoData,
  orgIds: Ids,
  userIds: Map<string, Types.ObjectId>,
  progress: SeedProgress,
) {
  const enterprise = data.accounts.find((a) => a.role === 'enterprise');
  const author = enterprise ? userIds.get(enterprise.email) : undefined;
  return seedDemoNeeds(
    data.needs.map(({ organization, ...need }) => ({
      ...need,
      organizationId: organizationId(orgIds, organization),
      ...(author && organization === enterprise?.organization ? { createdBy: author } : {}),
    })),
    progress,
  );
}

function seedAgreements(data: DemoData, orgIds: Ids, expertIds: Ids, progress: SeedProgress) {
  return seedDemoAgreements(
    data.agreements.map(({ organization, partnerOrganization, expertEmail, ...agreement }) => {
      const expertId = expertEmail ? expertIds.get(expertEmail) : undefined;
      return {
        ...agreement,
        organizationId: organizationId(orgIds, organization),
        partnerOrganizationId: organizationId(orgIds, partnerOrganization),
        ...(expertId ? { expertId } : {}),
      };
    }),
    progress,
  );
}

const HISTORY_NOTE = '据联盟协作台账录入';

/**
 * The alliance's past invitations and collaborations (engagements-data.ts), recorded by the
 * bureau from its ledger: the bureau's account stands for whoever moved them.
 */
async function seedEngagements(
  data: DemoData,
  orgIds: Ids,
  expertIds: Ids,
  recordedBy: Types.ObjectId,
  progress: (step: SeedStep) => SeedProgress,
) {
  const needIds = await seededNeedIds([...new Set(data.engagements.map((e) => e.needSeedKey))]);
  const resolved = data.engagements.flatMap((engagement) => {
    const needId = needIds.get(engagement.needSeedKey);
    const expertId = expertIds.get(engagement.expertEmail);
    if (!needId || !expertId) return [];
    return [
      {
        engagement,
        needId,
        expertId,
        organizationId: organizationId(orgIds, engagement.organization),
      },
    ];
  });
  const invitations = await seedDemoInvitations(
    resolved.map(({ engagement: e, needId, expertId, organizationId }) => ({
      needId,
      organizationId,
      expertId,
      invitedBy: recordedBy,
      message: `诚邀您参与需求对接（${HISTORY_NOTE}）`,
      status: e.status,
      expiresAt: e.expiresAt,
      ...(e.respondedAt ? { respondedAt: e.respondedAt, responseHours: e.responseHours } : {}),
      history: [
        { status: 'pending' as const, by: recordedBy, at: e.invitedAt },
        e.status === 'expired'
          ? { status: 'expired' as const, at: e.expiresAt }
          : { status: e.status, by: recordedBy, at: e.respondedAt ?? e.invitedAt },
      ],
      createdAt: e.invitedAt,
    })),
    progress('invitations'),
  );
  const collaborations = await seedDemoCollaborations(
    resolved.flatMap(({ engagement: e, needId, expertId, organizationId }) => {
      const invitationId = invitations.ids.get(`${needId.toString()}:${expertId.toString()}`);
      const c = e.collaboration;
      if (!invitationId || !c) return [];
      const event = (status: 'active' | 'agreed' | 'completed' | 'cancelled', at: Date) => ({
        status,
        by: recordedBy,
        at,
        note: HISTORY_NOTE,
      });
      const agreedAt = new Date(c.startedAt.getTime() + 7 * 24 * 60 * 60 * 1000);
      const ended = c.endedAt && c.status !== 'active' ? [event(c.status, c.endedAt)] : [];
      const agreed = c.status === 'completed' ? [event('agreed', agreedAt)] : [];
      return [
        {
          invitationId,
          needId,
          expertId,
          organizationId,
          status: c.status,
          ...(agreed.length ? { agreement: { signedAt: agreedAt } } : {}),
          history: [event('active', c.startedAt), ...agreed, ...ended],
          createdAt: c.startedAt,
        },
      ];
    }),
    progress('collaborations'),
  );
  return { invitations: invitations.created, collaborations };
}

async function existingCounts() {
  const [organizations, experts, needs, agreements] = await Promise.all([
    organizationTotals(),
    expertTotals(),
    needTotals(),
    agreementTotals(),
  ]);
  return { organizations, experts, needs, agreements };
}

/** Seeds the demo dataset on the open mongoose connection. */
export async function seedDemo(options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const progress =
    (step: SeedStep): SeedProgress =>
    (done, total) =>
      options.onProgress?.(step, done, total);
  const data = buildDemoData();
  const organizations = await seedDemoOrganizations(
    data.organizations,
    ALLIANCE_FOUNDED,
    progress('organizations'),
  );
  const experts = await seedExperts(data, organizations.ids, progress('experts'));
  const accounts = await seedAccounts(data, organizations.ids, experts.ids, progress('accounts'));
  const needs = await seedNeeds(data, organizations.ids, accounts.userIds, progress('needs'));
  const agreements = await seedAgreements(
    data,
    organizations.ids,
    experts.ids,
    progress('agreements'),
  );
  const bureau = data.accounts.find((a) => a.role === 'bureau');
  const recordedBy = bureau ? accounts.userIds.get(bureau.email) : undefined;
  if (!recordedBy) throw new Error('the demo bureau account was not seeded');
  const engagements = await seedEngagements(
    data,
    organizations.ids,
    experts.ids,
    recordedBy,
    progress,
  );
  return {
    created: {
      organizations: organizations.created,
      experts: experts.created,
      accounts: accounts.created,
      needs,
      agreements,
      ...engagements,
    },
    ...(await existingCounts()),
    accounts: data.accounts.map(({ role, email }) => ({ role, email, password: DEMO_PASSWORD })),
    durationMs: Date.now() - started,
  };
}

/** Nothing worth keeping yet: no organizations, no experts, no users other than admins. */
export async function isDatabaseEmpty(): Promise<boolean> {
  const [organization, expert, user] = await Promise.all([
    hasOrganizations(),
    hasExperts(),
    hasNonAdminUsers(),
  ]);
  return !organization && !expert && !user;
}

/** Start-up seeding: one log line per finished step, then the demo accounts. */
export async function seedOnStart(logger: Logger): Promise<void> {
  logger.info('empty database: seeding the demo data');
  const summary = await seedDemo({
    onProgress: (step, done, total) => {
      if (done === total) logger.info({ step, records: total }, `demo data: ${step} done`);
    },
  });
  logger.info(
    { created: summary.created, durationMs: summary.durationMs },
    `demo data seeded; accounts ${summary.accounts.map((a) => a.email).join(', ')} ` +
      `share the password ${DEMO_PASSWORD}`,
  );
}
