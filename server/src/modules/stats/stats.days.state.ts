import { StatsStateModel, type SeriesName } from './stats-day.model';

/** Raised when what the model counts or how it counts changes: the days are then rebuilt. */
export const MODEL_VERSION = 3;
export const STATE_ID = 'read-model';

/** Marks the days stale: the next read, in any process, rebuilds them. */
export async function markStatsDaysStale(): Promise<void> {
  await StatsStateModel.deleteOne({ _id: STATE_ID });
}

/**
 * Adds a written day's change to what the state says the model holds. It follows the day's write
 * (there are no transactions): a process that dies between the two leaves a state that disagrees
 * with the collections, which the next start rebuilds. A stale (deleted) state stays deleted.
 */
export async function countHeld(
  series: SeriesName,
  change: { records?: number; days?: number; months?: number },
): Promise<void> {
  const inc = {
    ...(change.records ? { [`records.${series}`]: change.records } : {}),
    ...(change.days ? { 'documents.days': change.days } : {}),
    ...(change.months ? { 'documents.months': change.months } : {}),
  };
  if (Object.keys(inc).length) await StatsStateModel.updateOne({ _id: STATE_ID }, { $inc: inc });
}
