/**
 * The platform at volume for `bench:api` and `bench:stats`: synthetic organizations, experts,
 * needs, invitations and collaborations written straight to the embedded MongoDB (mongo-java-server
 * in memory, as the tests and the other benches run it), then the platform started on it, which
 * builds its embedded search index from the database as at any start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { taxonomy, type CollaborationStatus, type InvitationStatus } from '@qs/shared';
import { provisionMongo, type ProvisionedMongo } from '../server/src/lib/db';
import { mulberry32 } from '../server/src/lib/random';
import type { SearchEngine } from '../server/src/lib/search';
import { hashPassword } from '../server/src/modules/auth';
// The benches write their corpus straight to MongoDB, around the services; eslint.config.js lists it.
import { UserModel } from '../server/src/modules/auth/user.model';
import { CollaborationModel } from '../server/src/modules/collaborations/collaboration.model';
import { ExpertModel } from '../server/src/modules/experts/expert.model';
import { InvitationModel } from '../server/src/modules/invitation-store/invitation.model';
import { NeedModel } from '../server/src/modules/needs/need.model';
import { OrganizationModel } from '../server/src/modules/organizations/organization.model';
import { startPlatform, type RunningPlatform } from '../server/src/server';
import { pick, syntheticExperts, type Random } from './synthetic-experts';

export interface CorpusSize {
  experts: number;
  needs: number;
  invitations: number;
  collaborations: number;
}

export const PASSWORD = 'bench-password-1';
const CHUNK = 2000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Records are spread over the last two years, so that trends have something in every month. */
const SPAN_MS = 730 * DAY_MS;
const ENTERPRISES = 1000;
const ENTERPRISE_CITIES = ['青岛', '青岛', '深圳', '深圳', '济南', '东莞'];

/** What the benches sign in as and ask about. */
export interface Corpus {
  /** the bureau's and the benches' enterprise users' emails (password PASSWORD) */
  bureauEmail: string;
  enterpriseEmails: string[];
  /** open needs of the enterprise users' organization, with required skills */
  needIds: string[];
  /** verified experts an enterprise may see */
  expertIds: string[];
  /** an account of a verified, available expert of a pool, confirmed today (password PASSWORD) */
  expertEmail: string;
  openNeeds: number;
}

export interface BenchPlatform {
  platform: RunningPlatform;
  corpus: Corpus;
  close(): Promise<void>;
}

interface SeededInvitation {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  invitedBy: Types.ObjectId | undefined;
  message: string;
  status: InvitationStatus;
  expiresAt: Date;
  respondedAt?: Date;
  responseHours?: number;
  history: { status: InvitationStatus; at: Date }[];
  createdAt: Date;
  updatedAt: Date;
}

const ago = (random: Random, now: number) => new Date(now - Math.floor(random() * SPAN_MS));

async function insertInChunks<T>(
  label: string,
  docs: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < docs.length; i += CHUNK) await insert(docs.slice(i, i + CHUNK));
  console.error(
    `  ${label}: ${docs.length.toLocaleString('en')} in ${Math.round(performance.now() - started)} ms`,
  );
}

/** Plain documents as the models store them: no casting, defaults spelt out. */
const raw = { lean: true } as const;

