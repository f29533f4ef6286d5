import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import {
  can,
  isStaff,
  type Actor,
  type DrawReason,
  type DrawStatus,
  type ExtractionDto,
  type ExtractionInput,
  type TopUpInput,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { recordedEvent, recordedEvents } from '../../lib/outbox';
import { MAX_WINDOW, type SearchEngine } from '../../lib/search';
import { findExperts, type ExpertRecord } from '../experts';
import { authorizeNeed, recordMatched, type NeedRecord } from '../needs';
import { draw } from './draw';
import { emptySeats, exclusionOf, nextReserve } from './draw-seats';
import { eligibilityFor, loadOf, type Eligibility } from './eligibility';
import {
  ExtractionModel,
  type DrawMember,
  type DrawTrailEntry,
  type ExtractionRecord,
} from './extraction.model';
import { retrieve } from './matching.service';

type Expert = Pick<ExpertRecord, '_id' | 'name' | 'title' | 'organization' | 'pool' | 'city'>;

function expertDto(e: Expert) {
  return {
    id: e._id.toString(),
    name: e.name,
    title: e.title,
    organization: e.organization,
    ...(e.pool ? { pool: e.pool } : {}),
    city: e.city,
  };
}

/** The members of a draw, old records (drawn experts only, never invited) included. */
export function membersOf(record: ExtractionRecord): DrawMember[] {
  if (record.members?.length) return record.members;
  return record.expertIds.map((expertId) => ({ expertId, role: 'drawn', state: 'waiting' }));
}

function statusOf(record: ExtractionRecord, members: DrawMember[]): DrawStatus {
  if (!record.invite) return 'recorded';
  const seats = members.filter((m) => m.role === 'drawn' || m.replaces);
  const accepted = seats.filter((m) => m.state === 'accepted').length;
  if (accepted >= record.count) return 'complete';
  if (emptySeats(members.map(seated)).length > 0 && !nextReserve(members.map(seated)))
    return 'short';
  return 'inviting';
}

function seated(m: DrawMember) {
  return {
    expertId: m.expertId.toString(),
    role: m.role,
    state: m.state,
    ...(m.replaces ? { replaces: m.replaces.toString() } : {}),
  };
}

export async function presentExtraction(record: ExtractionRecord): Promise<ExtractionDto> {
  const members = membersOf(record);
  const experts = await findExperts([
    ...new Set([...members.map((m) => m.expertId.toString()), ...record.expertIds.map(String)]),
  ]);
  const byId = new Map(experts.map((e) => [e._id.toString(), e]));
  const nameOf = (id?: Types.ObjectId) => (id ? byId.get(id.toString())?.name : undefined);
  const dtos = (ids: Types.ObjectId[]) =>
    ids.flatMap((id) => {
      const e = byId.get(id.toString());
      return e ? [expertDto(e)] : [];
    });
  const status = statusOf(record, members);
  return {
    id: record._id.toString(),
    needId: record.needId.toString(),
    count: record.count,
    pools: record.pools,
    seed: record.seed,
    candidates: record.candidateIds.length,
    experts: dtos(record.expertIds),
    requestedBy: record.requestedBy.toString(),
    at: record.at.toISOString(),
    reserves: record.reserves ?? 0,
    reserveExperts: dtos(record.reserveIds ?? []),
    invite: record.invite ?? false,
    status,
    openSeats: status === 'short' ? emptySeats(members.map(seated)).length : 0,
    members: members.map((m) => ({
      expertId: m.expertId.toString(),
      name: nameOf(m.expertId) ?? '',
      role: m.role,
      state: m.state,
      ...(m.invitationId ? { invitationId: m.invitationId.toString() } : {}),
      ...(m.replaces ? { replaces: m.replaces.toString() } : {}),
      ...(m.reason ? { reason: m.reason } : {}),
    })),
    trail: (record.trail ?? []).map((entry) => {
      const expertName = nameOf(entry.expertId);
      const replacedExpertName = nameOf(entry.replacedExpertId);
      return {
        at: entry.at.toISOString(),
        kind: entry.kind,
        ...(entry.expertId ? { expertId: entry.expertId.toString() } : {}),
        ...(expertName ? { expertName } : {}),
        ...(entry.replacedExpertId ? { replacedExpertId: entry.replacedExpertId.toString() } : {}),
        ...(replacedExpertName ? { replacedExpertName } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
        ...(entry.invitationId ? { invitationId: entry.invitationId.toString() } : {}),
        ...(entry.count !== undefined ? { count: entry.count } : {}),
      };
    }),
    topUps: (record.topUps ?? []).map((t) => ({
      at: t.at.toISOString(),
      by: t.by.toString(),
      count: t.count,
      seed: t.seed,
      candidates: t.candidateIds.length,
      expertIds: t.expertIds.map(String),
    })),
    ...(record.skipped ? { skipped: record.skipped } : {}),
    ...(record.rotationOverride ? { rotationOverride: record.rotationOverride } : {}),
  };
}

/** Pushes the draw as it is now to the need's organization and the staff. */
export async function pushExtraction(record: ExtractionRecord): Promise<ExtractionDto> {
  const extraction = await presentExtraction(record);
  const organizationId = record.organizationId?.toString();
  if (organizationId) domainEvents.emit('extraction:updated', { extraction, organizationId });
  return extraction;
}

/**
 * Why the pool's rules exclude an expert, read from the record where a known rule says so; a
 * rule this does not know of (eligibility.ts may gain more) still excludes, as `excluded`.
 */
export function reasonExcluded(expert: ExpertRecord, eligibility: Eligibility): DrawReason {
  if (expert.verification.status !== 'verified') return 'not_verified';
  if (expert.availability === 'unavailable') return 'unavailable';
  if (!expert.pool || !(eligibility.filters.pool ?? []).includes(expert.pool))
    return 'pool_not_visible';
  if (
    expert.organizationId &&
    (eligibility.filters.excludeOrganizationIds ?? []).includes(expert.organizationId.toString())
  )
    return 'same_organization';
  return 'excluded';
}

/** The one avoidance check of draws, replacements and top-ups (see draw-seats.ts). */
export function drawExclusion(eligibility: Eligibility, drawnBefore: Iterable<string>) {
  return exclusionOf<ExpertRecord>({
    drawnBefore: new Set(drawnBefore),
    admits: (expert) => eligibility.admitsRecord(expert),
    reasonOf: (expert) => reasonExcluded(expert, eligibility),
  });
}

/** Drawing with `invite` invites as the caller: the owner, or the bureau for any need. */
async function authorizeInviting(actor: Actor, need: NeedRecord): Promise<void> {
  if (!isStaff(actor)) await authorizeNeed(actor, 'needs:invite', need);
  if (need.status !== 'open') throw new ConflictError({ key: 'need_not_open' });
}

async function dispatchExtraction(id: Types.ObjectId): Promise<void> {
  await recordedEvents.dispatch(ExtractionModel, id);
}

async function loadRecord(id: Types.ObjectId): Promise<ExtractionRecord> {
  const record = await ExtractionModel.findById(id).lean<ExtractionRecord>();
  if (!record) throw new NotFoundError({ key: 'no_such_draw' });
  return record;
}

/**
 * An impartial draw (抽取) of qualified experts: every verified, available expert visible to the
 * need's organization who has at least one of its skills, minus its own organization's experts.
 * The candidates are kept in id order with the seed, so anyone can replay the draw: the first
 * `count` of the shuffle hold the seats, the next `reserves` wait in that order. With `invite`,
 * `extraction.drawn` is recorded with the draw; its subscriber invites the seats.
 */
export async function extract(
  actor: Actor,
  need: NeedRecord,
  input: ExtractionInput,
  search: SearchEngine,
) {
  if (input.invite) await authorizeInviting(actor, need);
  if (input.overrideRotation && !can(actor, 'pools:configure', undefined)) {
    throw new ForbiddenError({ key: 'rotation_override_bureau_only' });
  }
  const { candidates, filters, eligibility } = await retrieve(
    need,
    search,
    input.pools,
    MAX_WINDOW,
  );
  // Pool rules: experts at a load cap are never drawn; those in rotation with the organization
  // only when the bureau overrides it for this draw.
  const atCapacity = candidates.filter((e) => eligibility.capacityOf(loadOf(e)) !== undefined);
  const rotation = candidates.filter(
    (e) => !atCapacity.includes(e) && eligibility.inRotation(e._id.toString()),
  );
  const skipped = new Set([...atCapacity, ...(input.overrideRotation ? [] : rotation)]);
  const candidateIds = candidates
    .filter((e) => !skipped.has(e))
    .map((e) => e._id)
    .sort((a, b) => a.toString().localeCompare(b.toString()));
  const seed = randomInt(0, 2 ** 32 - 1);
  const picked = draw(candidateIds, input.count + input.reserves, seed);
  const expertIds = picked.slice(0, input.count);
  const reserveIds = picked.slice(input.count);
  const _id = new Types.ObjectId();
  const at = new Date();
  const members: DrawMember[] = [
    ...expertIds.map((expertId) => ({
      expertId,
      role: 'drawn' as const,
      state: input.invite ? ('inviting' as const) : ('waiting' as const),
    })),
    ...reserveIds.map((expertId) => ({
      expertId,
      role: 'reserve' as const,
      state: 'waiting' as const,
    })),
  ];
  const record = await ExtractionModel.create({
    _id,
    needId: need._id,
    organizationId: need.organizationId,
    requestedBy: new Types.ObjectId(actor.id),
    operatorRole: actor.role,
    count: input.count,
    reserves: input.reserves,
    pools: filters.pool ?? [],
    seed,
    candidateIds,
    expertIds,
    reserveIds,
    invite: input.invite,
    expiresInDays: input.expiresInDays,
    members,
    trail: [{ at, kind: 'drawn', count: picked.length }],
    at,
    ...(input.invite && expertIds.length > 0
      ? {
          outbox: [
            recordedEvent(
              'extraction.drawn',
              `extraction.drawn:${_id.toString()}`,
              { extractionId: _id.toString(), needId: need._id.toString() },
              at,
            ),
          ],
        }
      : {}),
    skipped: {
      atCapacity: atCapacity.length,
      rotation: input.overrideRotation ? 0 : rotation.length,
    },
    ...(input.overrideRotation ? { rotationOverride: input.overrideRotation } : {}),
  });
  if (input.overrideRotation) {
    await recordAudit({
      actorId: new Types.ObjectId(actor.id),
      action: 'extraction.rotation-overridden',
      targetType: 'need',
      targetId: need._id,
      note: input.overrideRotation,
      data: { extractionId: record._id.toString(), inRotation: rotation.length },
    });
  }
  if (record.expertIds.length > 0) await recordMatched(need);
  if (input.invite) await dispatchExtraction(_id);
  return pushExtraction(await loadRecord(_id));
}

export async function listExtractions(need: NeedRecord) {
  const records = await ExtractionModel.find({ needId: need._id })
    .sort({ at: -1 })
    .limit(100)
    .lean<ExtractionRecord[]>();
  return { items: await Promise.all(records.map(presentExtraction)) };
}

export async function loadExtraction(need: NeedRecord, extractionId: string) {
  const record = await ExtractionModel.findOne({
    _id: new Types.ObjectId(extractionId),
    needId: need._id,
  }).lean<ExtractionRecord>();
  if (!record) throw new NotFoundError({ key: 'no_such_draw' });
  return record;
}

export async function getExtraction(need: NeedRecord, extractionId: string) {
  return presentExtraction(await loadExtraction(need, extractionId));
}

const sameIds = (a: Types.ObjectId[], b: Types.ObjectId[]) =>
  a.length === b.length && a.every((id, i) => id.equals(b[i]));

/** Re-runs a recorded draw and its top-ups from their candidates and seeds: the same experts must come out. */
export async function replayExtraction(need: NeedRecord, extractionId: string) {
  const record = await loadExtraction(need, extractionId);
  const reserveIds = record.reserveIds ?? [];
  const replayed = draw(record.candidateIds, record.count + reserveIds.length, record.seed);
  const topUps = (record.topUps ?? []).map((t) => {
    const again = draw(t.candidateIds, t.count, t.seed);
    return { consistent: sameIds(again, t.expertIds), expertIds: again.map(String), seed: t.seed };
  });
  const drawn = replayed.slice(0, record.count);
  const reserves = replayed.slice(record.count);
  return {
    consistent:
      sameIds(drawn, record.expertIds) &&
      sameIds(reserves, reserveIds) &&
      topUps.every((t) => t.consistent),
    expertIds: drawn.map(String),
    seed: record.seed,
    reserveIds: reserves.map(String),
    topUps,
  };
}

/**
 * Draws `count` more from the qualified pool of now, never anyone this draw holds: a seeded
 * draw from the candidates in id order, recorded (with `extraction.topped-up`) so that it
 * replays. With `invite`, its subscriber fills the empty seats from them.
 */
export async function topUpExtraction(
  actor: Actor,
  need: NeedRecord,
  extractionId: string,
  input: TopUpInput,
  search: SearchEngine,
) {
  const record = await loadExtraction(need, extractionId);
  if (record.invite) await authorizeInviting(actor, need);
  const { candidates } = await retrieve(need, search, record.pools, MAX_WINDOW);
  const members = membersOf(record);
  const excluded = drawExclusion(
    await eligibilityFor(need, record.pools),
    members.map((m) => m.expertId.toString()),
  );
  const candidateIds = candidates
    .filter((expert) => excluded(expert) === undefined)
    .map((e) => e._id)
    .sort((a, b) => a.toString().localeCompare(b.toString()));
  if (candidateIds.length === 0) throw new ConflictError({ key: 'draw_no_expert_left' });
  const seed = randomInt(0, 2 ** 32 - 1);
  const expertIds = draw(candidateIds, input.count, seed);
  const at = new Date();
  const n = (record.topUps ?? []).length + 1;
  const entry: DrawTrailEntry = { at, kind: 'topped-up', count: expertIds.length };
  const added: DrawMember[] = expertIds.map((expertId) => ({
    expertId,
    role: 'top-up',
    state: 'waiting',
  }));
  const saved = await ExtractionModel.findOneAndUpdate(
    { _id: record._id, version: record.version ?? 0 },
    {
      $set: { version: (record.version ?? 0) + 1, members: [...members, ...added] },
      $push: {
        topUps: {
          at,
          by: new Types.ObjectId(actor.id),
          count: input.count,
          seed,
          candidateIds,
          expertIds,
        },
        trail: entry,
        ...(record.invite
          ? {
              outbox: recordedEvent(
                'extraction.topped-up',
                `extraction.topped-up:${record._id.toString()}:${n}`,
                { extractionId: record._id.toString(), needId: need._id.toString() },
                at,
              ),
            }
          : {}),
      },
    },
    { returnDocument: 'after' },
  ).lean<ExtractionRecord>();
  if (!saved) throw new ConflictError({ key: 'draw_changed' });
  if (record.invite) await dispatchExtraction(record._id);
  return pushExtraction(await loadRecord(record._id));
}
