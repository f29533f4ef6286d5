import { Types } from 'mongoose';
import type { Pool } from '@qs/shared';
import { countBy, withinScope, type StatsScope } from '../../lib/count-by';
import { ConflictError } from '../../lib/errors';
import { findInChunks } from '../../lib/in-chunks';
import { median } from '../../lib/median';
import { applyOnce, wasApplied } from './counters';
import { ExpertModel, type ExpertRecord } from './expert.model';

type Id = string | Types.ObjectId;

const unique = (ids: Id[]) => [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));

/** One expert's record, or null. */
export function findExpert(id: Id): Promise<ExpertRecord | null> {
  return ExpertModel.findById(new Types.ObjectId(id)).lean<ExpertRecord>();
}

/** The records of many experts at once, in no particular order; unknown ids are left out. */
export function findExperts(ids: Id[]): Promise<ExpertRecord[]> {
  return ExpertModel.find({ _id: { $in: unique(ids) } }).lean<ExpertRecord[]>();
}

/** Names of many experts at once, by id. */
export async function expertNames(ids: Id[]): Promise<Map<string, string>> {
  const rows = await ExpertModel.find({ _id: { $in: unique(ids) } }, { name: 1 }).lean();
  return new Map(rows.map((row) => [row._id.toString(), row.name]));
}

/** Names and accounts of many experts at once, by id: what parties of a record show. */
export async function expertNamesAndAccounts(
  ids: Id[],
): Promise<Map<string, { name: string; userId?: string }>> {
  const rows = await ExpertModel.find({ _id: { $in: unique(ids) } }, { name: 1, userId: 1 }).lean();
  return new Map(
    rows.map((row) => [
      row._id.toString(),
      { name: row.name, ...(row.userId ? { userId: row.userId.toString() } : {}) },
    ]),
  );
}

/** The expert's own account, if it has one (imported experts may not yet). */
export async function expertUserId(id: Id): Promise<string | undefined> {
  const expert = await ExpertModel.findById(new Types.ObjectId(id), { userId: 1 }).lean();
  return expert?.userId?.toString();
}

const RATING_ATTEMPTS = 20;

/**
 * Adds a score to the expert's rating once per `key`. No transactions and no pipeline updates: a
 * read-modify-write whose write only applies while `rating.count` (the version) is unchanged.
 */
export async function addRating(expertId: Types.ObjectId, key: string, score: number) {
  for (let attempt = 0; attempt < RATING_ATTEMPTS; attempt++) {
    const expert = await ExpertModel.findById(expertId, { rating: 1 }).lean();
    if (!expert) return;
    const { average, count } = expert.rating;
    const update = {
      $inc: { 'rating.count': 1 },
      $set: { 'rating.average': (average * count + score) / (count + 1) },
    };
    if (await applyOnce(expertId, key, update, { 'rating.count': count })) return;
    if (await wasApplied(expertId, key)) return;
  }
  throw new ConflictError({ key: 'expert_rating_busy' });
}

/** The response times (hours) of the expert's answered invitations; the invitations module answers. */
export type ResponseHoursOf = (expertId: Types.ObjectId) => Promise<number[]>;

/**
 * Recomputes the response rate and median from the counters and the answered invitations. The
 * write applies only while the counters are those it read: a concurrent change of either is
 * followed by its own refresh, so the last refresh always writes from the newest counters.
 */
async function refreshResponseStats(expertId: Types.ObjectId, responseHoursOf: ResponseHoursOf) {
  const [expert, answered] = await Promise.all([
    ExpertModel.findById(expertId, { stats: 1 }).lean(),
    responseHoursOf(expertId),
  ]);
  if (!expert) return;
  const { invitations, responded } = expert.stats;
  const medianHours = median(answered);
  await ExpertModel.updateOne(
    { _id: expertId, 'stats.invitations': invitations, 'stats.responded': responded },
    {
      $set: {
        'stats.responseRate': invitations ? Math.min(1, responded / invitations) : 0,
        ...(medianHours !== undefined ? { 'stats.medianResponseHours': medianHours } : {}),
      },
    },
  );
}

/**
 * Counts one event of an invitation on its expert (`invited`: a new one reached the expert;
 * `answered`: accepted or declined), once however often repeated, then refreshes the response
 * statistics.
 */
