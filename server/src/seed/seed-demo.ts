/**
 * Writes the demo dataset through the models. Idempotent: every record is upserted by its
 * natural key (organization name key, expert contact email, need/agreement seedKey, user email)
 * with `$setOnInsert`, so a second run creates nothing and never overwrites later edits.
 * Batched with bulkWrite and free of transactions, which the test server does not have.
 */
import { mongo, type Model, type Types } from 'mongoose';
import { needKinds, pools, verificationStatuses } from '@qs/shared';
import type { Logger } from '../lib/logger';
import { SKIP_OUTBOX } from '../lib/search-outbox';
import { hashPassword } from '../modules/auth';
import { UserModel } from '../modules/auth/user.model';
import { agreementKinds } from '../modules/collaborations';
// The seeder writes through the models: the one listed exception in eslint.config.js.
import { AgreementModel } from '../modules/collaborations/agreement.model';
import { ExpertModel } from '../modules/experts/expert.model';
import { suggestSkills } from '../modules/needs';
import { NeedModel } from '../modules/needs/need.model';
import { OrganizationModel } from '../modules/organizations/organization.model';
import { organizationNameKey } from '../modules/organizations';
import {
  ALLIANCE_FOUNDED,
  DEMO_PASSWORD,
  buildDemoData,
  type DemoAccount,
  type DemoData,
} from './demo-data';

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

type Progress = (done: number, total: number) => void;
type Ids = Map<string, Types.ObjectId>;

/** An upsert that only ever inserts: existing records keep whatever they became. */
interface InsertOnceOp {
  updateOne: { filter: Record<string, unknown>; update: { $setOnInsert: object }; upsert: true };
}

/** The part of a mongoose model the batches need (a structural type, for any of our models). */
interface BulkWritable {
  bulkWrite(
    ops: InsertOnceOp[],
    options: Record<string, unknown>,
  ): Promise<{ upsertedCount: number }>;
}

const CHUNK = 500;

/**
 * Untouched records need no re-indexing, and inserted ones start pending through the search
 * outbox's defaults, so the batches skip the outbox's update hook.
 */
const bulkOptions = { ordered: false, timestamps: false, [SKIP_OUTBOX]: true };

const insertOnce = (filter: Record<string, unknown>, doc: object): InsertOnceOp => ({
  updateOne: { filter, update: { $setOnInsert: doc }, upsert: true },
});

/** Duplicate-key errors mean a concurrent seeder inserted the same natural key first: fine. */
function upsertedDespiteDuplicates(err: unknown): number {
  if (err instanceof mongo.MongoBulkWriteError) {
    const errors = [err.writeErrors].flat();
    if (errors.every((e) => e.code === 11000)) return err.result.upsertedCount;
  }
  throw err;
}

/** Runs the upserts in chunks and answers how many records were inserted. */
async function upsertInChunks(
  model: BulkWritable,
  ops: InsertOnceOp[],
  progress: Progress,
): Promise<number> {
  let created = 0;
  progress(0, ops.length);
  for (let start = 0; start < ops.length; start += CHUNK) {
    created += await model
      .bulkWrite(ops.slice(start, start + CHUNK), bulkOptions)
      .then((result) => result.upsertedCount, upsertedDespiteDuplicates);
    progress(Math.min(start + CHUNK, ops.length), ops.length);
  }
  return created;
}

async function seedOrganizations(data: DemoData, progress: Progress) {
  const ops = data.organizations.map((org) => {
    const nameKey = organizationNameKey(org.name);
    return insertOnce(
      { nameKey },
      {
        ...org,
        nameKey,
        ...(org.allianceMember ? { allianceJoinedAt: ALLIANCE_FOUNDED } : {}),
        createdAt: ALLIANCE_FOUNDED,
        updatedAt: ALLIANCE_FOUNDED,
      },
    );
  });
  const created = await upsertInChunks(OrganizationModel, ops, progress);
  const keys = data.organizations.map((org) => organizationNameKey(org.name));
  const rows = await OrganizationModel.find({ nameKey: { $in: keys } }, { nameKey: 1 }).lean();
  return { created, ids: new Map(rows.map((row) => [row.nameKey, row._id])) as Ids };
}

function organizationId(ids: Ids, name: string): Types.ObjectId {
  const id = ids.get(organizationNameKey(name));
  if (!id) throw new Error(`organization ${name} was not seeded`);
  return id;
}

async function seedExperts(data: DemoData, orgIds: Ids, progress: Progress) {
  const ops = data.experts.map((expert) =>
    insertOnce(
      { 'contact.email': expert.contact.email },
      {
        ...expert,
        organizationId: organizationId(orgIds, expert.organization),
        source: 'seed',
        updatedAt: expert.verification.at,
      },
    ),
  );
  const created = await upsertInChunks(ExpertModel, ops, progress);
  const emails = data.experts.map((e) => e.contact.email);
  const rows = await ExpertModel.find({ 'contact.email': { $in: emails } }, { contact: 1 }).lean();
  return { created, ids: new Map(rows.map((row) => [row.contact.email ?? '', row._id])) as Ids };
}

