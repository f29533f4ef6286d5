import { Types } from 'mongoose';
import {
  type Actor,
  type BrowseNeedsQuery,
  type BrowsedNeed,
  type ExpressInterestInput,
  type InterestDto,
  type InterestedExpert,
  type NeedFit,
} from '@qs/shared';
import {
  ConflictError,
  detail,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
} from '../../lib/errors';
import type { Lang } from '../../lib/i18n';
import { recordedEvent, recordedEvents } from '../../lib/outbox';
import { spend } from '../../lib/rate-limit';
import { beijingDateTime } from '../../lib/time';
import { now as clockNow } from '../../lib/clock';
import { insertOnce } from '../../lib/insert-once';
import { expertNames, findExpert, findExperts, type ExpertRecord } from '../experts';
import { invitationsOfNeed } from '../invitation-store';
import { eligibilityFor, expertStanding, needsAdmitting } from '../matching';
import {
  authorizeNeed,
  needsInOrder,
  needTitles,
  openNeeds,
  presentNeeds,
  type NeedRecord,
  type OpenNeedCandidate,
} from '../needs';
import { InterestModel, type InterestRecord } from './interest.model';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { translate } from '../../lib/i18n';

const needSkills = (need: OpenNeedCandidate) =>
  need.requiredSkills.length ? need.requiredSkills : need.suggestedSkills;

/** What fit weighs: the share of the need's skills the expert has, and a shared sector. */
const FIT_WEIGHTS = { skills: 0.7, sector: 0.3 };

/** How well the need fits the expert: 0.7 × the share of its skills they have + 0.3 for its sector. */
export function fitOf(expert: ExpertRecord, need: OpenNeedCandidate): NeedFit {
  const skills = needSkills(need);
  const matchedSkills = skills.filter((skill) => expert.skills.includes(skill));
  const sectorMatch = expert.sectors.includes(need.sector);
  const coverage = skills.length ? matchedSkills.length / skills.length : 0;
  const fit = FIT_WEIGHTS.skills * coverage + (sectorMatch ? FIT_WEIGHTS.sector : 0);
  const score = Math.round(fit * 1000) / 1000;
  return { score, matchedSkills, sectorMatch };
}

export function presentInterest(record: InterestRecord, needTitle?: string): InterestDto {
  return {
    id: record._id.toString(),
    needId: record.needId.toString(),
    ...(needTitle ? { needTitle } : {}),
    expertId: record.expertId.toString(),
    ...(record.message ? { message: record.message } : {}),
    createdAt: record.createdAt.toISOString(),
  };
}

/** The calling expert's own profile; other roles have none to browse or express interest with. */
export async function callingExpert(actor: Actor): Promise<ExpertRecord> {
  const expert =
    actor.role === 'expert' && actor.expertId ? await findExpert(actor.expertId) : null;
  if (!expert) throw new ForbiddenError({ key: 'interest_experts_only' });
  return expert;
}

/** Whether the need's rules admit the calling expert: what lets an expert read an open need. */
export async function admitsCallingExpert(actor: Actor, need: NeedRecord): Promise<boolean> {
  if (actor.role !== 'expert' || !actor.expertId || need.status !== 'open') return false;
  const expert = await findExpert(actor.expertId);
  return expert !== null && (await needsAdmitting(expert, [need])).length > 0;
}

/**
 * Why the expert can take part in no need now, as an error in the caller's language: a profile
 * not verified is not (yet) one of the pool's (403); suspended, frozen or unavailable, 409.
 */
async function standingError(
  expert: ExpertRecord,
): Promise<ConflictError | ForbiddenError | undefined> {
  const standing = await expertStanding(expert);
  if (!standing) return undefined;
  const params =
    standing.obstacle === 'suspended' ? { until: beijingDateTime(standing.until) } : undefined;
  const key = `interest_${standing.obstacle}` as const;
  const options = {
    key,
    ...(params ? { params } : {}),
    details: [detail('expert', key, params)],
  };
  return standing.obstacle === 'not_verified'
    ? new ForbiddenError(options)
    : new ConflictError(options);
}

/**
 * Open needs the expert may take part in (the rules of `needsAdmitting`), with their fit, by fit
 * and then newest (or newest only); `fitting` keeps those sharing a skill or the sector. The
 * database scores and sorts them and hands over the first `BROWSE_WINDOW` (the fields that weigh
 * them only); `total` counts those of them the rules admit, and only the page's are read whole.
 */
export async function browseNeeds(
  actor: Actor,
  query: BrowseNeedsQuery,
  lang: Lang,
): Promise<{
  items: BrowsedNeed[];
  total: number;
  page: number;
  limit: number;
  blocked?: { obstacle: string; message: string };
}> {
  const expert = await callingExpert(actor);
  const empty = { items: [], total: 0, page: query.page, limit: query.limit };
  const blocked = await standingError(expert);
  if (blocked?.key)
    return {
      ...empty,
      blocked: {
        obstacle: blocked.details?.[0]?.code ?? 'conflict',
        message: translate(lang, blocked.key, blocked.params),
      },
    };
  const candidates = await openNeeds(query, {
    skills: expert.skills,
    sectors: expert.sectors,
    weights: FIT_WEIGHTS,
  });
  // In the order the database scored and sorted them.
  const admitted = await needsAdmitting(expert, candidates);
  const fitted = admitted.map((need) => ({ need, fit: fitOf(expert, need) }));
  const start = (query.page - 1) * query.limit;
  const page = fitted.slice(start, start + query.limit);
  const records = await needsInOrder(page.map((each) => each.need._id));
  const [needs, interests] = await Promise.all([
    presentNeeds(actor, records),
    InterestModel.find({
      expertId: expert._id,
      needId: { $in: page.map((each) => each.need._id) },
    }).lean<InterestRecord[]>(),
  ]);
  const byNeed = new Map(interests.map((record) => [record.needId.toString(), record]));
  const fits = new Map(page.map(({ need, fit }) => [need._id.toString(), fit]));
  return {
    items: records.map((record, i) => {
      const interest = byNeed.get(record._id.toString());
      return {
        need: needs[i]!,
        fit: fits.get(record._id.toString())!,
        ...(interest ? { interest: presentInterest(interest) } : {}),
      };
    }),
    total: fitted.length,
    page: query.page,
    limit: query.limit,
  };
}

