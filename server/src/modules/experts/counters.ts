import type { QueryFilter, Types, UpdateQuery } from 'mongoose';
import { ExpertModel, type ExpertRecord } from './expert.model';

/** Enough to cover any repeat of a half-done operation, small enough to stay in the document. */
const KEPT_EVENTS = 200;

/**
 * Applies a counter change (an invitation counted, a collaboration started or ended, a rating)
 * to an expert once per event: the event's key joins the expert's recent keys in the same
 * single-document update, so repeating a half-done operation never counts twice. Answers
 * whether it applied now; false when it already had or `condition` does not hold.
 */
export async function applyOnce(
  expertId: Types.ObjectId,
  key: string,
  update: Pick<UpdateQuery<ExpertRecord>, '$inc' | '$set'>,
  condition: QueryFilter<ExpertRecord> = {},
): Promise<boolean> {
  const result = await ExpertModel.updateOne(
    { ...condition, _id: expertId, appliedEvents: { $ne: key } },
    { ...update, $push: { appliedEvents: { $each: [key], $slice: -KEPT_EVENTS } } },
  );
  return result.modifiedCount === 1;
}

/** Whether the event was already applied to the expert. */
export async function wasApplied(expertId: Types.ObjectId, key: string): Promise<boolean> {
  return (await ExpertModel.exists({ _id: expertId, appliedEvents: key })) !== null;
}