/** Creates the account when missing; answers the user and whether it was created. */
async function ensureAccount(account: DemoAccount, orgIds: Ids) {
  const existing = await UserModel.findOne({ email: account.email }).lean();
  if (existing) return { user: existing, created: false };
  const user = await UserModel.create({
    email: account.email,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    name: account.name,
    role: account.role,
    ...(account.organization
      ? {
          organizationId: organizationId(orgIds, account.organization),
          membership: 'active',
          orgRole: 'owner',
          membershipRequestedAt: new Date(),
        }
      : {}),
  });
  return { user: user.toObject(), created: true };
}

/** Links the expert account and its profile both ways, as registration does (never relinks). */
async function linkExpert(userId: Types.ObjectId, expertId: Types.ObjectId): Promise<void> {
  await ExpertModel.updateOne({ _id: expertId, userId: { $exists: false } }, { $set: { userId } });
  await UserModel.updateOne({ _id: userId, expertId: { $exists: false } }, { $set: { expertId } });
}

async function seedAccounts(data: DemoData, orgIds: Ids, expertIds: Ids, progress: Progress) {
  let created = 0;
  const userIds = new Map<string, Types.ObjectId>();
  progress(0, data.accounts.length);
  for (const [i, account] of data.accounts.entries()) {
    const outcome = await ensureAccount(account, orgIds).catch(async (err: { code?: number }) => {
      if (err.code !== 11000) throw err;
      return { user: await UserModel.findOne({ email: account.email }).lean(), created: false };
    });
    if (!outcome.user) throw new Error(`account ${account.email} vanished`);
    if (outcome.created) created += 1;
    userIds.set(account.email, outcome.user._id);
    const expertId = expertIds.get(account.email);
    if (account.role === 'expert' && outcome.user.role === 'expert' && expertId) {
      await linkExpert(outcome.user._id, expertId);
    }
    progress(i + 1, data.accounts.length);
  }
  return { created, userIds };
}

async function seedNeeds(
  data: DemoData,
  orgIds: Ids,
  userIds: Map<string, Types.ObjectId>,
  progress: Progress,
) {
  const enterprise = data.accounts.find((a) => a.role === 'enterprise');
  const author = enterprise ? userIds.get(enterprise.email) : undefined;
  const ops = data.needs.map(({ organization, ...need }) =>
    insertOnce(
      { seedKey: need.seedKey },
      {
        ...need,
        organizationId: organizationId(orgIds, organization),
        ...(author && organization === enterprise?.organization ? { createdBy: author } : {}),
        // As when an enterprise posts a need without skills: matching uses the ones in the text.
        suggestedSkills: need.requiredSkills.length
          ? []
          : suggestSkills(need.title, need.description),
        source: 'seed',
        updatedAt: need.createdAt,
      },
    ),
  );
  return upsertInChunks(NeedModel, ops, progress);
}

async function seedAgreements(data: DemoData, orgIds: Ids, expertIds: Ids, progress: Progress) {
  const ops = data.agreements.map(
    ({ organization, partnerOrganization, expertEmail, ...agreement }) => {
      const expertId = expertEmail ? expertIds.get(expertEmail) : undefined;
      return insertOnce(
        { seedKey: agreement.seedKey },
        {
          ...agreement,
          organizationId: organizationId(orgIds, organization),
          partnerOrganizationId: organizationId(orgIds, partnerOrganization),
          ...(expertId ? { expertId } : {}),
          createdAt: agreement.signedAt,
          updatedAt: agreement.signedAt,
        },
      );
    },
  );
  return upsertInChunks(AgreementModel, ops, progress);
}

/** Counts of `field` values over `values`, one countDocuments each (no aggregation needed). */
async function countBy<T>(model: Model<T>, field: string, values: readonly string[]) {
  const counts = await Promise.all(values.map((value) => model.countDocuments({ [field]: value })));
  return Object.fromEntries(values.map((value, i) => [value, counts[i] ?? 0]));
}

async function existingCounts() {
  const [
    organizations,
    allianceMembers,
    experts,
    byPool,
    byStatus,
    needs,
    byKind,
    agreements,
    agreementsByKind,
  ] = await Promise.all([
    OrganizationModel.countDocuments(),
    OrganizationModel.countDocuments({ allianceMember: true }),
    ExpertModel.countDocuments(),
    countBy(ExpertModel, 'pool', pools),
    countBy(ExpertModel, 'verification.status', verificationStatuses),
    NeedModel.countDocuments(),
    countBy(NeedModel, 'kind', needKinds),
    AgreementModel.countDocuments(),
    countBy(AgreementModel, 'kind', agreementKinds),
  ]);
  return {
    organizations: { total: organizations, allianceMembers },
    experts: { total: experts, byPool, byStatus },
    needs: { total: needs, byKind },
    agreements: { total: agreements, byKind: agreementsByKind },
  };
}

/** Seeds the demo dataset on the open mongoose connection. */
export async function seedDemo(options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const progress =
    (step: SeedStep): Progress =>
    (done, total) =>
      options.onProgress?.(step, done, total);
  const data = buildDemoData();
  const organizations = await seedOrganizations(data, progress('organizations'));
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
    OrganizationModel.exists({}),
    ExpertModel.exists({}),
    UserModel.exists({ role: { $ne: 'admin' } }),
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
