import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import { can, type Actor, type ExtractionDto, type ExtractionInput } from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { ForbiddenError } from '../../lib/errors';
import { MAX_WINDOW, type SearchEngine } from '../../lib/search';
import { findExperts } from '../experts';
import { loadNeed, recordMatched } from '../needs';
import { draw } from './draw';
import { loadOf } from './eligibility';
import { ExtractionModel, type ExtractionRecord } from './extraction.model';
import { retrieve } from './matching.service';

async function present(record: ExtractionRecord): Promise<ExtractionDto> {
  const experts = await findExperts(record.expertIds);
  const byId = new Map(experts.map((e) => [e._id.toString(), e]));
  return {
    id: record._id.toString(),
    needId: record.needId.toString(),
    count: record.count,
    pools: record.pools,
    seed: record.seed,
    candidates: record.candidateIds.length,
    experts: record.expertIds.flatMap((id) => {
      const e = byId.get(id.toString());
      return e
        ? [
            {
              id: e._id.toString(),
              name: e.name,
              title: e.title,
              organization: e.organization,
              ...(e.pool ? { pool: e.pool } : {}),
              city: e.city,
            },
          ]
        : [];
    }),
    requestedBy: record.requestedBy.toString(),
    at: record.at.toISOString(),
    ...(record.skipped ? { skipped: record.skipped } : {}),
    ...(record.rotationOverride ? { rotationOverride: record.rotationOverride } : {}),
  };
}

/**
 * An impartial draw (抽取) of qualified experts: every verified, available expert visible to the
 * need's organization who has at least one of its skills, minus its own organization's experts.
 * The candidates are kept in id order with the seed, so anyone can replay the draw.
 */
export async function extract(
  actor: Actor,
  needId: string,
  input: ExtractionInput,
  search: SearchEngine,
) {
  const need = await loadNeed(actor, needId, 'needs:match');
  if (input.overrideRotation && !can(actor, 'pools:configure', undefined)) {
    throw new ForbiddenError({ message: 'Only the bureau may override the rotation' });
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
  const record = await ExtractionModel.create({
    needId: need._id,
    requestedBy: new Types.ObjectId(actor.id),
    count: input.count,
    pools: filters.pool ?? [],
    seed,
    candidateIds,
    expertIds: draw(candidateIds, input.count, seed),
    at: new Date(),
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
  return present(record.toObject());
}

export async function listExtractions(actor: Actor, needId: string) {
  const need = await loadNeed(actor, needId, 'needs:match');
  const records = await ExtractionModel.find({ needId: need._id })
    .sort({ at: -1 })
    .limit(100)
    .lean<ExtractionRecord[]>();
  return { items: await Promise.all(records.map(present)) };
}

/** Re-runs a recorded draw from its candidates and seed: the same experts must come out. */
export async function replayExtraction(actor: Actor, needId: string, extractionId: string) {
  const need = await loadNeed(actor, needId, 'needs:match');
  const record = await ExtractionModel.findOne({
    _id: new Types.ObjectId(extractionId),
    needId: need._id,
  }).lean<ExtractionRecord>();
  if (!record) return undefined;
  const replayed = draw(record.candidateIds, record.count, record.seed);
  const consistent =
    replayed.length === record.expertIds.length &&
    replayed.every((id, i) => id.equals(record.expertIds[i]));
  return { consistent, expertIds: replayed.map((id) => id.toString()), seed: record.seed };
}