/**
 * The expert may express interest: not suspended, frozen, unverified or unavailable (409 saying
 * which), and the need's rules admit them (else the need is not theirs to see: 404).
 */
export async function authorizeInterest(actor: Actor, need: NeedRecord): Promise<void> {
  const expert = await callingExpert(actor);
  const blocked = await standingError(expert);
  if (blocked) throw blocked;
  const admitted = (await needsAdmitting(expert, [need])).length > 0;
  await authorizeNeed(actor, 'needs:express-interest', need, admitted);
}

/**
 * Records the interest with `interest.expressed` in the same insert (its subscriber tells the
 * need's organization), spending one of the expert's points first; a second one is a 409.
 */
export async function expressInterest(
  expert: ExpertRecord,
  need: NeedRecord,
  input: ExpressInterestInput,
  limiter: RateLimiterAbstract,
): Promise<InterestRecord> {
  const key = { needId: need._id, expertId: expert._id };
  const exists = () =>
    new ConflictError({
      key: 'interest_exists',
      details: [detail('needId', 'interest_exists')],
    });
  if (await InterestModel.exists(key)) throw exists();
  const wait = await spend(limiter, expert._id.toString());
  if (wait > 0) throw new RateLimitedError(wait);
  const _id = new Types.ObjectId();
  const at = clockNow();
  const { record, created } = await insertOnce(InterestModel, key, {
    _id,
    ...key,
    organizationId: need.organizationId,
    ...(input.message ? { message: input.message } : {}),
    outbox: [
      recordedEvent(
        'interest.expressed',
        `interest.expressed:${_id.toString()}`,
        {
          interestId: _id.toString(),
          needId: need._id.toString(),
          organizationId: need.organizationId.toString(),
          expertId: expert._id.toString(),
        },
        at,
      ),
    ],
  });
  if (!created) throw exists();
  await recordedEvents.dispatch(InterestModel, record._id);
  return record;
}

/** Withdraws the calling expert's interest in the need; 404 when there is none. */
export async function withdrawInterest(actor: Actor, needId: string): Promise<void> {
  const expert = await callingExpert(actor);
  const removed = await InterestModel.findOneAndDelete({
    needId: new Types.ObjectId(needId),
    expertId: expert._id,
  });
  if (!removed) throw new NotFoundError({ key: 'no_such_interest' });
}

/** The calling expert's interests, newest first, with their needs' titles. */
export async function myInterests(actor: Actor): Promise<InterestDto[]> {
  const expert = await callingExpert(actor);
  const records = await InterestModel.find({ expertId: expert._id })
    .sort({ createdAt: -1, _id: -1 })
    .limit(500)
    .lean<InterestRecord[]>();
  const titles = await needTitles(records.map((record) => record.needId));
  return records.map((record) => presentInterest(record, titles.get(record.needId.toString())));
}

/**
 * The experts interested in a need, newest first (authorized as `needs:match` by the caller):
 * who they are, the need's skills they have, whether the organization invited them already and
 * whether the rules still let it.
 */
export async function interestedExperts(need: NeedRecord): Promise<InterestedExpert[]> {
  const records = await InterestModel.find({ needId: need._id })
    .sort({ createdAt: -1, _id: -1 })
    .lean<InterestRecord[]>();
  const [experts, invitations, eligibility] = await Promise.all([
    findExperts(records.map((record) => record.expertId)),
    invitationsOfNeed(need._id),
    eligibilityFor(need),
  ]);
  const byId = new Map(experts.map((expert) => [expert._id.toString(), expert]));
  const invited = new Map(
    invitations.map((invitation) => [invitation.expertId.toString(), invitation]),
  );
  const skills = needSkills(need);
  return records.flatMap((record) => {
    const expert = byId.get(record.expertId.toString());
    if (!expert) return [];
    const invitation = invited.get(record.expertId.toString());
    return [
      {
        ...presentInterest(record),
        expertName: expert.name,
        expertTitle: expert.title,
        ...(expert.pool ? { pool: expert.pool } : {}),
        skills: expert.skills,
        matchedSkills: skills.filter((skill) => expert.skills.includes(skill)),
        ...(invitation
          ? { invitation: { id: invitation._id.toString(), status: invitation.status } }
          : {}),
        invitable: !invitation && need.status === 'open' && eligibility.admitsRecord(expert),
      },
    ];
  });
}

/** The expert's name, for the notice to the need's organization. */
export async function expertName(expertId: string): Promise<string | undefined> {
  return (await expertNames([expertId])).get(expertId);
}
