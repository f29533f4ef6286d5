import type { Pool } from '@qs/shared';
import { ExpertModel } from './expert.model';

export interface ExpertFigures {
  id: string;
  pool: Pool;
  title: string;
  invitations: number;
  responded: number;
}

/** What the fairness figures read of every verified expert (issue 13 §6). */
export async function verifiedExpertFigures(): Promise<ExpertFigures[]> {
  const rows = await ExpertModel.find(
    { 'verification.status': 'verified' },
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
