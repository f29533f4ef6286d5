import { Types, type QueryFilter } from 'mongoose';
import {
  beijingYear,
  CONFIRMATION_DUE_DAYS,
  FREEZE_DAYS,
  freshnessOf,
  frozenBefore,
  pools,
  type Actor,
  type Freshness,
  type FreshnessReport,
  type FreshnessRemindersInput,
  type Pool,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { now as clockNow } from '../../lib/clock';
import { NotFoundError } from '../../lib/errors';
import type { Job } from '../../lib/jobs';
import type { Logger } from '../../lib/logger';
import { beijingDateTime } from '../../lib/time';
import { findUserById } from '../auth';
import type { Mailer } from '../mail';
import { notify } from '../notifications';
import { applyOnce, wasApplied } from './counters';
import { ExpertModel, type ExpertRecord } from './expert.model';

/** Yearly confirmation (issue 13 §3): profiles are confirmed yearly and frozen after two years. */

const DAY_MS = 24 * 60 * 60 * 1000;
/** A due profile is asked again a month after the last reminder, until confirmed. */
const REMIND_AGAIN_DAYS = 30;
/** Bulk reminders by the bureau skip experts reminded within the day (a repeated click). */
const BULK_SPACING_DAYS = 1;
const BATCH = 200;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Profiles last confirmed (or, never confirmed, created) before `before`. */
function confirmedBefore(before: Date): QueryFilter<ExpertRecord> {
  return {
    $or: [
      { confirmedAt: { $lt: before } },
      { confirmedAt: { $exists: false }, createdAt: { $lt: before } },
    ],
  };
}

/** Profiles confirmed (or created) since `since`. */
function confirmedSince(since: Date): QueryFilter<ExpertRecord> {
  return {
    $or: [
      { confirmedAt: { $gte: since } },
      { confirmedAt: { $exists: false }, createdAt: { $gte: since } },
    ],
  };
}

/** What a reader other than staff and the profile's owner may see: no frozen profile. */
export function notFrozen(now: Date = clockNow()): QueryFilter<ExpertRecord> {
  return confirmedSince(frozenBefore(now));
}

export function freshnessOfRecord(expert: ExpertRecord, now: Date = clockNow()): Freshness {
  return freshnessOf(expert.confirmedAt ?? expert.createdAt, now);
}

/** The expert confirms the profile is current: a frozen one is unfrozen (and reindexed). */
export async function confirmOwnProfile(expert: ExpertRecord): Promise<ExpertRecord> {
  const saved = await ExpertModel.findByIdAndUpdate(
    expert._id,
    { $set: { confirmedAt: clockNow() } },
    { returnDocument: 'after' },
  ).lean<ExpertRecord>();
  if (!saved) throw new NotFoundError({ key: 'no_own_profile' });
  return saved;
}

/**
 * Counts a started collaboration toward the expert's engagements of the calendar year (Beijing),
 * once per key: the count goes on within the year and starts again at 1 in a new one.
 */
export async function countEngagement(expertId: Types.ObjectId, key: string): Promise<void> {
  const year = beijingYear(clockNow());
  if (
    await applyOnce(
      expertId,
      key,
      { $inc: { 'engagements.count': 1 } },
      { 'engagements.year': year },
    )
  )
    return;
  if (await wasApplied(expertId, key)) return;
  await applyOnce(
    expertId,
    key,
    { $set: { engagements: { year, count: 1 } } },
    { 'engagements.year': { $ne: year } },
  );
}

/** Verified profiles by pool: confirmed within the year, due, frozen. */
export async function freshnessReport(now: Date = clockNow()): Promise<FreshnessReport> {
  const dueBefore = daysBefore(now, CONFIRMATION_DUE_DAYS);
  const frozen = frozenBefore(now);
  const count = (pool: Pool, filter: QueryFilter<ExpertRecord>) =>
    ExpertModel.countDocuments({
      $and: [
        { 'verification.status': 'verified' },
        pool === 'other' ? { pool: { $nin: ['qingdao', 'shenzhen'] } } : { pool },
        filter,
      ],
    });
  const items = await Promise.all(
    pools.map(async (pool) => {
      const [current, due, frozenCount] = await Promise.all([
        count(pool, confirmedSince(dueBefore)),
        count(pool, { $and: [confirmedBefore(dueBefore), confirmedSince(frozen)] }),
        count(pool, confirmedBefore(frozen)),
      ]);
      return { pool, current, due, frozen: frozenCount };
    }),
  );
  return { items, generatedAt: now.toISOString() };
}

export interface ReminderDeps {
  mail: Mailer;
  logger: Logger;
}

/**
 * Asks one expert to confirm: recorded on the profile first (a conditional write, so one process
 * sends it), then an in-app notice and a mail in Chinese (accounts keep no language).
 */
async function remindOne(deps: ReminderDeps, expert: ExpertRecord, now: Date): Promise<boolean> {
  if (!expert.userId) return false;
  const recorded = await ExpertModel.updateOne(
    {
      _id: expert._id,
      confirmationRemindedAt: expert.confirmationRemindedAt ?? { $exists: false },
    },
    { $set: { confirmationRemindedAt: now } },
  );
  if (recorded.modifiedCount !== 1) return false;
  const freshness = freshnessOfRecord(expert, now);
  const confirmedAt = expert.confirmedAt ?? expert.createdAt;
  const freezesOn = beijingDateTime(new Date(confirmedAt.getTime() + FREEZE_DAYS * DAY_MS)).slice(
    0,
    10,
  );
  await notify([expert.userId.toString()], {
    type: 'profile.confirmation-reminder',
    key: `profile.confirmation-reminder:${expert._id.toString()}:${now.toISOString()}`,
    data: { expertId: expert._id.toString(), freshness, freezesOn },
  });
  const user = await findUserById(expert.userId.toString());
  if (user) {
    const sent = await deps.mail.send({
      to: user.email,
      language: 'zh',
      template: 'profile-confirmation',
      data: { name: expert.name, frozen: freshness === 'frozen', freezesOn },
    });
    deps.logger.info(
      { expertId: expert._id.toString(), mailId: sent.id },
      'profile confirmation reminder mailed',
    );
  }
  return true;
}

/** Reminds, batch by batch, every expert with an account matching `filter`; answers how many. */
async function remindAll(
  deps: ReminderDeps,
  filter: QueryFilter<ExpertRecord>,
  now: Date,
): Promise<number> {
  let reminded = 0;
  let after: Types.ObjectId | undefined;
  for (;;) {
    const batch = await ExpertModel.find({
      $and: [filter, { userId: { $exists: true } }, ...(after ? [{ _id: { $gt: after } }] : [])],
    })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<ExpertRecord[]>();
    for (const expert of batch) {
      if (await remindOne(deps, expert, now).catch(() => false)) reminded++;
    }
    if (batch.length < BATCH) return reminded;
    after = batch.at(-1)?._id;
  }
}

const notRemindedSince = (since: Date): QueryFilter<ExpertRecord> => ({
  $or: [{ confirmationRemindedAt: { $exists: false } }, { confirmationRemindedAt: { $lt: since } }],
});

/** The yearly reminders due at `now`: verified profiles a year old, asked again monthly. */
export function remindDueConfirmations(deps: ReminderDeps, now: Date = clockNow()) {
  return remindAll(
    deps,
    {
      $and: [
        { 'verification.status': 'verified' },
        confirmedBefore(daysBefore(now, CONFIRMATION_DUE_DAYS)),
        notRemindedSince(daysBefore(now, REMIND_AGAIN_DAYS)),
      ],
    },
    now,
  );
}

/** The bureau asks every due or frozen expert of some pools at once (audited). */
export async function remindInBulk(
  actor: Actor,
  input: FreshnessRemindersInput,
  deps: ReminderDeps,
): Promise<{ reminded: number }> {
  const now = clockNow();
  const wanted = input.freshness ?? ['due', 'frozen'];
  const dueBefore = daysBefore(now, CONFIRMATION_DUE_DAYS);
  const frozen = frozenBefore(now);
  const ages: QueryFilter<ExpertRecord>[] = [
    ...(wanted.includes('due')
      ? [{ $and: [confirmedBefore(dueBefore), confirmedSince(frozen)] }]
      : []),
    ...(wanted.includes('frozen') ? [confirmedBefore(frozen)] : []),
  ];
  const reminded = await remindAll(
    deps,
    {
      $and: [
        { 'verification.status': 'verified' },
        ...(input.pools ? [{ pool: { $in: input.pools } }] : []),
        { $or: ages },
        notRemindedSince(daysBefore(now, BULK_SPACING_DAYS)),
      ],
    },
    now,
  );
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: 'experts.confirmation-reminded',
    targetType: 'user',
    targetId: new Types.ObjectId(actor.id),
    note: `pools=${(input.pools ?? pools).join(',')} freshness=${wanted.join(',')}`,
    data: { reminded },
  });
  return { reminded };
}

/** The yearly confirmation reminder, run by the platform's job runner under a lease. */
export function freshnessJobs(everyMs: number, deps: ReminderDeps): Job[] {
  return [
    {
      name: 'experts.remind-confirmation',
      everyMs,
      run: (now) => remindDueConfirmations(deps, now),
    },
  ];
}
