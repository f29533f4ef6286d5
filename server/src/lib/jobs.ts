import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Schema, model } from 'mongoose';
import { isDuplicateKey } from './insert-once';

interface LeaseRecord {
  _id: string;
  holder: string;
  until: Date;
}

const leaseSchema = new Schema<LeaseRecord>(
  { _id: { type: String }, holder: { type: String, required: true }, until: { type: Date } },
  { versionKey: false },
);

const LeaseModel = model<LeaseRecord>('JobLease', leaseSchema, 'job_leases');

const LEASE_INTERVALS = 3;

/** Work the platform does on a timer: expiring invitations, reminders. */
export interface Job {
  name: string;
  everyMs: number;
  /**
   * `stopping` aborts when the runner stops: a run through many due records ends between two of
   * them rather than holding up the shutdown, and the next run takes up the rest.
   */
  run(now: Date, stopping: AbortSignal): Promise<unknown>;
}

export interface JobRunnerOptions {
  /** the clock that decides what is due, replaceable in tests */
  now: () => Date;
  onError: (err: unknown, job: string) => void;
  /** who holds leases; unique per process by default */
  holder?: string;
}

export interface JobRunner {
  /** this runner's name in the leases it holds */
  readonly holder: string;
  /** Stops the timers and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * Takes or renews the job's lease for a few intervals: one document per job, taken when
 * it is ours or has run out. The first lease is an insert, which the unique `_id` decides when
 * two processes race for it.
 */
async function lease(job: Job, holder: string, now: Date): Promise<boolean> {
  // A few intervals, so that a holder slowed down for a moment (a pause, a busy event loop)
  // keeps its job; after a crash another process takes over within that time.
  const until = new Date(now.getTime() + LEASE_INTERVALS * job.everyMs);
  const renewed = await LeaseModel.updateOne(
    { _id: job.name, $or: [{ holder }, { until: { $lte: now } }] },
    { $set: { holder, until } },
  );
  if (renewed.matchedCount === 1) return true;
  if (await LeaseModel.exists({ _id: job.name })) return false;
  try {
    await LeaseModel.create({ _id: job.name, holder, until });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/**
 * Runs each job every `everyMs` in whichever process holds its lease, so that with several
 * processes on one database each job runs once per interval; a process that stops holding it
 * (stopped, crashed) is replaced once its lease runs out. Never two runs of a job at once.
 */
export function startJobs(jobs: Job[], options: JobRunnerOptions): JobRunner {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const running = new Map<string, Promise<unknown>>();
  const stopping = new AbortController();
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      if (running.has(job.name)) return;
      const now = options.now();
      // Leases are kept in wall-clock time, which processes share; the platform's clock (moved
      // by tests) only decides what is due.
      const run = lease(job, holder, new Date())
        .then((held) => (held ? job.run(now, stopping.signal) : undefined))
        .catch((err: unknown) => options.onError(err, job.name))
        .finally(() => running.delete(job.name));
      running.set(job.name, run);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    holder,
    stop: async () => {
      timers.forEach(clearInterval);
      stopping.abort();
      await Promise.all(running.values());
    },
  };
}
