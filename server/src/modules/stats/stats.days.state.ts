import { StatsStateModel } from './stats-day.model';

/** Raised when what the model counts or how it counts changes: the days are then rebuilt. */
export const MODEL_VERSION = 2;
export const STATE_ID = 'read-model';

/** Marks the days stale: the next read, in any process, rebuilds them. */
export async function markStatsDaysStale(): Promise<void> {
  await StatsStateModel.deleteOne({ _id: STATE_ID });
}
