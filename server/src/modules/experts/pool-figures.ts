import type { Pool } from '@qs/shared';
import { withinScope, type StatsScope } from '../../lib/count-by';
import { ExpertModel } from './expert.model';

export interface ExpertFigures {
  id: string;
  pool: Pool;
  title: string;
  invitations: number;
  responded: number;
}

/** What the fairness figures read of every verified expert in the sector, if one is given (issue 13 §6). */
export async function verifiedExpertFigures(
  scope: Pick<StatsScope, 'sector'> = {},
): Promise<ExpertFigures[]> {
  const rows = await ExpertModel.find(
    { ...withinScope(scope, 'sectors'), 'verification.status': 'verified' },
    { pool: 1, title: 1, stats: 1 },
  ).lean();
  return rows.map((row) => ({
    id: row._id.toString(),
    pool: row.pool ?? 'other',
    title: row.title.trim(),
    invitations: row.stats.invitations,
    responded: row.stats.responded,
  }));
}
