import { Types } from 'mongoose';
import {
  can,
  isStaff,
  type Actor,
  type AppealAnswerInput,
  type AppealInput,
  type CreateCreditEventInput,
  type CreateSuspensionInput,
  type CreditEventDto,
  type CreditKind,
  type CreditRecordDto,
  type CreditSubjectType,
  type LiftSuspensionInput,
  type SuspensionDto,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorize';
import { now as clockNow } from '../../lib/clock';
import { ConflictError, NotFoundError, ValidationError, detail } from '../../lib/errors';
import { insertOnce } from '../../lib/insert-once';
import { beijingDateTime, startOfDay } from '../../lib/time';
import { activeMemberIds, staffUserIds } from '../auth';
import { expertUserId, findExpert } from '../experts';
import { notify } from '../notifications';
import { findOrganization } from '../organizations';
import {
  CreditEventModel,
  SuspensionModel,
  type CreditEventRecord,
  type SuspensionRecord,
} from './credit.model';

export interface Subject {
  subjectType: CreditSubjectType;
  subjectId: Types.ObjectId;
  name: string;
  rating?: { average: number; count: number };
}

const view = (subject: { subjectType: CreditSubjectType; subjectId: Types.ObjectId }) => ({
  subjectType: subject.subjectType,
  subjectId: subject.subjectId.toString(),
});

/** The expert or organization a record is about; 404 when there is none. */
export async function loadSubject(subjectType: CreditSubjectType, id: string): Promise<Subject> {
  const subjectId = new Types.ObjectId(id);
  if (subjectType === 'expert') {
    const expert = await findExpert(subjectId);
    if (!expert) throw new NotFoundError({ key: 'no_such_expert' });
    return { subjectType, subjectId, name: expert.name, rating: { ...expert.rating } };
  }
  const organization = await findOrganization(subjectId);
  if (!organization) throw new NotFoundError({ key: 'no_such_organization' });
  return { subjectType, subjectId, name: organization.name };
}

/** Reading another's record answers 404, as if it did not exist. */
export function authorizeSubject(
  actor: Actor,
  action: 'credit:read' | 'credit:appeal',
  subject: { subjectType: CreditSubjectType; subjectId: Types.ObjectId },
): void {
  if (!can(actor, 'credit:read', view(subject)))
    throw new NotFoundError({
      key: subject.subjectType === 'expert' ? 'no_such_expert' : 'no_such_organization',
    });
  authorize(actor, action, view(subject));
}

async function subjectUserIds(subject: Pick<Subject, 'subjectType' | 'subjectId'>) {
  if (subject.subjectType === 'organization') return activeMemberIds(subject.subjectId);
  const userId = await expertUserId(subject.subjectId);
  return userId ? [userId] : [];
}

const isActive = (s: SuspensionRecord, at: Date) => !s.lifted && s.from <= at && at < s.until;

function presentEvent(record: CreditEventRecord, staff: boolean): CreditEventDto {
  return {
    id: record._id.toString(),
    kind: record.kind,
    note: record.note,
    source: record.source,
    ...(staff && record.by ? { by: record.by.toString() } : {}),
    at: record.at.toISOString(),
  };
}

export function presentSuspension(
  record: SuspensionRecord,
  staff: boolean,
  subjectName?: string,
): SuspensionDto {
  const who = (id: Types.ObjectId) => (staff ? { by: id.toString() } : {});
  return {
    id: record._id.toString(),
    subjectType: record.subjectType,
    subjectId: record.subjectId.toString(),
    ...(subjectName ? { subjectName } : {}),
    reason: record.reason,
    from: record.from.toISOString(),
    until: record.until.toISOString(),
    active: isActive(record, clockNow()),
    ...(record.lifted
      ? {
          lifted: {
            reason: record.lifted.reason,
            ...who(record.lifted.by),
            at: record.lifted.at.toISOString(),
          },
        }
      : {}),
    ...who(record.by),
    appeals: record.appeals.map((appeal) => ({
      id: appeal._id.toString(),
      text: appeal.text,
      by: appeal.by.toString(),
      at: appeal.at.toISOString(),
      ...(appeal.answer
        ? {
            answer: {
              outcome: appeal.answer.outcome,
              note: appeal.answer.note,
              ...who(appeal.answer.by),
              at: appeal.answer.at.toISOString(),
            },
          }
        : {}),
    })),
  };
}

/** The whole record: events newest first, suspensions newest first, ratings as they stand. */
export async function presentRecord(actor: Actor, subject: Subject): Promise<CreditRecordDto> {
  const staff = isStaff(actor);
  const key = { subjectType: subject.subjectType, subjectId: subject.subjectId };
  const [events, suspensions] = await Promise.all([
    CreditEventModel.find(key).sort({ at: -1, _id: -1 }).limit(500).lean<CreditEventRecord[]>(),
    SuspensionModel.find(key).sort({ from: -1, _id: -1 }).limit(100).lean<SuspensionRecord[]>(),
  ]);
  const at = clockNow();
  const active = suspensions.find((s) => isActive(s, at));
  return {
    subjectType: subject.subjectType,
    subjectId: subject.subjectId.toString(),
    subjectName: subject.name,
    ...(subject.rating ? { rating: subject.rating } : {}),
    events: events.map((e) => presentEvent(e, staff)),
    suspensions: suspensions.map((s) => presentSuspension(s, staff)),
    ...(active ? { suspension: presentSuspension(active, staff) } : {}),
  };
}

/** The caller's own record: an expert's profile, an enterprise member's organization. */
/** The actor's own expert or organization, if it has one: the record it may always read. */
export async function ownSubject(actor: Actor): Promise<Subject | undefined> {
  if (actor.role === 'expert' && actor.expertId) return loadSubject('expert', actor.expertId);
  if (actor.role === 'enterprise' && actor.organizationId)
    return loadSubject('organization', actor.organizationId);
  return undefined;
}

export async function recordCreditEvent(
  actor: Actor,
  subject: Subject,
  input: CreateCreditEventInput,
): Promise<CreditEventDto> {
  const by = new Types.ObjectId(actor.id);
  const created = await CreditEventModel.create({
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    kind: input.kind,
    note: input.note,
    source: 'bureau',
    by,
    at: clockNow(),
  });
  await recordAudit({
    actorId: by,
    action: `credit.${input.kind}`,
    targetType: subject.subjectType,
    targetId: subject.subjectId,
    note: input.note,
  });
  return presentEvent(created.toObject(), true);
}

/** An event the platform records by itself, once per `key`. */
export async function recordAutomaticEvent(
  subject: Pick<Subject, 'subjectType' | 'subjectId'>,
  kind: CreditKind,
  note: string,
  key: string,
  at: Date,
): Promise<void> {
  await insertOnce(
    CreditEventModel,
    { key },
    { ...subject, kind, note, source: 'automatic', at, key },
  );
}

/** Whether an automatic event of `kind` was recorded on the subject since `since`. */
export async function hasAutomaticEventSince(
  subject: Pick<Subject, 'subjectType' | 'subjectId'>,
  kind: CreditKind,
  since: Date,
): Promise<boolean> {
  const found = await CreditEventModel.exists({
    ...subject,
    kind,
    source: 'automatic',
    at: { $gt: since },
  });
  return found !== null;
}

/** A bare date is the last day of the suspension (Beijing time); a moment is its end. */
function endOf(until: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? startOfDay(until, 1) : new Date(until);
}

export function activeSuspensionOf(
  subjectType: CreditSubjectType,
  subjectId: Types.ObjectId | string,
): Promise<SuspensionRecord | null> {
  const at = clockNow();
  return SuspensionModel.findOne({
    subjectType,
    subjectId: new Types.ObjectId(subjectId),
    lifted: { $exists: false },
    from: { $lte: at },
    until: { $gt: at },
  }).lean<SuspensionRecord>();
}

/** Experts suspended now, with the end of each suspension. */
export async function suspendedExperts(): Promise<Map<string, Date>> {
  const at = clockNow();
  const rows = await SuspensionModel.find(
    { subjectType: 'expert', lifted: { $exists: false }, from: { $lte: at }, until: { $gt: at } },
    { subjectId: 1, until: 1 },
  ).lean();
  return new Map(rows.map((row) => [row.subjectId.toString(), row.until]));
}

/** A suspended organization may neither post needs nor invite: 409 with the reason and the end. */
export async function assertOrganizationNotSuspended(
  organizationId: Types.ObjectId | string,
): Promise<void> {
  const suspension = await activeSuspensionOf('organization', organizationId);
  if (!suspension) return;
  throw new ConflictError({
    key: 'organization_suspended',
    params: { until: beijingDateTime(suspension.until), reason: suspension.reason },
    details: [
      { path: 'suspension.until', message: suspension.until.toISOString() },
      { path: 'suspension.reason', message: suspension.reason },
    ],
  });
}

export async function suspend(
  actor: Actor,
  subject: Subject,
  input: CreateSuspensionInput,
): Promise<SuspensionRecord> {
  const at = clockNow();
  const until = endOf(input.until);
  if (until <= at)
    throw new ValidationError({
      key: 'suspension_end_future',
      details: [detail('until', 'must_be_future')],
    });
  const current = await activeSuspensionOf(subject.subjectType, subject.subjectId);
  if (current)
    throw new ConflictError({
      key: 'already_suspended',
      params: { until: beijingDateTime(current.until) },
    });
  const by = new Types.ObjectId(actor.id);
  const created = await SuspensionModel.create({
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    reason: input.reason,
    from: at,
    until,
    by,
    appeals: [],
  });
  const record = created.toObject();
  await recordAudit({
    actorId: by,
    action: 'credit.suspend',
    targetType: subject.subjectType,
    targetId: subject.subjectId,
    note: input.reason,
    data: { suspensionId: record._id.toString(), until: until.toISOString() },
  });
  await notify(await subjectUserIds(subject), {
    type: 'credit.suspended',
    key: `credit.suspended:${record._id.toString()}`,
    data: {
      suspensionId: record._id.toString(),
      subjectType: subject.subjectType,
      subjectName: subject.name,
      until: beijingDateTime(until),
      reason: input.reason,
    },
  });
  return record;
}

export async function loadSuspension(id: string): Promise<SuspensionRecord> {
  const record = await SuspensionModel.findById(new Types.ObjectId(id)).lean<SuspensionRecord>();
  if (!record) throw new NotFoundError({ key: 'no_such_suspension' });
  return record;
}

/** Staff manage every suspension; the subject reads its own; anyone else finds none. */
export function authorizeSuspension(
  actor: Actor,
  action: 'credit:manage' | 'credit:appeal',
  record: SuspensionRecord,
): void {
  if (!can(actor, 'credit:read', view(record)))
    throw new NotFoundError({ key: 'no_such_suspension' });
  if (action === 'credit:manage') authorize(actor, 'credit:manage', undefined);
  else authorize(actor, 'credit:appeal', view(record));
}

async function nameOf(record: SuspensionRecord): Promise<string> {
  return (await loadSubject(record.subjectType, record.subjectId.toString())).name;
}

const notInForce = () => new ConflictError({ key: 'suspension_not_in_force' });

/** Lifts early, with a reason; `filter` and `set` add to the one conditional write. */
async function lift(
  record: SuspensionRecord,
  by: Types.ObjectId,
  reason: string,
  extra: { filter?: Record<string, unknown>; set?: Record<string, unknown> } = {},
): Promise<SuspensionRecord> {
  const at = clockNow();
  const saved = await SuspensionModel.findOneAndUpdate(
    { _id: record._id, lifted: { $exists: false }, until: { $gt: at }, ...extra.filter },
    { $set: { lifted: { reason, by, at }, ...extra.set } },
    { returnDocument: 'after' },
  ).lean<SuspensionRecord>();
  if (!saved) throw notInForce();
  await notify(await subjectUserIds(record), {
    type: 'credit.lifted',
    key: `credit.lifted:${record._id.toString()}`,
    data: { suspensionId: record._id.toString(), subjectName: await nameOf(record), reason },
  });
  return saved;
}

export async function liftSuspension(
  actor: Actor,
  record: SuspensionRecord,
  input: LiftSuspensionInput,
): Promise<SuspensionRecord> {
  const by = new Types.ObjectId(actor.id);
  const saved = await lift(record, by, input.reason);
  await recordAudit({
    actorId: by,
    action: 'credit.lift',
    targetType: record.subjectType,
    targetId: record.subjectId,
    note: input.reason,
    data: { suspensionId: record._id.toString() },
  });
  return saved;
}

const openAppeal = (record: SuspensionRecord) => {
  const last = record.appeals.at(-1);
  return last && !last.answer ? last : undefined;
};

/** The subject appeals a suspension in force; one open appeal at a time. The bureau is told. */
export async function appealSuspension(
  actor: Actor,
  record: SuspensionRecord,
  input: AppealInput,
): Promise<SuspensionRecord> {
  const at = clockNow();
  if (!isActive(record, at)) throw notInForce();
  if (openAppeal(record)) throw new ConflictError({ key: 'appeal_waiting' });
  const index = record.appeals.length;
  // Only if no appeal was added since it was read: two at once leave one.
  const saved = await SuspensionModel.findOneAndUpdate(
    { _id: record._id, lifted: { $exists: false }, [`appeals.${index}`]: { $exists: false } },
    {
      $push: {
        appeals: {
          _id: new Types.ObjectId(),
          text: input.text,
          by: new Types.ObjectId(actor.id),
          at,
        },
      },
    },
    { returnDocument: 'after' },
  ).lean<SuspensionRecord>();
  if (!saved) throw new ConflictError({ key: 'suspension_changed' });
  await notify(await staffUserIds(), {
    type: 'credit.appealed',
    key: `credit.appealed:${record._id.toString()}:${index}`,
    data: {
      suspensionId: record._id.toString(),
      subjectType: record.subjectType,
      subjectId: record.subjectId.toString(),
      subjectName: await nameOf(record),
    },
  });
  return saved;
}

/** The bureau answers the open appeal: upheld lifts the suspension, rejected keeps it. */
export async function answerAppeal(
  actor: Actor,
  record: SuspensionRecord,
  input: AppealAnswerInput,
): Promise<SuspensionRecord> {
  if (!openAppeal(record)) throw new ConflictError({ key: 'no_appeal_waiting' });
  const index = record.appeals.length - 1;
  const by = new Types.ObjectId(actor.id);
  const at = clockNow();
  const answer = { outcome: input.outcome, note: input.note, by, at };
  const path = `appeals.${index}.answer`;
  const saved =
    input.outcome === 'upheld'
      ? await lift(record, by, input.note, {
          filter: { [path]: { $exists: false } },
          set: { [path]: answer },
        })
      : await SuspensionModel.findOneAndUpdate(
          { _id: record._id, [path]: { $exists: false } },
          { $set: { [path]: answer } },
          { returnDocument: 'after' },
        ).lean<SuspensionRecord>();
  if (!saved) throw new ConflictError({ key: 'appeal_answered_meanwhile' });
  await recordAudit({
    actorId: by,
    action: `credit.appeal-${input.outcome}`,
    targetType: record.subjectType,
    targetId: record.subjectId,
    note: input.note,
    data: { suspensionId: record._id.toString() },
  });
  await notify(await subjectUserIds(record), {
    type: 'credit.appeal-answered',
    key: `credit.appeal-answered:${record._id.toString()}:${index}`,
    data: {
      suspensionId: record._id.toString(),
      subjectName: await nameOf(record),
      outcome: input.outcome,
      note: input.note,
    },
  });
  return saved;
}

/** Suspensions in force, newest first, with their subjects' names. */
export async function suspensionsInForce(): Promise<SuspensionDto[]> {
  const at = clockNow();
  const records = await SuspensionModel.find({
    lifted: { $exists: false },
    from: { $lte: at },
    until: { $gt: at },
  })
    .sort({ from: -1, _id: -1 })
    .limit(500)
    .lean<SuspensionRecord[]>();
  const names = await Promise.all(records.map((r) => nameOf(r).catch(() => undefined)));
  return records.map((r, i) => presentSuspension(r, true, names[i]));
}
