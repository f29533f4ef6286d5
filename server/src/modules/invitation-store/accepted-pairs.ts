import { Schema, model, type Types } from 'mongoose';
import { isDuplicateKey } from '../../lib/insert-once';
import { InvitationModel } from './invitation.model';

/**
 * Which organizations hold an accepted invitation to which experts, one record per pair keyed
 * `organizationId:expertId`: what opens an expert's contact to an enterprise, read for every
 * expert an enterprise is shown. Kept beside the invitations because a query on the invitations
 * themselves (organization, status, experts) reads the whole collection on the embedded database,
 * which uses an index only for a query on exactly a unique index's keys, such as these `_id`s.
 * Written by the `invitation.accepted` subscriber, and filled from the invitations at start.
 */
interface AcceptedPairRecord {
  _id: string;
  at: Date;
}

const acceptedPairSchema = new Schema<AcceptedPairRecord>(
  { _id: { type: String }, at: { type: Date, required: true } },
  { versionKey: false },
);

const AcceptedPairModel = model<AcceptedPairRecord>(
  'AcceptedPair',
  acceptedPairSchema,
  'invitation_accepted_pairs',
);

type Id = string | Types.ObjectId;

const CHUNK = 1000;

const pairKey = (organizationId: Id, expertId: Id) =>
  `${String(organizationId)}:${String(expertId)}`;

/** Records that the organization holds an accepted invitation to the expert; idempotent. */
export async function recordAcceptedPair(organizationId: Id, expertId: Id): Promise<void> {
  await AcceptedPairModel.updateOne(
    { _id: pairKey(organizationId, expertId) },
    { $setOnInsert: { at: new Date() } },
    { upsert: true },
  );
}

/**
 * Which of the experts the organization holds an accepted invitation to, in one query: the one
 * rule that opens an expert's contact to an enterprise.
 */
export async function acceptedExpertIds(organizationId: Id, expertIds: Id[]): Promise<Set<string>> {
  if (expertIds.length === 0) return new Set();
  const keys = new Map(expertIds.map((id) => [pairKey(organizationId, id), String(id)]));
  const found = await AcceptedPairModel.find({ _id: { $in: [...keys.keys()] } }, { _id: 1 }).lean();
  return new Set(found.map((pair) => keys.get(pair._id) as string));
}

/**
 * Records the pairs of accepted invitations that have none (written before the pairs were kept,
 * or by a process that stopped before its subscriber ran); answers how many it added.
 */
export async function backfillAcceptedPairs(): Promise<number> {
  const accepted = await InvitationModel.find(
    { status: 'accepted' },
    { organizationId: 1, expertId: 1 },
  ).lean();
  const known = new Set(
    (await AcceptedPairModel.find({}, { _id: 1 }).lean()).map((pair) => pair._id),
  );
  const at = new Date();
  const missing = [
    ...new Set(
      accepted
        .map((invitation) => pairKey(invitation.organizationId, invitation.expertId))
        .filter((key) => !known.has(key)),
    ),
  ].map((_id) => ({ _id, at }));
  for (let start = 0; start < missing.length; start += CHUNK) {
    // Another process starting at the same time may insert some of them first: fine.
    await AcceptedPairModel.insertMany(missing.slice(start, start + CHUNK), {
      ordered: false,
    }).catch((err: unknown) => {
      const errors = (err as { writeErrors?: unknown[] }).writeErrors;
      if (!errors?.length || !errors.every(isDuplicateKey)) throw err;
    });
  }
  return missing.length;
}
