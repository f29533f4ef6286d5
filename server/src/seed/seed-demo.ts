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
import { agreementTotals, seedDemoAgreements } from '../modules/collaborations';
import { expertTotals, hasExperts, linkSeededProfile, seedDemoExperts } from '../modules/experts';
import { needTotals, seedDemoNeeds } from '../modules/needs';
import {
  hasOrganizations,
  organizationNameKey,
  organizationTotals,
  seedDemoOrganizations,
} from '../modules/organizations';
import { ALLIANCE_FOUNDED, DEMO_PASSWORD, buildDemoData, type DemoData } from './demo-data';
export type SeedStep = 'organizations' | 'experts' | 'accounts' | 'needs' | 'agreements';

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
  return {
    created: {
      organizations: organizations.created,
      experts: experts.created,
      accounts: accounts.created,
      needs,
      agreements,
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