export async function countInvitationEvent(
  invitation: { _id: Types.ObjectId; expertId: Types.ObjectId },
  event: 'invited' | 'answered',
  responseHoursOf: ResponseHoursOf,
): Promise<void> {
  const field = event === 'invited' ? 'stats.invitations' : 'stats.responded';
  const key = `${event}:${invitation._id.toString()}`;
  await applyOnce(invitation.expertId, key, { $inc: { [field]: 1 } });
  await refreshResponseStats(invitation.expertId, responseHoursOf);
}

/* Statistics: what the stats module reads of experts. */

/** Experts by verification status or by pool. */
export function expertCountsBy(field: 'verification.status' | 'pool', scope: StatsScope = {}) {
  return countBy(ExpertModel, field, withinScope(scope, 'sectors'));
}

/** The pool of each of the given experts, by id ('other' when it has none). */
export async function poolsOf(ids: Id[]): Promise<Map<string, Pool>> {
  const rows = await findInChunks(unique(ids), (chunk) =>
    ExpertModel.find({ _id: { $in: chunk } }, { pool: 1 }).lean(),
  );
  return new Map(rows.map((row) => [row._id.toString(), row.pool ?? 'other']));
}

/** How many verified experts (in the scope) have each skill. */
export async function verifiedSkillSupply(scope: StatsScope = {}): Promise<Map<string, number>> {
  const rows = await ExpertModel.aggregate<{ _id: string; count: number }>([
    { $match: { ...withinScope(scope, 'sectors'), 'verification.status': 'verified' } },
    { $unwind: '$skills' },
    { $group: { _id: '$skills', count: { $sum: 1 } } },
  ]);
  return new Map(rows.map((row) => [row._id, row.count]));
}

/** What the statistics' read model keeps of an expert. */
export interface ExpertStatsFact {
  _id: Types.ObjectId;
  city: string;
  sectors: string[];
  pool?: Pool;
  verification?: { status?: string };
  createdAt: Date;
}

/** How many experts there are (from the collection's metadata). */
export function expertCount(): Promise<number> {
  return ExpertModel.estimatedDocumentCount();
}

/** The given experts (every expert without `ids`) as the statistics' read model counts them. */
export function expertStatsFacts(ids?: Id[]): Promise<ExpertStatsFact[]> {
  return ExpertModel.find(ids ? { _id: { $in: unique(ids) } } : {}, {
    city: 1,
    sectors: 1,
    pool: 1,
    'verification.status': 1,
    createdAt: 1,
  }).lean<ExpertStatsFact[]>();
}

/** When each expert created within the scope was created. */
export async function expertCreationTimes(scope: StatsScope): Promise<Date[]> {
  const rows = await ExpertModel.find(withinScope(scope, 'sectors'), { createdAt: 1 }).lean();
  return rows.map((row) => row.createdAt);
}

/** Inserts ready-made expert records in bulk, bypassing the profile workflow: for seeders and benches. */
export async function seedExperts(
  docs: Parameters<typeof ExpertModel.insertMany>[0],
): Promise<void> {
  await ExpertModel.insertMany(docs);
}

/**
 * Verified experts' skills next to their own words (title and bio): what the skill vocabulary
 * learns from. Unverified profiles are left out, so that nobody teaches it by registering.
 */
/** How many experts there are and when one last changed: the vocabulary is stale once it moves. */
export async function expertsVersion(): Promise<string> {
  const [count, latest] = await Promise.all([
    ExpertModel.estimatedDocumentCount(),
    ExpertModel.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean(),
  ]);
  return `${count}:${latest?.updatedAt?.getTime() ?? 0}`;
}

export async function* expertLearningDocs(): AsyncGenerator<{ text: string; skills: string[] }> {
  const cursor = ExpertModel.find(
    { 'verification.status': 'verified', 'skills.0': { $exists: true } },
    { title: 1, bio: 1, skills: 1 },
  )
    .lean()
    .cursor({ batchSize: 2000 });
  for await (const expert of cursor) {
    yield { text: `${expert.title}\n${expert.bio}`, skills: expert.skills };
  }
}
