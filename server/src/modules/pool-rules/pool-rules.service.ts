import { Types } from 'mongoose';
import type { Actor, PoolRulesDto, UpdatePoolRulesInput } from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { PoolRulesModel, type PoolRulesRecord } from './pool-rules.model';

const RULES_ID = 'pool';
/** The audit log names its targets by ObjectId: this one stands for the pool rules. */
const AUDIT_TARGET = new Types.ObjectId('706f6f6c2d72756c65730000');

/** Qingdao's 2017 rules cap an expert at 10 reviews a year; three at once keeps work attended to. */
export const DEFAULT_POOL_RULES = {
  maxActiveCollaborations: 3,
  maxEngagementsPerYear: 10,
  rotationDays: 365,
} as const;

export type PoolRules = Pick<
  PoolRulesRecord,
  'maxActiveCollaborations' | 'maxEngagementsPerYear' | 'rotationDays'
>;

function present(record: PoolRulesRecord | null): PoolRulesDto {
  return {
    maxActiveCollaborations:
      record?.maxActiveCollaborations ?? DEFAULT_POOL_RULES.maxActiveCollaborations,
    maxEngagementsPerYear:
      record?.maxEngagementsPerYear ?? DEFAULT_POOL_RULES.maxEngagementsPerYear,
    rotationDays: record?.rotationDays ?? DEFAULT_POOL_RULES.rotationDays,
    ...(record?.updatedAt ? { updatedAt: record.updatedAt.toISOString() } : {}),
    ...(record?.updatedBy ? { updatedBy: record.updatedBy.toString() } : {}),
  };
}

/** The rules in force: the bureau's, or the defaults. */
export async function poolRules(): Promise<PoolRulesDto> {
  return present(await PoolRulesModel.findById(RULES_ID).lean<PoolRulesRecord>());
}

/** The bureau changes some rules (authorized by the caller); who, when, what and why are audited. */
export async function updatePoolRules(
  actor: Actor,
  input: UpdatePoolRulesInput,
): Promise<PoolRulesDto> {
  const { reason, ...changes } = input;
  const before = await poolRules();
  const saved = await PoolRulesModel.findOneAndUpdate(
    { _id: RULES_ID },
    {
      $set: { ...changes, updatedBy: new Types.ObjectId(actor.id) },
      $setOnInsert: Object.fromEntries(
        Object.entries(DEFAULT_POOL_RULES).filter(([key]) => !(key in changes)),
      ),
    },
    { upsert: true, returnDocument: 'after' },
  ).lean<PoolRulesRecord>();
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: 'pool-rules.updated',
    targetType: 'pool-rules',
    targetId: AUDIT_TARGET,
    note: reason,
    data: {
      from: {
        maxActiveCollaborations: before.maxActiveCollaborations,
        maxEngagementsPerYear: before.maxEngagementsPerYear,
        rotationDays: before.rotationDays,
      },
      to: changes,
    },
  });
  return present(saved);
}
