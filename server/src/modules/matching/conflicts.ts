import { conflictRoutes, isStaff, type Actor, type ConflictReason } from '@qs/shared';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { translate, type MessageKey, type MessageParams } from '../../lib/i18n';
import { languageOf, type Lang } from '../../lib/language';
import { beijingDateTime } from '../../lib/time';
import { findExpert, visiblePools, type ExpertRecord } from '../experts';
import { authorizeNeed, findNeedOrFail, type NeedRecord } from '../needs';
import { avoidanceFor, candidateOfRecord, type ConflictFinding } from './avoidance';

const keys: Record<ConflictFinding['kind'], MessageKey> = {
  own_organization: 'conflict_own_organization',
  avoided_organization: 'conflict_avoided_organization',
  former_organization: 'conflict_former_organization',
  avoided_expert: 'conflict_avoided_expert',
  suspended: 'conflict_suspended',
};

/** A finding as a catalogue message: its key and the parameters its text names. */
export function conflictMessage(f: ConflictFinding): { key: MessageKey; params: MessageParams } {
  return {
    key: keys[f.kind],
    params: {
      ...(f.organization !== undefined ? { organization: f.organization } : {}),
      ...(f.leftYear !== undefined ? { leftYear: f.leftYear } : {}),
      ...(f.until ? { until: beijingDateTime(f.until) } : {}),
    },
  };
}

/** The findings in the caller's language. */
function describeConflicts(findings: ConflictFinding[], lang: Lang): ConflictReason[] {
  return findings.map((f) => {
    const { key, params } = conflictMessage(f);
    return {
      kind: f.kind,
      ...(f.organization !== undefined ? { organization: f.organization } : {}),
      ...(f.leftYear !== undefined ? { leftYear: f.leftYear } : {}),
      ...(f.until ? { until: f.until.toISOString() } : {}),
      message: translate(lang, key, params),
    };
  });
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
  if (!expert || !visible) throw new NotFoundError({ key: 'no_such_expert' });
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
