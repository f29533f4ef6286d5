import { dueInvitations, expireInvitation } from './invitations.service';

const BATCH = 200;

/** Expires every pending invitation due at `now`, recorded and notified; returns how many. */
export async function expireInvitations(now: Date = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await dueInvitations(now, BATCH);
    for (const invitation of due) if (await expireInvitation(invitation, now)) expired++;
    if (due.length < BATCH) return expired;
  }
}

export interface InvitationJobOptions {
  intervalMs: number;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  onError?: (err: unknown) => void;
}

/** Runs the expiry every `intervalMs`, never two runs at once; the returned stop waits for a run. */
export function startInvitationJobs(options: InvitationJobOptions): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ?? ((err: unknown) => console.error('invitation expiry failed', err));
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= expireInvitations(now())
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
