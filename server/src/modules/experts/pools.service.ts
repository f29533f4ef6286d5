import { Types } from 'mongoose';
import type { Actor, Pool } from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { PoolSettingModel } from './pool-setting.model';

export async function updatePoolSetting(actor: Actor, pool: Pool, openToOtherCities: boolean) {
  const saved = await PoolSettingModel.findOneAndUpdate(
    { pool },
    { $set: { openToOtherCities, updatedBy: actor.id } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: openToOtherCities ? 'pool.opened' : 'pool.closed',
    targetType: 'pool',
    targetId: saved._id,
    note: pool,
  });
  return { pool, openToOtherCities: saved.openToOtherCities };
}