async function seed(size: CorpusSize, users: number): Promise<Corpus> {
  const random = mulberry32(20_261_129);
  const now = Date.now();
  const passwordHash = await hashPassword(PASSWORD);
  const skills = taxonomy.skills.map((s) => s.id);
  const sectors = taxonomy.sectors.map((s) => s.id);

  const generated = [...syntheticExperts(size.experts, 20_240_601 + size.experts)];
  const organizationIds = new Map<string, Types.ObjectId>();
  for (const doc of generated) {
    if (!organizationIds.has(doc.organization))
      organizationIds.set(doc.organization, new Types.ObjectId());
  }
  const enterprises = Array.from({ length: ENTERPRISES }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `压测制造企业${i}`,
    city: ENTERPRISE_CITIES[i % ENTERPRISE_CITIES.length] as string,
  }));
  const organizations = [
    ...[...organizationIds].map(([name, _id]) => ({
      _id,
      name,
      nameKey: name.toLowerCase(),
      type: name.endsWith('大学') ? 'university' : 'institute',
      city: name.startsWith('深圳') || name.startsWith('广东') ? '深圳' : '青岛',
      allianceMember: random() < 0.3,
    })),
    ...enterprises.map((org) => ({
      ...org,
      nameKey: org.name,
      type: 'enterprise',
      allianceMember: random() < 0.2,
    })),
  ].map((org) => ({ ...org, sectors: [], description: '', createdAt: new Date(now - SPAN_MS) }));
  await insertInChunks('organizations', organizations, (chunk) =>
    OrganizationModel.insertMany(chunk, raw),
  );

  const experts = generated.map((doc, i) => {
    const createdAt = ago(random, now);
    const invitations = Math.floor(random() * 12);
    const responded = Math.floor(invitations * random());
    return {
      _id: new Types.ObjectId(),
      name: doc.name,
      title: doc.title,
      organization: doc.organization,
      organizationId: organizationIds.get(doc.organization),
      city: doc.city,
      pool: doc.pool,
      skills: doc.skills,
      sectors: doc.sectors,
      bio: doc.bio,
      yearsOfExperience: doc.yearsOfExperience,
      availability: doc.availability,
      collaborationModes: random() < 0.1 ? ['remote', 'talent-enclave'] : ['remote', 'onsite'],
      contact: {
        email: `expert-${i}@bench.invalid`,
        phone: `1380000${String(i).padStart(4, '0')}`,
      },
      verification: {
        status: doc.verified ? 'verified' : 'pending',
        at: createdAt,
        history: [{ decision: 'imported', note: '', at: createdAt }],
      },
      rating: { average: doc.rating, count: Math.floor(random() * 10) },
      stats: {
        invitations,
        responded,
        responseRate: invitations ? responded / invitations : 0,
      },
      activeCollaborations: doc.activeCollaborations,
      source: 'import',
      search: { pending: true, version: 1 },
      createdAt,
      updatedAt: createdAt,
    };
  });
  await insertInChunks('experts', experts, (chunk) => ExpertModel.insertMany(chunk, raw));
  const verified = experts.filter((e) => e.verification.status === 'verified');

  const bench = enterprises[0] as (typeof enterprises)[number];
  const userIds = enterprises.map(() => new Types.ObjectId());
  const needs = Array.from({ length: size.needs }, (_, i) => {
    // The benches' enterprise owns a share of the needs, as a busy member would.
    const org = i % 50 === 0 ? 0 : Math.floor(random() * ENTERPRISES);
    const owner = enterprises[org] as (typeof enterprises)[number];
    const required = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      pick(random, skills),
    );
    const createdAt = ago(random, now);
    const status = random() < 0.5 ? 'open' : random() < 0.6 ? 'in_progress' : 'closed';
    return {
      _id: new Types.ObjectId(),
      organizationId: owner._id,
      createdBy: userIds[org],
      title: `压测需求${i}：${taxonomy.skills.find((s) => s.id === required[0])?.zh}改造`,
      description: '我们希望找到有实施经验的专家，帮助工厂完成数字化转型诊断与改造。',
      kind: random() < 0.7 ? 'scenario' : 'diagnosis',
      sector: pick(random, sectors),
      requiredSkills: [...new Set(required)],
      suggestedSkills: [],
      city: owner.city,
      status,
      source: 'seed',
      ...(random() < 0.7 ? { matchedAt: new Date(createdAt.getTime() + DAY_MS) } : {}),
      search: { pending: true, version: 1 },
      createdAt,
      updatedAt: createdAt,
    };
  });
  await insertInChunks('needs', needs, (chunk) => NeedModel.insertMany(chunk, raw));

  const pairs = new Set<string>();
  const invitations: SeededInvitation[] = [];
  while (invitations.length < size.invitations) {
    const need = pick(random, needs);
    const expert = pick(random, verified);
    const key = `${need._id}-${expert._id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    // The first `collaborations` invitations were accepted: each started a collaboration.
    const status: InvitationStatus =
      invitations.length < size.collaborations
        ? 'accepted'
        : pick(random, ['pending', 'declined', 'declined', 'expired', 'withdrawn'] as const);
    // A pending invitation is younger than its week: older ones the expiry job has expired.
    const createdAt =
      status === 'pending'
        ? new Date(now - Math.floor(random() * 6 * DAY_MS))
        : new Date(need.createdAt.getTime() + Math.floor(random() * 30 * DAY_MS));
    const responseHours = Math.round(random() * 72 * 100) / 100;
    const respondedAt = new Date(createdAt.getTime() + responseHours * HOUR_MS);
    const answered = status === 'accepted' || status === 'declined';
    invitations.push({
      _id: new Types.ObjectId(),
      needId: need._id,
      organizationId: need.organizationId,
      expertId: expert._id,
      invitedBy: need.createdBy,
      message: '诚邀您参与我司的数字化转型诊断',
      status,
      expiresAt: new Date(createdAt.getTime() + 7 * DAY_MS),
      ...(answered ? { respondedAt, responseHours } : {}),
      history: status === 'pending' ? [] : [{ status, at: respondedAt }],
      createdAt,
      updatedAt: createdAt,
    });
  }
  await insertInChunks('invitations', invitations, (chunk) =>
    InvitationModel.insertMany(chunk, raw),
  );

  const collaborations = invitations.slice(0, size.collaborations).map((invitation) => {
    const status = pick(random, [
      'active',
      'agreed',
      'completed',
      'completed',
      'cancelled',
    ] as const satisfies CollaborationStatus[]);
    const at = invitation.respondedAt ?? invitation.createdAt;
    const by = invitation.invitedBy as Types.ObjectId;
    const history = [{ status: 'active', by, at }];
    if (status !== 'active') history.push({ status, by, at: new Date(at.getTime() + 9 * DAY_MS) });
    return {
      invitationId: invitation._id,
      needId: invitation.needId,
      expertId: invitation.expertId,
      organizationId: invitation.organizationId,
      status,
      ...(status === 'agreed' || status === 'completed'
        ? { agreement: { signedAt: new Date(at.getTime() + 2 * DAY_MS) } }
        : {}),
      history,
      ratings: {},
      createdAt: at,
      updatedAt: at,
    };
  });
  await insertInChunks('collaborations', collaborations, (chunk) =>
    CollaborationModel.insertMany(chunk, raw),
  );

  const bureauEmail = 'bureau@bench.invalid';
  const enterpriseEmails = Array.from({ length: users }, (_, i) => `enterprise-${i}@bench.invalid`);
  await UserModel.insertMany(
    [
      { email: bureauEmail, passwordHash, name: '人社局', role: 'bureau' },
      ...enterpriseEmails.map((email, i) => ({
        ...(i === 0 ? { _id: userIds[0] } : {}),
        email,
        passwordHash,
        name: `企业用户${i}`,
        role: 'enterprise',
        organizationId: bench._id,
        membership: 'active',
        orgRole: i === 0 ? 'owner' : 'member',
      })),
    ].map((user) => ({ ...user, createdAt: new Date(now), updatedAt: new Date(now) })),
    raw,
  );
  const benchNeeds = needs.filter((n) => n.organizationId === bench._id && n.status === 'open');
  const expertEmail = 'browsing-expert@bench.invalid';
  const browsing = verified.find(
    (e) => e.availability === 'available' && (e.pool === 'qingdao' || e.pool === 'shenzhen'),
  );
  if (browsing) {
    await ExpertModel.updateOne({ _id: browsing._id }, { $set: { confirmedAt: new Date(now) } });
    await UserModel.insertMany(
      [
        {
          email: expertEmail,
          passwordHash,
          name: browsing.name,
          role: 'expert',
          expertId: browsing._id,
          createdAt: new Date(now),
          updatedAt: new Date(now),
        },
      ],
      raw,
    );
  }
  return {
    expertEmail,
    openNeeds: needs.filter((n) => n.status === 'open').length,
    bureauEmail,
    enterpriseEmails,
    needIds: benchNeeds.slice(0, 20).map((n) => n._id.toString()),
    expertIds: verified
      .filter((e) => e.pool !== 'other')
      .slice(0, 200)
      .map((e) => e._id.toString()),
  };
}

const ENV = {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  SEED_DEMO: 'never',
  SESSION_SECRET: 'bench-secret',
  REDIS_URL: '',
  MEILI_URL: '',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
};

/**
 * Writes the corpus, then starts the platform on it (port 0) with `search` as its engine, if
 * given; `users` enterprise accounts of one organization sign in for the benches.
 */
export async function benchPlatform(
  size: CorpusSize,
  options: { users: number; search?: SearchEngine },
): Promise<BenchPlatform> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-bench-'));
  let mongo: ProvisionedMongo | undefined;
  try {
    mongo = await provisionMongo({ dataDir, persistent: false, log: (msg) => console.error(msg) });
    const uri = `${mongo.uri.replace(/\/$/, '')}/bench`;
    await mongoose.connect(uri, { autoCreate: false, autoIndex: false });
    await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
    console.error(
      `writing ${size.experts.toLocaleString('en')} experts, ${size.needs.toLocaleString('en')} needs, ` +
        `${size.invitations.toLocaleString('en')} invitations, ${size.collaborations.toLocaleString('en')} collaborations`,
    );
    const corpus = await seed(size, options.users);
    await mongoose.disconnect();
    const started = performance.now();
    const platform = await startPlatform({
      port: 0,
      mongodbUri: uri,
      dataDir,
      env: ENV,
      ...(options.search ? { search: options.search } : {}),
    });
    console.error(`platform started in ${Math.round(performance.now() - started)} ms`);
    const stopMongo = mongo;
    return {
      platform,
      corpus,
      close: async () => {
        await platform.close();
        await stopMongo.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await mongoose.disconnect();
    await mongo?.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** A session cookie for `email`, signed in through HTTP. */
export async function sessionCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login of ${email}: ${res.status}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie.split(';')[0] as string;
}

/** Milliseconds one signed-in GET takes, its body read; anything but 200 is an error. */
export async function timedGet(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) * 100) /
    100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}
