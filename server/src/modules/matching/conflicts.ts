import { conflictRoutes, isStaff, type Actor, type ConflictReason } from '@qs/shared';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf, type Lang } from '../../lib/language';
import { beijingDateTime } from '../../lib/time';
import { findExpert, visiblePools, type ExpertRecord } from '../experts';
import { authorizeNeed, findNeedOrFail, type NeedRecord } from '../needs';
import { avoidanceFor, candidateOfRecord, type ConflictFinding } from './avoidance';

const texts: Record<ConflictFinding['kind'], Record<Lang, (f: ConflictFinding) => string>> = {
  own_organization: {
    zh: (f) => `专家任职于需求方本单位（${f.organization}），需回避`,
    en: (f) => `Works at the requesting organization (${f.organization})`,
  },
  avoided_organization: {
    zh: (f) => `专家任职于需求回避的单位（${f.organization}）`,
    en: (f) => `Works at an organization the need avoids (${f.organization})`,
  },
  former_organization: {
    zh: (f) => `专家于 ${f.leftYear} 年离开${f.organization}，离职未满三年需回避`,
    en: (f) => `Left ${f.organization} in ${f.leftYear}, less than three years ago`,
  },
  avoided_expert: {
    zh: () => '该专家在需求的回避名单中',
    en: () => 'The need lists this expert to avoid',
  },
  suspended: {
    zh: (f) => `专家已被暂停至 ${f.until ? beijingDateTime(f.until) : ''}（北京时间）`,
    en: (f) => `Suspended until ${f.until ? beijingDateTime(f.until) : ''} (Beijing time)`,
  },
};

/** The findings in the caller's language. */
export function describeConflicts(findings: ConflictFinding[], lang: Lang): ConflictReason[] {
  return findings.map((f) => ({
    kind: f.kind,
    ...(f.organization !== undefined ? { organization: f.organization } : {}),
    ...(f.leftYear !== undefined ? { leftYear: f.leftYear } : {}),
    ...(f.until ? { until: f.until.toISOString() } : {}),
    message: texts[f.kind][lang](f),
  }));
}

/** Every reason the expert may not be matched, drawn or invited for the need (the one predicate). */
export async function conflictsOf(
  need: NeedRecord,
  expert: ExpertRecord,
): Promise<ConflictFinding[]> {
  return (await avoidanceFor(need)).conflictsOf(candidateOfRecord(expert));
}

/** An expert the actor could not find otherwise is not explained either. */
async function expertFor(actor: Actor, id: string): Promise<ExpertRecord> {
  const expert = await findExpert(id);
  const visible =
    expert &&
    (isStaff(actor) ||
      (expert.verification.status === 'verified' &&
        expert.pool !== undefined &&
        (await visiblePools(actor)).includes(expert.pool)));
  if (!expert || !visible) throw new NotFoundError({ message: 'No such expert' });
  return expert;
}

export function registerConflictRoutes(api: ApiRouter): void {
  api.pipeline(conflictRoutes.conflicts, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:match', need),
    command: async ({ actor, query }, need) => {
      const expert = await expertFor(actor, query.expertId);
      return { expert, findings: await conflictsOf(need, expert) };
    },
    present: ({ req, params }, { expert, findings }) => ({
      needId: params.id,
      expertId: expert._id.toString(),
      conflicts: findings.length > 0,
      reasons: describeConflicts(findings, languageOf(req.get('accept-language'))),
    }),
  });
}
